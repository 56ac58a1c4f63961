/**
 * Reads one interview note's frontmatter into an `Interview`, or into a problem whose reason a
 * person understands. Property names come from settings. Nothing here throws.
 */

import { personKey, readInterviewers, thankedNames } from "./interviewers";
import { MAX_LINK_INTERVIEWERS } from "./newNotePanel";
import { PropertyReader } from "./propertyReader";
import { isInterviewNote } from "./recognise";
import { MARK_KEYS, type MarkKey, type PropertyNames, type Settings } from "./settings";
import type { Status } from "./status";
import { type When, quote } from "./time";
import type { ActionId } from "./types";
import { type Frontmatter, isNotInterested, looksLikeEmail, readContact } from "./values";

export interface Interview {
  path: string;
  organization: string;
  position: string;
  /** T: the interview's date and time. */
  date: When;
  /** The contact as written, without link brackets. */
  contact: string;
  contactName: string;
  /** The contact's address: the email property, else the one inside the contact field. */
  email: string;
  /** Why the thank-you cannot simply be sent, if it cannot. */
  emailWarning: string | null;
  /** A panel: two or more people to thank, each on their own; empty for one contact or none. */
  panel: readonly PanelMember[];
  status: Status | null;
  interested: boolean;
  lastHeard: When | null;
  /** The marks of follow-ups done that are set, each with its date if it holds one. */
  marks: Marks;
  /** The nudges sent since the latest news. */
  nudges: Nudges;
  /** The date the employer promised to decide by. */
  decisionBy: When | null;
  rejectedOn: When | null;
  offerDeadline: When | null;
  snoozedUntil: When | null;
  dismissed: ReadonlySet<ActionId>;
  previousRound: string;
}

/** One person of a panel interview, to thank on their own. */
export interface PanelMember {
  /** As written, without the address or link brackets. */
  name: string;
  email: string;
  /** Why their thank-you cannot simply be sent, if it cannot. */
  warning: string | null;
  /** Their name is in `thanked`. */
  thanked: boolean;
}

const NO_PANEL: readonly PanelMember[] = Object.freeze([]);

/** The most people a panel is read with: as many as the create form and its link take. */
const MAX_PANEL = MAX_LINK_INTERVIEWERS;

/** The people of a panel, when `contact` lists two or more (a reason is collected otherwise). */
function readPanel(read: PropertyReader, names: PropertyNames): readonly PanelMember[] {
  const contact = read.raw("contact");
  if (!Array.isArray(contact) || contact.length < 2) return NO_PANEL;
  const result = readInterviewers(contact, read.raw("email"));
  if (!result.ok) {
    read.fail(result.key, result.reason);
    return NO_PANEL;
  }
  if (result.people.length < 2) return NO_PANEL;
  if (result.people.length > MAX_PANEL) {
    // A list pasted by a tool would flood the sidebar with thank-yous: say so instead.
    read.fail("contact", `lists ${result.people.length} people; a panel has at most ${MAX_PANEL}`);
    return NO_PANEL;
  }
  const thanked = thankedNames(read.raw("thanked"));
  const members = result.people.map((person) => ({
    name: person.name,
    email: person.email,
    warning: emailWarning(person.email, person.emailFromProperty, names, person.name),
    thanked: thanked.has(personKey(person.name)),
  }));
  // Addresses beyond the people belong to no one: said on the first thank-you without a warning
  // of its own, so a mistyped list is seen rather than quietly cut short.
  const spare = result.unmatchedEmails.filter((address) => address !== "");
  const first = members.find((member) => member.warning === null);
  if (spare.length > 0 && first !== undefined) first.warning = spareWarning(spare, names);
  return members;
}

/** The words for addresses in `email` at places where `contact` has nobody. */
function spareWarning(spare: readonly string[], names: PropertyNames): string {
  const listed = spare.map((address) => quote(address)).join(", ");
  const what = spare.length === 1 ? "Address without a person" : "Addresses without a person";
  return `${what}: ${listed} in "${names.email}" ${spare.length === 1 ? "has" : "have"} no one at the same place in "${names.contact}".`;
}

/** A mark that is set maps to its date, or to null when it holds no date; unset marks are absent. */
export type Marks = Readonly<Partial<Record<MarkKey, When | null>>>;

export interface Nudges {
  /** How many were sent after the latest news (`last_heard`); all of them without news. */
  count: number;
  /** When the last of those went out; null when none of them holds a date. */
  last: When | null;
}

const NO_MARKS: Marks = Object.freeze({});
const NO_NUDGES: Nudges = Object.freeze({ count: 0, last: null });

