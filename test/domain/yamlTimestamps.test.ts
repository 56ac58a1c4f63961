// The spec accepts "YAML dates and timestamps". A YAML 1.1 timestamp may write the month, day and
// hour in one digit, put a T, a t or any run of spaces and tabs before the time, any number of
// fraction digits, and spaces or tabs before its zone, which may be an hour of one digit. Every
// such text is read as the instant it names, computed here with the platform's own Date.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWhenText } from "../../src/domain/time";
import { inTimeZone } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const digits = (n: number, padded: boolean) => (padded ? String(n).padStart(2, "0") : String(n));

const zone = fc.option(
  fc.oneof(
    fc.constantFrom("Z", "z"),
    fc.record({
      sign: fc.constantFrom(1, -1),
      hours: fc.integer({ min: 0, max: 14 }),
      minutes: fc.option(fc.integer({ min: 0, max: 59 })),
      padded: fc.boolean(),
    }),
  ),
);

const timestamp = fc.record({
  year: fc.integer({ min: 1000, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  // Every month has 28 days: the day always exists.
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  fraction: fc.option(fc.stringMatching(/^\d{0,14}$/)),
  padMonth: fc.boolean(),
  padDay: fc.boolean(),
  padHour: fc.boolean(),
  separator: fc.constantFrom("T", "t", " ", "  ", "\t", " \t "),
  beforeZone: fc.constantFrom("", " ", "\t", "  "),
  zone,
});

type Timestamp = typeof timestamp extends fc.Arbitrary<infer T> ? T : never;

function written(t: Timestamp): string {
  const date = `${t.year}-${digits(t.month, t.padMonth)}-${digits(t.day, t.padDay)}`;
  const time = `${digits(t.hour, t.padHour)}:${digits(t.minute, true)}:${digits(t.second, true)}`;
  const fraction = t.fraction === null ? "" : `.${t.fraction}`;
  let zoneText = "";
  if (typeof t.zone === "string") zoneText = `${t.beforeZone}${t.zone}`;
  else if (t.zone !== null) {
    const { sign, hours, minutes, padded } = t.zone;
    const tail = minutes === null ? "" : `:${digits(minutes, true)}`;
    zoneText = `${t.beforeZone}${sign < 0 ? "-" : "+"}${digits(hours, padded)}${tail}`;
  }
  return `${date}${t.separator}${time}${fraction}${zoneText}`;
}

/** The instant the timestamp names, to the millisecond (the fraction cut, not rounded). */
function expectedMs(t: Timestamp): number {
  const millis = Number((t.fraction ?? "").padEnd(3, "0").slice(0, 3));
  const fields = [t.year, t.month - 1, t.day, t.hour, t.minute, t.second, millis] as const;
  if (t.zone === null) return new Date(...fields).getTime();
  const offset =
    typeof t.zone === "string" ? 0 : t.zone.sign * (t.zone.hours * 60 + (t.zone.minutes ?? 0));
  return Date.UTC(...fields) - offset * 60_000;
}

describe.each(["UTC", "America/New_York", "Asia/Kolkata"])("YAML timestamps in %s", (zoneName) => {
  inTimeZone(zoneName);

  it("reads every YAML 1.1 timestamp as the instant it names", () => {
    fc.assert(
      fc.property(timestamp, (t) => {
        const result = parseWhenText(written(t), "end-of-day");
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.when.ms).toBe(expectedMs(t));
      }),
      PROPERTY_RUNS,
    );
  });

  it("still refuses a date alone unless it is YYYY-MM-DD", () => {
    for (const text of ["2026-1-5", "2026-11-5", "2026-1-15"])
      expect(parseWhenText(text, "end-of-day").ok).toBe(false);
    expect(parseWhenText("2026-11-05", "end-of-day").ok).toBe(true);
  });

  it("refuses a one-digit minute or second, and a time without minutes", () => {
    for (const text of ["2026-11-20 9:5:00", "2026-11-20 9:05:0", "2026-11-20 9", "2026-11-20T9:"])
      expect(parseWhenText(text, "end-of-day").ok).toBe(false);
  });
});
