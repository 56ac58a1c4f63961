// Nothing the command line prints can drive a terminal: notes whose paths and values hold any
// control or bidirectional character, a vault folder and arguments that hold them, and settings
// text, run in-process. Text output (stdout and stderr) holds none of them raw, and shows each
// escaped where it belongs; --json output holds none raw either and parses to the exact strings.
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanVault } from "../../cli/vault";
import { computeFollowUps } from "../../src/domain/followups";
import { parseSettingsJson } from "../../src/domain/settingsLoad";
import { block } from "../../src/domain/terminalText";
import { runInProcess } from "../support/cli";
import { PROPERTY_RUNS } from "../support/propertyRuns";

/** Every character the issue names: C0, DEL, C1, ALM, LRM/RLM, LRE…RLO, LRI…PDI, LS, PS. */
const UNSAFE_CHARS: string[] = [];
const range = (from: number, to: number) => {
  for (let c = from; c <= to; c++) UNSAFE_CHARS.push(String.fromCharCode(c));
};
range(0x00, 0x1f);
range(0x7f, 0x9f);
range(0x061c, 0x061c);
range(0x200e, 0x200f);
range(0x202a, 0x202e);
range(0x2066, 0x2069);
range(0x2028, 0x2029);
const UNSAFE = new Set(UNSAFE_CHARS);

/** Raw unsafe characters in output; the line feed that ends lines is ours and allowed. */
const rawUnsafe = (text: string) => [...text].filter((c) => c !== "\n" && UNSAFE.has(c));

/** The escape a person should see for each unsafe character (written here, not imported). */
function escaped(text: string): string {
  let out = "";
  for (const c of text) {
    if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (UNSAFE.has(c)) out += `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return out;
}

/** A YAML double-quoted scalar holding exactly `text`, every non-ASCII or control as \u. */
function yamlQuoted(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if (code > 0xffff) out += `\\U${code.toString(16).padStart(8, "0")}`;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `${out}"`;
}

/** Text mixing unsafe characters with ordinary ones; NUL and `/` cannot be in a file name. */
const hostileArb = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(...UNSAFE_CHARS.filter((c) => c !== "\u0000")),
      fc.constantFrom("a", "Z", " ", "é", "\\", '"', "-", "ש", "😀"),
    ),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => rawUnsafe(s).length > 0);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NOW = "2026-11-25T12:00:00.000Z";

/** A vault whose note names, values, settings and broken link names all hold `s`. */
function hostileVault(s: string): { root: string; settingsText: string } {
  const root = mkdtempSync(join(tmpdir(), "ifu-safe-"));
  temps.push(root);
  mkdirSync(join(root, "Interviews"));
  mkdirSync(join(root, "Notes"));
  const yaml = [
    "date: 2026-11-20T10:00Z",
    `organization: ${yamlQuoted(s)}`,
    `position: ${yamlQuoted(`x${s}x`)}`,
    `email: ${yamlQuoted(s)}`,
  ].join("\n");
  writeFileSync(join(root, "Interviews", `a-${s}.md`), `---\n${yaml}\n---\n`);
  // Broken YAML: a problem whose path and reason are printed.
  writeFileSync(
    join(root, "Interviews", `b-${s}.md`),
    `---\ndate: ${yamlQuoted(s)}\n  x: [\n---\n`,
  );
  // A status no one knows: a reason that quotes the value.
  writeFileSync(
    join(root, "Interviews", `c-${s}.md`),
    `---\ndate: 2026-11-20\nstatus: ${yamlQuoted(`x${s}`)}\n---\n`,
  );
  // A broken link outside the folder: a warning on stderr naming it.
  symlinkSync("nowhere", join(root, "Notes", `d-${s}.md`));
  const settingsText = JSON.stringify({ templatesFolder: s, [s]: s, myName: 7 });
  const plugin = join(root, ".obsidian", "plugins", "interview-follow-up");
  mkdirSync(plugin, { recursive: true });
  writeFileSync(join(plugin, "data.json"), settingsText);
  return { root, settingsText };
}

