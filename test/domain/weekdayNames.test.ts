// Weekdays as the settings tab shows and reads them (src/domain/weekdayNames.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWeekdays, weekdaysText } from "../../src/domain/weekdayNames";

describe("weekdays in words", () => {
  it("shows a set of days Monday first, and an empty set as none", () => {
    expect(weekdaysText([0, 6])).toBe("Saturday, Sunday");
    expect(weekdaysText([5, 6])).toBe("Friday, Saturday");
    expect(weekdaysText([1, 0, 1])).toBe("Monday, Sunday");
    expect(weekdaysText([])).toBe("none");
  });

  it("reads names, short names and digits in any case and order, separated by commas or spaces", () => {
    expect(parseWeekdays("Saturday, Sunday")).toEqual([0, 6]);
    expect(parseWeekdays("sun sat")).toEqual([0, 6]);
    expect(parseWeekdays("FRI;sat")).toEqual([5, 6]);
    expect(parseWeekdays("0, 6, 6")).toEqual([0, 6]);
    expect(parseWeekdays("")).toEqual([]);
    expect(parseWeekdays("none")).toEqual([]);
  });

  it("names the first word that is no weekday", () => {
    expect(parseWeekdays("Saturday, Sundae")).toEqual({ unknown: "Sundae" });
    expect(parseWeekdays("7")).toEqual({ unknown: "7" });
    expect(parseWeekdays("sa")).toEqual({ unknown: "sa" });
    expect(parseWeekdays("none, sat")).toEqual({ unknown: "none" });
  });

  it("reads back what it shows, for every set of days", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 6 })), (days) => {
        expect(parseWeekdays(weekdaysText(days))).toEqual([...days].sort((a, b) => a - b));
      }),
    );
  });
});
