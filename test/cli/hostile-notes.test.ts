// The text cases of the hostile frontmatter corpus through the command line: its note reader
// must reach the outcome the plugin reaches (test/domain/hostile.test.ts), and the built program
// must list them all from one vault, exit 0, keep stderr quiet and print nothing a terminal runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNoteText } from "../../cli/vault";
import type { Insights } from "../../src/domain/insights";
import type { FollowUps } from "../../src/domain/types";
import { CORPUS, type HostileCase, pathOf } from "../fixtures/hostile";
import { checkReading, settingsOf } from "../support/hostile";

const TEXT_CASES = CORPUS.filter((c): c is HostileCase & { text: string } => c.text !== undefined);
/** The cases one vault with default settings can hold. */
const VAULT_CASES = TEXT_CASES.filter((c) => c.settings === undefined);

describe("the command line's note reader", () => {
  it("has text cases of every kind", () => {
    const kinds = new Set(TEXT_CASES.map((c) => c.expect.kind));
    expect([...kinds].sort()).toEqual(["interview", "not-interview", "problem"]);
    expect(TEXT_CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(TEXT_CASES.map((c) => [c.id, c.about, c] as const))("%s (%s)", (_, __, c) => {
    const path = pathOf(c);
    let reading: ReturnType<typeof readNoteText> = null;
    expect(() => (reading = readNoteText(path, c.text, settingsOf(c)))).not.toThrow();
    checkReading(reading, c, path);
  });

  it("left Object.prototype as it was", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the built command line on a vault of every text case", () => {
  let root = "";
  const run = (json: boolean, command = "due") =>
    spawnSync(
      "node",
      [
        "bin/interview-follow-up.mjs",
        command,
        root,
        "--now",
        "2026-11-25T12:00Z",
        ...(json ? ["--json"] : []),
      ],
      { encoding: "utf8", env: { ...process.env, TZ: "UTC", NO_COLOR: "1" }, maxBuffer: 64 << 20 },
    );

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "ifu-hostile-"));
    for (const c of VAULT_CASES) {
      const file = join(root, pathOf(c));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, c.text);
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists each problem, only the interviews' follow-ups, and nothing on stderr", () => {
    const out = run(true);
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as FollowUps;
    const problems = VAULT_CASES.filter((c) => c.expect.kind === "problem");
    expect(result.problems.map((p) => p.path)).toEqual(problems.map(pathOf).sort());
    for (const c of problems) {
      const reason = result.problems.find((p) => p.path === pathOf(c))?.reason ?? "";
      for (const part of c.expect.kind === "problem" ? c.expect.parts : []) {
        expect(reason, c.id).toContain(part);
      }
    }
    // Every interview here is open and dated before --now, so each has follow-ups listed.
    const interviews = VAULT_CASES.filter((c) => c.expect.kind === "interview").map(pathOf);
    expect([...new Set(result.items.map((i) => i.path))].sort()).toEqual(interviews.sort());
  });

  it("prints the readable list without a raw control character from any note", () => {
    const out = run(false);
    expect(out.status).toBe(0);
    const problems = VAULT_CASES.filter((c) => c.expect.kind === "problem").length;
    expect(out.stdout).toContain(`\nCan't read (${problems})\n`);
    const unsafe =
      // eslint-disable-next-line no-control-regex -- the test is that there are none
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    expect(unsafe.test(out.stdout)).toBe(false);
    expect(unsafe.test(out.stderr)).toBe(false);
    expect(out.stdout).toContain("Send a thank-you note: Acme\\u0000Corp, \\u001b[31mEngineer");
    expect(out.stdout).toContain("Send a thank-you note: Acme\\nCorp\n");
    expect(out.stdout).toContain(
      "  - Interviews/yaml-duplicate-key.md\n    Its properties are not valid YAML: Map keys must be unique (line 3 of the\n      note); fix that line\n",
    );
  });

  it("counts them all in stats, in 80 columns, without a raw control character", () => {
    const json = run(true, "stats");
    expect(json.stderr).toBe("");
    expect(json.status).toBe(0);
    const insights = JSON.parse(json.stdout) as Insights;
    const count = (kind: string) => VAULT_CASES.filter((c) => c.expect.kind === kind).length;
    expect(insights.interviews).toBe(count("interview"));
    expect(insights.unreadable).toBe(count("problem"));
    const text = run(false, "stats");
    expect(text.status).toBe(0);
    const unsafe =
      // eslint-disable-next-line no-control-regex -- the test is that there are none
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    expect(unsafe.test(text.stdout)).toBe(false);
    for (const line of text.stdout.split("\n"))
      expect([...line].length, line).toBeLessThanOrEqual(80);
  });
});
