/**
 * Days of the calendar for Round 2's rules: the start of a day, and business days (the days that
 * are not weekend days). A value is read in the calendar it was written in: local time, or its
 * own fixed offset when it carries one (as time.ts does). Nothing here reads a clock.
 *
 * Days are counted as whole numbers (days since 1970-01-01 in that calendar) and only the result
 * is turned back into an instant, so that a day whose midnight does not exist locally cannot
 * shift the days after it.
 */

import type { When } from "./time";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** 1973-01-01: the last offset with seconds in the time zone database (Liberia's) ended in 1972. */
const WHOLE_MINUTE_OFFSETS = Date.UTC(1973, 0, 1);

/** The most business days counted either way: a year's worth, beyond any setting's range. */
export const MAX_BUSINESS_DAYS = 365;

/** The day that contains `when`, in its calendar, as days since 1970-01-01. */
export function dayNumberOf(when: When): number {
  if (when.offset !== null) return Math.floor((when.ms + when.offset * MINUTE_MS) / DAY_MS);
  const local = new Date(when.ms);
  // Since 1973 every zone's offset is whole minutes, and the local wall clock is the instant
  // minus the zone's offset: one Date and one zone look-up (insights ask this of every note).
  if (when.ms >= WHOLE_MINUTE_OFFSETS)
    return Math.floor((when.ms - local.getTimezoneOffset() * MINUTE_MS) / DAY_MS);
  // Before, a local mean time had seconds, which getTimezoneOffset leaves out: the date itself.
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years below 100 as 19xx.
  utc.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
  return utc.getTime() / DAY_MS;
}

/** The first moment of a day number, in local time or at the given offset. */
function startOfDayNumber(day: number, offset: number | null): When {
  if (offset !== null) return { ms: day * DAY_MS - offset * MINUTE_MS, offset };
  const date = new Date(day * DAY_MS);
  // Noon first: it exists on every local day, so setting the date cannot slip to another day.
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  local.setHours(0, 0, 0, 0);
  return { ms: local.getTime(), offset: null };
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The start (00:00) of the day that contains `when`. A local value gives local midnight; where
 * midnight does not exist on that day (clocks that go forward at 00:00), the first moment the
 * clock shows that day, such as 01:00. A value with an offset gives 00:00 of its day at that
 * offset, and keeps the offset.
 */
export function startOfDay(when: When): When {
  return startOfDayNumber(dayNumberOf(when), when.offset);
}

/** A whole number from 0 (Sunday) to 6 (Saturday). */
function isWeekday(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 6;
}

/**
 * The weekend as a set. Entries that are not weekdays (0 to 6) are ignored, and a list that
 * names all seven days counts as no weekend at all: every day is then a business day, so that
 * counting always ends (the settings check refuses such a list before it gets here).
 */
function weekendOf(weekendDays: readonly number[]): ReadonlySet<number> {
  const days = new Set(weekendDays.filter(isWeekday));
  return days.size === 7 ? new Set() : days;
}

/** A count of days as a whole number from 0 to MAX_BUSINESS_DAYS (NaN counts as 0). */
function countOf(n: number): number {
  if (Number.isNaN(n)) return 0;
  return Math.min(MAX_BUSINESS_DAYS, Math.max(0, Math.floor(n)));
}

function countBusinessDays(
  when: When,
  n: number,
  weekendDays: readonly number[],
  direction: 1 | -1,
): When {
  const weekend = weekendOf(weekendDays);
  const isBusinessDay = (day: number) => !weekend.has(weekdayOf(day));
  let day = dayNumberOf(when);
  let left = countOf(n);
  // At most six weekend days in a row, so each loop takes at most 7 × (n + 1) steps.
  if (left === 0) {
    while (!isBusinessDay(day)) day += direction;
  }
  while (left > 0) {
    day += direction;
    if (isBusinessDay(day)) left--;
  }
  return startOfDayNumber(day, when.offset);
}

/**
 * The start (00:00, see startOfDay) of the n-th business day after the day of `when`: with the
 * weekend Saturday and Sunday and n = 1, Friday gives Monday, and so do Saturday and Sunday.
 * n = 0 gives the start of the day of `when` if it is a business day, else of the next business
 * day. `n` is read as a whole number from 0 to MAX_BUSINESS_DAYS (rounded down, and limited to
 * that range). `weekendDays`: 0 = Sunday … 6 = Saturday; see weekendOf for lists that are not
 * a proper weekend.
 */
export function businessDayAfter(when: When, n: number, weekendDays: readonly number[]): When {
  return countBusinessDays(when, n, weekendDays, 1);
}

/**
 * The start (00:00, see startOfDay) of the n-th business day before the day of `when`: with the
 * weekend Saturday and Sunday and n = 2, Wednesday gives Monday and Monday gives the Thursday
 * before. n = 0 gives the start of the day of `when` if it is a business day, else of the
 * business day before it. `n` and `weekendDays` are read as for businessDayAfter.
 */
export function businessDayBefore(when: When, n: number, weekendDays: readonly number[]): When {
  return countBusinessDays(when, n, weekendDays, -1);
}

/**
 * The `weekendDays` setting: a list of distinct weekdays (0 = Sunday … 6 = Saturday) that leaves
 * at least one business day. An empty list (no weekend) is allowed.
 */
export function checkWeekendDays(value: unknown): string | null {
  if (!Array.isArray(value)) return "must be a list of weekdays, from 0 (Sunday) to 6 (Saturday)";
  if (!value.every(isWeekday)) {
    return "must list weekdays as whole numbers from 0 (Sunday) to 6 (Saturday)";
  }
  if (new Set(value).size !== value.length) return "must name each weekday once";
  if (value.length > 6) return "must leave at least one business day in the week";
  return null;
}

/**
 * Tidies a stored `weekendDays` as loading tidies the other settings: a list of numbers comes
 * back sorted, each number once (a new list). Anything else is returned as it is, so that the
 * check that follows reports what was written.
 */
export function tidyWeekendDays(value: unknown): unknown {
  if (!Array.isArray(value) || !value.every((d) => typeof d === "number")) return value;
  return [...new Set(value)].sort((a, b) => a - b);
}
