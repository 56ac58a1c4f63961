/**
 * A fast reader for the plainest frontmatter, the kind most interview notes hold: one
 * `key: value` per line, values that are plain words, dates, whole numbers, true/false, a
 * one-line list of such (`[a, b]`), or a block list of such on the lines below the key
 * (`key:` then `  - a`, `  - b`: Obsidian's own way of writing lists). It gives exactly what the
 * `yaml` package gives for that text, and null for anything else (quotes, nesting, comments,
 * anchors, numbers it would have to think about…), which the caller then parses with the `yaml`
 * package. Two mistakes common in hand-edited notes, in otherwise plain text, it refuses as the
 * package does, with the same words and line (`PlainYamlError`): a repeated key, and a one-line
 * list left open (`key: [a, b` then the next key). Parsing is most of the command line's work, so
 * the common case is kept cheap, and a note that needs the package is rare enough that the
 * package is loaded only then. A property test holds the two together.
 */

// Hand-written character tests rather than regular expressions: V8 was seen to run out of memory
// compiling such patterns on hostile input. A table rather than comparisons: the command line
// runs once, mostly before V8 has compiled these loops, and a table look-up is one step where a
// helper function is a call per character.
const ALNUM = 1; // 0-9 A-Z a-z _
const DIGIT = 2; // 0-9
/** Besides digits, what YAML 1.2's core schema might read as part of a number (a float, an
 * exponent, hex, octal, with underscores): `. _ e E x o` and hex letters. */
const NUMBER_PART = 4;
const PUNCTUATION = 8; // @ . + / -
const KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) KIND[c] = ALNUM | DIGIT;
for (let c = 65; c <= 90; c++) KIND[c] = ALNUM;
for (let c = 97; c <= 122; c++) KIND[c] = ALNUM;
KIND[95] = ALNUM;
const mark = (chars: string, kind: number) => {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    KIND[c] = (KIND[c] ?? 0) | kind;
  }
};
mark("._eExoabcdefABCDEF", NUMBER_PART);
mark("@.+/-", PUNCTUATION);
/** A letter or `_`: what a key starts with. */
const isKeyStart = (c: number) => ((KIND[c] ?? 0) & (ALNUM | DIGIT)) === ALNUM;

/** Words of letters, digits, `_` and `-`, one space apart, not starting with `-` or a digit. */
function isPlainKey(key: string): boolean {
  if (!isKeyStart(key.charCodeAt(0))) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (((KIND[c] ?? 0) & ALNUM) !== 0 || c === 45) continue; // -
    if (c === 32 && key.charCodeAt(i - 1) !== 32 && i < key.length - 1) continue; // one space
    return false;
  }
  return true;
}

/**
 * The text without the spaces around it. Only spaces: `trim` would also take away characters that
 * YAML keeps as text (a no-break space, U+2028…).
 */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const MAX_BLOCK = 16_384;
const MAX_LINE = 1_024;
const NULLS = new Set(["null", "Null", "NULL"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);

/**
 * One plain scalar, or undefined when only the `yaml` package may decide. Plain text starts with
 * a letter, digit or `_`, then holds only those, `@ . + / -`, spaces (not at the end) and colons
 * with no space after them (in a one-line list, none). Text that might be a number in some form
 * is left to the package (over-cautious on purpose), but for whole numbers without a leading
 * zero. One pass over the text: this runs for every value of every interview note.
 */
function scalar(text: string, inList: boolean): unknown {
  const n = text.length;
  if (n === 0) return null;
  const first = text.charCodeAt(0);
  if (((KIND[first] ?? 0) & ALNUM) === 0) return n === 1 && first === 126 ? null : undefined; // ~
  let digits = 0;
  let numberLike = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const kind = KIND[c] ?? 0;
    if ((kind & DIGIT) !== 0) {
      digits++;
      continue;
    }
    if ((kind & NUMBER_PART) === 0) numberLike = false;
    if ((kind & (ALNUM | PUNCTUATION)) !== 0) continue;
    if (c === 58 /* : */ && !inList && i < n - 1 && text.charCodeAt(i + 1) !== 32) continue;
    if (c === 32 && i < n - 1) continue;
    return undefined;
  }
  if (digits === n) {
    // Leading zeros and big numbers are left to the `yaml` package.
    if (n > 15 || (n > 1 && first === 48)) return undefined;
    return Number(text);
  }
  if (numberLike && digits > 0) return undefined;
  if (n <= 5) {
    if (NULLS.has(text)) return null;
    if (TRUES.has(text)) return true;
    if (FALSES.has(text)) return false;
  }
  return text;
}

/**
 * A key that is not plain text to YAML (null or a boolean: "null: x", "True: x"), or that would
 * set an object's prototype: left to the package.
 */
function isSpecialKey(key: string): boolean {
  if (key === "__proto__") return true;
  return key.length <= 5 && (NULLS.has(key) || TRUES.has(key) || FALSES.has(key));
}

/**
 * Plain text the `yaml` package refuses, refused with the package's words and position: its
 * message's first line, and `linePos` (line and column from 1), which is what `yamlProblem` reads.
 */
