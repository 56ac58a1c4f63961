/**
 * `mailto:` links for an email: every part encoded, the whole link never longer than a mail app
 * reliably accepts. Text from notes can hold anything, so nothing here may throw.
 */

import { graphemes, wellFormed } from "./text";

/** The most a mail link may be before the body goes to the clipboard instead. */
export const MAILTO_LIMIT = 1800;

/** What the subject ends with when it had to be shortened to fit the link. */
const ELLIPSIS = "…";

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