describe("terminal safety of everything the command line prints", () => {
  it("text output holds no raw control or bidi character, and shows each escaped", async () => {
    await fc.assert(
      fc.asyncProperty(hostileArb, async (s) => {
        const { root } = hostileVault(s);
        const text = await runInProcess(["due", root]);
        expect(text.code).toBe(0);
        expect(rawUnsafe(text.stdout)).toEqual([]);
        expect(rawUnsafe(text.stderr)).toEqual([]);
        // Shown, escaped, where they belong: paths, values and the warning about the link.
        // (A long one wraps, as the list wraps it: `block`.)
        expect(text.stdout).toContain(
          `\n${block(`Interviews/${escaped(`a-${s}`)}.md`, 4).join("\n")}\n`,
        );
        for (const name of ["b", "c"])
          expect(text.stdout).toContain(
            `\n  - ${block(`Interviews/${escaped(`${name}-${s}`)}.md`, 4)
              .join("\n")
              .slice(4)}\n`,
          );
        expect(text.stderr).toContain(`skipped "Notes/${escaped(`d-${s}`)}.md"`);

        // Arguments echoed back, and a vault path that does not exist.
        for (const args of [
          ["due", root, `--${s}`],
          ["due", join(root, s)],
          ["due", root, "--now", s],
          [s],
        ]) {
          const bad = await runInProcess(args);
          expect(bad.code).toBe(2);
          expect(bad.stdout).toBe("");
          expect(rawUnsafe(bad.stderr)).toEqual([]);
          expect(bad.stderr.endsWith("\n")).toBe(true);
          expect(bad.stderr.split("\n")).toHaveLength(2);
        }
      }),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 150) },
    );
  });

  it("--json holds no raw control or bidi character and parses to the exact strings", async () => {
    await fc.assert(
      fc.asyncProperty(hostileArb, async (s) => {
        const { root, settingsText } = hostileVault(s);
        const json = await runInProcess(["due", root, "--json"]);
        expect(json.code).toBe(0);
        expect(rawUnsafe(json.stdout)).toEqual([]);
        expect(rawUnsafe(json.stderr)).toEqual([]);
        const parsed = JSON.parse(json.stdout) as {
          items: { path: string; organization: string; position: string }[];
          problems: { path: string }[];
        };
        // What the command line computed, before any escaping, compared whole.
        const settings = parseSettingsJson(settingsText).settings;
        const expected = computeFollowUps(
          scanVault(root, settings).readings,
          settings,
          new Date(NOW),
        );
        expect(parsed).toEqual(JSON.parse(JSON.stringify(expected)));
        // And the strings themselves, from the note, exactly.
        const item = parsed.items.find((i) => i.path === `Interviews/a-${s}.md`);
        expect(item?.organization).toBe(s.trim());
        expect(item?.position).toBe(`x${s}x`);
        expect(parsed.problems.map((p) => p.path)).toEqual(
          [`Interviews/b-${s}.md`, `Interviews/c-${s}.md`].sort(),
        );
      }),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 150) },
    );
  });
});

describe("an error the program did not expect", () => {
  it("is reported through the same safe stream, exit 1, every line prefixed", async () => {
    const { main } = await import("../../cli/main");
    let stdout = "";
    let stderr = "";
    const code = await main(
      ["due", "."],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      "0.0.0",
      () => {
        throw new Error("clock \u001b]0;pwned\u0007 broke\u202e");
      },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(rawUnsafe(stderr)).toEqual([]);
    expect(stderr).toContain("clock \\u001b]0;pwned\\u0007 broke\\u202e");
    for (const line of stderr.split("\n").slice(0, -1))
      expect(line.startsWith("interview-follow-up: ")).toBe(true);
  });
});
