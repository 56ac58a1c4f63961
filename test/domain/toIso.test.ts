// toIso writes what Date#toISOString writes, for every instant, on its fast path and off it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toIso } from "../../src/domain/time";

const MAX_DATE_MS = 8.64e15;

describe("toIso", () => {
  it("equals Date#toISOString from 1970 to 9999 and beyond", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 253_402_300_799_999 }),
          fc.integer({ min: -MAX_DATE_MS, max: MAX_DATE_MS }),
          fc.double({ min: -MAX_DATE_MS, max: MAX_DATE_MS, noNaN: true }),
        ),
        (ms) => {
          expect(toIso(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    0, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 1_798_761_599_999, 253_402_300_799_999,
    253_402_300_800_000, -1, 1.5,
  ])("writes %d as Date does (leap days, year ends, the edges)", (ms) => {
    expect(toIso(ms)).toBe(new Date(ms).toISOString());
  });

  it("throws for what Date cannot write, as before", () => {
    expect(() => toIso(Number.NaN)).toThrow(RangeError);
  });
});
