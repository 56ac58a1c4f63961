// Items in time order whatever the year: an ISO time past 9999 is written longer
// ("+010000-…"), and the order by text put those first.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareItems } from "../../src/domain/followups";
import { followUpItem, run } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const item = followUpItem;

describe("items in time order", () => {
  it("orders deadlines and opens in time, years past 9999 included", () => {
    // From the first day of year 0 to the last instant a Date holds (year 275760).
    const instant = fc.integer({ min: -62_167_219_200_000, max: 8.64e15 });
    const iso = (ms: number) => new Date(ms).toISOString();
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const order = Math.sign(a - b);
        const byDeadline = compareItems(item({ deadline: iso(a) }), item({ deadline: iso(b) }));
        expect(Math.sign(byDeadline)).toBe(order);
        const byOpens = compareItems(
          item({ deadline: null, opens: iso(a) }),
          item({ deadline: null, opens: iso(b) }),
        );
        expect(Math.sign(byOpens)).toBe(order);
      }),
      PROPERTY_RUNS,
    );
  });

  it("lists a follow-up of year 10000 after those of 9999", () => {
    const note = (date: string) => ({
      organization: date,
      date,
      status: "waiting",
      thank_you_sent: true,
    });
    const result = run(
      {
        "Interviews/a.md": note("9999-12-25T10:00Z"),
        "Interviews/b.md": note("9999-12-01T10:00Z"),
      },
      new Date("9999-11-01T00:00:00Z"),
    );
    const deadlines = result.items.map((i) => Date.parse(i.deadline ?? ""));
    expect(deadlines.some((ms) => new Date(ms).getUTCFullYear() === 10_000)).toBe(true);
    const byState = (state: string) =>
      result.items.filter((i) => i.state === state).map((i) => Date.parse(i.deadline ?? ""));
    for (const state of ["overdue", "due", "upcoming"]) {
      const times = byState(state);
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
  });
});
