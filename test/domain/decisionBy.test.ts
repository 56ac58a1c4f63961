// Round 2's promised date: with `decision_by`, the first nudge opens at the start of the
// decisionGraceDays-th business day after that day, unless news came on or after it.
import { describe, expect, it } from "vitest";
import { DAY, inTimeZone, itemsOf, local, settingsWith } from "../support/domain";

const base = {
  organization: "Acme",
  position: "Engineer",
  date: "2026-11-02T10:00",
  status: "waiting",
  thank_you_sent: "2026-11-02",
  research_done: "2026-11-03",
  email: "jane@acme.example",
};
const NOW = local(2026, 11, 4, 12);
const opensOf = (fm: Record<string, unknown>, settings = settingsWith(), now = NOW) =>
  itemsOf({ ...base, ...fm }, now, settings).get("follow-up");

describe("decision_by times the first nudge", () => {
  it("opens at 00:00 of the next business day, deadline opens + followUpWindowDays", () => {
    // Wednesday 2026-11-11 → Thursday 12th at 00:00.
    expect(opensOf({ decision_by: "2026-11-11" })).toMatchObject({
      opens: local(2026, 11, 12).toISOString(),
      deadline: local(2026, 11, 19).toISOString(),
    });
  });

  it("skips the weekend: a Friday, Saturday or Sunday promise opens on Monday", () => {
    for (const day of ["2026-11-13", "2026-11-14", "2026-11-15", "2026-11-13T17:30"]) {
      expect(opensOf({ decision_by: day })?.opens).toBe(local(2026, 11, 16).toISOString());
    }
  });

  it("follows decisionGraceDays and weekendDays", () => {
    const two = settingsWith({ decisionGraceDays: 2 });
    expect(opensOf({ decision_by: "2026-11-12" }, two)?.opens).toBe(
      local(2026, 11, 16).toISOString(),
    );
    // A Friday and Saturday weekend: a Thursday promise opens on Sunday.
    const gulf = settingsWith({ weekendDays: [5, 6] });
    expect(opensOf({ decision_by: "2026-11-12" }, gulf)?.opens).toBe(
      local(2026, 11, 15).toISOString(),
    );
    // No weekend at all: the next day.
    const none = settingsWith({ weekendDays: [] });
    expect(opensOf({ decision_by: "2026-11-14" }, none)?.opens).toBe(
      local(2026, 11, 15).toISOString(),
    );
  });

  it("replaces the 14 days after the interview, even when it is later than that", () => {
    expect(opensOf({})?.opens).toBe(local(2026, 11, 16, 10).toISOString());
    expect(opensOf({ decision_by: "2026-12-18" })?.opens).toBe(local(2026, 12, 21).toISOString());
  });

  it("gives way to news on or after its day: the usual rule applies from last_heard", () => {
    const heard = opensOf({ decision_by: "2026-11-11", last_heard: "2026-11-11T16:00" });
    expect(heard?.opens).toBe(local(2026, 11, 25, 16).toISOString());
    // News before the promised day does not change the promise.
    const before = opensOf({ decision_by: "2026-11-11", last_heard: "2026-11-10" });
    expect(before?.opens).toBe(local(2026, 11, 12).toISOString());
  });

  it("times the first nudge only: later ones follow the nudge gap", () => {
    const second = opensOf({ decision_by: "2026-11-11", followed_up: "2026-11-12T09:00" });
    expect(second?.opens).toBe(local(2026, 11, 19, 9).toISOString());
  });

  it("applies only while the interview is open", () => {
    for (const status of ["rejected", "offer", "ghosted"]) {
      expect(opensOf({ decision_by: "2026-11-11", status })).toBeUndefined();
    }
  });

  it("is a problem when it is no date, like any other date property", () => {
    expect(() => opensOf({ decision_by: "next week" })).toThrow(/"decision_by" is "next week"/);
  });
});

for (const [zone, monday] of [
  // The clocks change on Sunday 2026-10-25 in Europe and Sunday 2026-11-01 in North America.
  ["Europe/Berlin", "2026-10-25T23:00:00.000Z"],
  ["America/New_York", "2026-11-02T05:00:00.000Z"],
] as const) {
  describe(`${zone}: a Friday promise across the weekend the clocks change`, () => {
    inTimeZone(zone);
    it("opens at 00:00 local on Monday, in the new offset", () => {
      const friday = zone === "Europe/Berlin" ? "2026-10-23" : "2026-10-30";
      const now = new Date(Date.parse(monday) - 10 * DAY);
      const item = itemsOf({ ...base, date: "2026-10-01T10:00", decision_by: friday }, now).get(
        "follow-up",
      );
      expect(item?.opens).toBe(monday);
    });
  });
}
