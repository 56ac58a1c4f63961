/** Words shown to people: the sections' names and times relative to now (kinds' labels: followUpKinds.ts). */

import { dayNumberOf } from "./businessDays";
import { addDays } from "./time";
import type { ActionState } from "./types";

export const STATE_LABELS: Readonly<Record<ActionState, string>> = {
  overdue: "Overdue",
  due: "Due now",
  upcoming: "Coming up",
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Whole calendar days from `from` to `to` (the spec's "N days": local wall-clock time kept), so
 * 10:00 three days on is 3 days away even when a DST change makes it 71 or 73 hours.
 */
function wholeDays(from: number, to: number): number {
  const start = { ms: from, offset: null };
  // 24 h days are a close first guess: local days differ from them by the clocks' changes only.
  let days = Math.max(0, Math.floor((to - from) / DAY));
  while (days > 0 && addDays(start, days).ms > to) days -= 1;
  while (addDays(start, days + 1).ms <= to) days += 1;
  return days;
}

/** "1 day", "3 days": a count and its word, which is plural but for one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** How long from `from` to `to`: minutes, then exact hours, then calendar days. */
function amount(from: number, to: number): string {
  const ms = to - from;
  if (ms < MINUTE) return "less than a minute";
  if (ms < HOUR) return plural(Math.floor(ms / MINUTE), "minute");
  const days = wholeDays(from, to);
  if (days === 0) return plural(Math.floor(ms / HOUR), "hour");
  return plural(days, "day");
}

/**
 * True at the last moment of a local day, 23:59:59.999: how a date written without a time is
 * read (PRODUCT.md, "Time"), and what a whole number of days after one gives. Items carry only
 * instants (the JSON contract has no more), so this is how their words know a date alone.
 */
export function isEndOfLocalDay(ms: number): boolean {
  const d = new Date(ms);
  return (
    d.getMilliseconds() === 999 &&
    d.getSeconds() === 59 &&
    d.getMinutes() === 59 &&
    d.getHours() === 23
  );
}

/**
 * A date alone, by its day: "today", "tomorrow", "in 3 days". Hours would mislead: an interview
 * on today's date, read as the end of the day, is not "in 8 hours".
 */
function whichDay(now: number, day: number): string {
  const days = dayNumberOf({ ms: day, offset: null }) - dayNumberOf({ ms: now, offset: null });
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  return `in ${days} days`;
}

/** How far ahead `at` is: by its day for a date alone, else "in 3 hours", "in 2 days". */
function ahead(now: number, at: number): string {
  return isEndOfLocalDay(at) ? whichDay(now, at) : `in ${amount(now, at)}`;
}

/**
 * When an item needs attention, relative to now: "in 3 hours" before it opens (or before its
 * deadline while due; "today", "tomorrow" for a date alone), "2 days overdue" after its
 * deadline, "now" for a due item without one.
 */
export function relativeDue(
  state: ActionState,
  opens: number,
  deadline: number | null,
  now: number,
): string {
  if (state === "upcoming") return ahead(now, opens);
  if (state === "overdue" && deadline !== null) return `${amount(deadline, now)} overdue`;
  if (deadline === null) return "now";
  return `due ${ahead(now, deadline)}`;
}
