// Reading a calendar file back with ical.js (a maintained parser, not ours), and the events a
// FollowUps result should give, worked out here from the items without the writer's code.
import ICAL from "ical.js";
import { FOLLOW_UP_KINDS } from "../../src/domain/followUpKinds";
import type { FollowUps } from "../../src/domain/types";

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** All-day: the local day `YYYY-MM-DD`; timed: the instant, as ISO in UTC. */
  start: string;
  allDay: boolean;
  /** All-day: the day after; timed: null (a deadline is an instant). */
  end: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function dayOf(t: ICAL.Time): string {
  return `${String(t.year).padStart(4, "0")}-${pad(t.month)}-${pad(t.day)}`;
}

/** Every VEVENT of the text, as ical.js reads it; throws if ical.js cannot parse the text. */
export function parseEvents(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const allDay = start.isDate;
    const end = vevent.hasProperty("dtend") ? event.endDate : null;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay,
      start: allDay ? dayOf(start) : new Date(start.toUnixTime() * 1000).toISOString(),
      end: end === null ? null : allDay ? dayOf(end) : end.toString(),
    };
  });
}

/** The calendar's own properties (VERSION, PRODID, CALSCALE), by ical.js. */
export function calendarProperties(text: string): Record<string, unknown> {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    version: calendar.getFirstPropertyValue("version"),
    prodid: calendar.getFirstPropertyValue("prodid"),
    calscale: calendar.getFirstPropertyValue("calscale"),
  };
}

function localDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, "0")}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What each follow-up with a deadline should be in the calendar, keyed by path, kind and person:
 * summary with the kind's label, and a date-only deadline (the end of a local day) all day.
 */
export function expectedEvents(
  result: FollowUps,
): Map<string, { summary: string; start: string; allDay: boolean; path: string }> {
  const out = new Map<string, { summary: string; start: string; allDay: boolean; path: string }>();
  for (const item of result.items) {
    if (item.deadline === null) continue;
    const at = new Date(item.deadline);
    const allDay =
      at.getHours() === 23 &&
      at.getMinutes() === 59 &&
      at.getSeconds() === 59 &&
      at.getMilliseconds() === 999;
    const label = FOLLOW_UP_KINDS[item.action].label;
    out.set(JSON.stringify([item.path, item.action, item.contact ?? null]), {
      path: item.path,
      summary: label,
      start: allDay ? localDay(at) : at.toISOString(),
      allDay,
    });
  }
  return out;
}

/**
 * Checks a parsed calendar against the follow-ups: one event per follow-up with a deadline, each
 * with its kind's label and organization (and person) in the summary, its path in the
 * description, its start; UIDs unique. Returns a list of what is wrong (empty: all is right).
 */
export function compareWithFollowUps(events: ParsedEvent[], result: FollowUps): string[] {
  const wrong: string[] = [];
  const expected = expectedEvents(result);
  if (events.length !== expected.size)
    wrong.push(`${events.length} events for ${expected.size} follow-ups with a deadline`);
  if (new Set(events.map((e) => e.uid)).size !== events.length) wrong.push("UIDs repeat");
  for (const item of result.items) {
    if (item.deadline === null) continue;
    const want = expected.get(JSON.stringify([item.path, item.action, item.contact ?? null]));
    const found = events.filter(
      (e) =>
        e.description.includes(item.path) &&
        e.summary.startsWith(FOLLOW_UP_KINDS[item.action].label) &&
        (item.contact === undefined || e.summary.includes(`to ${item.contact}`)),
    );
    if (found.length !== 1 || want === undefined) {
      wrong.push(`${found.length} events for ${item.path} ${item.action} ${item.contact ?? ""}`);
      continue;
    }
    const event = found[0]!;
    if (event.allDay !== want.allDay || event.start !== want.start)
      wrong.push(`${item.path} ${item.action}: ${event.start} for ${want.start}`);
    if (!event.summary.includes(item.organization))
      wrong.push(`${item.path} ${item.action}: summary "${event.summary}"`);
    if (event.allDay && event.end === null)
      wrong.push(`${item.path}: an all-day event without end`);
  }
  return wrong;
}
