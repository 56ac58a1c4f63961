/**
 * Notes of every shape an insertion must survive, built from parts so that each case knows its
 * own frontmatter and where its body starts without asking the code under test: with or without
 * a byte-order mark, LF or CRLF, frontmatter closed (with or without a line break after the
 * closing `---`, trailing spaces on the delimiters, no YAML at all), left unclosed, or absent,
 * an empty body or lines that look like headings, rules and YAML comments.
 */
import fc from "fast-check";

export interface NoteShape {
  text: string;
  /** The YAML between the delimiters, or null when the note has no (closed) frontmatter. */
  yaml: string | null;
  /** Where the body starts: after the closing delimiter's line break, or 0 without frontmatter. */
  bodyStart: number;
  /** The note's line break: CRLF when it has any, else LF. */
  eol: "\n" | "\r\n";
}

const yamlLineArb = fc.constantFrom(
  "status: applied",
  "organization: Acme Corp",
  "contact: Jane Doe",
  "tags: [interview]",
  "# a comment",
  "## Follow-up emails",
  "notes: |",
  "  ## Follow-up emails",
  "  ---x",
  'quoted: "a: b"',
  "empty:",
  "emoji: 🚀 café",
);

/** Lines a body can hold, including the ones an insertion might trip over. */
export const bodyLineArb = fc.oneof(
  fc.constantFrom(
    "",
    "---",
    "--- ",
    "# Acme",
    "## Follow-up emails",
    "## Later",
    "### Old",
    "text",
    "```",
    "שלום 🚀 e\u0301",
    "**Subject:** old",
  ),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, "")),
);

export const noteShapeArb: fc.Arbitrary<NoteShape> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom<"\n" | "\r\n">("\n", "\r\n"),
    kind: fc.constantFrom("closed", "closed", "closed", "unclosed", "none"),
    yamlLines: fc.array(yamlLineArb, { maxLength: 5 }),
    openSpaces: fc.constantFrom("", " ", "\t"),
    closeSpaces: fc.constantFrom("", " "),
    body: fc.array(bodyLineArb, { maxLength: 6 }),
    finalBreak: fc.boolean(),
  })
  .map(({ bom, eol, kind, yamlLines, openSpaces, closeSpaces, body, finalBreak }) => {
    const start = bom ? "\uFEFF" : "";
    const bodyText = body.join(eol) + (body.length > 0 && finalBreak ? eol : "");
    if (kind === "none") {
      // A body that starts with "---" would be read as frontmatter: keep it off the first line.
      const text = start + (bodyText.startsWith("-") ? `x${bodyText}` : bodyText);
      return { text, yaml: null, bodyStart: 0, eol };
    }
    const yaml = yamlLines.join(eol);
    const open = `---${openSpaces}${eol}${yamlLines.length > 0 ? yaml + eol : ""}`;
    if (kind === "unclosed") {
      // No line of the body may close it.
      const lines = body.filter((line) => !/^---[ \t]*$/.test(line));
      return { text: start + open + lines.join(eol), yaml: null, bodyStart: 0, eol };
    }
    const close = `---${closeSpaces}`;
    const head = start + open + close;
    if (bodyText === "" && !finalBreak) return { text: head, yaml, bodyStart: head.length, eol };
    return { text: head + eol + bodyText, yaml, bodyStart: head.length + eol.length, eol };
  })
  // A note with no line break at all has none of its own: what is added to it uses LF.
  .map((shape) => (shape.text.includes("\r\n") ? shape : { ...shape, eol: "\n" as const }));

/** Email text with the lines that could close or open a frontmatter, in either line break. */
export const emailArb = fc.record({
  subject: fc.oneof(
    fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, "")),
    fc.constant("---"),
  ),
  body: fc
    .array(fc.oneof(bodyLineArb, fc.constantFrom("---", "...")), { maxLength: 5 })
    .chain((lines) => fc.constantFrom(lines.join("\n"), lines.join("\r\n"))),
  missing: fc.constant<string[]>([]),
});