/**
 * The nudges that count: those later than the news. One without a date cannot be compared with
 * the news, so it counts only when there is none.
 */
function nudgesSince(sent: readonly (When | null)[], news: When | null): Nudges {
  if (sent.length === 0) return NO_NUDGES;
  let count = 0;
  let last: When | null = null;
  for (const nudge of sent) {
    if (nudge === null) {
      if (news === null) count++;
    } else if (news === null || nudge.ms > news.ms) {
      count++;
      if (last === null || nudge.ms > last.ms) last = nudge;
    }
  }
  return count === 0 ? NO_NUDGES : { count, last };
}

/** The latest date of a mark's entries, or null when none holds a date. */
function latestDate(entries: readonly (When | null)[]): When | null {
  let latest: When | null = null;
  for (const entry of entries)
    if (entry !== null && (latest === null || entry.ms > latest.ms)) latest = entry;
  return latest;
}

/**
 * The marks that are set, each with its date (of a list, the latest); a mark without a date
 * (`true`, "yes") is set all the same and is never a problem. `nudges`: the entries of
 * `followed_up`, already read for counting.
 */
function readMarks(read: PropertyReader, nudges: readonly (When | null)[]): Marks {
  let marks: Partial<Record<MarkKey, When | null>> | null = null;
  for (const key of MARK_KEYS) {
    const entries = key === "followedUp" ? nudges : read.entries(key);
    if (entries.length > 0) (marks ??= {})[key] = latestDate(entries);
  }
  return marks ?? NO_MARKS;
}

export type NoteReading =
  { kind: "interview"; interview: Interview } | { kind: "problem"; path: string; reason: string };

/** Why a thank-you cannot simply be sent to an address; `person` names one of a panel. */
function emailWarning(
  email: string,
  fromProperty: boolean,
  names: PropertyNames,
  person?: string,
): string | null {
  if (email === "") {
    return person === undefined
      ? `No contact email: add "${names.email}" to send the thank-you.`
      : `No email for ${quote(person)}: add it to "${names.email}" in the same place as in "${names.contact}".`;
  }
  if (!looksLikeEmail(email)) {
    const where = fromProperty ? `"${names.email}"` : `The address in "${names.contact}"`;
    return `${where} ${quote(email)} does not look like an email address.`;
  }
  return null;
}

/** Reads a note already known to be an interview note. */
export function readInterview(
  path: string,
  frontmatter: Frontmatter | null | undefined,
  settings: Settings,
): NoteReading {
  const names = settings.properties;
  const read = new PropertyReader(frontmatter ?? {}, names);

  const date = read.when("date", "end-of-day");
  const dateMissing = date === null && read.reasons.length === 0;
  const organization = read.text("organization");
  const position = read.text("position");
  const contact = read.text("contact");
  const emailText = read.email();
  const status = read.status();
  const lastHeard = read.when("lastHeard", "end-of-day");
  const decisionBy = read.when("decisionBy", "end-of-day");
  const rejectedOn = read.when("rejectedOn", "end-of-day");
  const offerDeadline = read.when("offerDeadline", "end-of-day");
  const snoozedUntil = read.when("snoozedUntil", "start-of-day");
  const dismissed = read.dismissed();
  const previousRound = read.text("previousRound");

  const sent = read.entries("followedUp");
  const marks = readMarks(read, sent);
  const panel = readPanel(read, names);
  const nudges = nudgesSince(sent, lastHeard);

  if (dateMissing) {
    read.reasons.unshift(`No interview date: add "${names.date}" (YYYY-MM-DD or YYYY-MM-DDTHH:mm)`);
  }
  if (read.reasons.length > 0 || date === null) {
    return { kind: "problem", path, reason: read.reasons.join("; ") };
  }

  const parsedContact = readContact(contact);
  const email = emailText !== "" ? emailText : parsedContact.email;
  return {
    kind: "interview",
    interview: {
      path,
      organization,
      position,
      date,
      contact,
      contactName: parsedContact.name,
      email,
      emailWarning: emailWarning(email, emailText !== "", names),
      panel,
      status,
      interested: !isNotInterested(read.raw("interested")),
      lastHeard,
      marks,
      nudges,
      decisionBy,
      rejectedOn,
      offerDeadline,
      snoozedUntil,
      dismissed,
      previousRound,
    },
  };
}

/** Recognises and reads one note: null when it is not an interview note at all. */
export function readNote(
  path: string,
  frontmatter: Frontmatter | null | undefined,
  settings: Settings,
): NoteReading | null {
  return isInterviewNote(path, frontmatter, settings)
    ? readInterview(path, frontmatter, settings)
    : null;
}
