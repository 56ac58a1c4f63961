// Round 2's reconnect: a warm check-in reconnectAfterDays after the reply to a rejection.
import { describe, expect, it } from "vitest";
import { applyChanges, markDone } from "../../src/domain/edits";
import { BUILT_IN_TEMPLATES } from "../../src/domain/templates";
import { inTimeZone, itemsOf, local, settingsWith } from "../support/domain";

const rejected = {
  organization: "Acme",
  position: "Engineer",
  date: "2026-08-03T10:00",
  status: "rejected",
  rejected_on: "2026-08-20",
  rejection_replied: "2026-08-21T09:30",
  email: "jane@acme.example",
};
const reconnectOf = (fm: Record<string, unknown>, now: Date, settings = settingsWith()) =>
  itemsOf({ ...rejected, ...fm }, now, settings).get("reconnect");

describe("reconnect", () => {
  it("opens 90 calendar days after rejection_replied, deadline 14 days later", () => {
    const item = reconnectOf({}, local(2026, 9, 1));
    expect(item).toMatchObject({
      opens: local(2026, 11, 19, 9, 30).toISOString(),
      deadline: local(2026, 12, 3, 9, 30).toISOString(),
      state: "upcoming",
    });
  });

  it("is due on the reconnect day, not a moment before, and overdue after the window", () => {
    const day = local(2026, 11, 19, 9, 30);
    expect(reconnectOf({}, new Date(day.getTime() - 1))?.state).toBe("upcoming");
    expect(reconnectOf({}, day)?.state).toBe("due");
    expect(reconnectOf({}, local(2026, 12, 3, 9, 30))?.state).toBe("overdue");
  });

  it("counts a date-only reply from the end of its day, like every date-only value", () => {
    const item = reconnectOf({ rejection_replied: "2026-08-21" }, local(2026, 9, 1));
    expect(item?.opens).toBe(local(2026, 11, 19, 23, 59, 59, 999).toISOString());
  });

  it("follows reconnectAfterDays, and 0 turns it off", () => {
    const soon = settingsWith({ reconnectAfterDays: 30 });
    expect(reconnectOf({}, local(2026, 9, 1), soon)?.opens).toBe(
      local(2026, 9, 20, 9, 30).toISOString(),
    );
    expect(reconnectOf({}, local(2026, 9, 1), settingsWith({ reconnectAfterDays: 0 }))).toBe(
      undefined,
    );
  });

  it("needs a rejection, a reply with a date, and interest", () => {
    const now = local(2026, 9, 1);
    expect(reconnectOf({ rejection_replied: "" }, now)).toBeUndefined();
    // Set, but not a date: it cannot be timed.
    expect(reconnectOf({ rejection_replied: true }, now)).toBeUndefined();
    expect(reconnectOf({ rejection_replied: "yes" }, now)).toBeUndefined();
    expect(reconnectOf({ interested: "no" }, now)).toBeUndefined();
    for (const status of ["waiting", "offer", "withdrawn", "ghosted", "accepted"]) {
      expect(reconnectOf({ status }, now)).toBeUndefined();
    }
  });

  it("is done when reconnected is set; one click writes today's date there", () => {
    expect(reconnectOf({ reconnected: "2026-11-20" }, local(2026, 12, 1))).toBeUndefined();
    const fm: Record<string, unknown> = { type: "interview", ...rejected };
    const now = local(2026, 11, 20, 8);
    applyChanges(fm, markDone("reconnect", fm, settingsWith(), now.getTime()));
    expect(fm.reconnected).toBe("2026-11-20");
    expect(itemsOf(fm, now).has("reconnect")).toBe(false);
  });

  it("offers the warm check-in email", () => {
    const own = BUILT_IN_TEMPLATES.filter((t) => t.action === "reconnect").map((t) => t.id);
    expect(own).toEqual(["built-in:reconnect"]);
  });
});

describe("reconnect across a DST change", () => {
  inTimeZone("Europe/Berlin");
  it("keeps the wall-clock time: 2026-08-21 09:30 CEST + 90 days is 2026-11-19 09:30 CET", () => {
    expect(reconnectOf({}, local(2026, 9, 1))?.opens).toBe("2026-11-19T08:30:00.000Z");
  });
});
