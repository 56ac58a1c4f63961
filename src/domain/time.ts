/**
 * The time rules of the spec. Every value is read in the machine's local time zone
 * unless it carries an offset, which is then kept for arithmetic. Nothing here reads a clock.
 */

/** A point in time read from a note, with enough of how it was written to do calendar maths. */
export interface When {
  /** Milliseconds since the epoch. */
  readonly ms: number;
  /** Minutes east of UTC when the value carried an offset; null for local wall-clock time. */
  readonly offset: number | null;
  /**
   * True when the value was written as a date alone (`YYYY-MM-DD`, or a YAML date): `ms` is then
   * the end or the start of that local day (see DateOnlyMeaning), and some rules read it as the
   * whole day. Absent for a value with a time of day, and for any time worked out by hours.
   */
  readonly dateOnly?: true;
}

/** How a date without a time is read: the spec's rule (end of day) or `snoozed_until`'s (start). */
export type DateOnlyMeaning = "end-of-day" | "start-of-day";

export type WhenResult = { ok: true; when: When } | { ok: false; reason: string };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const ACCEPTED_FORMS = "YYYY-MM-DD or YYYY-MM-DDTHH:mm";

// YYYY-MM-DD, optionally followed by T or spaces, HH:mm, optional :ss(.fraction) and an offset;
// with a time, YAML's timestamps may also write the month, day and hour in one digit.
const DATE_TIME =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d)(?::(\d\d)(?:\.(\d*))?)?[ \t]*(Z|z|[+-]\d\d?(?::?\d\d)?)?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The proleptic Gregorian calendar's days in `month`, as Date counts them: 0 for a month outside
 * 1 to 12, so that no day of it exists.
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 0;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function localDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  // One local-time conversion: this runs for every date of every interview when the index is built.
  if (year >= 100) return new Date(year, month - 1, day, hour, minute, second, ms).getTime();
  const date = new Date(2000, 0, 1, hour, minute, second, ms);
  // setFullYear keeps years below 100 from being read as 19xx.
  date.setFullYear(year, month - 1, day);
  return date.getTime();
}

function parseOffset(text: string): number | null {
  if (text === "Z" || text === "z") return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** Quotes a value for a message, shortened so one odd note cannot flood the view. */
export function quote(text: string): string {
  if (text.length <= 60) return JSON.stringify(text);
  // Cut between characters: half an emoji would show as an escape code.
  const cut = /[\ud800-\udbff]/.test(text.charAt(56)) ? 56 : 57;
  return JSON.stringify(`${text.slice(0, cut)}...`);
}

/** A date and time as written, before it is checked. */
export interface Written {
  year: number;
  month: number;
  day: number;
  /** Null for a date without a time. */
  hour: number | null;
  minute: number;
  second: number;
  millis: number;
  /** The offset as written, if any. */
  offset: string | null;
}

/** The digit at `at` as a number, or NaN. */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 0x30;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** A number written in `count` digits from `at`: NaN if any is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + digitAt(text, i);
  return value;
}

/**
 * The two forms nearly every note uses, `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm`, read without the
 * pattern and its captured texts: every interview's dates are read when the index is built.
 * Null for any other text, which then goes through the pattern.
 */
export function commonForm(text: string): Written | null {
  if (text.length !== 10 && text.length !== 16) return null;
  if (text[4] !== "-" || text[7] !== "-") return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  let hour: number | null = null;
  let minute = 0;
  if (text.length === 16) {
    const separator = text[10];
    if ((separator !== "T" && separator !== "t" && separator !== " ") || text[13] !== ":")
      return null;
    hour = digitsAt(text, 11, 2);
    minute = digitsAt(text, 14, 2);
    if (Number.isNaN(hour) || Number.isNaN(minute)) return null;
  }
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return null;
  return { year, month, day, hour, minute, second: 0, millis: 0, offset: null };
}

function writtenForm(text: string): Written | null {
  return commonForm(text) ?? patternForm(text);
}

/** Any of the accepted forms, read with the pattern. */
export function patternForm(text: string): Written | null {
  const m = DATE_TIME.exec(text);
  // A date alone is YAML's and the spec's YYYY-MM-DD: "2026-1-5" is not one.
  if (!m || (m[4] === undefined && text.length !== 10)) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? null : Number(m[4]),
    minute: Number(m[5] ?? "0"),
    second: Number(m[6] ?? "0"),
    // The first three digits of the fraction: milliseconds, however many are written.
    millis: Number(`${m[7] ?? ""}00`.slice(0, 3)),
    offset: m[8] ?? null,
  };
}

/**
 * Reads a date written as text, in one of the spec's accepted forms. A failure's reason is
 * worded to follow the property's name: `"date" is "next tuesday", not a date …`.
 */
