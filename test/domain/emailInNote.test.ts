// Putting an email into a note (src/domain/emailInNote.ts): under "Follow-up emails" from the
// sidebar, at the cursor from the editor. Examples first, then property tests over every note
// shape of support/noteShapes.ts: the properties are exactly the ones before, the note's text is
// all still there around one inserted run, in the body, in the note's line breaks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendEmail, emailAtCursor, keepsFrontmatter } from "../../src/domain/emailInNote";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { isWellFormed } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { type NoteShape, emailArb, noteShapeArb } from "../support/noteShapes";

const isHighSurrogate = (text: string, at: number) =>
  text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) <= 0xdbff;
const isLowSurrogate = (text: string, at: number) =>
  text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff;

describe("adding an email under the heading", () => {
  const email = { subject: "Thanks", body: "Dear Jane,\n\nThank you.", missing: [] };

  it("adds the heading at the end when the note has none, keeping every byte before", () => {
    const note = "---\na: 1\n---\n# Notes\n\nSome text";
    const out = appendEmail(note, email, "Thank-you note");
    expect(out.startsWith(note)).toBe(true);
    expect(out.slice(note.length)).toBe(
      "\n\n## Follow-up emails\n\n### Thank-you note\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n",
    );
  });

  it("adds under an existing heading, before the next section, only inserting", () => {
    const note = "# A\n\n## Follow-up emails\n\n### Old\n\nold text\n\n## Later\n\nkeep\n";
    const out = appendEmail(note, email, "New");
    const at = out.indexOf("### New");
    expect(at).toBeGreaterThan(out.indexOf("### Old"));
    expect(at).toBeLessThan(out.indexOf("## Later"));
    expect(out.replace(/### New[\s\S]*?Thank you\.\n\n/, "")).toBe(note);
  });

  it("uses the note's CRLF line endings", () => {
    const out = appendEmail("a\r\nb\r\n", email, "X");
    expect(out.startsWith("a\r\nb\r\n")).toBe(true);
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
    expect(out).toBe(
      "a\r\nb\r\n\r\n## Follow-up emails\r\n\r\n### X\r\n\r\n**Subject:** Thanks\r\n\r\nDear Jane,\r\n\r\nThank you.\r\n",
    );
  });

  const block = "### New\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n";

  it("starts an empty note with the heading, and leaves one blank line after a final line break", () => {
    expect(appendEmail("", email, "New")).toBe(`## Follow-up emails\n\n${block}`);
    expect(appendEmail("Text\n", email, "New")).toBe(`Text\n\n## Follow-up emails\n\n${block}`);
  });

  it("adds at the end of the note when the heading is its last section", () => {
    const ended = "# A\n\n## Follow-up emails\n\n### Old\n\nold text\n";
    expect(appendEmail(ended, email, "New")).toBe(`${ended}\n${block}`);
    const unended = "# A\n\n## Follow-up emails\n\n### Old\n\nold text";
    expect(appendEmail(unended, email, "New")).toBe(`${unended}\n\n${block}`);
  });

  it("leaves a blank line before the next section, adding one only where there was none", () => {
    const tight = "## Follow-up emails\n### Old\nold\n## Later\n";
    expect(appendEmail(tight, email, "New")).toBe(
      `## Follow-up emails\n### Old\nold\n\n${block}\n## Later\n`,
    );
  });

  it("knows the heading only as a line of its own, trailing spaces allowed", () => {
    const spaced = "## Follow-up emails  \n\n### Old\n";
    expect(appendEmail(spaced, email, "New")).toBe(`${spaced}\n${block}`);
    for (const note of ["See ## Follow-up emails\n", "## Follow-up emails sent\n"]) {
      expect(appendEmail(note, email, "New")).toBe(`${note}\n## Follow-up emails\n\n${block}`);
    }
  });
});

describe("inserting an email at the cursor", () => {
  const email = { subject: "Thanks", body: "Dear Jane,\n\nThank you.", missing: [] };
  const lines = "**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n";

  it("goes at the cursor in the body, and just after the frontmatter from inside it or its --- lines", () => {
    const note = "---\na: 1\n---\nBody";
    for (const cursor of [0, 1, 3, 4, 5, 8, 9, 11, 12, 13])
      expect(emailAtCursor(note, cursor, email)).toEqual({ offset: 13, text: lines });
    expect(emailAtCursor(note, 15, email)).toEqual({ offset: 15, text: lines });
    expect(emailAtCursor(note, 17, email)).toEqual({ offset: 17, text: lines });
    expect(emailAtCursor("No frontmatter", 3, email)).toEqual({ offset: 3, text: lines });
  });

  it("starts on a line of its own after a closing --- that ends the note", () => {
    for (const note of ["---\na: 1\n---", "---\na: 1\n---  ", "---\n---"]) {
      const insertion = emailAtCursor(note, 2, email);
      expect(insertion).toEqual({ offset: note.length, text: `\n${lines}` });
      const after = note + (insertion?.text ?? "");
      expect(findFrontmatter(after)?.yaml).toBe(findFrontmatter(note)?.yaml);
    }
    expect(emailAtCursor("---\r\na: 1\r\n---", 0, email)?.text).toBe(
      `\r\n${lines.replace(/\n/g, "\r\n")}`,
    );
  });

  it("uses the note's CRLF line breaks, and never splits one", () => {
    const note = "---\r\na: 1\r\n---\r\nOne\r\nTwo";
    expect(emailAtCursor(note, 20, email)).toEqual({
      offset: 21,
      text: lines.replace(/\n/g, "\r\n"),
    });
    const crlfEmail = { ...email, body: "Dear Jane,\r\n\r\nThank you." };
    expect(emailAtCursor("a\nb", 1, crlfEmail)?.text).toBe(lines);
  });

  it("stays after a byte-order mark", () => {
    expect(emailAtCursor("\uFEFFText", 0, email)?.offset).toBe(1);
    expect(emailAtCursor("\uFEFF---\na: 1\n---\n", 0, email)?.offset).toBe(14);
  });

  it("refuses, rather than close properties left open with a --- line of the email", () => {
    const open = "---\na: 1\nBody";
    expect(emailAtCursor(open, open.length, { ...email, body: "Hi\n---\nBye" })).toBeNull();
    expect(emailAtCursor(open, open.length, email)).toEqual({ offset: open.length, text: lines });
    expect(keepsFrontmatter(open, `${open}\n---\n`)).toBe(false);
    expect(keepsFrontmatter(open, `${open}\nmore`)).toBe(true);
  });
});

/**
 * Whether `after` is `before` with one run inserted at or after `from` that contains `wanted`
 * (the run's place is ambiguous when its text repeats what surrounds it: any place will do).
 */
function insertedAfter(before: string, after: string, from: number, wanted: string): boolean {
  const added = after.length - before.length;
  if (added < wanted.length) return false;
  let common = 0;
  while (common < before.length && before[common] === after[common]) common++;
  for (let at = common; at >= from; at--) {
    if (
      after.slice(at + added) === before.slice(at) &&
      after.slice(at, at + added).includes(wanted)
    )
      return true;
  }
  return false;
}

/** The email as it should read in a note with these line breaks. */
function expectedLines(email: { subject: string; body: string }, eol: string): string {
  return `**Subject:** ${email.subject}\n\n${email.body}\n`.replace(/\r?\n/g, eol);
}

/** The line breaks in `text` that are not the note's: bare LF in a CRLF note, any CR in an LF one. */
function foreignBreaks(shape: NoteShape, text: string): number {
  return (text.match(shape.eol === "\r\n" ? /(?<!\r)\n/g : /\r/g) ?? []).length;
}

describe("every note shape (property tests)", () => {
  it("at the cursor: the properties stay exactly as before, the email goes in the body, in the note's breaks", () => {
    fc.assert(
      fc.property(noteShapeArb, emailArb, fc.nat(), (shape, email, pick) => {
        const { text } = shape;
        const cursor = pick % (text.length + 1);
        const insertion = emailAtCursor(text, cursor, email);
        if (insertion === null) {
          // Only properties left open can be at risk, and only from a line of dashes in the email.
          expect(shape.yaml).toBeNull();
          expect(`${email.subject}\n${email.body}`).toMatch(/^---/m);
          return;
        }
        const { offset } = insertion;
        const after = text.slice(0, offset) + insertion.text + text.slice(offset);
        expect(findFrontmatter(after)?.yaml ?? null).toBe(shape.yaml);
        expect(offset).toBeGreaterThanOrEqual(shape.bodyStart);
        expect(offset).toBeLessThanOrEqual(text.length);
        // At the cursor, unless it was in the frontmatter, before a byte-order mark, inside a
        // CRLF or between the halves of a surrogate pair (just after them then).
        const inCrlf = text[cursor - 1] === "\r" && text[cursor] === "\n";
        const bom = cursor === 0 && text.startsWith("\uFEFF");
        const inPair =
          cursor > 0 && isHighSurrogate(text, cursor - 1) && isLowSurrogate(text, cursor);
        if (inPair && cursor >= shape.bodyStart) expect(offset).toBe(cursor + 1);
        if (cursor >= shape.bodyStart && !inCrlf && !bom && !inPair) expect(offset).toBe(cursor);
        // No emoji is split: a well-formed note with a well-formed email stays well formed.
        if (isWellFormed(text) && isWellFormed(insertion.text))
          expect(isWellFormed(after)).toBe(true);
        if (cursor < shape.bodyStart) expect(offset).toBe(shape.bodyStart);
        const lines = expectedLines(email, shape.eol);
        const ownLine =
          shape.yaml !== null && offset === shape.bodyStart && !text.endsWith("\n", offset);
        expect(insertion.text).toBe(ownLine ? shape.eol + lines : lines);
        expect(foreignBreaks(shape, insertion.text)).toBe(0);
      }),
      PROPERTY_RUNS,
    );
  });

  it("under the heading: the properties stay exactly as before, the text around is kept, in the note's breaks", () => {
    fc.assert(
      fc.property(noteShapeArb, emailArb, (shape, email) => {
        const { text } = shape;
        const after = appendEmail(text, email, "Label");
        if (!keepsFrontmatter(text, after)) {
          // The caller writes nothing then; only properties left open can be at risk.
          expect(shape.yaml).toBeNull();
          expect(email.body).toMatch(/^---/m);
          return;
        }
        expect(findFrontmatter(after)?.yaml ?? null).toBe(shape.yaml);
        const block = `### Label${shape.eol}${shape.eol}${expectedLines(email, shape.eol)}`;
        expect(insertedAfter(text, after, shape.bodyStart, block)).toBe(true);
        expect(foreignBreaks(shape, after)).toBe(foreignBreaks(shape, text));
      }),
      PROPERTY_RUNS,
    );
  });
});
