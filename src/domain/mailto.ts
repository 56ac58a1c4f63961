/**
 * `mailto:` links for an email: every part encoded, the whole link never longer than a mail app
 * reliably accepts. Text from notes can hold anything, so nothing here may throw.
 */

/** The most a mail link may be before the body goes to the clipboard instead. */
export const MAILTO_LIMIT = 1800;

/** What the subject ends with when it had to be shortened to fit the link. */
const ELLIPSIS = "…";

/**
 * The text with every lone surrogate replaced by U+FFFD, so that `encodeURIComponent` cannot
 * throw on it. Written out rather than `String.prototype.toWellFormed`, which older mobile
 * runtimes lack, so every runtime behaves the same.
 */
export function wellFormed(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++; // a whole pair
      continue;
    }
    out += `${text.slice(from, i)}\uFFFD`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The user-perceived characters of a text, lazily (a long text is only read as far as needed). */
function* graphemes(text: string): Generator<string> {
  if (typeof Intl.Segmenter === "function") {
    for (const part of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text))
      yield part.segment;
  } else {
    yield* text; // code points: never splits a surrogate pair
  }
}

/**
 * The encoded subject, cut after whole characters (never inside one, nor inside a %-escape) so
 * that it is at most `budget` characters long, ellipsis included.
 */
function shortenedSubject(subject: string, budget: number): string {
  const ellipsis = encodeURIComponent(ELLIPSIS);
  const room = budget >= ellipsis.length ? budget - ellipsis.length : budget;
  let kept = "";
  for (const grapheme of graphemes(subject)) {
    const encoded = encodeURIComponent(grapheme);
    if (kept.length + encoded.length > room) break;
    kept += encoded;
  }
  return room === budget ? kept : kept + ellipsis;
}

export interface MailLink {
  href: string;
  /** The body is not in the link (the caller copies it to the clipboard). */
  bodyLeftOut: boolean;
  /** The subject was cut to fit (the caller copies the whole email). */
  subjectShortened: boolean;
  /** The address alone was too long for a link, so the link has none. */
  addressLeftOut: boolean;
}

/**
 * A `mailto:` link with the address, subject and body, each encoded. When the whole link would be
 * longer than `limit`, the body is left out; when the address and subject alone would be, the
 * subject is shortened too (and an address that cannot fit at all is left out).
 */
export function mailtoLink(
  to: string,
  subject: string,
  body: string,
  limit = MAILTO_LIMIT,
): MailLink {
  const address = encodeURIComponent(wellFormed(to));
  const addressLeftOut = `mailto:${address}?subject=`.length > limit;
  const prefix = `mailto:${addressLeftOut ? "" : address}?subject=`;
  const encodedSubject = encodeURIComponent(wellFormed(subject));
  const base = prefix + encodedSubject;
  // Line breaks in a mail body are CRLF (RFC 6068).
  const full = `${base}&body=${encodeURIComponent(wellFormed(body).replace(/\r?\n/g, "\r\n"))}`;
  if (full.length <= limit)
    return { href: full, bodyLeftOut: false, subjectShortened: false, addressLeftOut };
  if (base.length <= limit)
    return { href: base, bodyLeftOut: true, subjectShortened: false, addressLeftOut };
  const href = prefix + shortenedSubject(wellFormed(subject), limit - prefix.length);
  return { href, bodyLeftOut: true, subjectShortened: true, addressLeftOut };
}
