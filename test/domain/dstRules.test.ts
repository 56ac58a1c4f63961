// Every rule of the follow-up timeline across each daylight-saving change of 2026 and 2027 in
// Europe (London, Berlin: last Sunday of March and of October) and North America (New York:
// second Sunday of March, first Sunday of November), whatever zone the suite itself runs in.
//
// What "a day" means (PRODUCT.md, "Time"): "N days" are calendar days in local time, so the
// wall-clock time is kept and a day that spans a change lasts 23 h (clocks forward) or 25 h
// (clocks back); "N h" are exact hours, so a 24 h window that spans a change ends an hour later
// (forward) or earlier (back) on the clock. A value written with an offset keeps that offset: its
// days are counted on a clock fixed at that offset (24 h each), never re-read in local time.
// A date alone is the last moment of that day (23:59:59.999 local), except `snoozed_until`,
// where it is the first (00:00 local); a date-only `rejected_on` (Round 2) opens its reply at
// the first moment too, its deadline still counted from the last.
//
// How: each block switches the process to its zone (inTimeZone: Node re-reads TZ), so the code
// runs on that zone's local time. Every expected instant is computed independently, from the
// zone's clock as Intl reports it and plain calendar arithmetic (test/support/zoned.ts), never
// from src/domain/time.ts. A local time that never shows (skipped hour) is read as the clock
// would show it had it not been changed (an hour later); one that shows twice is the first.
import { describe, expect, it } from "vitest";
import type { Settings } from "../../src/domain/settings";
import { DAY, HOUR, inTimeZone, itemsOf, settingsWith } from "../support/domain";
import {
  type Wall,
  allClockChanges,
  dateText,
  dateTimeText,
  instantAtOffset,
  instantIn,
  offsetAt,
  offsetText,
  plusDays,
  plusMinutes,
  wall,
  wallAt,
} from "../support/zoned";

const MINUTE = 60_000;
const note = { organization: "Acme", position: "Engineer", email: "jane@acme.example" };
const iso = (ms: number) => new Date(ms).toISOString();
const items = (fm: Record<string, unknown>, now: number, settings?: Settings) =>
  itemsOf(fm, new Date(now), settings);

