import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addHours,
  later,
  parseWhenText,
  quote,
  readWhen,
  toIso,
} from "../../src/domain/time";
import { DAY, HOUR, local } from "../support/domain";

function ms(value: unknown, meaning: "end-of-day" | "start-of-day" = "end-of-day"): number {
  const result = readWhen(value, meaning);
  if (result === null || !result.ok) throw new Error(`not read: ${JSON.stringify(result)}`);
  return result.when.ms;
}

describe("accepted forms", () => {
  it.each([
    ["2026-11-20", local(2026, 11, 20, 23, 59, 59, 999)],
    ["2026-11-20T14:00", local(2026, 11, 20, 14, 0)],
    ["2026-11-20 14:00", local(2026, 11, 20, 14, 0)],
    ["2026-11-20T14:00:30", local(2026, 11, 20, 14, 0, 30)],
    ["2026-11-20T14:00:30.250", local(2026, 11, 20, 14, 0, 30, 250)],
    ["  2026-11-20T09:05  ", local(2026, 11, 20, 9, 5)],
    ["2028-02-29", local(2028, 2, 29, 23, 59, 59, 999)],
    ["2026-11-20T00:00", local(2026, 11, 20, 0, 0)],
    ["2026-11-20T23:59:59", local(2026, 11, 20, 23, 59, 59)],
  ])("reads %j as local time", (text, expected) => {
    expect(ms(text)).toBe(expected.getTime());
  });

  it.each([
    ["2026-11-20T14:00Z", "2026-11-20T14:00:00.000Z"],
    ["2026-11-20T14:00:00z", "2026-11-20T14:00:00.000Z"],
    ["2026-11-20T14:00+05:30", "2026-11-20T08:30:00.000Z"],
    ["2026-11-20T14:00+0530", "2026-11-20T08:30:00.000Z"],
    ["2026-11-20 14:00 -05:00", "2026-11-20T19:00:00.000Z"],
    ["2026-11-20T14:00:00-5", "2026-11-20T19:00:00.000Z"],
    ["2026-11-20T01:00+14:00", "2026-11-19T11:00:00.000Z"],
    ["2026-11-20T14:00+05:59", "2026-11-20T08:01:00.000Z"],
    ["0099-03-01T10:00Z", "0099-03-01T10:00:00.000Z"],
  ])("keeps the offset of %j", (text, iso) => {
    const result = parseWhenText(text, "end-of-day");
    expect(result.ok && new Date(result.when.ms).toISOString()).toBe(iso);
  });

  it("reads a date alone as the end of that day, or the start for snoozed_until", () => {
    expect(ms("2026-11-20", "end-of-day")).toBe(local(2026, 11, 20, 23, 59, 59, 999).getTime());
    expect(ms("2026-11-20", "start-of-day")).toBe(local(2026, 11, 20).getTime());
  });

  it("reads a YAML 1.1 Date at midnight UTC as that calendar date, other Dates as instants", () => {
    expect(ms(new Date(Date.UTC(2026, 10, 20)))).toBe(
      local(2026, 11, 20, 23, 59, 59, 999).getTime(),
    );
    expect(ms(new Date(Date.UTC(2026, 10, 20)), "start-of-day")).toBe(
      local(2026, 11, 20).getTime(),
    );
    expect(ms(new Date("2026-11-20T14:00:00Z"))).toBe(Date.UTC(2026, 10, 20, 14));
  });

  it("counts days from a Date object in local time, as it carries no offset of its own", () => {
    const result = readWhen(new Date(local(2026, 11, 20, 14, 0).getTime()), "end-of-day");
    expect(result?.ok && result.when.offset).toBeNull();
  });

  it("rejects Date objects outside the years 1 to 9999", () => {
    const far = readWhen(new Date(8.64e15), "end-of-day");
    expect(far?.ok).toBe(false);
    expect(far && !far.ok && far.reason).toContain("outside 1 to 9999");
  });

  it("accepts Date objects in the years 1 and 9999, the edges of that range", () => {
    const first = new Date(Date.UTC(2000, 0, 1, 12));
    first.setUTCFullYear(1);
    expect(ms(first)).toBe(first.getTime());
    const last = new Date(Date.UTC(9999, 11, 31, 12));
    expect(ms(last)).toBe(last.getTime());
    const year0 = new Date(Date.UTC(2000, 0, 1, 12));
    year0.setUTCFullYear(0);
    expect(readWhen(year0, "end-of-day")).toEqual({
      ok: false,
      reason: "is in the year 0, outside 1 to 9999",
    });
    const year10000 = new Date(Date.UTC(2000, 0, 1, 12));
    year10000.setUTCFullYear(10000);
    expect(readWhen(year10000, "end-of-day")).toEqual({
      ok: false,
      reason: "is in the year 10000, outside 1 to 9999",
    });
  });

  it.each(["2026-11-20T00:30:00Z", "2026-11-20T00:00:30Z", "2026-11-20T00:00:00.500Z"])(
    "reads the Date %s, just after midnight UTC, as that instant, not as a date alone",
    (iso) => {
      expect(ms(new Date(iso))).toBe(Date.parse(iso));
    },
  );

  it("keeps years below 100 as written", () => {
    expect(new Date(ms("0050-06-01T12:00")).getFullYear()).toBe(50);
  });

  it("treats blank values as no value", () => {
    for (const blank of [null, undefined, "", "   "])
      expect(readWhen(blank, "end-of-day")).toBeNull();
  });
});

