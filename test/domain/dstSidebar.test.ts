// What the sidebar shows and writes, across each daylight-saving change of 2026 and 2027 in Europe
// and North America, whatever zone the suite runs in: the horizon of "coming up", the relative
// labels ("in 3 days", "2 days overdue") and the dates the sidebar writes into notes.
//
// What "a day" means (PRODUCT.md, "Time"): "N days" are calendar days in local time, the
// wall-clock time kept, so a day that spans a change lasts 23 h (forward) or 25 h (back). So:
// - the horizon of N days ends N calendar days after now, at now's clock time;
// - a relative label counts whole calendar days: "in 3 days" from 10:00 means 10:00 three days on,
//   whether that is 71, 72 or 73 hours away; under one calendar day it counts exact hours;
// - a snooze of N days ends N calendar days on, at now's clock time, and what the sidebar writes
//   (a local date & time) reads back as that same instant.
// Expected instants come from the zone's clock as Intl reports it (test/support/zoned.ts), not
// from src/domain/time.ts; each block switches the process to its zone (inTimeZone).
import { describe, expect, it } from "vitest";
import { markDone, quickStatus, snooze } from "../../src/domain/edits";
import { readNote } from "../../src/domain/interview";
import { relativeDue } from "../../src/domain/labels";
import type { Settings } from "../../src/domain/settings";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { itemWhen } from "../../src/domain/sidebar";
import { DAY, inTimeZone, itemsOf, settingsWith } from "../support/domain";
import {
  type Wall,
  allClockChanges,
  dateText,
  dateTimeText,
  instantIn,
  plusDays,
  wallAt,
} from "../support/zoned";

const MINUTE = 60_000;
const note = { organization: "Acme", position: "Engineer", email: "jane@acme.example" };

/** The items the sidebar lists as coming up, as "path action". */
function comingUp(
  notes: Record<string, Record<string, unknown>>,
  now: number,
  settings: Settings,
): string[] {
  const readings = Object.entries(notes).flatMap(
    ([path, fm]) => readNote(path, fm, settings) ?? [],
  );
  const model = buildSidebarModel(readings, settings, now, true);
  const section = model.sections.find((s) => s.state === "upcoming");
  return section?.items.map((item) => `${item.path} ${item.action}`) ?? [];
}

for (const change of allClockChanges()) {
  const { zone, shift } = change;
  const title = `${zone}: clocks go ${change.kind} on ${dateText(change.day)} (${change.rule})`;

  describe(title, () => {
    inTimeZone(zone);
    const on = (days: number, h = 0, mi = 0): Wall => plusDays({ ...change.day, h, mi }, days);
    const at = (w: Wall) => instantIn(zone, w);
    const changeDay = DAY - shift * MINUTE;

    describe("the horizon: coming up within N calendar days", () => {
      const interviewAt = (w: Wall) => ({ ...note, date: dateTimeText(w) });

      it("7 days from noon a week before the change ends at noon on the day of the change", () => {
        const now = at(on(-7, 12));
        const settings = settingsWith({ horizonDays: 7 });
        const listed = comingUp(
          {
            "Interviews/edge.md": interviewAt(on(0, 12)),
            "Interviews/past.md": interviewAt(on(0, 12, 1)),
          },
          now,
          settings,
        );
        expect(listed).toContain("Interviews/edge.md upcoming-interview");
        expect(listed).not.toContain("Interviews/past.md upcoming-interview");
        // Not 7 × 24 h: in exact hours the edge would be an hour off the other way.
        expect(at(on(0, 12)) - now).toBe(6 * DAY + changeDay);
      });

      it("follows the setting (3 days), counted the same way", () => {
        const now = at(on(-2, 9));
        const settings = settingsWith({ horizonDays: 3 });
        const listed = comingUp(
          {
            "Interviews/edge.md": interviewAt(on(1, 9)),
            "Interviews/past.md": interviewAt(on(1, 9, 1)),
          },
          now,
          settings,
        );
        expect(listed).toContain("Interviews/edge.md upcoming-interview");
        expect(listed).not.toContain("Interviews/past.md upcoming-interview");
      });
    });

    describe("relative labels count calendar days, and exact hours under a day", () => {
      const now = at(on(-1, 10));

      it("'in 3 days' for the same clock time three days on, a minute less is 'in 2 days'", () => {
        expect(relativeDue("upcoming", at(on(2, 10)), null, now)).toBe("in 3 days");
        expect(relativeDue("upcoming", at(on(2, 9, 59)), null, now)).toBe("in 2 days");
        expect(relativeDue("upcoming", at(on(0, 10)), null, now)).toBe("in 1 day");
      });

      it("'due in 2 days' and '3 days overdue' across the change", () => {
        expect(relativeDue("due", now - MINUTE, at(on(1, 10)), now)).toBe("due in 2 days");
        expect(relativeDue("due", now - MINUTE, at(on(1, 10, 1)), now)).toBe("due in 2 days");
        const later = at(on(2, 10));
        expect(relativeDue("overdue", now - DAY, now, later)).toBe("3 days overdue");
        expect(relativeDue("overdue", now - DAY, at(on(-1, 10, 1)), later)).toBe("2 days overdue");
      });

      it("under one calendar day, exact hours: 22:00 to 05:00 across the change", () => {
        const evening = at(on(-1, 22));
        const hours = 7 - shift / 60;
        expect(relativeDue("upcoming", at(on(0, 5)), null, evening)).toBe(`in ${hours} hours`);
      });

      it("what the sidebar shows for an item three days on", () => {
        const settings = settingsWith({ horizonDays: 7 });
        const readings = [
          readNote("Interviews/a.md", { ...note, date: dateTimeText(on(2, 10)) }, settings) ?? [],
        ].flat();
        const model = buildSidebarModel(readings, settings, now, true);
        const item = model.sections
          .flatMap((s) => s.items)
          .find((i) => i.action === "upcoming-interview");
        expect(item && itemWhen(item, model.now)).toBe("in 3 days");
      });
    });

    describe("what the sidebar writes", () => {
      const settings = settingsWith();

      it("a snooze of 3 days from the evening before the change is written as that clock time and reads back to the minute", () => {
        const now = at(on(-1, 21, 30));
        // What the sidebar computes for "snooze 3 days": the same clock time, three days on.
        const until = at(on(2, 21, 30));
        expect(until - now).toBe(2 * DAY + changeDay);
        const changes = snooze({}, settings, until);
        expect(changes).toEqual([{ key: "snoozed_until", value: dateTimeText(on(2, 21, 30)) }]);
        const fm = {
          ...note,
          date: dateTimeText(on(-1, 14)),
          snoozed_until: dateTimeText(on(2, 21, 30)),
        };
        expect(itemsOf(fm, new Date(until - 1)).size).toBe(0);
        expect(itemsOf(fm, new Date(until)).size).toBeGreaterThan(0);
      });

      it("mark as done, heard back and rejected write the local date, just after midnight and just before", () => {
        for (const w of [on(0, 0, 30), on(0, 23, 30), on(-1, 23, 30), on(1, 0, 30)]) {
          const now = at(w);
          const today = dateText(wallAt(zone, now));
          expect(today).toBe(dateText(w));
          expect(markDone("thank-you", {}, settings, now)).toEqual([
            { key: "thank_you_sent", value: today },
          ]);
          expect(quickStatus("heard-back", {}, settings, now)).toEqual([
            { key: "last_heard", value: today },
          ]);
          expect(quickStatus("rejected", {}, settings, now)).toContainEqual({
            key: "rejected_on",
            value: today,
          });
        }
      });
    });
  });
}
