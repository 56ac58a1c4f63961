// The hostile frontmatter corpus (test/fixtures/hostile/) through the domain reader, as the plugin
// reads notes from Obsidian's metadata cache: each case's expected outcome, nothing thrown, no
// prototype polluted, and the engine unharmed by all of them at once.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { YAML_OPTIONS } from "../../cli/vault";
import { computeFollowUps } from "../../src/domain/followups";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { CORPUS, type HostileCase, pathOf } from "../fixtures/hostile";
import { checkReading, settingsOf } from "../support/hostile";

const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();
const toStringBefore = Object.getOwnPropertyDescriptor(Object.prototype, "toString");

/** The YAML of a text case, parsed the way the command line parses it; "broken" if it throws. */
function parsedText(c: HostileCase): unknown {
  const block = findFrontmatter(c.text ?? "");
  if (block === null) return "no block";
  try {
    return { value: parse(block.yaml, YAML_OPTIONS) as unknown };
  } catch {
    return "broken";
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Broken YAML: the cache has no properties, so the reader gets none; the index reads the file. */
const brokenYaml = (c: HostileCase) =>
  c.text !== undefined && c.frontmatter === undefined && parsedText(c) === "broken";

const readings = new Map<string, NoteReading | null>();

describe("the corpus", () => {
  it("has at least 150 cases with unique ids and paths", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    expect(new Set(CORPUS.map(pathOf)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.filter((c) => c.text !== undefined).map((c) => [c.id, c] as const))(
    "%s: the text's YAML gives the frontmatter the case says the cache holds",
    (_, c) => {
      const parsed = parsedText(c);
      if (c.frontmatter === undefined) {
        // No properties: no block at the top, YAML that does not parse, or YAML that is not a record.
        expect(typeof parsed === "string" || !isRecord((parsed as { value: unknown }).value)).toBe(
          true,
        );
      } else {
        expect(typeof parsed).toBe("object");
        const value = (parsed as { value: unknown }).value;
        expect(isRecord(value) ? value : {}).toEqual(c.frontmatter);
      }
    },
  );
});

describe("each case read as the plugin reads it", () => {
  it.each(CORPUS.map((c) => [c.id, c.about, c] as const))("%s (%s)", (_, __, c) => {
    const path = pathOf(c);
    let reading: NoteReading | null = null;
    expect(() => (reading = readNote(path, c.frontmatter, settingsOf(c)))).not.toThrow();
    readings.set(c.id, reading);
    if (brokenYaml(c)) {
      // The reader is given nothing; FollowUpIndex reads the file to report it
      // (test/obsidian/view.test.ts), as the command line does (test/cli/hostile-notes.test.ts).
      expect(reading).toBeNull();
    } else {
      checkReading(reading, c, path);
    }
  });
});

describe("all cases at once", () => {
  it("the engine lists every problem and never throws, at any moment", () => {
    const all = CORPUS.filter((c) => c.settings === undefined).flatMap((c) => {
      const reading = readings.get(c.id);
      return reading === undefined || reading === null ? [] : [reading];
    });
    const problems = all.filter((r) => r.kind === "problem").map((r) => r.path);
    expect(problems.length).toBeGreaterThan(50);
    for (const now of ["2026-11-25T12:00:00Z", "0001-01-02T00:00:00Z", "9999-12-31T00:00:00Z"]) {
      let result: ReturnType<typeof computeFollowUps> | undefined;
      expect(() => {
        result = computeFollowUps(all, settingsOf(CORPUS[0]!), new Date(now));
        JSON.stringify(result);
      }).not.toThrow();
      expect(result?.problems.map((p) => p.path)).toEqual([...problems].sort());
      const interviews = new Set(
        all.filter((r) => r.kind === "interview").map((r) => r.interview.path),
      );
      for (const item of result?.items ?? []) expect(interviews.has(item.path)).toBe(true);
    }
  });

  it("left Object.prototype and Array.prototype as they were", () => {
    expect(readings.size).toBe(CORPUS.length);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
    expect(Object.getOwnPropertyDescriptor(Object.prototype, "toString")).toEqual(toStringBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