export class PlainYamlError extends Error {
  readonly linePos: readonly [{ line: number; col: number }];
  constructor(cause: string, line: number, col: number) {
    super(`${cause} at line ${line}, column ${col}:`);
    this.name = "YAMLParseError";
    this.linePos = [{ line, col }];
  }
}

const DUPLICATE_KEY = "Map keys must be unique";
const UNCLOSED_FLOW =
  "Flow sequence in block collection must be sufficiently indented and end with a ]";

/**
 * The items of a one-line list's inside (`a, b` of `[a, b]`), or null when one is not a plain
 * non-null scalar (an empty entry, a nested list, a quote…).
 */
function flowItems(inner: string): unknown[] | null {
  const items: unknown[] = [];
  if (inner === "") return items;
  for (const part of inner.split(",")) {
    const item = trimSpaces(part);
    // An empty entry ("[a, , b]" or a trailing comma) is left to the `yaml` package.
    if (item === "") return null;
    const parsed = scalar(item, true);
    if (parsed === undefined || parsed === null) return null;
    items.push(parsed);
  }
  return items;
}

/** Whether a line could start a plain `key:` line: a letter or `_` in its first column. */
function startsKey(line: string): boolean {
  return isKeyStart(line.charCodeAt(0));
}

/**
 * How many spaces stand before a block list's `- ` on `line`, or -1 when the line is not an
 * item of a block list in the plain form (`-` then one space or more, then the item).
 */
function itemIndent(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent++;
  return line.charCodeAt(indent) === 45 && line.charCodeAt(indent + 1) === 32 ? indent : -1;
}

/**
 * Reads frontmatter text: the properties, or null when only the `yaml` package may decide.
 * Throws `PlainYamlError` where the package would throw, for the two mistakes it knows.
 */
export function parsePlainYaml(yaml: string): Record<string, unknown> | null {
  // Carriage returns are left to the `yaml` package, which does not always treat them as line ends.
  if (yaml.includes("\r")) return null;
  // So are tabs, wherever they stand: in a key, a value, an indent or a line of their own.
  if (yaml.includes("\t")) return null;
  // So are huge blocks and lines: no plain note has them, and V8 has been seen to run out of
  // memory compiling these patterns for a megabyte-long line.
  if (yaml.length > MAX_BLOCK) return null;
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  const lines = yaml.split("\n");
  // Where the `yaml` package would stop (line from 1, column, words): the first mistake wins.
  let mistake: { line: number; col: number; cause: string } | null = null;
  // The last line (from 0) whose key has no value: `key:` alone.
  let emptyValueAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const length = line.length;
    if (length > MAX_LINE) return null;
    if (length === 0) continue;
    const colon = line.indexOf(":");
    // No key: a line of spaces is blank; anything else is not plain.
    if (colon <= 0) {
      if (trimSpaces(line) === "") continue;
      return null;
    }
    const key = line.slice(0, colon);
    if (!isPlainKey(key) || isSpecialKey(key)) return null;
    // The value: after the colon and at least one space, without the spaces around it.
    let start = colon + 1;
    if (start < length && line.charCodeAt(start) !== 32) return null;
    while (start < length && line.charCodeAt(start) === 32) start++;
    let end = length;
    while (end > start && line.charCodeAt(end - 1) === 32) end--;
    const text = line.slice(start, end);
    if (seen.has(key) && mistake === null) {
      // Right after a key with no value, the package places the mistake at that line's end.
      const before = lines[i - 1] ?? "";
      mistake =
        i === emptyValueAt + 1
          ? { line: i, col: before.length + 1, cause: DUPLICATE_KEY }
          : { line: i + 1, col: 1, cause: DUPLICATE_KEY };
    }
    seen.add(key);
    let value: unknown;
    if (text.startsWith("[")) {
      if (!text.endsWith("]")) {
        // A list left open: the package reads on into the next line, and stops there when that
        // line starts a key. Anything else after it (an indented line, a blank one, the end) is
        // left to the package.
        const next = lines[i + 1];
        if (next === undefined || !startsKey(next) || flowItems(trimSpaces(text.slice(1))) === null)
          return null;
        mistake ??= { line: i + 2, col: 1, cause: UNCLOSED_FLOW };
        continue;
      }
      value = flowItems(trimSpaces(text.slice(1, -1)));
      if (value === null) return null;
    } else if (text === "" && i + 1 < lines.length && itemIndent(lines[i + 1] ?? "") >= 0) {
      // A block list: every item at the same indent, each a plain non-null scalar.
      const indent = itemIndent(lines[i + 1] ?? "");
      const items: unknown[] = [];
      while (i + 1 < lines.length && itemIndent(lines[i + 1] ?? "") === indent) {
        const item = lines[++i] ?? "";
        if (item.length > MAX_LINE) return null;
        const parsed = scalar(trimSpaces(item.slice(indent + 2)), false);
        if (parsed === undefined || parsed === null) return null;
        items.push(parsed);
      }
      value = items;
    } else {
      value = scalar(text, false);
      if (value === undefined) return null;
      if (text === "") emptyValueAt = i;
    }
    out[key] = value;
  }
  if (mistake !== null) throw new PlainYamlError(mistake.cause, mistake.line, mistake.col);
  return out;
}