describe("rejected forms", () => {
  it.each([
    ["next tuesday", "not a date"],
    ["2026/11/20", "not a date"],
    ["20-11-2026", "not a date"],
    ["2026-11-20T14", "not a date"],
    ["2026-11-20T1400", "not a date"],
    ["26-11-20", "not a date"],
    ["2026-11-20T14:00 CET", "not a date"],
    ["on 2026-11-20", "not a date"],
    ["2026-11-20 or so", "not a date"],
    ["2026-11-00", "a day that does not exist"],
    ["2026-02-30", "a day that does not exist"],
    ["2027-02-29", "a day that does not exist"],
    ["2026-13-01", "a day that does not exist"],
    ["2026-00-10", "a day that does not exist"],
    ["2026-04-31", "a day that does not exist"],
    ["2026-11-20T25:61", "a time of day that does not exist"],
    ["2026-11-20T24:00", "a time of day that does not exist"],
    ["2026-11-20T12:60", "a time of day that does not exist"],
    ["2026-11-20T12:00:60", "a time of day that does not exist"],
    ["2026-11-20T12:00+15:00", "impossible time-zone offset"],
    ["2026-11-20T12:00+05:75", "impossible time-zone offset"],
  ])("rejects %j", (text, why) => {
    const result = readWhen(text, "end-of-day");
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.reason).toContain(why);
    expect(result && !result.ok && result.reason).toContain(JSON.stringify(text.trim()));
  });

  it.each([
    [20261120, "is the number 20261120"],
    [true, "is true, not a date"],
    [false, "is false, not a date"],
    [["2026-11-20"], "is a list"],
    [{ year: 2026 }, "is a nested object, not a date"],
    [new Date(Number.NaN), "invalid date"],
  ])("rejects the non-text value %j", (value, why) => {
    const result = readWhen(value, "end-of-day");
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.reason).toContain(why);
  });

  it("quotes up to 60 characters whole, and shortens longer text to 57 and an ellipsis", () => {
    const sixty = "x".repeat(60);
    expect(quote(sixty)).toBe(JSON.stringify(sixty));
    expect(quote(`${"y".repeat(57)}zzzz`)).toBe(JSON.stringify(`${"y".repeat(57)}...`));
  });

  it("shortens a huge value in the reason", () => {
    const result = readWhen("x".repeat(10_000), "end-of-day");
    expect(result && !result.ok && result.reason.length).toBeLessThan(120);
  });
});

