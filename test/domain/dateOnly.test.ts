// A date-only interview (PRODUCT.md, Round 2, "A date-only interview (today, or any day)"):
// - `upcoming-interview` applies only while the status is `scheduled` or empty;
// - a date-only interview whose status says it happened (`interviewed`, `waiting`, synonyms)
//   opens its thank-you at the start (00:00 local) of that day; the deadline stays the end of
//   the day + thankYouHours; with status scheduled or empty it still opens at the day's end;
// - a date-only `rejected_on` (what "Rejected" writes) opens the reply at the start of its day,
//   deadline the end of that day + rejectionReplyHours, so "Rejected" today is due at once.
// The sidebar's and the command line's words for a date alone: test/domain/dateOnlyWords.test.ts.
// Expected instants come from Date's own constructors in the zone the suite runs in, or, on the
// days the clocks change, from test/support/zoned.ts; never from src/domain/time.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, quickStatus } from "../../src/domain/edits";
import { defaultSettings } from "../../src/domain/settings";
import { STATUS_SYNONYMS, statusOf } from "../../src/domain/status";
import { type DateOnlyMeaning, addDays, addHours, later, readWhen } from "../../src/domain/time";
import { HOUR, inTimeZone, itemsOf, local, settingsWith } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { dateText, instantIn, plusDays, wall } from "../support/zoned";

const note = { organization: "Acme", position: "Engineer", email: "jane@acme.example" };
const iso = (at: Date | number) => new Date(at).toISOString();
const synonymsOf = (status: string) =>
  Object.keys(STATUS_SYNONYMS).filter((word) => STATUS_SYNONYMS[word] === status);

/** Written statuses that say the interview has not happened yet (undefined: no status at all). */
const BEFORE: (string | undefined)[] = [undefined, "", "  ", "scheduled", "Scheduled"];
BEFORE.push(...synonymsOf("scheduled"));
/** Written statuses that say it happened. */
const HAPPENED = ["interviewed", "INTERVIEWED", "waiting", "Waiting", "On_Hold"];
HAPPENED.push(...synonymsOf("interviewed"), ...synonymsOf("waiting"));
/** Every other status: no upcoming interview and no thank-you. */
const OTHERS = ["offer", "rejected", "withdrawn", "accepted", "declined", "closed", "ghosted"];

const withStatus = (status: string | undefined, date: unknown) =>
  status === undefined ? { ...note, date } : { ...note, date, status };

// The day the tests speak of: no clock change on it in any zone the suite runs in.
const DAY_OF = local(2026, 12, 4);
const END_OF_DAY = local(2026, 12, 4, 23, 59, 59, 999);
const DATE_ONLY = "2026-12-04";

