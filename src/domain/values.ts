/**
 * Reading single property values as real vaults hold them: text, numbers, booleans, lists,
 * nulls, Date objects and the odd nested object. Nothing here throws.
 */

import { quote } from "./time";

export type Frontmatter = Readonly<Record<string, unknown>>;

/**
 * Looks a property up by name: the exact key first, then any key equal to it ignoring case
 * (Obsidian treats property names case-insensitively). Only own keys are read, so names such
 * as `__proto__` or `constructor` never reach the prototype. `lower`: the name lowered, when
 * the caller has it already (the index asks this of every note).
 */
export function property(
  frontmatter: Frontmatter | null | undefined,
  name: string,
  lower = name.toLowerCase(),
): unknown {
  if (!frontmatter) return undefined;
  const key = keyFor(frontmatter, name, lower);
  return key === undefined ? undefined : frontmatter[key];
}

/**
 * Which of a note's own keys holds the property `name` (lowered: `lower`), by `property`'s rule:
 * the exact name, else the first key equal to it in lower case. The keys are not listed, and
 * only those that could match are lowered:
 * lowering keeps a text's length except that "İ" becomes two code units, so a longer key never
 * matches and a shorter one only with an "İ" in it.
 */
export function keyFor(frontmatter: Frontmatter, name: string, lower: string): string | undefined {
  if (hasOwn(frontmatter, name)) return name;
  for (const key in frontmatter) if (hasOwn(frontmatter, key) && looselyIs(key, lower)) return key;
  return undefined;
}

/** An own key only: names such as `constructor` never reach the prototype. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Whether `key`, lowered, is the lower-case `lower`; only a key that could match is lowered. */
function looselyIs(key: string, lower: string): boolean {
  if (key.length > lower.length) return false;
  if (key.length < lower.length && !key.includes("\u0130")) return false;
  return key.toLowerCase() === lower;
}

/**
 * How deep lists are followed. Real notes nest one level at most; a YAML alias can make a list
 * that contains itself, and this bound keeps such a value from recursing forever.
 */
const MAX_DEPTH = 8;

/** The most text one property's value is read with, counting every entry of a list. */
export const MAX_VALUE_CHARS = 100_000;
/**
 * The most entries one property's value is read with, counting the entries of nested lists each
 * time they are reached: a YAML alias can put one list in another many times over.
 */
export const MAX_VALUE_ENTRIES = 10_000;

/** A count as messages write it, the same everywhere: 100000 → "100,000". */
export const withCommas = (n: number): string => n.toLocaleString("en-US");

/**
 * Why a value is too large to read (after the property's name), or null. No real note comes
 * near these bounds; they keep one hostile note from costing the plugin or the command line
 * time or memory out of proportion. Work done here is bounded by the same numbers.
 */
export function tooLarge(value: unknown): string | null {
  if (typeof value === "string") {
    return value.length > MAX_VALUE_CHARS
      ? `is ${withCommas(value.length)} characters long; shorten it to ${withCommas(MAX_VALUE_CHARS)} at most`
      : null;
  }
  if (!Array.isArray(value)) return null;
  let chars = 0;
  let entries = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item === "string") {
      chars += item.length;
      if (chars > MAX_VALUE_CHARS) {
        return `holds more than ${withCommas(MAX_VALUE_CHARS)} characters in all; shorten it`;
      }
    } else if (Array.isArray(item) && depth < MAX_DEPTH) {
      entries += item.length;
      if (entries > MAX_VALUE_ENTRIES) {
        return `holds more than ${withCommas(MAX_VALUE_ENTRIES)} entries (counting those in lists inside it); keep ${withCommas(MAX_VALUE_ENTRIES)} at most`;
      }
      for (const inner of item as unknown[]) pending.push([inner, depth + 1]);
    }
  }
  return null;
}

/** True for a value that says nothing: absent, null, blank text, or a list of such. */
export function isEmpty(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value))
    return depth < MAX_DEPTH && value.every((item) => isEmpty(item, depth + 1));
  return false;
}

/** A mapping (a YAML or JSON object), not a list and not null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The spec's "set": any value other than empty or false (`false`, or the text "false"). */

export function isSet(value: unknown): boolean {
  if (value === false) return false;
  if (typeof value === "string" && value.trim().toLowerCase() === "false") return false;
  return !isEmpty(value);
}

const NOT_INTERESTED = new Set(["false", "no"]);

/** `interested` is false for `false`, `"false"` and `"no"`, in any case. */
export function isNotInterested(value: unknown): boolean {
  if (value === false) return true;
  return typeof value === "string" && NOT_INTERESTED.has(value.trim().toLowerCase());
}

