/**
 * The text rules of iCalendar (RFC 5545) that the calendar file needs: TEXT values made safe and
 * escaped, content lines folded at 75 octets, dates and times in the forms the RFC allows, and
 * UIDs that name one follow-up whatever its text holds. Pure; nothing here throws.
 */

import { wellFormed } from "./text";

/** Line breaks as a note may hold them: each becomes one `\n` of the value. */
const BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Every other control character (C0, DEL, C1) and the bidirectional controls: RFC 5545 allows
 * no control in a TEXT value but tab, a tab would not survive the command line's terminal-safe
 * output, and a bidirectional override would reorder what a calendar shows. Each becomes a space.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text a calendar will show for `text`: well-formed (a lone surrogate becomes U+FFFD), each
 * line break a `\n`, every other control a space. Unescaping the written value gives exactly this.
 */
export function icsSafe(text: string): string {
  return wellFormed(text).replace(BREAK, "\n").replace(CONTROL, " ");
}

/** A TEXT value as written: made safe, then `\`, `;`, `,` and line breaks escaped. */
export function escapeText(text: string): string {
  return icsSafe(text).replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** UTF-8 octets of one code point (a lone surrogate counts as the 3 of U+FFFD). */
function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The most octets a content line may take, CRLF not counted (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * One content line folded: no line longer than 75 octets, each continuation starting with a space,
 * and never a break inside a character (a multi-byte one or a surrogate pair). Lines joined by
 * CRLF, without the final one.
 */
export function fold(line: string): string {
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** True for a year a DATE or DATE-TIME value can hold (four digits; the notes' own range). */
function writableYear(year: number): boolean {
  return year >= 1 && year <= 9999;
}

/** `YYYYMMDDTHHMMSSZ` in UTC, or null for a time outside the years 1 to 9999. */
export function utcDateTime(ms: number): string | null {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!Number.isFinite(ms) || !writableYear(year)) return null;
  return (
    `${pad(year, 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDD` of a local calendar day, or null outside the years 1 to 9999. */
export function localDate(date: Date): string | null {
  const year = date.getFullYear();
  if (!Number.isFinite(date.getTime()) || !writableYear(year)) return null;
  return `${pad(year, 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/**
 * One part of a UID, written so that different texts never give the same part and the part holds
 * no `+` or `@` (which join the parts): percent-encoded UTF-8 as in a URL, a lone surrogate as
 * `%uXXXX`.
 */
export function uidPart(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    out +=
      char.length === 1 && code >= 0xd800 && code <= 0xdfff
        ? `%u${code.toString(16).toUpperCase().padStart(4, "0")}`
        : encodeURIComponent(char);
  }
  return out;
}