// The helper that computes the expectations, checked against instants known by heart.
describe("the test's own clock (test/support/zoned.ts)", () => {
  it("finds the days of the 2026 changes and reads skipped and repeated times as documented", () => {
    const days = allClockChanges()
      .filter((c) => c.day.y === 2026)
      .map((c) => `${c.zone} ${dateText(c.day)} ${c.hour}`);
    expect(days).toEqual([
      "Europe/London 2026-03-29 1",
      "Europe/London 2026-10-25 1",
      "Europe/Berlin 2026-03-29 2",
      "Europe/Berlin 2026-10-25 2",
      "America/New_York 2026-03-08 2",
      "America/New_York 2026-11-01 1",
    ]);
    const ny = (w: Wall) => iso(instantIn("America/New_York", w));
    expect(ny(wall(2026, 3, 8, 2, 30))).toBe("2026-03-08T07:30:00.000Z"); // skipped: 03:30 EDT
    expect(ny(wall(2026, 11, 1, 1, 30))).toBe("2026-11-01T05:30:00.000Z"); // repeated: the EDT one
    expect(ny(plusDays(wall(2026, 2, 28, 10), 1))).toBe("2026-03-01T15:00:00.000Z");
    expect(iso(instantIn("Europe/London", wall(2026, 10, 25, 1, 30)))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    expect(iso(instantAtOffset(wall(2026, 3, 28, 14), 330))).toBe("2026-03-28T08:30:00.000Z");
    expect(offsetText(-240)).toBe("-04:00");
  });
});

for (const change of allClockChanges()) {
  const { zone, shift } = change;
  const title = `${zone}: clocks go ${change.kind} on ${dateText(change.day)} (${change.rule})`;

  describe(title, () => {
    inTimeZone(zone);
    /** The wall clock `days` after the day of the change, at the given time. */
    const on = (days: number, h = 0, mi = 0, s = 0, ms = 0): Wall =>
      plusDays({ ...change.day, h, mi, s, ms }, days);
    const at = (w: Wall) => instantIn(zone, w);
    /** How long the day of the change lasts: 23 h forward, 25 h back. */
    const changeDay = DAY - shift * MINUTE;
    const endOf = (days: number) => on(days, 23, 59, 59, 999);

    it("runs on this zone's clock, and the clocks change that day by an hour", () => {
      for (const ms of [change.instant - HOUR, change.instant, at(on(-1, 12)), at(on(1, 12))]) {
        expect(offsetAt(zone, ms) + new Date(ms).getTimezoneOffset()).toBe(0);
      }
      expect(shift).toBe(change.kind === "forward" ? 60 : -60);
      expect(dateText(wallAt(zone, change.instant))).toBe(dateText(change.day));
      expect(at(on(1)) - at(on(0))).toBe(changeDay);
    });

    describe("thank-you: T + 24 h, exact hours", () => {
      const T = on(-1, 14);
      const fm = { ...note, date: dateTimeText(T) };

      it("ends 24 h after T, which the clock shows an hour later or earlier", () => {
        const deadline = at(T) + 24 * HOUR;
        expect(items(fm, at(T)).get("thank-you")).toMatchObject({
          state: "due",
          opens: iso(at(T)),
          deadline: iso(deadline),
        });
        expect(wallAt(zone, deadline)).toEqual(on(0, 14 + shift / 60));
        expect(items(fm, deadline - 1).get("thank-you")?.state).toBe("due");
        expect(items(fm, deadline).get("thank-you")?.state).toBe("overdue");
      });

      it("follows the setting in exact hours (36 h)", () => {
        const settings = settingsWith({ thankYouHours: 36 });
        expect(items(fm, at(T), settings).get("thank-you")?.deadline).toBe(iso(at(T) + 36 * HOUR));
      });
    });

    describe("research: opens T + 1 day, due T + 14 days, calendar days", () => {
      const T = on(-1, 14);
      const fm = { ...note, date: dateTimeText(T) };

      it("opens on the next day at T's clock time, 23 or 25 h later, and is due 14 days on", () => {
        const opens = at(on(0, 14));
        const deadline = at(on(13, 14));
        expect(opens - at(T)).toBe(changeDay);
        expect(items(fm, at(T)).get("research")).toMatchObject({
          opens: iso(opens),
          deadline: iso(deadline),
        });
        expect(items(fm, opens - 1).get("research")?.state).toBe("upcoming");
        expect(items(fm, opens).get("research")?.state).toBe("due");
        expect(items(fm, deadline - 1).get("research")?.state).toBe("due");
        expect(items(fm, deadline).get("research")?.state).toBe("overdue");
      });

      it("follows the settings in calendar days (opens after 2, due after 10)", () => {
        const settings = settingsWith({ researchOpensDays: 2, researchDueDays: 10 });
        expect(items(fm, at(T), settings).get("research")).toMatchObject({
          opens: iso(at(on(1, 14))),
          deadline: iso(at(on(9, 14))),
        });
      });

      it("from T in the hour the change skips or repeats, opens at that clock time as read that day", () => {
        const T2 = on(-1, change.hour, 30);
        const opens = at(on(0, change.hour, 30));
        expect(items({ ...note, date: dateTimeText(T2) }, at(T2)).get("research")?.opens).toBe(
          iso(opens),
        );
        // Forward: 0h30 past the skipped hour shows as the next hour. Back: the first of the two.
        expect(wallAt(zone, opens)).toEqual(on(0, change.hour + (shift > 0 ? 1 : 0), 30));
        if (shift < 0) expect(opens).toBeLessThan(change.instant);
      });
    });

    describe("follow-up: opens max(T, last_heard) + 14 days, window 7 days", () => {
      it("opens 14 calendar days after T when the change falls between", () => {
        const T = on(-5, 14);
        const item = items({ ...note, date: dateTimeText(T) }, at(T)).get("follow-up");
        expect(item).toMatchObject({ opens: iso(at(on(9, 14))), deadline: iso(at(on(16, 14))) });
        expect(at(on(9, 14)) - at(T)).toBe(13 * DAY + changeDay);
      });

      it("keeps its 7-day window at the clock time when the change falls inside it", () => {
        const T = on(-17, 10);
        const fm = { ...note, date: dateTimeText(T) };
        const opens = at(on(-3, 10));
        const deadline = at(on(4, 10));
        expect(items(fm, at(T)).get("follow-up")).toMatchObject({
          opens: iso(opens),
          deadline: iso(deadline),
        });
        expect(deadline - opens).toBe(6 * DAY + changeDay);
        expect(items(fm, deadline - 1).get("follow-up")?.state).toBe("due");
        expect(items(fm, deadline).get("follow-up")?.state).toBe("overdue");
      });

      it("counts from a later last_heard, at its clock time", () => {
        const fm = {
          ...note,
          date: dateTimeText(on(-30, 10)),
          last_heard: dateTimeText(on(-2, 16, 45)),
        };
        expect(items(fm, at(on(-2, 17))).get("follow-up")).toMatchObject({
          opens: iso(at(on(12, 16, 45))),
          deadline: iso(at(on(19, 16, 45))),
        });
      });

      it("counts from the end of the day of a date-only last_heard", () => {
        const fm = { ...note, date: dateTimeText(on(-30, 10)), last_heard: dateText(on(-2)) };
        expect(items(fm, at(on(-2, 17))).get("follow-up")).toMatchObject({
          opens: iso(at(endOf(12))),
          deadline: iso(at(endOf(19))),
        });
      });
    });

    describe("the next nudge: the last followed_up + N days; news after it starts again", () => {
      const settings = settingsWith({ maxNudges: 3, nudgeGapDays: 3 });
      const T = dateTimeText(on(-40, 10));

      it("counts from the end of the day the plugin wrote (a date), in calendar days", () => {
        const fm = { ...note, date: T, followed_up: dateText(on(-1)) };
        expect(items(fm, at(on(-1, 12)), settings).get("follow-up")).toMatchObject({
          opens: iso(at(endOf(2))),
          deadline: iso(at(endOf(9))),
        });
      });

      it("counts from a date & time at its clock time; later news starts the first rule again", () => {
        const fromSent = { ...note, date: T, followed_up: dateTimeText(on(-1, 9, 15)) };
        expect(items(fromSent, at(on(-1, 12)), settings).get("follow-up")?.opens).toBe(
          iso(at(on(2, 9, 15))),
        );
        // News after the nudge: no nudge since the news, so the usual 14 days from the news.
        const fromHeard = { ...fromSent, last_heard: dateTimeText(on(-1, 20)) };
        expect(items(fromHeard, at(on(-1, 21)), settings).get("follow-up")?.opens).toBe(
          iso(at(on(13, 20))),
        );
      });
    });

    describe("rejection reply: rejected_on + 48 h, exact hours", () => {
      const base = { ...note, date: dateTimeText(on(-10, 10)), status: "rejected" };

      it("ends 48 h after a dated rejection, which the clock shows an hour later or earlier", () => {
        const on14 = at(on(-1, 14));
        const item = items({ ...base, rejected_on: dateTimeText(on(-1, 14)) }, on14).get(
          "rejection-reply",
        );
        expect(item).toMatchObject({ opens: iso(on14), deadline: iso(on14 + 48 * HOUR) });
        expect(wallAt(zone, on14 + 48 * HOUR)).toEqual(on(1, 14 + shift / 60));
        const hours30 = settingsWith({ rejectionReplyHours: 30 });
        expect(
          items({ ...base, rejected_on: dateTimeText(on(-1, 14)) }, on14, hours30).get(
            "rejection-reply",
          )?.deadline,
        ).toBe(iso(on14 + 30 * HOUR));
      });

      it("opens a date-only rejected_on at its day's start, due 48 h from the day's end", () => {
        // Round 2: "Rejected" writes today's date, and the reply is due at once (PRODUCT.md).
        const end = at(endOf(-1));
        const item = items({ ...base, rejected_on: dateText(on(-1)) }, at(on(-1, 14))).get(
          "rejection-reply",
        );
        expect(item).toMatchObject({
          state: "due",
          opens: iso(at(on(-1))),
          deadline: iso(end + 48 * HOUR),
        });
        expect(wallAt(zone, end + 48 * HOUR)).toEqual(plusMinutes(endOf(1), shift));
      });

      it("without rejected_on opens now, with no deadline", () => {
        const now = at(on(0, 12));
        expect(items(base, now).get("rejection-reply")).toMatchObject({
          state: "due",
          opens: iso(now),
          deadline: null,
        });
      });
    });

    describe("offer decision: opens now, deadline offer_deadline", () => {
      const base = { ...note, date: dateTimeText(on(-10, 10)), status: "offer" };

      it("a date-only offer_deadline on the day of the change ends at its last moment", () => {
        const fm = { ...base, offer_deadline: dateText(on(0)) };
        const deadline = at(endOf(0));
        const now = at(on(0, 12));
        expect(items(fm, now).get("offer-decision")).toMatchObject({
          opens: iso(now),
          deadline: iso(deadline),
        });
        expect(items(fm, deadline - 1).get("offer-decision")?.state).toBe("due");
        expect(items(fm, deadline).get("offer-decision")?.state).toBe("overdue");
      });

      it("an offer_deadline in the skipped or repeated hour is read as the clock shows it", () => {
        const fm = { ...base, offer_deadline: dateTimeText(on(0, change.hour, 30)) };
        expect(items(fm, at(on(-1, 12))).get("offer-decision")?.deadline).toBe(
          iso(at(on(0, change.hour, 30))),
        );
      });
    });

    describe("upcoming interview: listed while now < T", () => {
      for (const [name, T] of [
        ["at noon on the day of the change", on(0, 12)],
        ["in the hour the change skips or repeats", on(0, change.hour, 30)],
        ["at midnight after the change", on(1, 0)],
      ] as const) {
        it(`goes away exactly at T, ${name}`, () => {
          const fm = { ...note, date: dateTimeText(T) };
          expect(items(fm, at(T) - 1).get("upcoming-interview")).toMatchObject({
            state: "upcoming",
            opens: iso(at(T)),
            deadline: null,
          });
          expect(items(fm, at(T)).has("upcoming-interview")).toBe(false);
        });
      }
    });

    describe("snoozed_until: a date means the start of that day", () => {
      const base = { ...note, date: dateTimeText(on(-1, 14)) };

      it("hides the note until 00:00 of that day, on the day of the change and the day after", () => {
        for (const days of [0, 1]) {
          const fm = { ...base, snoozed_until: dateText(on(days)) };
          const lifts = at(on(days));
          expect(items(fm, lifts - 1).size).toBe(0);
          expect(items(fm, lifts).size).toBeGreaterThan(0);
        }
        // The day of the change is not 24 h long: the snooze of the next day lifts 23 or 25 h later.
        expect(at(on(1)) - at(on(0))).toBe(changeDay);
      });

      it("hides the note until a date & time in the skipped or repeated hour, as the clock shows it", () => {
        const until = on(0, change.hour, 30);
        const fm = { ...base, snoozed_until: dateTimeText(until) };
        expect(items(fm, at(until) - 1).size).toBe(0);
        expect(items(fm, at(until)).size).toBeGreaterThan(0);
      });
    });

    describe("date-only values and YAML dates", () => {
      it("a date-only interview is the end of that day; thank-you 24 h on, research from the end of the next day", () => {
        const T = at(endOf(-1));
        const fm = { ...note, date: dateText(on(-1)) };
        const got = items(fm, T);
        expect(got.get("thank-you")).toMatchObject({ opens: iso(T), deadline: iso(T + 24 * HOUR) });
        // Exact hours: the window ends at 00:59:59.999 (forward) or 22:59:59.999 (back) on the clock.
        expect(wallAt(zone, T + 24 * HOUR)).toEqual(plusMinutes(endOf(0), shift));
        expect(got.get("research")).toMatchObject({
          opens: iso(at(endOf(0))),
          deadline: iso(at(endOf(13))),
        });
      });

      it("a YAML date (a Date at midnight UTC) reads as the same date written as text", () => {
        const day = on(-1);
        const asDate = { ...note, date: new Date(Date.UTC(day.y, day.mo - 1, day.d)) };
        const asText = { ...note, date: dateText(day) };
        const now = at(on(0, 12));
        expect([...items(asDate, now).values()]).toEqual([...items(asText, now).values()]);
        expect(items(asDate, now).get("thank-you")?.opens).toBe(iso(at(endOf(-1))));
      });

      it("a YAML timestamp (a Date at another instant) is that instant, its days counted on the local clock", () => {
        const T = at(on(-1, 14));
        const got = items({ ...note, date: new Date(T) }, T);
        expect(got.get("thank-you")?.deadline).toBe(iso(T + 24 * HOUR));
        expect(got.get("research")?.opens).toBe(iso(at(on(0, 14))));
      });
    });

    describe("values with an offset keep it", () => {
      // The zone's own offset before the change (the one a local reading would lose) and one the
      // zone never has.
      const offsets = [offsetAt(zone, change.instant - 1), 330];

      for (const offset of offsets) {
        const suffix = offsetText(offset);

        it(`T at ${suffix}: days are counted on a clock fixed at ${suffix}`, () => {
          const fixed = (w: Wall) => instantAtOffset(w, offset);
          const fm = { ...note, date: `${dateTimeText(on(-1, 14))}${suffix}` };
          const T = fixed(on(-1, 14));
          const got = items(fm, T);
          expect(got.get("thank-you")).toMatchObject({
            opens: iso(T),
            deadline: iso(T + 24 * HOUR),
          });
          expect(got.get("research")).toMatchObject({
            opens: iso(fixed(on(0, 14))),
            deadline: iso(fixed(on(13, 14))),
          });
          expect(got.get("follow-up")).toMatchObject({
            opens: iso(fixed(on(13, 14))),
            deadline: iso(fixed(on(20, 14))),
          });
          // Had the offset been dropped after reading, days on the local clock would land elsewhere.
          expect(fixed(on(0, 14))).not.toBe(at(on(0, 14)));
        });

        it(`rejected_on, offer_deadline, snoozed_until, last_heard and followed_up at ${suffix} stay put`, () => {
          const fixed = (w: Wall) => instantAtOffset(w, offset);
          const text = (w: Wall) => `${dateTimeText(w)}${suffix}`;
          const date = dateTimeText(on(-40, 10));
          const now = fixed(on(0, 12));

          const rejected = { ...note, date, status: "rejected", rejected_on: text(on(-1, 14)) };
          expect(items(rejected, now).get("rejection-reply")).toMatchObject({
            opens: iso(fixed(on(-1, 14))),
            deadline: iso(fixed(on(-1, 14)) + 48 * HOUR),
          });

          const offer = { ...note, date, status: "offer", offer_deadline: text(on(0, 9)) };
          expect(items(offer, now).get("offer-decision")?.deadline).toBe(iso(fixed(on(0, 9))));

          const snoozed = { ...note, date, snoozed_until: text(on(0, 1, 30)) };
          expect(items(snoozed, fixed(on(0, 1, 30)) - 1).size).toBe(0);
          expect(items(snoozed, fixed(on(0, 1, 30))).size).toBeGreaterThan(0);

          const heard = { ...note, date, last_heard: text(on(-3, 9)) };
          expect(items(heard, now).get("follow-up")).toMatchObject({
            opens: iso(fixed(on(11, 9))),
            deadline: iso(fixed(on(18, 9))),
          });

          const nudge = settingsWith({ maxNudges: 3, nudgeGapDays: 3 });
          const sent = { ...note, date, followed_up: text(on(-1, 9)) };
          expect(items(sent, now, nudge).get("follow-up")).toMatchObject({
            opens: iso(fixed(on(2, 9))),
            deadline: iso(fixed(on(9, 9))),
          });
        });
      }
    });
  });
}
