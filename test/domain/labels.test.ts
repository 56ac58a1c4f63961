// Words shown to people (src/domain/labels.ts): the spec's group names, and times relative to
// now at the edges of each unit. The kinds' labels are tested with their table.
import { describe, expect, it } from "vitest";
import { STATE_LABELS, relativeDue } from "../../src/domain/labels";
import { DAY, HOUR } from "../support/domain";

describe("labels", () => {
  it("name the groups as the spec does: overdue, due now, coming up", () => {
    expect(STATE_LABELS).toEqual({ overdue: "Overdue", due: "Due now", upcoming: "Coming up" });
  });
});

describe("relative times at the edge of each unit", () => {
  // 10:00 UTC, so that now + n days - 1 ms is not the last moment of a local day in the zones the
  // suite runs in: that moment is a date alone, spoken of by its day (test/domain/dateOnly.test.ts).
  const now = 1_000 * DAY + 10 * HOUR;
  it.each([
    [now + 59_999, "in less than a minute"],
    [now + 60_000, "in 1 minute"],
    [now + HOUR - 1, "in 59 minutes"],
    [now + HOUR, "in 1 hour"],
    [now + DAY - 1, "in 23 hours"],
    [now + DAY, "in 1 day"],
    [now + 2 * DAY - 1, "in 1 day"],
  ])("an item opening at now + %d ms is %j", (opens, text) => {
    expect(relativeDue("upcoming", opens, null, now)).toBe(text);
  });

  it("counts an overdue item from its deadline and a due one to it", () => {
    expect(relativeDue("overdue", now - 3 * DAY, now - DAY, now)).toBe("1 day overdue");
    expect(relativeDue("overdue", now - 3 * DAY, now, now)).toBe("less than a minute overdue");
    expect(relativeDue("due", now - DAY, now + 2 * HOUR, now)).toBe("due in 2 hours");
    expect(relativeDue("due", now - DAY, null, now)).toBe("now");
  });
});

describe("an overdue item without a deadline", () => {
  it("cannot be overdue by an amount, so it is shown as now", () => {
    expect(relativeDue("overdue", 0, null, 10 * DAY)).toBe("now");
  });
});
