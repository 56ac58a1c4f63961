// Equal date texts read once per pass over many notes: the same answers as reading each alone,
// one shared result within a pass, and nothing kept from one pass to the next.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWhen } from "../../src/domain/time";
import { readWhenShared, readingManyNotes } from "../../src/domain/sharedDates";
import { hostileText } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const meaning = fc.constantFrom("end-of-day" as const, "start-of-day" as const);
const dateText = fc.oneof(
  fc.constantFrom("2026-11-02", "2026-11-02T09:30", " 2026-11-02 ", "2026-02-30", "", "  "),
  fc.constantFrom("2026-03-29T02:30", "2026-11-02T09:30+05:30", "next tuesday", "0000-01-01"),
  hostileText(12),
);
const value = fc.oneof(dateText, fc.constant(null), fc.integer(), fc.boolean(), fc.date());

describe("dates shared within a pass", () => {
  it("are read as each would be read alone, inside a pass and out of one", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, meaning), { maxLength: 8 }), (reads) => {
        const inPass = readingManyNotes(() =>
          reads.map(([each, dateOnly]) => readWhenShared(each, dateOnly)),
        );
        const alone = reads.map(([each, dateOnly]) => readWhen(each, dateOnly));
        expect(inPass).toEqual(alone);
        expect(reads.map(([each, dateOnly]) => readWhenShared(each, dateOnly))).toEqual(alone);
      }),
      PROPERTY_RUNS,
    );
  });

  it("give every note of a pass the same result for the same text and meaning", () => {
    const [a, b, start, other] = readingManyNotes(() => [
      readWhenShared("2026-11-02", "end-of-day"),
      readWhenShared("2026-11-02", "end-of-day"),
      readWhenShared("2026-11-02", "start-of-day"),
      readWhenShared("2026-11-03", "end-of-day"),
    ]);
    expect(a).toBe(b);
    expect(a?.ok && start?.ok && a.when.ms > start.when.ms).toBe(true);
    expect(other).not.toBe(a);
  });

  it("keep nothing after the pass, even one that throws, and nest in an outer pass", () => {
    const first = readingManyNotes(() => readWhenShared("2026-11-02", "end-of-day"));
    expect(readingManyNotes(() => readWhenShared("2026-11-02", "end-of-day"))).not.toBe(first);
    expect(() =>
      readingManyNotes(() => {
        readWhenShared("2026-11-04", "end-of-day");
        throw new Error("a note could not be read");
      }),
    ).toThrow("a note could not be read");
    // Out of any pass: a fresh result each time.
    expect(readWhenShared("2026-11-04", "end-of-day")).not.toBe(
      readWhenShared("2026-11-04", "end-of-day"),
    );
    readingManyNotes(() => {
      const outer = readWhenShared("2026-11-05", "end-of-day");
      expect(readingManyNotes(() => readWhenShared("2026-11-05", "end-of-day"))).toBe(outer);
      // The inner pass ending does not end the outer one.
      expect(readWhenShared("2026-11-05", "end-of-day")).toBe(outer);
    });
  });
});
