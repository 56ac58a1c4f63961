// An email from the sidebar goes under the note's "## Follow-up emails" heading, before the next
// section. Lines inside a fenced code block (``` or ~~~) are code, not headings: a `# comment` in
// a shell snippet is not the next section, and a heading quoted in a block is not the heading.
// The email never lands inside a fenced block, and every block stays as it was.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendEmail } from "../../src/domain/emailInNote";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const email = { subject: "Thanks", body: "Dear Jane,\n\nThank you.", missing: [] };

/**
 * The spans of fenced blocks, from the opening fence's line to the end of its closing fence's
 * line (or of the text), line by line as CommonMark reads them: a fence of three or more
 * backticks or tildes, indented by up to three spaces, closed by one of the same character at
 * least as long with nothing after it but spaces.
 */
function fencedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: { char: string; length: number; start: number } | null = null;
  let at = 0;
  for (const line of text.split("\n")) {
    const end = at + line.length;
    // A byte-order mark before the first line is not part of it.
    const bare = (at === 0 ? line.replace(/^\uFEFF/, "") : line).replace(/\r$/, "");
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(bare);
    // Backticks with a backtick after them on the line are inline code, not a fence.
    const inline = fence !== null && fence[1]![0] === "`" && fence[2]!.includes("`");
    if (open === null && fence !== null && !inline) {
      open = { char: fence[1]![0]!, length: fence[1]!.length, start: at };
    } else if (
      open !== null &&
      fence !== null &&
      fence[1]![0] === open.char &&
      fence[1]!.length >= open.length &&
      fence[2]!.trim() === ""
    ) {
      spans.push([open.start, end]);
      open = null;
    }
    at = end + 1;
  }
  if (open !== null) spans.push([open.start, text.length]);
  return spans;
}

const headingLine = fc.constantFrom(
  "## Follow-up emails",
  "# send it",
  "## Later",
  "#not a heading",
  "### Old",
);
const textLine = fc.oneof(headingLine, fc.constantFrom("plain text", "", "  ~~ not a fence"));
const fenced = fc
  .record({
    char: fc.constantFrom("`", "~"),
    length: fc.integer({ min: 3, max: 5 }),
    closingExtra: fc.integer({ min: 0, max: 2 }),
    indent: fc.constantFrom("", " ", "   "),
    info: fc.constantFrom("", "bash", "md", "x`y"),
    closed: fc.boolean(),
    lines: fc.array(fc.oneof(textLine, fc.constantFrom("```", "~~~", "````")), { maxLength: 4 }),
  })
  .map(({ char, length, closingExtra, indent, info, closed, lines }) => {
    const fence = char.repeat(length);
    // A line inside that would close the block early is written with the other character.
    const inside = lines.map((line) =>
      line.trim().startsWith(char.repeat(3))
        ? line.replace(/[`~]/g, char === "`" ? "~" : "`")
        : line,
    );
    const opening = `${indent}${fence}${info}`;
    return closed ? [opening, ...inside, char.repeat(length + closingExtra)] : [opening, ...inside];
  });
const note = fc
  .array(
    fc.oneof(
      textLine.map((line) => [line]),
      fenced,
    ),
    { maxLength: 8 },
  )
  .chain((parts) =>
    fc
      .tuple(fc.constantFrom("\n", "\r\n"), fc.constantFrom("", "\uFEFF"))
      .map(([eol, bom]) => bom + parts.flat().join(eol) + (parts.length ? eol : "")),
  );

describe("fenced code blocks in a note's body", () => {
  it("the email never lands inside a fenced block, even one left open, and only inserts", () => {
    fc.assert(
      fc.property(note, (text) => {
        const after = appendEmail(text, email, "New");
        let at = 0;
        while (at < text.length && text[at] === after[at]) at++;
        const inserted = after.length - text.length;
        // Only inserted: what was before and after the insertion is there byte for byte.
        expect(after.slice(0, at) + after.slice(at + inserted)).toBe(text);
        // Read as the note will be read after: the email's heading and body are outside every block.
        const label = after.indexOf("### New");
        const end = label + after.slice(label).indexOf("Thank you.");
        for (const [start, stop] of fencedSpans(after)) {
          const inside = (label > start && label < stop) || (end > start && end < stop);
          expect(inside, `the email at ${label}, inside the block ${start}–${stop}`).toBe(false);
        }
        // Every block the note had is still there, as it was.
        for (const [start, stop] of fencedSpans(text).filter(([, stop]) => stop < at))
          expect(after.slice(start, stop)).toBe(text.slice(start, stop));
      }),
      PROPERTY_RUNS,
    );
  });

  it("knows a fence on the first line after a byte-order mark", () => {
    const text = "\uFEFF```\n## Follow-up emails\n```\n";
    expect(appendEmail(text, email, "New")).toBe(
      `${text}\n## Follow-up emails\n\n### New\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n`,
    );
  });

  it("reads a megabyte line of backticks in one pass (it was quadratic: minutes)", () => {
    // The run is no fence, as a backtick follows it on its line: nothing is open at the end.
    const text = `${"`".repeat(1_000_000)}\`x\`\n## Follow-up emails\n`;
    expect(appendEmail(text, email, "New")).toBe(
      `${text}\n### New\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n`,
    );
  });

  it("closes a block the note leaves open before adding at its end", () => {
    const text = "# Plan\n\n````python\n# a comment\nprint(1)";
    expect(appendEmail(text, email, "New")).toBe(
      `${text}\n\`\`\`\`\n\n## Follow-up emails\n\n### New\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n`,
    );
    // A line of backticks with one after them is inline code: nothing is left open.
    const inline = "```inline``` code\n";
    expect(appendEmail(inline, email, "New")).toBe(
      `${inline}\n## Follow-up emails\n\n### New\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n`,
    );
  });

  it("a '# comment' in a block under the heading is not the next section", () => {
    const text =
      "## Follow-up emails\n\n### Old\n\n```bash\n# send it\nmail jane\n```\n\n## Later\n";
    const after = appendEmail(text, email, "New");
    expect(after).toContain("```bash\n# send it\nmail jane\n```");
    expect(after.indexOf("### New")).toBeLessThan(after.indexOf("## Later"));
    expect(after.indexOf("### New")).toBeGreaterThan(after.indexOf("```\n\n"));
  });

  it("a heading quoted in a block is not the heading: a real one is added at the end", () => {
    const text = "# Plan\n\n~~~md\n## Follow-up emails\n~~~\n\nmore text\n";
    expect(appendEmail(text, email, "New").slice(text.length)).toMatch(
      /^\n## Follow-up emails\n\n### New\n/,
    );
  });
});
