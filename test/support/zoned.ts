// Clock maths for a named IANA zone, done without the process's local time: wall-clock fields come
// from Intl.DateTimeFormat for that zone, calendar arithmetic is done on plain fields with
// Date.UTC. Tests use it to compute what the spec expects independently of src/domain/time.ts,
// which works through the process's local time (Date's local getters and setters).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A wall-clock reading: the fields a person sees on a clock and a calendar. */
export interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

export function wall(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Wall {
  return { y, mo, d, h, mi, s, ms };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, format);
  }
  return format;
}

/** What a clock in `zone` shows at the instant `ms`. */
export function wallAt(zone: string, ms: number): Wall {
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(
      formatFor(zone)
        .formatToParts(new Date(ms))
        .find((part) => part.type === type)?.value,
    );
  return {
    y: field("year"),
    mo: field("month"),
    d: field("day"),
    h: field("hour"),
    mi: field("minute"),
    s: field("second"),
    ms: ((ms % 1000) + 1000) % 1000,
  };
}

/** The wall fields read as if they were UTC: a number to do calendar arithmetic on. */
function fieldsAsUtc(w: Wall): number {
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms);
}

function sameWall(a: Wall, b: Wall): boolean {
  return fieldsAsUtc(a) === fieldsAsUtc(b);
}

/** Minutes east of UTC in `zone` at the instant `ms`. */
export function offsetAt(zone: string, ms: number): number {
  const second = ms - (((ms % 1000) + 1000) % 1000);
  return (fieldsAsUtc(wallAt(zone, second)) - second) / MINUTE;
}

/**
 * The instant a clock in `zone` shows `w`. A reading that happens twice (the hour repeated when
 * clocks go back) is the first of the two; a reading that never happens (the hour skipped when
 * clocks go forward) is moved forward by the gap, as a clock that was not changed would show it.
 * These are also ECMAScript's rules for local times, and the spec names no others.
 */
export function instantIn(zone: string, w: Wall): number {
  const asUtc = fieldsAsUtc(w);
  const before = offsetAt(zone, asUtc - DAY);
  const after = offsetAt(zone, asUtc + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((ms) => sameWall(wallAt(zone, ms), w))
    .sort((a, b) => a - b);
  return candidates[0] ?? asUtc - before * MINUTE;
}

/** The fields of a number made by fieldsAsUtc. */
function fieldsOf(asUtc: number): Wall {
  const date = new Date(asUtc);
  return wall(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

/** `w` plus `days` calendar days, the clock fields kept. */
export function plusDays(w: Wall, days: number): Wall {
  return fieldsOf(Date.UTC(w.y, w.mo - 1, w.d + days, w.h, w.mi, w.s, w.ms));
}

/** `w` plus `minutes` on a clock that is never changed. */
export function plusMinutes(w: Wall, minutes: number): Wall {
  return fieldsOf(fieldsAsUtc(w) + minutes * MINUTE);
}

/** The instant a clock set to a fixed offset (minutes east of UTC) shows `w`. */
export function instantAtOffset(w: Wall, offsetMinutes: number): number {
  return fieldsAsUtc(w) - offsetMinutes * MINUTE;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `YYYY-MM-DD`, how a date-only property is written. */
export function dateText(w: Wall): string {
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
}

/** `YYYY-MM-DDTHH:mm`, how a date & time property is written. */
export function dateTimeText(w: Wall): string {
  return `${dateText(w)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** `+05:30`, `-04:00`. */
export function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export type ChangeKind = "forward" | "back";

/** One daylight-saving change: the local day it happens on and the instant it happens. */
export interface ClockChange {
  zone: string;
  kind: ChangeKind;
  rule: string;
  /** The day of the change, at 00:00. */
  day: Wall;
  /** The instant the clocks change. */
  instant: number;
  /** The wall-clock hour that is skipped (forward) or shown twice (back) that day. */
  hour: number;
  /** How far the clocks move, in minutes: +60 forward, -60 back. */
  shift: number;
}

/** The day of the month of the n-th Sunday (n = -1 for the last) of a month. */
function sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
  }
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The changes of a year by the rules in force since 2007: the European Union changes at 01:00 UTC
 * on the last Sunday of March and of October; the United States at 02:00 local time on the second
 * Sunday of March and the first Sunday of November.
 */
export function clockChanges(zone: string, year: number): ClockChange[] {
  const make = (kind: ChangeKind, rule: string, month: number, d: number, instant: number) => {
    const shift = offsetAt(zone, instant) - offsetAt(zone, instant - 1);
    const justBefore = wallAt(zone, instant - 1);
    // Forward: the hour after the last minute before the change never shows. Back: the last
    // hour before the change shows again after it.
    const hour = kind === "forward" ? justBefore.h + 1 : justBefore.h;
    return { zone, kind, rule, day: wall(year, month, d), instant, hour, shift };
  };
  if (zone.startsWith("Europe/")) {
    const march = sunday(year, 3, -1);
    const october = sunday(year, 10, -1);
    return [
      make("forward", "last Sunday of March", 3, march, Date.UTC(year, 2, march, 1)),
      make("back", "last Sunday of October", 10, october, Date.UTC(year, 9, october, 1)),
    ];
  }
  if (zone.startsWith("America/")) {
    const march = sunday(year, 3, 2);
    const november = sunday(year, 11, 1);
    // 02:00 local: standard time before the change in March, daylight time before it in November.
    const standard = offsetAt(zone, Date.UTC(year, 0, 15));
    const daylight = offsetAt(zone, Date.UTC(year, 6, 15));
    return [
      make(
        "forward",
        "second Sunday of March",
        3,
        march,
        Date.UTC(year, 2, march, 2) - standard * MINUTE,
      ),
      make(
        "back",
        "first Sunday of November",
        11,
        november,
        Date.UTC(year, 10, november, 2) - daylight * MINUTE,
      ),
    ];
  }
  throw new Error(`no daylight-saving rule known for ${zone}`);
}

/** The zones and years every daylight-saving test runs over: each change of each. */
export const DST_ZONES = ["Europe/London", "Europe/Berlin", "America/New_York"] as const;
export const DST_YEARS = [2026, 2027] as const;

export function allClockChanges(): ClockChange[] {
  return DST_ZONES.flatMap((zone) => DST_YEARS.flatMap((year) => clockChanges(zone, year)));
}
