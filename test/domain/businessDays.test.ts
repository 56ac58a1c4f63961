// Business days and the start of a day, on examples a person can check with a calendar, in the
// zone the suite runs in; across clock changes and on random input: businessDaysZones.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_BUSINESS_DAYS,
  businessDayAfter,
  businessDayBefore,
  checkWeekendDays,
  startOfDay,
  tidyWeekendDays,
} from "../../src/domain/businessDays";
import { type When, readWhen } from "../../src/domain/time";
import { local } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const SAT_SUN = [0, 6];
const FRI_SAT = [5, 6];

/** A local time as the engine holds it. */
const at = (y: number, mo: number, d: number, h = 12, mi = 0): When => ({
  ms: local(y, mo, d, h, mi).getTime(),
  offset: null,
});

/** A property value read as the engine reads `decision_by` and `offer_deadline`. */
function read(text: string): When {
  const result = readWhen(text, "end-of-day");
  if (result?.ok !== true) throw new Error(`not a date: ${text}`);
  return result.when;
}

/** The local day a result starts, as `YYYY-MM-DD HH:mm:ss.SSS`, to compare with a calendar. */
function shown(when: When): string {
  const d = new Date(when.ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
  );
}

describe("startOfDay", () => {
  it("any moment of a local day gives 00:00 of that day, its first and its last included", () => {
    for (const when of [at(2026, 12, 4, 0, 0), at(2026, 12, 4, 12), read("2026-12-04")]) {
      expect(shown(startOfDay(when))).toBe("2026-12-04 00:00:00.000");
      expect(startOfDay(when).offset).toBeNull();
    }
    // One millisecond before midnight is still the day before.
    expect(shown(startOfDay({ ms: local(2026, 12, 4).getTime() - 1, offset: null }))).toBe(
      "2026-12-03 00:00:00.000",
    );
  });

  it("a value with an offset: 00:00 of its own day at that offset, the offset kept", () => {
    // 23:30 at -05:00 is already the next day in UTC; the day is the one written.
    const late = read("2026-10-24T23:30-05:00");
    expect(startOfDay(late)).toEqual({ ms: Date.parse("2026-10-24T05:00:00Z"), offset: -300 });
    const early = read("2026-10-24T00:15+05:30");
    expect(startOfDay(early)).toEqual({ ms: Date.parse("2026-10-23T18:30:00Z"), offset: 330 });
  });

  it("years below 100 stay themselves (not 19xx)", () => {
    expect(shown(startOfDay(read("0050-06-15")))).toBe("0050-06-15 00:00:00.000");
    expect(shown(businessDayAfter(read("0050-06-15"), 1, []))).toBe("0050-06-16 00:00:00.000");
  });
});

describe("businessDayAfter (decision_by: the follow-up opens the Nth business day after)", () => {
  it("Friday gives Monday 00:00; so do Saturday and Sunday, and Thursday gives Friday", () => {
    expect(shown(businessDayAfter(read("2026-12-04"), 1, SAT_SUN))).toBe("2026-12-07 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-05"), 1, SAT_SUN))).toBe("2026-12-07 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-06"), 1, SAT_SUN))).toBe("2026-12-07 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-03"), 1, SAT_SUN))).toBe("2026-12-04 00:00:00.000");
  });

  it("a time on the day counts as that day, from its first to its last minute", () => {
    for (const when of [at(2026, 12, 4, 0, 0), at(2026, 12, 4, 23, 59), read("2026-12-04T09:30")]) {
      expect(shown(businessDayAfter(when, 1, SAT_SUN))).toBe("2026-12-07 00:00:00.000");
    }
  });

  it("counts across weekends, months and years", () => {
    expect(shown(businessDayAfter(read("2026-12-04"), 3, SAT_SUN))).toBe("2026-12-09 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-04"), 6, SAT_SUN))).toBe("2026-12-14 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-30"), 3, SAT_SUN))).toBe("2027-01-04 00:00:00.000");
    expect(shown(businessDayAfter(read("2028-02-28"), 1, SAT_SUN))).toBe("2028-02-29 00:00:00.000");
  });

  it("n = 0: the day itself when it is a business day, else the next business day", () => {
    expect(shown(businessDayAfter(read("2026-12-04"), 0, SAT_SUN))).toBe("2026-12-04 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-05"), 0, SAT_SUN))).toBe("2026-12-07 00:00:00.000");
  });

  it("a Friday-and-Saturday weekend: Thursday, Friday and Saturday give Sunday", () => {
    for (const day of ["2026-12-03", "2026-12-04", "2026-12-05"]) {
      expect(shown(businessDayAfter(read(day), 1, FRI_SAT))).toBe("2026-12-06 00:00:00.000");
    }
    expect(shown(businessDayAfter(read("2026-12-06"), 1, FRI_SAT))).toBe("2026-12-07 00:00:00.000");
  });

  it("no weekend: every day is a business day", () => {
    expect(shown(businessDayAfter(read("2026-12-04"), 1, []))).toBe("2026-12-05 00:00:00.000");
    expect(shown(businessDayAfter(read("2026-12-04"), 2, []))).toBe("2026-12-06 00:00:00.000");
  });
});

