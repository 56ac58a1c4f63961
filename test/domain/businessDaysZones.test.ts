// Business days across the clock changes of 2026, and on random instants, weekends and counts in
// zones with daylight saving. Expected days are read with support/zoned.ts (Intl's clock for the
// zone), not with the Date getters that src/domain/businessDays.ts uses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  businessDayAfter,
  businessDayBefore,
  dayNumberOf,
  startOfDay,
} from "../../src/domain/businessDays";
import { type When, readWhen } from "../../src/domain/time";
import { inTimeZone } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { instantIn, wall, wallAt } from "../support/zoned";

const SAT_SUN = [0, 6];
const DAY = 86_400_000;

function read(text: string): When {
  const result = readWhen(text, "end-of-day");
  if (result?.ok !== true) throw new Error(`not a date: ${text}`);
  return result.when;
}

const iso = (when: When) => new Date(when.ms).toISOString();

describe("Europe/Berlin: forward on 2026-03-29 (CET to CEST), back on 2026-10-25", () => {
  inTimeZone("Europe/Berlin");

  it("Friday 2026-03-27 gives Monday 2026-03-30 00:00 CEST; Tuesday 03-31's 2nd before is Friday 00:00 CET", () => {
    expect(iso(businessDayAfter(read("2026-03-27"), 1, SAT_SUN))).toBe("2026-03-29T22:00:00.000Z");
    expect(iso(businessDayBefore(read("2026-03-31"), 2, SAT_SUN))).toBe("2026-03-26T23:00:00.000Z");
  });

  it("no weekend: the day of the change starts 00:00 CET, the next 00:00 CEST, 23 hours later", () => {
    expect(iso(businessDayAfter(read("2026-03-28T10:00"), 1, []))).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-03-29"), 1, []))).toBe("2026-03-29T22:00:00.000Z");
    expect(iso(startOfDay(read("2026-03-29T15:00")))).toBe("2026-03-28T23:00:00.000Z");
  });

  it("Friday 2026-10-23 gives Monday 10-26 00:00 CET; Tuesday 10-27's 2nd before is Friday 00:00 CEST", () => {
    expect(iso(businessDayAfter(read("2026-10-23"), 1, SAT_SUN))).toBe("2026-10-25T23:00:00.000Z");
    expect(iso(businessDayBefore(read("2026-10-27"), 2, SAT_SUN))).toBe("2026-10-22T22:00:00.000Z");
  });

  it("no weekend: the 25-hour day of the change starts 00:00 CEST", () => {
    expect(iso(businessDayAfter(read("2026-10-24"), 1, []))).toBe("2026-10-24T22:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-10-25"), 1, []))).toBe("2026-10-25T23:00:00.000Z");
    expect(iso(startOfDay(read("2026-10-25T23:00")))).toBe("2026-10-24T22:00:00.000Z");
  });

  it("a value with an offset keeps it across the change: 00:00+01:00, not 00:00 CEST", () => {
    const result = businessDayAfter(read("2026-03-27T18:00+01:00"), 1, SAT_SUN);
    expect(result).toEqual({ ms: Date.parse("2026-03-29T23:00:00Z"), offset: 60 });
  });
});

describe("America/New_York: forward on 2026-03-08 (EST to EDT), back on 2026-11-01", () => {
  inTimeZone("America/New_York");

  it("Friday 2026-03-06 gives Monday 03-09 00:00 EDT; Tuesday 03-10's 2nd before is Friday 00:00 EST", () => {
    expect(iso(businessDayAfter(read("2026-03-06"), 1, SAT_SUN))).toBe("2026-03-09T04:00:00.000Z");
    expect(iso(businessDayBefore(read("2026-03-10"), 2, SAT_SUN))).toBe("2026-03-06T05:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-03-07"), 1, []))).toBe("2026-03-08T05:00:00.000Z");
  });

  it("Friday 2026-10-30 gives Monday 11-02 00:00 EST; Tuesday 11-03's 2nd before is Friday 00:00 EDT", () => {
    expect(iso(businessDayAfter(read("2026-10-30"), 1, SAT_SUN))).toBe("2026-11-02T05:00:00.000Z");
    expect(iso(businessDayBefore(read("2026-11-03"), 2, SAT_SUN))).toBe("2026-10-30T04:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-10-31"), 1, []))).toBe("2026-11-01T04:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-11-01T23:30"), 1, []))).toBe("2026-11-02T05:00:00.000Z");
  });
});

