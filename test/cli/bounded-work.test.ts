// Bounded work in the command line, shown by counting work rather than timing it: frontmatter
// over the size bound is a problem without being parsed; file names that are not UTF-8 are read
// (or their true reason given) and shown safely; and such names cost the scan no extra call per
// file, only a second listing of each folder that holds one.
import * as fs from "node:fs";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readNoteText, scanVault } from "../../cli/vault";
import type * as yamlPackage from "../../cli/yamlPackage";
import { MAX_FRONTMATTER_CHARS, MAX_FRONTMATTER_LINES } from "../../src/domain/frontmatter";
import { defaultSettings } from "../../src/domain/settings";
import type { FollowUps } from "../../src/domain/types";
import { runInProcess } from "../support/cli";
import { tempDirs } from "../support/tempDirs";

/**
 * Calls to the `yaml` package's parser (through cli/yamlPackage.ts, which loads it when a note
 * first needs it) and to the file-system calls a scan makes.
 */
const calls = vi.hoisted(() => ({ parse: 0, openSync: 0, readdirSync: 0, statSync: 0 }));

vi.mock("../../cli/yamlPackage", async (importOriginal) => {
  const real = await importOriginal<typeof yamlPackage>();
  return {
    ...real,
    parseWithPackage: (text: string): unknown => {
      calls.parse++;
      return real.parseWithPackage(text);
    },
  };
});

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const counted = <K extends "openSync" | "readdirSync" | "statSync">(name: K) =>
    ((...args: unknown[]) => {
      calls[name]++;
      return (real[name] as (...a: unknown[]) => unknown)(...args);
    }) as (typeof real)[K];
  return {
    ...real,
    openSync: counted("openSync"),
    readdirSync: counted("readdirSync"),
    statSync: counted("statSync"),
  };
});

const reset = () => {
  for (const key of Object.keys(calls) as (keyof typeof calls)[]) calls[key] = 0;
};
beforeEach(reset);

const tempDir = tempDirs("ifu-bounded-");

