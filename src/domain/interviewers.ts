/**
 * The people a note's thank-you goes to: `contact` as one person or a list of them (a panel),
 * `email` as one address or a list in the same order, and `thanked`, the names already thanked.
 * Pure, and nothing here throws. The rules a job seeker can rely on:
 *
 * - A list of one is the same as the plain value, for `contact` and `email` alike.
 * - Empty entries of `contact` are skipped; each entry keeps its place in the list, so the
 *   address at the same place in `email` is that person's (an empty `email` entry is a gap).
 * - An entry written `Jane Doe <jane@x.example>` carries its own address; the `email` property's
 *   address at the same place wins over it, as it always has for one contact.
 * - One person: their address is the first one in `email` (a list's later ones are ignored, as
 *   before). Several: by place; a single `email` text belongs to the first, unless it lists
 *   addresses separated by commas or semicolons, which then go in order. Addresses beyond the
 *   contacts belong to no one and are returned in `unmatchedEmails`, so the user can be told.
 * - The same name twice (ignoring case, spaces and link brackets) is one person, where it first
 *   appears; an address given only to a later copy is kept.
 * - An entry with no name, only an address, is named by its address. A single text with commas
 *   ("Doe, Jane") is one person, not several: only a list makes a panel.
 */

import { nameKey } from "./text";
import { isEmpty, readContact, readStrings, readText, stripMailto, stripWikilinks } from "./values";

export interface Interviewer {
  /** The person's name as written, without the address or link brackets. */
  name: string;
  /** The entry as written in the note (trimmed), address and links included. */
  written: string;
  /** Their address: from `email` at the same place, else from the entry itself; "" if none. */
  email: string;
  /** True when `email` came from the email property rather than from the contact entry. */
  emailFromProperty: boolean;
}

export type InterviewersResult =
  | {
      ok: true;
      /** In the note's order, one per distinct name; empty when there is no contact at all. */
      people: Interviewer[];
      /** Addresses of `email` at places where `contact` has nobody (several contacts only). */
      unmatchedEmails: string[];
    }
  | {
      ok: false;
      /** Which property cannot be read, for the reason's "name" prefix. */
      key: "contact" | "email";
      /** Follows the property's name: `"contact" is a nested object, …`. */
      reason: string;
    };

/** A value's places: a list's entries, or the value itself as the only one. */
const places = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** What makes two names the same person: `nameKey`'s rule, and link brackets do not count. */
export function personKey(name: string): string {
  return nameKey(stripWikilinks(name));
}

/** The text of one place of a list (a nested list, such as an unquoted `[[Jane]]`, joined). */
function textAt(value: unknown): string | null {
  const read = readText(value, 1);
  return read.ok ? read.text : null;
}

/** The reason a value is not text, with what to do about it. */
function unreadable(key: "contact" | "email", reason: string): InterviewersResult {
  const what = key === "contact" ? "each person" : "each address";
  return { ok: false, key, reason: `${reason}; write ${what} as plain text` };
}

/** The addresses of `email` (already known to be text) by place, without a leading `mailto:`. */
function addressesOf(email: unknown, several: boolean): string[] {
  if (several && typeof email === "string" && /[,;]/.test(email)) {
    return email.split(/[,;]/).map((part) => stripMailto(part.trim()));
  }
  return places(email).map((entry) => stripMailto(textAt(entry) ?? ""));
}

/** Reads `contact` and `email` as the frontmatter holds them into the people to thank. */
export function readInterviewers(contact: unknown, email: unknown): InterviewersResult {
  const contactText = readText(contact);
  if (!contactText.ok) return unreadable("contact", contactText.reason);
  const emailText = readText(email);
  if (!emailText.ok) return unreadable("email", emailText.reason);
  const entries: { place: number; written: string; text: string }[] = [];
  places(contact).forEach((entry, place) => {
    const text = textAt(entry) ?? "";
    if (text === "") return;
    entries.push({ place, written: typeof entry === "string" ? entry.trim() : text, text });
  });

  const several = entries.length > 1;
  const addresses = addressesOf(email, several);
  // One person keeps the rule from before panels: the first address of the property.
  const addressFor = (place: number) =>
    several ? (addresses[place] ?? "") : (addresses.find((a) => a !== "") ?? "");

  const people: Interviewer[] = [];
  const byKey = new Map<string, Interviewer>();
  for (const { place, written, text } of entries) {
    const own = readContact(text);
    const fromProperty = addressFor(place);
    const address = fromProperty !== "" ? fromProperty : own.email;
    const name = own.name !== "" ? own.name : own.email !== "" ? own.email : text;
    const key = personKey(name);
    const earlier = byKey.get(key);
    if (earlier !== undefined) {
      if (earlier.email === "" && address !== "") {
        earlier.email = address;
        earlier.emailFromProperty = fromProperty !== "";
      }
      continue;
    }
    const person = { name, written, email: address, emailFromProperty: fromProperty !== "" };
    byKey.set(key, person);
    people.push(person);
  }

  const taken = new Set(entries.map((entry) => entry.place));
  const unmatchedEmails = several
    ? addresses.filter((address, place) => address !== "" && !taken.has(place))
    : [];
  return { ok: true, people, unmatchedEmails };
}

/** The names in `thanked` (a list, or one text; links stripped), as `personKey`s. */
export function thankedNames(thanked: unknown): Set<string> {
  // An unquoted `[[Jane Doe]]` is YAML for a list inside a list: its text is read too.
  return new Set(places(thanked).flatMap(readStrings).map(personKey));
}

/** Whether `name` is among those in `thanked`, ignoring case, spacing and link brackets. */
export function isThanked(name: string, thanked: unknown): boolean {
  const key = personKey(name);
  return key !== "" && thankedNames(thanked).has(key);
}

/**
 * The value of `thanked` once `name` is added: every entry already there kept as it is, a single
 * value turned into a list. Null when the name is already there (nothing to write).
 */
export function withThanked(thanked: unknown, name: string): unknown[] | null {
  if (name.trim() === "" || isThanked(name, thanked)) return null;
  const kept = Array.isArray(thanked)
    ? [...(thanked as unknown[])]
    : isEmpty(thanked)
      ? []
      : [thanked];
  return [...kept, name.trim()];
}