describe("Australia/Lord_Howe: 1981-03-01 has no midnight (00:00 +10:00 becomes 00:30 +10:30)", () => {
  inTimeZone("Australia/Lord_Howe");

  it("that day starts at 00:30, its first moment, and the next day at 00:00 again", () => {
    expect(iso(startOfDay(read("1981-03-01T12:00")))).toBe("1981-02-28T14:00:00.000Z");
    expect(iso(businessDayAfter(read("1981-02-27"), 2, []))).toBe("1981-02-28T14:00:00.000Z");
    expect(iso(businessDayAfter(read("1981-02-27"), 3, []))).toBe("1981-03-01T13:30:00.000Z");
    expect(iso(businessDayBefore(read("1981-03-03"), 2, []))).toBe("1981-02-28T14:00:00.000Z");
  });
});

describe("America/Santiago: 2026-09-06 has no midnight (00:00 -04 becomes 01:00 -03)", () => {
  inTimeZone("America/Santiago");

  it("that day starts at 01:00, its first moment, and the next day at 00:00 again", () => {
    expect(iso(startOfDay(read("2026-09-06T12:00")))).toBe("2026-09-06T04:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-09-04"), 2, []))).toBe("2026-09-06T04:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-09-04"), 3, []))).toBe("2026-09-07T03:00:00.000Z");
    expect(iso(businessDayAfter(read("2026-09-04"), 1, SAT_SUN))).toBe("2026-09-07T03:00:00.000Z");
    expect(iso(businessDayBefore(read("2026-09-08"), 2, []))).toBe("2026-09-06T04:00:00.000Z");
  });
});

/** The calendar day of an instant (days since 1970-01-01), read with Intl or at the offset. */
function calendarOf(zone: string, ms: number, offset: number | null) {
  if (offset !== null) {
    const shifted = ms + offset * 60_000;
    const day = Math.floor(shifted / DAY);
    return { day, weekday: new Date(day * DAY).getUTCDay(), midnight: shifted === day * DAY };
  }
  const w = wallAt(zone, ms);
  const day = Date.UTC(w.y, w.mo - 1, w.d) / DAY;
  const midnight = w.h === 0 && w.mi === 0 && w.s === 0 && w.ms === 0;
  return { day, weekday: new Date(day * DAY).getUTCDay(), midnight };
}

const instants = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) });
const offsets = fc.option(fc.integer({ min: -14 * 60, max: 14 * 60 }), { nil: null });
const weekends = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 });

const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago"];

/**
 * Whether a clock in `zone` shows 00:00 on `day` (days since 1970-01-01). Not every day has one:
 * Santiago's clocks go from 00:00 to 01:00 each spring, and Lord Howe's went from 00:00 (+10:00)
 * to 00:30 (+10:30) on 1981-03-01.
 */
function hasMidnight(zone: string, day: number): boolean {
  const date = new Date(day * DAY);
  const at = instantIn(
    zone,
    wall(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()),
  );
  const clock = calendarOf(zone, at, null);
  return clock.day === day && clock.midnight;
}