describe("a date written alone is remembered as one", () => {
  const read = (value: unknown, meaning: DateOnlyMeaning = "end-of-day") => {
    const result = readWhen(value, meaning);
    if (result === null || !result.ok) throw new Error(`not read: ${String(value)}`);
    return result.when;
  };
  const dayArb = fc.record({
    y: fc.integer({ min: 1, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  });

  it("as text or as a YAML date, whether it means the end or the start of its day", () => {
    const meaningArb = fc.constantFrom<DateOnlyMeaning>("end-of-day", "start-of-day");
    fc.assert(
      fc.property(dayArb, meaningArb, ({ y, mo, d }, meaning) => {
        // What a YAML parser gives for a date: midnight UTC (setUTCFullYear keeps years < 100).
        const yamlDate = new Date(0);
        yamlDate.setUTCFullYear(y, mo - 1, d);
        const text = dateText(wall(y, mo, d));
        expect(read(text, meaning).dateOnly).toBe(true);
        expect(read(yamlDate, meaning)).toEqual(read(text, meaning));
      }),
      PROPERTY_RUNS,
    );
  });

  it.each([
    "2026-12-04T00:00",
    "2026-12-04 23:59",
    "2026-12-04T23:59:59.999",
    "2026-12-04T10:00Z",
    "2026-12-04T10:00+05:30",
    new Date("2026-12-04T10:00:00Z"),
  ])("not %j, which has a time", (value) => {
    expect(read(value)).not.toHaveProperty("dateOnly");
  });

  it("whole days on it is still one (the end of another day); hours on it, a moment", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 1, max: 720 }), (n, h) => {
        const day = read(DATE_ONLY);
        const moved = addDays(day, n);
        expect(moved).toEqual({
          ms: local(2026, 12, 4 + n, 23, 59, 59, 999).getTime(),
          offset: null,
          dateOnly: true,
        });
        expect(addHours(day, h)).toEqual({ ms: day.ms + h * HOUR, offset: null });
        expect(addDays(read("2026-12-04T10:00"), n)).not.toHaveProperty("dateOnly");
        // The later of two is the one it is, as it was read.
        expect(later(day, read("2026-12-04T10:00"))).toBe(day);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe("the statuses under test", () => {
  it("include the synonyms the spec names, each word standing for the status of its list", () => {
    expect(HAPPENED).toEqual(expect.arrayContaining(["done", "pending"]));
    expect(BEFORE).toEqual(expect.arrayContaining(["planned"]));
    for (const word of BEFORE.slice(3)) expect(statusOf(word ?? ""), word).toBe("scheduled");
    for (const word of HAPPENED) expect(["interviewed", "waiting"]).toContain(statusOf(word));
  });
});

describe("upcoming-interview applies only while the status is scheduled or empty", () => {
  const now = local(2026, 12, 4, 9, 0);
  const dates = [DATE_ONLY, "2026-12-04T15:00", "2026-12-10", "2026-12-10T10:00"];

  it.each(BEFORE)("status %j: listed until the interview, date-only or not", (status) => {
    for (const date of dates) {
      const item = itemsOf(withStatus(status, date), now).get("upcoming-interview");
      expect(item?.state, date).toBe("upcoming");
    }
    // A date alone is the end of its day: still coming up at 09:00 that day.
    const today = itemsOf(withStatus(status, DATE_ONLY), now).get("upcoming-interview");
    expect(today?.opens).toBe(iso(END_OF_DAY));
  });

  it.each([...HAPPENED, ...OTHERS])("status %j: never listed, even before its date", (status) => {
    for (const date of dates) {
      expect(itemsOf(withStatus(status, date), now).has("upcoming-interview"), date).toBe(false);
    }
  });

  it("goes away once the interview's time passes, whatever the status", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BEFORE), fc.integer({ min: 0, max: 3 * 24 }), (status, h) => {
        const at = local(2026, 12, 2, h);
        const item = itemsOf(withStatus(status, "2026-12-03T12:00"), at).get("upcoming-interview");
        expect(item !== undefined).toBe(at < local(2026, 12, 3, 12));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe("the thank-you of a date-only interview", () => {
  const deadline = iso(END_OF_DAY.getTime() + 24 * HOUR);

  it.each(HAPPENED)("status %j: due at any moment of that day, from 00:00", (status) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * HOUR - 1 }), (ms) => {
        const now = new Date(DAY_OF.getTime() + ms);
        const item = itemsOf(withStatus(status, DATE_ONLY), now).get("thank-you");
        expect(item).toMatchObject({ state: "due", opens: iso(DAY_OF), deadline });
      }),
      { ...PROPERTY_RUNS, numRuns: Math.min(PROPERTY_RUNS.numRuns, 100) },
    );
    // The moment before the day starts, it is still to come.
    const before = itemsOf(withStatus(status, DATE_ONLY), new Date(DAY_OF.getTime() - 1));
    expect(before.get("thank-you")?.state).toBe("upcoming");
  });

  it("of an interview today, marked interviewed, is due at 09:00", () => {
    const now = local(2026, 12, 4, 9, 0);
    const item = itemsOf({ ...note, date: DATE_ONLY, status: "interviewed" }, now).get("thank-you");
    expect(item).toMatchObject({ state: "due", opens: iso(DAY_OF), deadline });
  });

  it("read from a YAML date (a Date at midnight UTC) is a date alone too", () => {
    const yamlDate = new Date(Date.UTC(2026, 11, 4));
    const now = local(2026, 12, 4, 9, 0);
    const item = itemsOf({ ...note, date: yamlDate, status: "done" }, now).get("thank-you");
    expect(item).toMatchObject({ state: "due", opens: iso(DAY_OF), deadline });
  });

  it.each(BEFORE)("status %j: still opens at the end of the day", (status) => {
    const now = local(2026, 12, 4, 9, 0);
    const item = itemsOf(withStatus(status, DATE_ONLY), now).get("thank-you");
    expect(item).toMatchObject({ state: "upcoming", opens: iso(END_OF_DAY), deadline });
  });

  it.each([...BEFORE, ...HAPPENED])("status %j with a time: opens at that time", (status) => {
    const now = local(2026, 12, 4, 9, 0);
    const item = itemsOf(withStatus(status, "2026-12-04T15:00"), now).get("thank-you");
    expect(item).toMatchObject({
      state: "upcoming",
      opens: iso(local(2026, 12, 4, 15, 0)),
      deadline: iso(local(2026, 12, 5, 15, 0)),
    });
  });

  it("keeps the thankYouHours setting from the end of the day", () => {
    const now = local(2026, 12, 4, 9, 0);
    const settings = settingsWith({ thankYouHours: 5 });
    const fm = { ...note, date: DATE_ONLY, status: "waiting" };
    expect(itemsOf(fm, now, settings).get("thank-you")).toMatchObject({
      state: "due",
      opens: iso(DAY_OF),
      deadline: iso(END_OF_DAY.getTime() + 5 * HOUR),
    });
  });
});

describe("the reply to a rejection", () => {
  const settings = defaultSettings();

  /** The note after "Rejected" from the row's menu at `now`, read and planned at `now`. */
  function rejectedAt(now: Date) {
    const fm: Record<string, unknown> = { ...note, date: "2026-11-20T10:00", status: "waiting" };
    applyChanges(fm, quickStatus("rejected", fm, settings, now.getTime()));
    return { fm, item: itemsOf(fm, now, settings).get("rejection-reply") };
  }

  it('"Rejected" today is due at once, whatever the time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * HOUR - 1 }), (ms) => {
        const now = new Date(DAY_OF.getTime() + ms);
        const { fm, item } = rejectedAt(now);
        expect(fm.rejected_on).toBe(DATE_ONLY);
        expect(item).toMatchObject({
          state: "due",
          opens: iso(DAY_OF),
          deadline: iso(END_OF_DAY.getTime() + 48 * HOUR),
        });
      }),
      { ...PROPERTY_RUNS, numRuns: Math.min(PROPERTY_RUNS.numRuns, 100) },
    );
  });

  it('"Rejected" at 13:00 is due now, not in 11 hours', () => {
    expect(rejectedAt(local(2026, 12, 4, 13, 0)).item?.state).toBe("due");
  });

  it("a date-only rejected_on ahead opens at the start of its day", () => {
    const fm = { ...note, date: "2026-11-20T10:00", status: "rejected", rejected_on: "2026-12-05" };
    const item = itemsOf(fm, local(2026, 12, 4, 9, 0)).get("rejection-reply");
    expect(item).toMatchObject({ state: "upcoming", opens: iso(local(2026, 12, 5)) });
  });

  it("a rejected_on with a time opens at that time", () => {
    const fm = { ...note, date: "2026-11-20T10:00", status: "rejected" };
    const item = itemsOf({ ...fm, rejected_on: "2026-12-04T15:00" }, local(2026, 12, 4, 9)).get(
      "rejection-reply",
    );
    expect(item).toMatchObject({
      state: "upcoming",
      opens: iso(local(2026, 12, 4, 15)),
      deadline: iso(local(2026, 12, 6, 15)),
    });
  });
});

