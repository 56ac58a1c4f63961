/**
 * The follow-ups as an iCalendar file (RFC 5545): one event per follow-up that has a deadline,
 * whatever its state (overdue, due or coming up), at its deadline. Follow-ups without a deadline
 * (an interview coming up, "close as ghosted?", an offer with no deadline) have no day to show.
 *
 * A deadline at the very end of a local day (23:59:59.999, which is what a date without a time
 * means in a note) is an all-day event on that day; any other deadline is an instant in UTC.
 * Each event's UID is made of the note's path, the kind and, for a panel's thank-you, the person:
 * the same follow-up keeps its UID from one export to the next, so a calendar that subscribes to
 * the file updates the event instead of adding another. Nothing in an event changes with the
 * clock but DTSTAMP: `sameCalendar` tells whether a new export says anything new.
 */

import { FOLLOW_UP_KINDS } from "./followUpKinds";
import { compareText } from "./followups";
import { escapeText, fold, localDate, uidPart, utcDateTime } from "./icsText";
import { oneLine } from "./text";
import type { FollowUpItem, FollowUps } from "./types";

/** Written into PRODID and every UID. */
export const CALENDAR_PRODUCT = "interview-follow-up";

const PRODID = `-//${CALENDAR_PRODUCT}//Interview Follow-up//EN`;
const CALENDAR_NAME = "Interview follow-ups";

/** The UID of a follow-up: its note, its kind and, for one person of a panel, that person. */
export function eventUid(item: Pick<FollowUpItem, "path" | "action" | "contact">): string {
  const person = item.contact === undefined ? "" : `+${uidPart(item.contact)}`;
  return `${uidPart(item.path)}+${item.action}${person}@${CALENDAR_PRODUCT}`;
}

/** "Send a thank-you note to Jane: Acme, Engineer", as the command line titles a follow-up. */
export function eventSummary(item: FollowUpItem): string {
  const who = [item.organization, item.position]
    .map((part) => oneLine(part).trim())
    .filter((part) => part !== "")
    .join(", ");
  const kind = FOLLOW_UP_KINDS[item.action].label;
  const label = item.contact === undefined ? kind : `${kind} to ${oneLine(item.contact).trim()}`;
  if (who === "") return label;
  return label.endsWith("?") ? `${label} ${who}` : `${label}: ${who}`;
}

/** True when `ms` is the last millisecond of its local day: a date written without a time. */
function endOfLocalDay(ms: number): boolean {
  const d = new Date(ms);
  return (
    d.getHours() === 23 &&
    d.getMinutes() === 59 &&
    d.getSeconds() === 59 &&
    d.getMilliseconds() === 999
  );
}

/** DTSTART (and DTEND for a day) of a deadline, or null when it cannot be written. */
function eventTime(deadline: number): string[] | null {
  if (endOfLocalDay(deadline)) {
    const day = new Date(deadline);
    // setDate keeps the year as it is (new Date(y, …) reads a year below 100 as 19xx).
    const next = new Date(deadline);
    next.setDate(next.getDate() + 1);
    const start = localDate(day);
    const end = localDate(next);
    if (start === null || end === null) return null;
    return [`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`];
  }
  const at = utcDateTime(deadline);
  return at === null ? null : [`DTSTART:${at}`];
}

function eventLines(item: FollowUpItem, uid: string, stamp: string): string[] | null {
  if (item.deadline === null) return null;
  const time = eventTime(Date.parse(item.deadline));
  if (time === null) return null;
  const description = [`Note: ${item.path}`];
  if (item.warning !== undefined) description.push(item.warning);
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${stamp}`,
    ...time,
    `SUMMARY:${escapeText(eventSummary(item))}`,
    `DESCRIPTION:${escapeText(description.join("\n"))}`,
    `CATEGORIES:${escapeText(FOLLOW_UP_KINDS[item.action].label)}`,
    // A deadline is not a meeting: it leaves the time free.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * The calendar file's text: CRLF line endings, every line folded at 75 octets. `now` (default:
 * the time the follow-ups were worked out for) is each event's DTSTAMP. Events are ordered by UID,
 * so the text depends only on the follow-ups, never on their states or order.
 */
export function calendarText(
  followUps: FollowUps,
  now: number = Date.parse(followUps.now),
): string {
  const stamp = utcDateTime(now) ?? "19700101T000000Z";
  const byUid = new Map<string, FollowUpItem>();
  for (const item of followUps.items) {
    const uid = eventUid(item);
    if (!byUid.has(uid)) byUid.set(uid, item);
  }
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${CALENDAR_NAME}`,
  ];
  for (const uid of [...byUid.keys()].sort(compareText)) {
    const item = byUid.get(uid);
    const event = item === undefined ? null : eventLines(item, uid, stamp);
    if (event !== null) lines.push(...event);
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** The text without its DTSTAMP lines (which never fold: they are short). */
function withoutStamps(text: string): string {
  return text
    .split("\r\n")
    .filter((line) => !line.startsWith("DTSTAMP:"))
    .join("\r\n");
}

/** True when two calendar texts differ at most in their DTSTAMPs: rewriting would say nothing new. */
export function sameCalendar(a: string, b: string): boolean {
  return withoutStamps(a) === withoutStamps(b);
}

/** How many events a calendar text holds (each starts with its own BEGIN:VEVENT line). */
export function eventCount(text: string): number {
  return text.split("\r\n").filter((line) => line === "BEGIN:VEVENT").length;
}