describe.each(ZONES)("on random input, in %s", (zone) => {
  inTimeZone(zone);

  /** The result starts a day in its calendar: its first moment (00:00 where that exists). */
  function startsDay(result: When, offset: number | null): number {
    expect(result.offset).toBe(offset);
    const here = calendarOf(zone, result.ms, offset);
    expect(calendarOf(zone, result.ms - 1, offset).day).toBe(here.day - 1);
    if (offset !== null || hasMidnight(zone, here.day)) expect(here.midnight).toBe(true);
    return here.day;
  }

  function businessDaysBetween(from: number, to: number, weekend: number[]): number {
    let count = 0;
    for (let day = from + 1; day < to; day++) {
      if (!weekend.includes(new Date(day * DAY).getUTCDay())) count++;
    }
    return count;
  }

  it("dayNumberOf: the calendar day of the instant, old zones' seconds offsets included", () => {
    // From year 1000: a zone's local mean time before railway time had an offset in seconds.
    const anyInstant = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2099, 11, 31) });
    fc.assert(
      fc.property(fc.oneof(instants, anyInstant), offsets, (ms, offset) => {
        expect(dayNumberOf({ ms, offset })).toBe(calendarOf(zone, ms, offset).day);
      }),
      PROPERTY_RUNS,
    );
    // The last and first millisecond of a local day, where rounding would show.
    for (const year of [1850, 1890, 1970, 2026]) {
      const start = startOfDay({ ms: Date.UTC(year, 5, 15, 12), offset: null }).ms;
      expect(dayNumberOf({ ms: start, offset: null })).toBe(calendarOf(zone, start, null).day);
      expect(dayNumberOf({ ms: start - 1, offset: null })).toBe(
        calendarOf(zone, start - 1, null).day,
      );
    }
  });

  it("startOfDay: the first moment of the day that contains the instant", () => {
    fc.assert(
      fc.property(instants, offsets, (ms, offset) => {
        const result = startOfDay({ ms, offset });
        expect(startsDay(result, offset)).toBe(calendarOf(zone, ms, offset).day);
        expect(result.ms).toBeLessThanOrEqual(ms);
      }),
      PROPERTY_RUNS,
    );
  });

  it("n >= 1: a later day, not in the weekend, with n - 1 business days between, both ways", () => {
    const counts = fc.integer({ min: 1, max: 40 });
    fc.assert(
      fc.property(instants, offsets, counts, weekends, (ms, offset, n, weekend) => {
        const from = calendarOf(zone, ms, offset).day;
        const after = startsDay(businessDayAfter({ ms, offset }, n, weekend), offset);
        expect(after).toBeGreaterThan(from);
        expect(weekend).not.toContain(new Date(after * DAY).getUTCDay());
        expect(businessDaysBetween(from, after, weekend)).toBe(n - 1);
        const before = startsDay(businessDayBefore({ ms, offset }, n, weekend), offset);
        expect(before).toBeLessThan(from);
        expect(weekend).not.toContain(new Date(before * DAY).getUTCDay());
        expect(businessDaysBetween(before, from, weekend)).toBe(n - 1);
      }),
      PROPERTY_RUNS,
    );
  });

  it("n = 0: the nearest business day from the day itself, forward or back", () => {
    fc.assert(
      fc.property(instants, offsets, weekends, (ms, offset, weekend) => {
        const from = calendarOf(zone, ms, offset).day;
        const after = startsDay(businessDayAfter({ ms, offset }, 0, weekend), offset);
        const before = startsDay(businessDayBefore({ ms, offset }, 0, weekend), offset);
        for (const day of [after, before]) {
          expect(weekend).not.toContain(new Date(day * DAY).getUTCDay());
        }
        expect(after).toBeGreaterThanOrEqual(from);
        expect(before).toBeLessThanOrEqual(from);
        expect(businessDaysBetween(from - 1, after, weekend)).toBe(0);
        expect(businessDaysBetween(before, from + 1, weekend)).toBe(0);
      }),
      PROPERTY_RUNS,
    );
  });

  it("from a business day, n business days after and then n before lead back to its start", () => {
    const counts = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(instants, offsets, counts, weekends, (ms, offset, n, weekend) => {
        const when = { ms, offset };
        fc.pre(!weekend.includes(calendarOf(zone, ms, offset).weekday));
        expect(businessDayBefore(businessDayAfter(when, n, weekend), n, weekend)).toEqual(
          startOfDay(when),
        );
      }),
      PROPERTY_RUNS,
    );
  });
});
