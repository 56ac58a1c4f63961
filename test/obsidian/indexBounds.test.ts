// The plugin's index with notes that are too large or that the reader cannot cope with: each is a
// problem a person can act on, listed by path; no exception ever leaves a metadata-cache handler;
// frontmatter over the size bound is not parsed; a YAML error names the note's own line.
import type { CachedMetadata } from "obsidian";
import { TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_FRONTMATTER_CHARS } from "../../src/domain/frontmatter";
import * as interview from "../../src/domain/interview";
import { createPlugin, loadPlugin } from "../support/obsidian";

const parseYamlCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("obsidian", async (importOriginal) => {
  const real = await importOriginal<{ parseYaml: (text: string) => unknown }>();
  return {
    ...real,
    parseYaml: (text: string): unknown => {
      parseYamlCalls.count++;
      return real.parseYaml(text);
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  parseYamlCalls.count = 0;
});

const NOW = new Date("2026-11-25T12:00:00Z");
const note = (fm: string) => `---\n${fm}\n---\nBody.\n`;
const OK = note("organization: Acme\ndate: 2026-11-24T10:00Z");

async function loaded(files: Record<string, string>) {
  const harness = createPlugin(files);
  await loadPlugin(harness);
  return harness;
}

describe("values over the length bound", () => {
  it("are a problem naming the property and the bound, at load and on change", async () => {
    const long = "x".repeat(150_000);
    const harness = await loaded({
      "Interviews/ok.md": OK,
      "Interviews/long.md": note(`organization: ${long}\ndate: 2026-11-24T10:00Z`),
    });
    const problem = {
      path: "Interviews/long.md",
      reason: '"organization" is 150,000 characters long; shorten it to 100,000 at most',
    };
    expect(harness.plugin.api.followUps(NOW).problems).toEqual([problem]);

    const file = harness.app.vault.getFileByPath("Interviews/ok.md");
    if (!(file instanceof TFile)) throw new Error("missing note");
    await harness.app.vault.modify(
      file,
      note(`position: [${Array.from({ length: 10_001 }, () => "a").join(", ")}]\ndate: 2026-11-24`),
    );
    await vi.waitFor(() => expect(harness.plugin.api.followUps(NOW).problems).toHaveLength(2));
    expect(harness.plugin.api.followUps(NOW).problems).toContainEqual({
      path: "Interviews/ok.md",
      reason:
        '"position" holds more than 10,000 entries (counting those in lists inside it); keep 10,000 at most',
    });
  });
});

describe("a note the reader throws on", () => {
  it("is a problem; the cache's handler does not throw and the other notes stay read", async () => {
    const harness = await loaded({ "Interviews/ok.md": OK, "Interviews/odd.md": OK });
    const file = harness.app.vault.getFileByPath("Interviews/odd.md");
    if (!(file instanceof TFile)) throw new Error("missing note");
    // A frontmatter record whose property throws when read (no parser makes one; a plugin could).
    const frontmatter = Object.defineProperty({ organization: "Odd" }, "date", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const cache = { frontmatter } as unknown as CachedMetadata;
    expect(() => harness.app.metadataCache.trigger("changed", file, "", cache)).not.toThrow();
    const result = harness.plugin.api.followUps(NOW);
    expect(result.problems).toEqual([
      {
        path: "Interviews/odd.md",
        reason: "The note could not be read (boom); please report this with the note's properties",
      },
    ]);
    expect(new Set(result.items.map((i) => i.path))).toEqual(new Set(["Interviews/ok.md"]));
  });

  it("at the first build too", async () => {
    vi.spyOn(interview, "readNote").mockImplementation(() => {
      throw new Error("reader fault");
    });
    const harness = await loaded({ "Interviews/ok.md": OK });
    expect(harness.plugin.api.followUps(NOW).problems).toEqual([
      {
        path: "Interviews/ok.md",
        reason:
          "The note could not be read (reader fault); please report this with the note's properties",
      },
    ]);
  });
});

describe("a note in the interview folder whose YAML does not parse", () => {
  it.each([
    ["LF", "\n", ""],
    ["CRLF", "\r\n", ""],
    ["a BOM", "\n", "\ufeff"],
    ["a BOM and CRLF", "\r\n", "\ufeff"],
  ])("with %s: names the cause and the note's line", async (_, eol, bom) => {
    const text = `${bom}---${eol}organization: Acme${eol}date: 2026-11-24${eol}date: 2026-11-25${eol}---${eol}`;
    const harness = await loaded({ "Interviews/dup.md": text });
    await vi.waitFor(() => expect(harness.plugin.api.followUps(NOW).problems).toHaveLength(1));
    expect(harness.plugin.api.followUps(NOW).problems[0]).toEqual({
      path: "Interviews/dup.md",
      reason:
        "Its properties are not valid YAML: Map keys must be unique (line 4 of the note); fix that line",
    });
  });

  it("over the size bound: a problem without being parsed", async () => {
    const big = `---\ndate: 2026-11-24\ndate: 2026-11-25\nnotes: ${"x".repeat(MAX_FRONTMATTER_CHARS)}\n---\n`;
    const harness = createPlugin({ "Interviews/big.md": big });
    await loadPlugin(harness);
    await vi.waitFor(() => expect(harness.plugin.api.followUps(NOW).problems).toHaveLength(1));
    expect(harness.plugin.api.followUps(NOW).problems[0]?.reason).toMatch(
      /^Its properties are [\d,]+ characters long, more than the 262,144 read: move long text into the note's body$/,
    );
    expect(parseYamlCalls.count).toBe(0);
  });
});
