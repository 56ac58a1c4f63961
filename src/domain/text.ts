/**
 * Text from outside (a link, a form, an email) made safe to show and to write: well-formed
 * UTF-16, and one line. Pure, so every writer uses the same rules.
 */

/**
 * The form names are compared in (employers, positions, people): case, spacing and Unicode form
 * do not count, so "Café" typed and "Café" pasted (e and a combining accent, as macOS file names
 * give it) are one name. One rule for the rounds of an application, the offers other employers
 * hear of, the insights and a panel's people.
 */
export function nameKey(name: string): string {
  // Most names are printable ASCII, single spaces inside: only their case to fold, much faster.
  if (isPlainName(name)) return name.toLowerCase();
  // Lowered before composing: an upper-case letter may have no composed form (Ω and ͂) where its
  // lower case has one (ῶ), so the other order can leave two spellings of one name apart.
  return name.toLowerCase().normalize("NFC").trim().replace(/\s+/g, " ");
}

/** Printable ASCII with single spaces inside only: a loop, not a pattern, as it runs per note. */
function isPlainName(name: string): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = name.charCodeAt(i);
    if (code > 0x7e) return false;
    // Below "!" only a space, and only one, and not at either end.
    if (code < 0x21 && (code !== 0x20 || i === 0 || i === last || name.charCodeAt(i + 1) === 0x20))
      return false;
  }
  return true;
}

/**
 * The text with every lone surrogate replaced by U+FFFD, so that encoding it (`encodeURIComponent`,
 * `TextEncoder`, a file name) never throws or changes it silently. Same length as the input.
 */
export function wellFormed(text: string): string {
  // Most text has no surrogate at all: return it untouched without building a copy.
  if (!/[\uD800-\uDFFF]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
        continue;
      }
      out += "\uFFFD";
    } else if (unit >= 0xdc00 && unit <= 0xdfff) out += "\uFFFD";
    else out += text[i];
  }
  return out;
}

/**
 * Characters that end a line or change how the text around them is read: C0 and C1 controls
 * (CR, LF, tab, NEL among them), DEL, the line and paragraph separators, and the bidirectional
 * controls (the Arabic letter mark, LRM/RLM, the embeddings and overrides, the isolates).
 */
/* eslint-disable no-control-regex -- control characters are exactly what is replaced */
const BREAKS_AND_CONTROLS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex -- only the one pattern above */

/**
 * The text as one line: well-formed, with each line break, control character and bidirectional
 * control replaced by a space (one for one, so a caret in a field stays where it was). A value
 * that went through this cannot start a new property, heading or line in a note.
 */
export function oneLine(text: string): string {
  return wellFormed(text).replace(BREAKS_AND_CONTROLS, " ");
}

/** How many bytes the text takes in UTF-8 (the text is well-formed). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}

/**
 * The text's user-perceived characters (an emoji with its modifiers, a letter with its accents),
 * by `Intl.Segmenter`. Where that is missing, code points, with combining marks, joiners and
 * variation selectors kept on the character before them: never a broken surrogate pair.
 */
export function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: new () => GraphemeSegmenter }).Segmenter;
  if (typeof Segmenter === "function") {
    return Array.from(new Segmenter().segment(text), (s) => s.segment);
  }
  return graphemesByCodePoint(text);
}

/** The fallback of `graphemes`; exported so that it is tested where `Intl.Segmenter` exists. */
export function graphemesByCodePoint(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    const last = out.length - 1;
    // Variation selectors are marks (\p{M}) too; a zero-width joiner glues on the next character
    // only when that is a pictograph (an emoji sequence), as Unicode's own rule does.
    const joins =
      /^\p{M}$/u.test(char) ||
      char === "\u200d" ||
      (out[last]?.endsWith("\u200d") === true && /^\p{Extended_Pictographic}$/u.test(char));
    if (joins && last >= 0) out[last] += char;
    else out.push(char);
  }
  return out;
}

/** What went wrong, as the words a message quotes: an error's own message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
