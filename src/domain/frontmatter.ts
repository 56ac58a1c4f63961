/**
 * Finding a note's frontmatter block in its text, as Obsidian does (only at the very top), the
 * bound on how much of it is parsed, and the reason given when its YAML cannot be read.
 */

import { withCommas } from "./values";
import { errorMessage } from "./text";

export interface FrontmatterBlock {
  /** The YAML between the delimiter lines. */
  yaml: string;
  /** Offset in the text where the body after the closing delimiter starts. */
  bodyStart: number;
}

// "---" on the first line, then YAML (possibly none), then the first closing "---" line: the
// optional YAML group is lazy too, so an empty block ("---" twice) is not stretched to a later one.
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/;

/** 1 when the text starts with a byte-order mark, which is no part of its first line; else 0. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Whether the text's first line opens a frontmatter block (closed or not). */
export function opensFrontmatter(text: string): boolean {
  return /^---[ \t]*\r?\n/.test(text.slice(bomLength(text)));
}

/** The frontmatter block of a note's text (a leading byte-order mark is allowed), or null. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
  const offset = bomLength(text);
  const match = BLOCK.exec(offset === 0 ? text : text.slice(offset));
  if (!match) return null;
  return { yaml: match[1] ?? "", bodyStart: offset + match[0].length };
}

/** Where the body starts: after the frontmatter block, or after a byte-order mark without one. */
export function bodyStartOf(text: string): number {
  return findFrontmatter(text)?.bodyStart ?? bomLength(text);
}

/**
 * The note's line (from 1) that holds the YAML's first line: the one after the opening `---`. A
 * byte-order mark adds no line, and CR LF counts as one line end, in the note as in the parsers.
 */
const YAML_FIRST_LINE = 2;

/** The most frontmatter parsed: far beyond any real note, small enough to parse at once. */
export const MAX_FRONTMATTER_CHARS = 256 * 1024;
export const MAX_FRONTMATTER_LINES = 5_000;

/** Why frontmatter is too large to parse, or null when it is not. Reads no further than needed. */
export function frontmatterTooLarge(yaml: string): string | null {
  if (yaml.length > MAX_FRONTMATTER_CHARS) {
    return `Its properties are ${withCommas(yaml.length)} characters long, more than the ${withCommas(MAX_FRONTMATTER_CHARS)} read: move long text into the note's body`;
  }
  let lines = 1;
  for (let at = yaml.indexOf("\n"); at !== -1; at = yaml.indexOf("\n", at + 1)) {
    if (++lines > MAX_FRONTMATTER_LINES) {
      return `Its properties run over ${withCommas(MAX_FRONTMATTER_LINES)} lines, more than are read: move long text into the note's body`;
    }
  }
  return null;
}

/** Where a parser says the error is, as a line of the YAML (from 1), if it says. */
function yamlLine(error: object, message: string): number | null {
  // The `yaml` package: linePos; js-yaml: mark, from 0; else the message's own words.
  const linePos = (error as { linePos?: { line?: unknown }[] }).linePos;
  const fromPos = linePos?.[0]?.line;
  if (typeof fromPos === "number") return fromPos;
  const mark = (error as { mark?: { line?: unknown } }).mark;
  if (typeof mark?.line === "number") return mark.line + 1;
  const words = /\bline (\d+)/.exec(message) ?? /\((\d+):\d+\)/.exec(message);
  return words ? Number(words[1]) : null;
}

/** The cause alone: its first line, without the position the parser added or end punctuation. */
function causeOf(message: string): string {
  const first = (message.split("\n")[0] ?? "")
    .replace(/ at line \d+, column \d+/, "")
    .replace(/ ?\(\d+:\d+\)/, "")
    .replace(/[\s:.;,]+$/, "")
    .trim();
  return first === "" ? "the parser gave no reason" : first;
}

/** The `yaml` package's words when aliases would expand past `maxAliasCount`. */
const ALIAS_BOMB = /excessive alias count/i;

/**
 * The problem reason for frontmatter whose YAML a parser refused: the cause, and the line of the
 * note (not of the properties block) to fix, when the parser says where.
 */
export function yamlProblem(error: unknown): string {
  const message = errorMessage(error);
  if (ALIAS_BOMB.test(message)) {
    return "Its properties cannot be read: YAML aliases (*name) would repeat values too many times; write the values out instead";
  }
  const line = typeof error === "object" && error !== null ? yamlLine(error, message) : null;
  const cause = causeOf(message);
  if (line === null) return `Its properties are not valid YAML: ${cause}; fix the properties`;
  return `Its properties are not valid YAML: ${cause} (line ${line + YAML_FIRST_LINE - 1} of the note); fix that line`;
}