describe("calendar days and exact hours", () => {
  it("adds calendar days keeping the local wall-clock time", () => {
    const start = { ms: local(2026, 11, 20, 14, 0).getTime(), offset: null };
    expect(addDays(start, 14).ms).toBe(local(2026, 12, 4, 14, 0).getTime());
    expect(addDays(start, 1).ms).toBe(local(2026, 11, 21, 14, 0).getTime());
  });

  it("crosses month and year ends", () => {
    const start = { ms: local(2026, 12, 25, 23, 59, 59, 999).getTime(), offset: null };
    expect(addDays(start, 14).ms).toBe(local(2027, 1, 8, 23, 59, 59, 999).getTime());
  });

  it("adds exact multiples of 24 hours to a value with an offset", () => {
    const start = { ms: Date.UTC(2026, 2, 20, 12), offset: 60 };
    expect(addDays(start, 14).ms).toBe(Date.UTC(2026, 2, 20, 12) + 14 * DAY);
    expect(addDays(start, 14).offset).toBe(60);
  });

  it("adds exact hours whatever the zone", () => {
    const start = { ms: local(2026, 11, 20, 14, 0).getTime(), offset: null };
    expect(addHours(start, 24).ms).toBe(start.ms + 24 * HOUR);
    expect(addHours(start, 48).ms).toBe(start.ms + 48 * HOUR);
  });
});

describe("the later of two times", () => {
  it("takes the later one, and the first when both are the same instant", () => {
    const a = { ms: Date.UTC(2026, 10, 20, 12), offset: 60 };
    const b = { ms: Date.UTC(2026, 10, 20, 12), offset: null };
    const c = { ms: Date.UTC(2026, 10, 21, 12), offset: null };
    expect(later(a, b)).toBe(a);
    expect(later(b, a)).toBe(b);
    expect(later(a, c)).toBe(c);
    expect(later(c, a)).toBe(c);
    expect(later(a, null)).toBe(a);
  });
});

describe("edges the fast paths must keep", () => {
  it("knows the Gregorian leap years", () => {
    expect(parseWhenText("2000-02-29", "end-of-day").ok).toBe(true);
    expect(parseWhenText("2024-02-29", "end-of-day").ok).toBe(true);
    expect(parseWhenText("1900-02-29", "end-of-day").ok).toBe(false);
    expect(parseWhenText("2026-02-29", "end-of-day").ok).toBe(false);
    expect(parseWhenText("2026-00-10", "end-of-day").ok).toBe(false);
    expect(parseWhenText("2026-13-10", "end-of-day").ok).toBe(false);
  });

  it("refuses texts that only look like the common forms", () => {
    for (const text of [
      "2026x11-25",
      "2026-11x25",
      "2026-1--25",
      "2026-0/-25",
      "2026-11-25T0x:05",
      "2026-11-25T09:0x",
      "2026-11-25T-9:05",
    ]) {
      expect(parseWhenText(text, "end-of-day")).toEqual({
        ok: false,
        reason: `is ${quote(text)}, not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:mm)`,
      });
    }
  });

  it("cuts a long quote after 57 characters unless that would split an emoji", () => {
    const emojiFirst = `🙂${"x".repeat(70)}`;
    expect(quote(emojiFirst)).toBe(JSON.stringify(`${emojiFirst.slice(0, 57)}...`));
  });
});

describe("toIso", () => {
  it("writes what Date's toISOString writes, for any time Date can hold", () => {
    const limit = 8.64e15;
    const edges = [0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000, 253_402_300_799_999];
    for (const ms of [...edges, 253_402_300_800_000, -1, -62_198_755_200_000, limit, -limit])
      expect(toIso(ms), String(ms)).toBe(new Date(ms).toISOString());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 253_402_300_799_999 }),
          fc.integer({ min: -limit, max: limit }),
          fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        ),
        (ms) => {
          expect(toIso(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("throws as Date does for a time it cannot hold", () => {
    for (const ms of [Number.NaN, Infinity, 8.64e15 + 1])
      expect(() => toIso(ms)).toThrow(RangeError);
  });
});
