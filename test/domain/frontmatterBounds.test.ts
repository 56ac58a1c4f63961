// The size bound on frontmatter and the reason given for YAML a parser refuses
// (src/domain/frontmatter.ts), from the domain's side: the command line and the plugin's index
// both use them (test/cli/yaml-errors.test.ts, test/obsidian/indexBounds.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  MAX_FRONTMATTER_CHARS,
  MAX_FRONTMATTER_LINES,
  findFrontmatter,
  frontmatterTooLarge,
  yamlProblem,
} from "../../src/domain/frontmatter";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const INVALID = "Its properties are not valid YAML: ";

/** What the `yaml` package throws for `text`. */
function thrown(text: string): unknown {
  try {
    parse(text);
  } catch (error) {
    return error;
  }
  throw new Error("expected the YAML not to parse");
}

describe("frontmatter over the size bound", () => {
  it("the bounds are the documented ones", () => {
    expect([MAX_FRONTMATTER_CHARS, MAX_FRONTMATTER_LINES]).toEqual([262_144, 5_000]);
  });

  it("by characters: refused exactly past 262,144", () => {
    expect(frontmatterTooLarge("x".repeat(MAX_FRONTMATTER_CHARS))).toBeNull();
    expect(frontmatterTooLarge("x".repeat(MAX_FRONTMATTER_CHARS + 1))).toBe(
      "Its properties are 262,145 characters long, more than the 262,144 read: move long text into the note's body",
    );
  });

  it("by lines: refused exactly past 5,000, whatever the line ends", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 6_000 }), fc.integer({ min: 4_995, max: 5_005 })),
        fc.constantFrom("\n", "\r\n"),
        (lines, eol) => {
          const why = frontmatterTooLarge(Array.from({ length: lines }, () => "a: b").join(eol));
          if (lines <= 5_000) expect(why).toBeNull();
          else
            expect(why).toBe(
              "Its properties run over 5,000 lines, more than are read: move long text into the note's body",
            );
        },
      ),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 300) },
    );
  });

  it("an empty block is not too large", () => {
    expect(frontmatterTooLarge("")).toBeNull();
  });
});

describe("the reason for YAML that does not parse", () => {
  it("names the cause and the note's line: the block starts on the note's second line", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (before) => {
        const yaml = [...Array.from({ length: before }, (_, i) => `k${i}: v`), "a: 1", "a: 2"];
        const block = findFrontmatter(`---\n${yaml.join("\n")}\n---\n`);
        expect(yamlProblem(thrown(block?.yaml ?? ""))).toBe(
          `${INVALID}Map keys must be unique (line ${before + 3} of the note); fix that line`,
        );
      }),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 100) },
    );
  });

  it("reads the position wherever a parser puts it", () => {
    // js-yaml: `mark.line` counts from 0.
    expect(yamlProblem(Object.assign(new Error("bad (9:9)"), { mark: { line: 0 } }))).toBe(
      `${INVALID}bad (line 2 of the note); fix that line`,
    );
    // Only in the words of the message.
    expect(yamlProblem(new Error("bad thing at line 4, column 2:\n\nsnippet"))).toBe(
      `${INVALID}bad thing (line 5 of the note); fix that line`,
    );
    expect(yamlProblem(new Error("bad thing (7:1)"))).toBe(
      `${INVALID}bad thing (line 8 of the note); fix that line`,
    );
    // A position that is not a number is not believed.
    expect(yamlProblem(Object.assign(new Error("bad"), { linePos: [{ line: "3" }] }))).toBe(
      `${INVALID}bad; fix the properties`,
    );
  });

  it("without a position: the cause, no dangling punctuation, and what to do", () => {
    expect(yamlProblem(new Error("Unresolved alias: nope"))).toBe(
      `${INVALID}Unresolved alias: nope; fix the properties`,
    );
    expect(yamlProblem(new Error("trailing colon: \n\nmore"))).toBe(
      `${INVALID}trailing colon; fix the properties`,
    );
    expect(yamlProblem(new Error("ends in a period..."))).toBe(
      `${INVALID}ends in a period; fix the properties`,
    );
    expect(yamlProblem(new Error(""))).toBe(
      `${INVALID}the parser gave no reason; fix the properties`,
    );
    expect(yamlProblem("a thrown text")).toBe(`${INVALID}a thrown text; fix the properties`);
    expect(yamlProblem(null)).toBe(`${INVALID}null; fix the properties`);
  });

  it("aliases that expand too far get their own reason, from the yaml package as it is", () => {
    const laughs = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    expect(yamlProblem(thrown(laughs))).toBe(
      "Its properties cannot be read: YAML aliases (*name) would repeat values too many times; write the values out instead",
    );
  });
});