/** Shows a link's alias or target instead of its brackets: `[[People/Jane|Jane D]]` → `Jane D`. */
export function stripWikilinks(text: string): string {
  // Most values hold no link; they need not go through the pattern.
  if (!text.includes("[[")) return text;
  return text.replace(
    // No part may contain "[", so a scan from one "[[" stops at the next: linear on any input.
    /\[\[([^[\]|#]*)(?:#[^[\]|]*)?(?:\|([^[\]]*))?\]\]/g,
    (_, target: string, alias?: string) => {
      if (alias !== undefined && alias.trim() !== "") return alias.trim();
      const parts = target.split("/");
      return (parts[parts.length - 1] ?? target).trim();
    },
  );
}

export type TextResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads a value meant as text. Numbers and booleans are written out; a list is joined with
 * commas; wikilinks show their alias or note name. A nested object is not text.
 */
export function readText(value: unknown, depth = 0): TextResult {
  if (value === null || value === undefined) return { ok: true, text: "" };
  if (typeof value === "string") return { ok: true, text: stripWikilinks(value).trim() };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return { ok: true, text: String(value) };
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, reason: "is an invalid date, not text" }
      : { ok: true, text: value.toISOString().slice(0, 10) };
  }
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH)
      return { ok: false, reason: "is a list holding a nested value, not text" };
    const parts: string[] = [];
    for (const item of value) {
      const part = readText(item, depth + 1);
      if (!part.ok) return { ok: false, reason: "is a list holding a nested value, not text" };
      if (part.text !== "") parts.push(part.text);
    }
    return { ok: true, text: parts.join(", ") };
  }
  return { ok: false, reason: "is a nested object, not text" };
}

export type OneResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * For properties that hold one value (a date, a status): a list of one is that value,
 * a list of several is a problem the user must settle.
 */
export function readOne(value: unknown): OneResult {
  if (!Array.isArray(value)) return { ok: true, value };
  const filled = value.filter((item) => !isEmpty(item));
  if (filled.length === 0) return { ok: true, value: null };
  if (filled.length === 1) return { ok: true, value: filled[0] };
  return { ok: false, reason: `has ${filled.length} values; keep one` };
}

/** Items of a value that may be one string or a list of strings (`dismissed`, `tags`). */
export function readStrings(value: unknown): string[] {
  // Only the first level of a list is read: a nested or self-containing list adds nothing.
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === "string" && item.trim() !== "") out.push(item.trim());
  }
  return out;
}

/**
 * Something@domain.tld, without spaces, control characters or the punctuation that separates
 * addresses; nothing of a URL (`?`, `#`, `/`) after the `@`, where a pasted mail link's headers
 * would ride along. The domain's labels cannot hold a dot, so there is one way to split it and the test
 * takes linear time: a pattern whose parts overlap (`[^@]+\.[^@]+`) backtracks for minutes on a
 * crafted megabyte.
 */
const EMAIL_SHAPE =
  // eslint-disable-next-line no-control-regex -- control characters are what it rejects
  /^[^\s@<>(),;:"[\]\u0000-\u001f\u007f]+@[^\s@<>(),;:"[\].?#/\u0000-\u001f\u007f]+(?:\.[^\s@<>(),;:"[\].?#/\u0000-\u001f\u007f]+)+$/;

/** An address without a `mailto:` written before it. */
export const stripMailto = (text: string): string => text.replace(/^mailto:/i, "");

export function looksLikeEmail(text: string): boolean {
  return EMAIL_SHAPE.test(text);
}

export interface Contact {
  /** The person's name as written, without links or an address. */
  name: string;
  /** The address from the contact field's `Name <address>` form, if any. */
  email: string;
}

/** Splits `Jane Doe <jane@acme.example>` (or a [[link]], or plain text) into name and address. */
export function readContact(text: string): Contact {
  const trimmed = text.trim();
  const open = trimmed.lastIndexOf("<");
  if (trimmed.endsWith(">") && open !== -1) {
    const name = trimmed.slice(0, open).trim().replace(/^"|"$/g, "");
    return { name, email: trimmed.slice(open + 1, -1).trim() };
  }
  if (looksLikeEmail(trimmed)) return { name: "", email: trimmed };
  return { name: trimmed, email: "" };
}

/** Formats a value for a problem message. */
export function shown(value: unknown): string {
  if (typeof value === "string") return quote(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? "an invalid date"
      : `the date ${value.toISOString().slice(0, 10)}`;
  }
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "a nested object";
  return String(value);
}