export function parseWhenText(raw: string, dateOnly: DateOnlyMeaning): WhenResult {
  const text = raw.trim();
  const written = writtenForm(text);
  if (written === null) {
    return { ok: false, reason: `is ${quote(text)}, not a date (use ${ACCEPTED_FORMS})` };
  }
  const { year, month, day, hour, minute, second, millis } = written;
  // The calendar goes from 1 BC to AD 1: there is no year 0 (and a Date is read in 1 to 9999).
  if (year < 1) return { ok: false, reason: `is ${quote(text)}, in the year 0, outside 1 to 9999` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `is ${quote(text)}, a day that does not exist` };
  }
  if (hour === null) {
    const ms =
      dateOnly === "end-of-day"
        ? localDate(year, month, day, 23, 59, 59, 999)
        : localDate(year, month, day, 0, 0, 0, 0);
    return { ok: true, when: { ms, offset: null, dateOnly: true } };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `is ${quote(text)}, a time of day that does not exist` };
  }
  if (written.offset === null) {
    return {
      ok: true,
      when: { ms: localDate(year, month, day, hour, minute, second, millis), offset: null },
    };
  }
  const offset = parseOffset(written.offset);
  if (offset === null) {
    return { ok: false, reason: `is ${quote(text)}, with an impossible time-zone offset` };
  }
  const utc = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millis));
  utc.setUTCFullYear(year, month - 1, day);
  return { ok: true, when: { ms: utc.getTime() - offset * 60_000, offset } };
}

/**
 * Reads one property value as a point in time. Accepts text in the spec's forms and
 * `Date` objects (what a YAML 1.1 parser gives for timestamps). A Date at exactly
 * midnight UTC is how such parsers return a date-only value, so it is read as that
 * calendar date; any other Date is that instant, with days counted in local time. Returns null
 * for "no value".
 */
export function readWhen(value: unknown, dateOnly: DateOnlyMeaning): WhenResult | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    if (value.trim() === "") return null;
    return parseWhenText(value, dateOnly);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { ok: false, reason: "is an invalid date" };
    const year = value.getUTCFullYear();
    if (year < 1 || year > 9999)
      return { ok: false, reason: `is in the year ${year}, outside 1 to 9999` };
    const midnightUtc =
      value.getUTCHours() === 0 &&
      value.getUTCMinutes() === 0 &&
      value.getUTCSeconds() === 0 &&
      value.getUTCMilliseconds() === 0;
    if (midnightUtc) {
      const y = value.getUTCFullYear();
      const mo = value.getUTCMonth() + 1;
      const d = value.getUTCDate();
      const local =
        dateOnly === "end-of-day"
          ? localDate(y, mo, d, 23, 59, 59, 999)
          : localDate(y, mo, d, 0, 0, 0, 0);
      return { ok: true, when: { ms: local, offset: null, dateOnly: true } };
    }
    // A Date carries no offset of its own: days are counted in local time, like any other value.
    return { ok: true, when: { ms, offset: null } };
  }
  if (typeof value === "number") {
    return { ok: false, reason: `is the number ${value}, not a date (use ${ACCEPTED_FORMS})` };
  }
  if (typeof value === "boolean") {
    return { ok: false, reason: `is ${value}, not a date (use ${ACCEPTED_FORMS})` };
  }
  if (Array.isArray(value)) {
    return { ok: false, reason: `is a list, not a date (use ${ACCEPTED_FORMS})` };
  }
  return { ok: false, reason: `is a nested object, not a date (use ${ACCEPTED_FORMS})` };
}

/**
 * Adds calendar days: local wall-clock time is kept across a DST change; an offset stays fixed.
 * A date alone stays a date alone (of the day `days` on): its wall-clock time, the end or start
 * of a day, is kept.
 */
export function addDays(when: When, days: number): When {
  if (when.offset !== null) return { ms: when.ms + days * DAY_MS, offset: when.offset };
  const date = new Date(when.ms);
  date.setDate(date.getDate() + days);
  return when.dateOnly === true
    ? { ms: date.getTime(), offset: null, dateOnly: true }
    : { ms: date.getTime(), offset: null };
}

/**
 * Adds exact hours, whatever the clocks do. The result is never a date alone: across a DST
 * change it is no longer the end of a day, and it is a moment (a deadline), not a day.
 */
export function addHours(when: When, hours: number): When {
  return { ms: when.ms + hours * HOUR_MS, offset: when.offset };
}

/** The later of two points in time (the first when they are equal), as it is, date alone or not. */
export function later(a: When, b: When | null): When {
  return b !== null && b.ms > a.ms ? b : a;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
