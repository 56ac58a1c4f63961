/**
 * Text as a link, a paste or a careless user may bring it: any unicode (lone surrogates
 * included), every character `oneLine` must remove, and pieces that would mean something in a
 * note (`---`, `# heading`, `<script>`, `key: value`) or to a file system (`CON`, dots, spaces).
 */
import fc from "fast-check";

/** Every character issue #16 lists as one that must not survive in a one-line value. */
export const LINE_BREAKS_AND_CONTROLS: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  "\u061c",
  "\u200e",
  "\u200f",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

const PIECES = [
  ...LINE_BREAKS_AND_CONTROLS,
  "\r\n",
  "---",
  "\n---\n",
  "# heading",
  "\n# heading",
  "<script>alert(1)</script>",
  "\n<div>",
  "key: value",
  "\nstatus: rejected",
  "> quote",
  "- item",
  "1. item",
  "```",
  " #",
  "CON",
  "nul",
  "Com1",
  "LPT9",
  "aux.",
  ".",
  "..",
  " ",
  "-",
  '*"\\/<>:|?#^[]',
  "{{organization}}",
  "\uD800",
  "\uDFFF",
  "\uDBFF\uDFFF",
  "🚀",
  "👩‍👩‍👧‍👦",
  "🇫🇷",
  "e\u0301",
  "\u0301",
  "\u200d",
  "\ufe0f",
  "ﬀ",
  "Å",
  "\u0958",
  "\u00a0",
  "漢字",
  "שלום",
];

/**
 * Any code point, or a lone surrogate. (fast-check's `unit: "binary"` strings are the same set
 * but about twenty times slower to generate, too slow for a thousand runs on a busy machine.)
 */
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);

/** Any text, weighted towards the hostile pieces above. */
export const hostileText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.array(anyUnit, { maxLength }).map((units) => units.join("")),
    fc.string({ unit: "grapheme", maxLength }),
    fc
      .array(fc.oneof(fc.constantFrom(...PIECES), anyUnit), { maxLength })
      .map((parts) => parts.join("")),
  );

/** True when the text has no lone surrogate (`encodeURIComponent` would throw on one). */
export function isWellFormed(text: string): boolean {
  // The engine's own check where it has one (Node 20 does); throwing is slow for a property test.
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed?.();
  if (native !== undefined) return native;
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