// The day of a clock change still starts at 00:00 local in these zones (they change at 01:00 or
// later); the deadline is the end of the day plus exact hours, so it moves on the clock.
for (const [zone, change] of [
  ["Europe/Berlin", wall(2026, 3, 29)],
  ["America/New_York", wall(2026, 3, 8)],
] as const) {
  describe(`${zone}: the clocks go forward on ${dateText(change)}`, () => {
    inTimeZone(zone);
    const at = (days: number, h = 0, mi = 0, s = 0, ms = 0) =>
      instantIn(zone, plusDays({ ...change, h, mi, s, ms }, days));

    it.each([-1, 0])("a date-only interview %i day(s) from the change, interviewed", (days) => {
      const fm = { ...note, date: dateText(plusDays(change, days)), status: "interviewed" };
      for (const now of [at(days), at(days, 9), at(days, 23, 59, 59, 999)]) {
        expect(itemsOf(fm, new Date(now)).get("thank-you")).toMatchObject({
          state: "due",
          opens: iso(at(days)),
          deadline: iso(at(days, 23, 59, 59, 999) + 24 * HOUR),
        });
      }
      expect(itemsOf(fm, new Date(at(days) - 1)).get("thank-you")?.state).toBe("upcoming");
    });

    it("the same interview, scheduled, still opens its thank-you at the end of the day", () => {
      const fm = { ...note, date: dateText(change), status: "scheduled" };
      const items = itemsOf(fm, new Date(at(0, 9)));
      expect(items.get("thank-you")?.opens).toBe(iso(at(0, 23, 59, 59, 999)));
      expect(items.get("upcoming-interview")?.opens).toBe(iso(at(0, 23, 59, 59, 999)));
    });

    it('"Rejected" on the day of the change is due at once, from 00:00 local', () => {
      const fm: Record<string, unknown> = { ...note, date: "2026-02-20T10:00", status: "done" };
      const settings = defaultSettings();
      applyChanges(fm, quickStatus("rejected", fm, settings, at(0, 9)));
      expect(fm.rejected_on).toBe(dateText(change));
      expect(itemsOf(fm, new Date(at(0, 9)), settings).get("rejection-reply")).toMatchObject({
        state: "due",
        opens: iso(at(0)),
        deadline: iso(at(0, 23, 59, 59, 999) + 48 * HOUR),
      });
    });
  });
}