describe("businessDayBefore (offer-heads-up: due the 2nd business day before the deadline)", () => {
  it("Wednesday gives Monday; Monday and Tuesday give Thursday and Friday of the week before", () => {
    expect(shown(businessDayBefore(read("2026-12-09"), 2, SAT_SUN))).toBe(
      "2026-12-07 00:00:00.000",
    );
    expect(shown(businessDayBefore(read("2026-12-07"), 2, SAT_SUN))).toBe(
      "2026-12-03 00:00:00.000",
    );
    expect(shown(businessDayBefore(read("2026-12-08"), 2, SAT_SUN))).toBe(
      "2026-12-04 00:00:00.000",
    );
  });

  it("a weekend deadline: Saturday and Sunday both give Thursday", () => {
    expect(shown(businessDayBefore(read("2026-12-05"), 2, SAT_SUN))).toBe(
      "2026-12-03 00:00:00.000",
    );
    expect(shown(businessDayBefore(read("2026-12-06"), 2, SAT_SUN))).toBe(
      "2026-12-03 00:00:00.000",
    );
  });

  it("n = 0: the day itself when it is a business day, else the business day before", () => {
    expect(shown(businessDayBefore(read("2026-12-04"), 0, SAT_SUN))).toBe(
      "2026-12-04 00:00:00.000",
    );
    expect(shown(businessDayBefore(read("2026-12-06"), 0, SAT_SUN))).toBe(
      "2026-12-04 00:00:00.000",
    );
  });

  it("a Friday-and-Saturday weekend: Sunday's 1st business day before is Thursday", () => {
    expect(shown(businessDayBefore(read("2026-12-06"), 1, FRI_SAT))).toBe(
      "2026-12-03 00:00:00.000",
    );
    expect(shown(businessDayBefore(read("2027-01-03"), 2, FRI_SAT))).toBe(
      "2026-12-30 00:00:00.000",
    );
  });
});