const settings = defaultSettings();
const T = "2026-11-20T10:00Z";
/** Lines the fast plain reader leaves to the `yaml` package (quoted values). */
const quotedLines = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: "v"`).join("\n");

describe("frontmatter over the size bound", () => {
  const note = (yamlText: string) => `---\ndate: ${T}\n${yamlText}\n---\nBody\n`;

  it("is a problem, naming the bound and what to do, without being parsed", () => {
    const big = note(`notes: "${"x".repeat(MAX_FRONTMATTER_CHARS)}"`);
    const reading = readNoteText("Interviews/big.md", big, settings);
    expect(reading).toEqual({
      kind: "problem",
      path: "Interviews/big.md",
      reason: expect.stringMatching(
        /^Its properties are [\d,]+ characters long, more than the 262,144 read: move long text into the note's body$/,
      ) as unknown,
    });
    expect(calls.parse).toBe(0);
  });

  it("by lines: over 5,000 is a problem without parsing; 5,000 are parsed", () => {
    const over = readNoteText(
      "Interviews/long.md",
      note(quotedLines(MAX_FRONTMATTER_LINES)),
      settings,
    );
    expect(over).toMatchObject({
      kind: "problem",
      reason:
        "Its properties run over 5,000 lines, more than are read: move long text into the note's body",
    });
    expect(calls.parse).toBe(0);
    // The date line and 4,999 more: at the bound, read as usual.
    const at = readNoteText(
      "Interviews/long.md",
      note(quotedLines(MAX_FRONTMATTER_LINES - 1)),
      settings,
    );
    expect(at?.kind).toBe("interview");
    expect(calls.parse).toBe(1);
  });

  it("outside the interview folder: not a note to list, and not parsed either", () => {
    const big = `---\ntype: interview\nnotes: "${"x".repeat(MAX_FRONTMATTER_CHARS)}"\n---\n`;
    expect(readNoteText("Notes/big.md", big, settings)).toBeNull();
    expect(calls.parse).toBe(0);
  });
});

/** A file name with bytes that are not UTF-8: the start of a three-byte sequence, cut short (one U+FFFD). */
const badName = (stem: string) =>
  Buffer.concat([Buffer.from(stem), Buffer.from([0xe9, 0x80]), Buffer.from(".md")]);
const join8 = (...parts: (string | Buffer)[]) =>
  Buffer.concat(
    parts.flatMap((part, i) =>
      i === 0 ? [Buffer.from(part)] : [Buffer.from("/"), Buffer.from(part)],
    ),
  );

describe("file names that are not UTF-8", () => {
  it("are read, shown with U+FFFD, and a broken link among them gets its true reason", async () => {
    const root = tempDir();
    mkdirSync(join(root, "Interviews"));
    writeFileSync(
      join8(root, "Interviews", badName("caf")),
      `---\norganization: Acme\ndate: ${T}\n---\n`,
    );
    // A folder whose own name is not UTF-8, with a note inside.
    mkdirSync(join8(root, "Interviews", Buffer.from([0xff, 0x61])));
    writeFileSync(
      join8(root, "Interviews", Buffer.from([0xff, 0x61]), "inside.md"),
      `---\norganization: Globex\ndate: ${T}\n---\n`,
    );
    symlinkSync("nowhere.md", join8(root, "Interviews", badName("link")));

    const json = await runInProcess(["due", root, "--json"]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe("");
    const result = JSON.parse(json.stdout) as FollowUps;
    const paths = [...new Set(result.items.map((i) => i.path))].sort();
    expect(paths).toEqual(["Interviews/caf\ufffd.md", "Interviews/\ufffda/inside.md"].sort());
    expect(result.items.find((i) => i.path === "Interviews/caf\ufffd.md")?.organization).toBe(
      "Acme",
    );
    expect(result.problems).toEqual([
      {
        path: "Interviews/link\ufffd.md",
        reason:
          "The note could not be read: a link to a file that does not exist (ENOENT); point the link at a note or remove it",
      },
    ]);

    const text = await runInProcess(["due", root]);
    expect(text.stdout).toContain("\n    Interviews/caf\ufffd.md\n");
    expect(text.stdout).toContain("  - Interviews/link\ufffd.md\n    The note could not be read");
  });

  it("cost a 10,000-note vault one more listing per folder that holds them, and nothing else", () => {
    const write = (bad: boolean) => {
      const root = tempDir();
      mkdirSync(join(root, "Interviews"));
      mkdirSync(join(root, "Notes"));
      for (let i = 0; i < 10_000; i++) {
        const interview = i % 10 === 0;
        const folder = interview ? "Interviews" : "Notes";
        // Every third note of the second vault has a name that is not UTF-8.
        const name = bad && i % 3 === 0 ? badName(`n${i}-`) : Buffer.from(`n${i}.md`);
        const text = interview
          ? `---\norganization: "Org ${i}"\ndate: ${T}\n---\n`
          : `---\ntags: [other]\n---\nBody ${i}\n`;
        writeFileSync(join8(root, folder, name), text);
      }
      return root;
    };
    const count = (root: string) => {
      reset();
      const scan = scanVault(root, settings);
      return {
        calls: { ...calls },
        interviews: scan.readings.filter((r) => r.kind === "interview").length,
        problems: scan.readings.filter((r) => r.kind === "problem").length,
        warnings: scan.warnings.length,
      };
    };
    const plain = count(write(false));
    const hostile = count(write(true));
    expect(plain).toEqual({
      calls: { parse: 1_000, openSync: 10_000, readdirSync: 3, statSync: 0 },
      interviews: 1_000,
      problems: 0,
      warnings: 0,
    });
    // Names are listed as text; a folder where one is not UTF-8 is listed again as bytes, once.
    expect(hostile).toEqual({
      ...plain,
      calls: { ...plain.calls, readdirSync: plain.calls.readdirSync + 2 },
    });
  });
});
