/**
 * A fast reader for the plainest frontmatter, the kind most interview notes hold: one
 * `key: value` per line, values that are plain words, dates, whole numbers, true/false, or a
 * one-line list of such. It gives exactly what the `yaml` package gives for that text, and null
 * for anything else (quotes, nesting, comments, anchors, numbers it would have to think about, a
 * repeated key…), which the caller then parses with the `yaml` package. Parsing is most of the
 * command line's work, so the common case is kept cheap. A property test holds the two together.
 */

// Hand-written character tests rather than regular expressions: V8 was seen to run out of memory
// compiling such patterns on hostile input, and these are faster anyway.
const isAlnum = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95; // 0-9 A-Z a-z _
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Words of letters, digits, `_` and `-`, one space apart, not starting with `-` or a digit. */
function isPlainKey(key: string): boolean {
  const first = key.charCodeAt(0);
  if (!(isAlnum(first) && !isDigit(first))) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (isAlnum(c) || c === 45) continue; // -
    if (c === 32 && key.charCodeAt(i - 1) !== 32 && i < key.length - 1) continue; // one space
    return false;
  }
  return true;
}

/** Starts with a letter, digit or `_`; then also `@ . + / : -` and single or double spaces. */
function isSafeText(text: string): boolean {
  if (!isAlnum(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // @ . + / : - and space
    if (
      isAlnum(c) ||
      c === 64 ||
      c === 46 ||
      c === 43 ||
      c === 47 ||
      c === 58 ||
      c === 45 ||
      c === 32
    )
      continue;
    return false;
  }
  return true;
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Text that YAML 1.2's core schema might read as a number in some form (a float, an exponent,
 * hex, octal, with underscores): left to the `yaml` package. Over-cautious on purpose.
 */
function mayBeNumber(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    // . _ e E x o and hex letters are what a number can hold besides digits
    else if (!(
      c === 46 ||
      c === 95 ||
      c === 101 ||
      c === 69 ||
      c === 120 ||
      c === 111 ||
      (c >= 97 && c <= 102) ||
      (c >= 65 && c <= 70)
    ))
      return false;
  }
  return digits > 0;
}

const MAX_BLOCK = 16_384;
const MAX_LINE = 1_024;
const NULLS = new Set(["~", "null", "Null", "NULL"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);

/** One plain scalar, or undefined when only the `yaml` package may decide. */
function scalar(text: string, inList: boolean): unknown {
  if (text === "") return null;
  // A colon is plain text only when no space follows it (and, in a list, not at all here).
  if (text.includes(":") && (inList || text.includes(": ") || text.endsWith(":"))) return undefined;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (!isSafeText(text) || text.endsWith(" ")) return undefined;
  if (allDigits(text)) {
    // Leading zeros and big numbers are left to the `yaml` package.
    if (text.length > 15 || (text.length > 1 && text.startsWith("0"))) return undefined;
    return Number(text);
  }
  if (mayBeNumber(text)) return undefined;
  return text;
}

export function parsePlainYaml(yaml: string): Record<string, unknown> | null {
  // Carriage returns are left to the `yaml` package, which does not always treat them as line ends.
  if (yaml.includes("\r")) return null;
  // So are huge blocks and lines: no plain note has them, and V8 has been seen to run out of
  // memory compiling these patterns for a megabyte-long line.
  if (yaml.length > MAX_BLOCK) return null;
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const line of yaml.split("\n")) {
    if (line.length > MAX_LINE) return null;
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    if (colon <= 0) return null;
    const key = line.slice(0, colon);
    if (!isPlainKey(key) || seen.has(key) || key === "__proto__") return null;
    const rest = line.slice(colon + 1);
    if (rest !== "" && !rest.startsWith(" ")) return null;
    const text = rest.trim();
    if (rest.includes("\t")) return null;
    let value: unknown;
    if (text.startsWith("[")) {
      if (!text.endsWith("]")) return null;
      const inner = text.slice(1, -1).trim();
      const items: unknown[] = [];
      if (inner !== "") {
        for (const part of inner.split(",")) {
          const item = part.trim();
          // An empty entry ("[a, , b]" or a trailing comma) is left to the `yaml` package.
          if (item === "") return null;
          const parsed = scalar(item, true);
          if (parsed === undefined || parsed === null) return null;
          items.push(parsed);
        }
      }
      value = items;
    } else {
      value = scalar(text, false);
      if (value === undefined) return null;
    }
    seen.add(key);
    out[key] = value;
  }
  return out;
}