describe("guards: counting always ends", () => {
  it("a weekend of all seven days counts as no weekend, both ways and for n = 0", () => {
    const all = [0, 1, 2, 3, 4, 5, 6];
    const friday = read("2026-12-04");
    for (let n = 1; n <= 14; n++) {
      expect(businessDayAfter(friday, n, all)).toEqual(businessDayAfter(friday, n, []));
      expect(businessDayBefore(friday, n, all)).toEqual(businessDayBefore(friday, n, []));
    }
    expect(shown(businessDayAfter(friday, 7, all))).toBe("2026-12-11 00:00:00.000");
    expect(shown(businessDayAfter(friday, 0, [...all, 6, 0]))).toBe("2026-12-04 00:00:00.000");
    expect(shown(businessDayBefore(read("2026-12-05"), 0, all))).toBe("2026-12-05 00:00:00.000");
  });

  it("entries that are not weekdays are ignored", () => {
    const odd = [6, 0, 7, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY];
    expect(businessDayAfter(read("2026-12-04"), 1, odd)).toEqual(
      businessDayAfter(read("2026-12-04"), 1, SAT_SUN),
    );
    // Six weekdays and a stray entry are a six-day weekend, not seven entries meaning "none".
    for (const stray of [7, -1, 0.5]) {
      const after = businessDayAfter(read("2026-12-01"), 1, [0, 1, 2, 3, 4, 5, stray]);
      expect(shown(after)).toBe("2026-12-05 00:00:00.000");
    }
  });

  it(`n is a whole number from 0 to ${MAX_BUSINESS_DAYS}: rounded down, larger ones capped`, () => {
    const friday = read("2026-12-04");
    const cap = businessDayAfter(friday, MAX_BUSINESS_DAYS, SAT_SUN);
    for (const n of [MAX_BUSINESS_DAYS + 1, 1e12, Number.POSITIVE_INFINITY]) {
      expect(businessDayAfter(friday, n, SAT_SUN)).toEqual(cap);
    }
    expect(businessDayAfter(friday, 1.9, SAT_SUN)).toEqual(businessDayAfter(friday, 1, SAT_SUN));
    for (const n of [-1, -1e12, Number.NEGATIVE_INFINITY, Number.NaN]) {
      expect(businessDayAfter(friday, n, SAT_SUN)).toEqual(businessDayAfter(friday, 0, SAT_SUN));
      expect(businessDayBefore(friday, n, SAT_SUN)).toEqual(businessDayBefore(friday, 0, SAT_SUN));
    }
    // 365 business days of a week with one business day are 365 weeks: Friday to Sunday.
    const oneDayWeek = [0, 1, 2, 3, 4, 5];
    const far = businessDayAfter(friday, MAX_BUSINESS_DAYS, oneDayWeek);
    expect(new Date(far.ms).getDay()).toBe(6);
    expect(Math.round((far.ms - local(2026, 12, 5).getTime()) / 86_400_000)).toBe(364 * 7);
  });

  it("an invalid instant gives an invalid instant, and returns", () => {
    expect(businessDayAfter({ ms: Number.NaN, offset: null }, 3, SAT_SUN).ms).toBeNaN();
    expect(businessDayBefore({ ms: Number.NaN, offset: 60 }, 3, SAT_SUN).ms).toBeNaN();
  });
});

describe("the weekendDays setting", () => {
  const subsets = Array.from({ length: 128 }, (_, bits) =>
    [0, 1, 2, 3, 4, 5, 6].filter((day) => (bits >> day) & 1),
  );

  it("accepts every set of up to six weekdays, in any order, the empty list included", () => {
    for (const days of subsets.filter((s) => s.length <= 6)) {
      expect(checkWeekendDays(days)).toBeNull();
      expect(checkWeekendDays([...days].reverse())).toBeNull();
    }
  });

  it("refuses all seven days: a week must keep a business day", () => {
    expect(checkWeekendDays([0, 1, 2, 3, 4, 5, 6])).toBe(
      "must leave at least one business day in the week",
    );
  });

  it("refuses what is not a list, with the same message for each", () => {
    for (const value of [undefined, null, "0,6", 6, { 0: 0, 1: 6 }, true]) {
      expect(checkWeekendDays(value)).toBe(
        "must be a list of weekdays, from 0 (Sunday) to 6 (Saturday)",
      );
    }
  });

  it("refuses entries that are not weekdays, and repeated days", () => {
    for (const value of [[7], [-1], [1.5], ["6"], [Number.NaN], [null], [0, [6]], [0, 6, 9]]) {
      expect(checkWeekendDays(value)).toBe(
        "must list weekdays as whole numbers from 0 (Sunday) to 6 (Saturday)",
      );
    }
    expect(checkWeekendDays([6, 0, 6])).toBe("must name each weekday once");
    expect(checkWeekendDays([0, 1, 2, 3, 4, 5, 6, 6])).toBe("must name each weekday once");
  });

  it("tidying sorts a list of numbers and keeps each once, in a new list", () => {
    const stored = [6, 0, 6, 0];
    expect(tidyWeekendDays(stored)).toEqual([0, 6]);
    expect(stored).toEqual([6, 0, 6, 0]);
    expect(tidyWeekendDays([])).toEqual([]);
    expect(tidyWeekendDays([5, 9, 5])).toEqual([5, 9]);
  });

  it("tidying leaves anything else as it was, for the check to report", () => {
    const mixed = [6, "0"];
    expect(tidyWeekendDays(mixed)).toBe(mixed);
    expect(tidyWeekendDays("0,6")).toBe("0,6");
    expect(tidyWeekendDays(null)).toBeNull();
  });

  it("any list of weekdays with some left over passes the check once tidied", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 6 }), { maxLength: 20 })
          .filter((l) => new Set(l).size < 7),
        (list) => {
          const tidied = tidyWeekendDays(list) as number[];
          expect(checkWeekendDays(tidied)).toBeNull();
          expect(new Set(tidied)).toEqual(new Set(list));
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
