// A note whose YAML does not parse: the reason names the cause and the line of the NOTE to fix
// (the properties block starts on the note's second line), with LF or CR LF line ends, with or
// without a byte-order mark, with spaces after the delimiter; and it reads as one clean sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNoteText } from "../../cli/vault";
import { yamlProblem } from "../../src/domain/frontmatter";
import { defaultSettings } from "../../src/domain/settings";
import { PROPERTY_RUNS } from "../support/propertyRuns";

/** Broken YAML of several kinds, and which of its lines the parser blames. */
const BROKEN = [
  { lines: ["dup: 1", "dup: 2"], at: 1, cause: "Map keys must be unique" },
  { lines: ["t:", "\tx: 1"], at: 1, cause: "Tabs are not allowed as indentation" },
  { lines: ["c: Acme: Corp"], at: 0, cause: "Nested mappings are not allowed" },
  { lines: ["b: ]"], at: 0, cause: "Unexpected flow-seq-end token" },
] as const;

const noteArb = fc.record({
  before: fc.integer({ min: 0, max: 8 }),
  after: fc.integer({ min: 0, max: 4 }),
  broken: fc.constantFrom(...BROKEN),
  eol: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  trail: fc.constantFrom("", "  ", "\t"),
});

/** No "…line 3:" with nothing after it, no doubled or dangling punctuation. */
function expectCleanSentence(reason: string): void {
  expect(reason).not.toMatch(/[:;,]\s*$/);
  expect(reason).not.toMatch(/\.\.|[:;,]\s*[.;:,]|\s[.;:,]/);
  expect(reason).not.toMatch(/\n/);
}

describe("YAML that does not parse", () => {
  it("names the cause and the note's own line, whatever the line ends, BOM or delimiter", () => {
    fc.assert(
      fc.property(noteArb, ({ before, after, broken, eol, bom, trail }) => {
        const yaml = [
          ...Array.from({ length: before }, (_, i) => `g${i}: ok`),
          ...broken.lines,
          ...Array.from({ length: after }, (_, i) => `h${i}: ok`),
        ];
        const text = `${bom ? "\ufeff" : ""}---${trail}${eol}${yaml.join(eol)}${eol}---${eol}Body${eol}`;
        // The line a person finds in an editor: the first line is the opening delimiter.
        const fileLines = text.replace(/^\ufeff/, "").split(/\r?\n/);
        const wanted = fileLines.indexOf(broken.lines[broken.at] ?? "") + 1;
        expect(wanted).toBe(1 + before + broken.at + 1);

        const reading = readNoteText("Interviews/broken.md", text, defaultSettings());
        expect(reading?.kind).toBe("problem");
        const reason = reading?.kind === "problem" ? reading.reason : "";
        expect(reason).toBe(
          `Its properties are not valid YAML: ${reason.slice(35, reason.indexOf(" (line"))} (line ${wanted} of the note); fix that line`,
        );
        expect(reason).toContain(`: ${broken.cause}`);
        expectCleanSentence(reason);
      }),
      PROPERTY_RUNS,
    );
  });

  it("a note whose first line is not --- has no properties block: no YAML reason at all", () => {
    // As in Obsidian: a block further down is body text, so the note has no properties and is
    // not an interview note, whatever that text holds; the same block at the top is a problem.
    for (const first of ["", "# Acme", " ---", "----", "--- x"]) {
      const block = "---\ndup: 1\ndup: 2\n---\n";
      expect(
        readNoteText("Interviews/late.md", `${first}\n${block}`, defaultSettings()),
      ).toBeNull();
      expect(readNoteText("Interviews/top.md", block, defaultSettings())).toMatchObject({
        reason:
          "Its properties are not valid YAML: Map keys must be unique (line 3 of the note); fix that line",
      });
    }
  });

  it("a parser's error without a position: its cause and what to do, no dangling colon", () => {
    for (const message of [
      "Unresolved alias (the anchor must be set before the alias): nope",
      "something odd:",
      "something odd.",
      "",
    ]) {
      const reason = yamlProblem(new Error(message));
      expect(reason).toMatch(/^Its properties are not valid YAML: .+; fix the properties$/);
      expectCleanSentence(reason);
    }
  });

  it("a js-yaml style error (mark from 0, position in parentheses) names the note's line", () => {
    const error = Object.assign(new Error("duplicated mapping key (3:1)\n\n 3 | a: 2\n"), {
      mark: { line: 2 },
    });
    expect(yamlProblem(error)).toBe(
      "Its properties are not valid YAML: duplicated mapping key (line 4 of the note); fix that line",
    );
    expect(yamlProblem(new Error("bad indentation (5:2)"))).toBe(
      "Its properties are not valid YAML: bad indentation (line 6 of the note); fix that line",
    );
  });

  it("aliases that expand too far: a reason of their own, whatever the parser calls it", () => {
    const reason = yamlProblem(
      new ReferenceError("Excessive alias count indicates a resource exhaustion attack"),
    );
    expect(reason).toBe(
      "Its properties cannot be read: YAML aliases (*name) would repeat values too many times; write the values out instead",
    );
  });
});
