/**
 * Putting an email into a note's text: where it goes and in what line breaks. Both ways only
 * insert, never replace, and never touch the frontmatter: a note's properties after an insertion
 * are exactly the ones before.
 */

import { bodyStartOf, bomLength, findFrontmatter } from "./frontmatter";
import type { RenderedEmail } from "./templates";

export const EMAILS_HEADING = "## Follow-up emails";

/** The note's own line break: CRLF when it has any, else LF. */
function lineBreakOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The subject line, a blank line and the body, in the note's line breaks, ending with one. */
function emailLines(email: RenderedEmail, eol: string): string {
  return [`**Subject:** ${email.subject}`, "", email.body, ""].join("\n").replace(/\r?\n/g, eol);
}

/** The frontmatter's YAML, or null when the text has none: what an insertion must leave alone. */
function yamlOf(text: string): string | null {
  return findFrontmatter(text)?.yaml ?? null;
}

/**
 * Whether `after` has the same frontmatter as `before` (or none, as before). An insertion can
 * change it only in one way: into a note whose first line is `---` with no closing line, a `---`
 * line in the email would close it and turn the text above into properties.
 */
export function keepsFrontmatter(before: string, after: string): boolean {
  return yamlOf(before) === yamlOf(after);
}

/**
 * `body` with each fenced code block (``` or ~~~, to its closing fence or the end) made spaces
 * but for its line breaks: a `#` line inside one is no heading, and every index stays put. `open`:
 * the fence of a last block that the note leaves open, which anything added at the end would be
 * inside of. A line of backticks with a backtick after them is inline code, not a fence; the
 * fence is the whole run of backticks (giving them back one by one would take quadratic time).
 */
function outsideFences(body: string): { body: string; open: string } {
  let open = "";
  const masked = body.replace(
    /^ {0,3}(`{3,}(?!`)(?![^\n]*`)|~{3,})[^]*?(?:(\n {0,3}\1[`~]*[ \t]*$)|(?![^]))/gm,
    (block, fence: string, closing?: string) => {
      if (closing === undefined) open = fence;
      return block.replace(/[^\r\n]/g, " ");
    },
  );
  return { body: masked, open };
}

/** What goes between a note and what is added at its end: a line break, the open block closed. */
function atEnd(text: string, eol: string, open: string): string {
  if (text === "") return "";
  const lineEnd = text.endsWith(eol) ? "" : eol;
  return open === "" ? `${lineEnd}${eol}` : `${lineEnd}${open}${eol}${eol}`;
}

/**
 * Adds an email to a note under its "Follow-up emails" heading: at the end of that section when
 * the note's body has one, else under a new heading at the end of the note (after closing a code
 * block the note leaves open). Everything already in the note stays byte for byte (this only
 * inserts); the note's own line ending is used.
 */
export function appendEmail(text: string, email: RenderedEmail, label: string): string {
  const eol = lineBreakOf(text);
  const block = `### ${label}${eol}${eol}${emailLines(email, eol)}`;
  // Only the body is searched: a YAML comment line can read "## Follow-up emails" too.
  const bodyStart = bodyStartOf(text);
  const { body, open } = outsideFences(text.slice(bodyStart));
  const heading = /^## Follow-up emails[ \t]*$/m.exec(body);
  if (heading === null)
    return `${text}${atEnd(text, eol, open)}${EMAILS_HEADING}${eol}${eol}${block}`;
  const sectionStart = heading.index + heading[0].length;
  const afterHeading = bodyStart + sectionStart;
  const next = /^#{1,2}[ \t]/m.exec(body.slice(sectionStart));
  if (next === null) return `${text}${atEnd(text, eol, open)}${block}`;
  const at = afterHeading + next.index;
  const before = text.slice(0, at);
  const gap = before.endsWith(`${eol}${eol}`) ? "" : eol;
  return `${before}${gap}${block}${eol}${text.slice(at)}`;
}

/** Where an email typed at `offset` goes, and the text to insert there. */
export interface Insertion {
  offset: number;
  text: string;
}

/**
 * Inserting an email at the cursor. A cursor inside the frontmatter (its `---` lines included)
 * moves to just after it; after a closing `---` that ends the note without a line break, the
 * email starts on a line of its own. A cursor before a byte-order mark, or between the two
 * characters of a CRLF or of a surrogate pair, moves past them. Null when inserting would change
 * the note's properties (see `keepsFrontmatter`): the caller says so and changes nothing.
 */
export function emailAtCursor(
  text: string,
  cursor: number,
  email: RenderedEmail,
): Insertion | null {
  const eol = lineBreakOf(text);
  const block = findFrontmatter(text);
  let offset = Math.min(Math.max(0, cursor), text.length);
  if (block !== null && offset < block.bodyStart) offset = block.bodyStart;
  if (offset === 0) offset = bomLength(text);
  if (text[offset - 1] === "\r" && text[offset] === "\n") offset++;
  // Nor between the two halves of an emoji: a code point above U+FFFF starts just before.
  if ((text.codePointAt(offset - 1) ?? 0) > 0xffff) offset++;
  const ownLine = block !== null && offset === block.bodyStart && text[offset - 1] !== "\n";
  const inserted = (ownLine ? eol : "") + emailLines(email, eol);
  const after = text.slice(0, offset) + inserted + text.slice(offset);
  return keepsFrontmatter(text, after) ? { offset, text: inserted } : null;
}
