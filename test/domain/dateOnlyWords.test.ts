// The words for a date alone (PRODUCT.md, Round 2: "The sidebar says 'today' for a date-only time
// on the current day, never 'in 8 hours'"). A date alone is read as the last moment of its day
// (23:59:59.999 local), and items carry only instants, so a time at that moment is spoken of by
// its day: "today", "tomorrow", "in 3 days"; any other time keeps "in 8 hours". The sidebar
// (itemWhen) and the command line's text (formatText) both use relativeDue, and must agree.
// The rules that time these items: test/domain/dateOnly.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatText } from "../../src/domain/dueText";
import { FOLLOW_UP_KINDS } from "../../src/domain/followUpKinds";
import { readNote } from "../../src/domain/interview";
import { relativeDue } from "../../src/domain/labels";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { defaultSettings } from "../../src/domain/settings";
import { itemWhen } from "../../src/domain/sidebar";
import { ACTION_IDS } from "../../src/domain/types";
import { HOUR, inTimeZone, local, run } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { dateText, instantIn, plusDays, wall } from "../support/zoned";

const note = { type: "interview", organization: "Acme", position: "Engineer", email: "j@acme.io" };
type Notes = Record<string, Record<string, unknown>>;

/** What the sidebar says of each item, as "path action" → words. */
function sidebarWords(notes: Notes, now: number): Map<string, string> {
  const settings = defaultSettings();
  const readings = Object.entries(notes).flatMap(([p, fm]) => readNote(p, fm, settings) ?? []);
  const model = buildSidebarModel(readings, settings, now, true);
  const words = new Map<string, string>();
  for (const item of model.sections.flatMap((section) => section.items))
    words.set(`${item.path} ${item.action}`, itemWhen(item, now));
  return words;
}

/**
 * What the command line's text says of the items the sidebar shows, in the same form (the
 * command line lists every upcoming item; the sidebar only those within its horizon).
 */
function commandLineWords(notes: Notes, now: number): Map<string, string> {
  const all = allCommandLineWords(notes, now);
  const shown = sidebarWords(notes, now);
  for (const key of all.keys()) if (!shown.has(key)) all.delete(key);
  return all;
}

function allCommandLineWords(notes: Notes, now: number): Map<string, string> {
  const lines = formatText(run(notes, new Date(now))).split("\n");
  const words = new Map<string, string>();
  // Each item is "  - <label>: <who>", then "    <when> (<words>)", then "    <path>".
  lines.forEach((title, i) => {
    const relative = /\(([^()]*)\)$/.exec(lines[i + 1] ?? "");
    const path = /^ {4}(\S.*)$/.exec(lines[i + 2] ?? "");
    if (!title.startsWith("  - ") || relative === null || path === null) return;
    const action = ACTION_IDS.find((id) => title.startsWith(`  - ${FOLLOW_UP_KINDS[id].label}:`));
    if (action === undefined) throw new Error(`no kind for ${title}`);
    words.set(`${path[1] ?? ""} ${action}`, relative[1] ?? "");
  });
  return words;
}

describe("relativeDue for a date alone", () => {
  const now = local(2026, 12, 4, 9, 0).getTime();
  const endOf = (days: number) => local(2026, 12, 4 + days, 23, 59, 59, 999).getTime();

  it("says today, tomorrow, then whole days; due ones alike", () => {
    expect(relativeDue("upcoming", endOf(0), null, now)).toBe("today");
    expect(relativeDue("upcoming", endOf(1), null, now)).toBe("tomorrow");
    expect(relativeDue("upcoming", endOf(3), null, now)).toBe("in 3 days");
    expect(relativeDue("due", now - HOUR, endOf(0), now)).toBe("due today");
    expect(relativeDue("due", now - HOUR, endOf(1), now)).toBe("due tomorrow");
    expect(relativeDue("due", now - HOUR, endOf(2), now)).toBe("due in 2 days");
  });

  it("keeps hours for any other time, even a minute or a millisecond earlier", () => {
    expect(relativeDue("upcoming", local(2026, 12, 4, 17).getTime(), null, now)).toBe("in 8 hours");
    expect(relativeDue("upcoming", endOf(0) - 1, null, now)).toBe("in 14 hours");
    expect(relativeDue("upcoming", local(2026, 12, 4, 23, 59).getTime(), null, now)).toBe(
      "in 14 hours",
    );
    expect(relativeDue("due", now - HOUR, endOf(0) - 1, now)).toBe("due in 14 hours");
  });

  it("counts an overdue one from its deadline as before", () => {
    expect(relativeDue("overdue", now - 2 * HOUR, endOf(-1), now)).toBe("9 hours overdue");
  });

  it("never speaks of hours or minutes, at any moment of the day before it", () => {
    const dayStart = local(2026, 12, 4).getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * HOUR - 2 }),
        fc.integer({ min: 0, max: 60 }),
        (ms, days) => {
          const at = dayStart + ms;
          const text = relativeDue("upcoming", endOf(days), null, at);
          const wanted = days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
          expect(text).toBe(wanted);
          expect(relativeDue("due", at, endOf(days), at)).toBe(`due ${wanted}`);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("the sidebar and the command line say the same", () => {
  const now = local(2026, 12, 4, 9, 0).getTime();
  const notes: Notes = {
    "Interviews/Today.md": { ...note, date: "2026-12-04", status: "scheduled" },
    "Interviews/Done.md": { ...note, organization: "Beta", date: "2026-12-04", status: "done" },
    "Interviews/Tomorrow.md": { ...note, organization: "Gamma", date: "2026-12-05" },
    "Interviews/Later.md": { ...note, organization: "Delta", date: "2026-12-04T17:00" },
    "Interviews/Offer.md": {
      ...note,
      organization: "Epsilon",
      date: "2026-11-20T10:00",
      status: "offer",
      offer_deadline: "2026-12-04",
    },
  };

  it("today for a date-only interview today, tomorrow for one tomorrow, hours for a time", () => {
    const words = Object.fromEntries(sidebarWords(notes, now));
    expect(words).toEqual({
      "Interviews/Today.md upcoming-interview": "today",
      "Interviews/Today.md thank-you": "today",
      // Status done: the thank-you opened at 00:00 and runs to the end of tomorrow.
      "Interviews/Done.md thank-you": "due tomorrow",
      // Research opens a day after the interview: a whole day on, the end of tomorrow.
      "Interviews/Done.md research": "tomorrow",
      "Interviews/Today.md research": "tomorrow",
      "Interviews/Tomorrow.md research": "in 2 days",
      "Interviews/Later.md research": "in 1 day",
      "Interviews/Tomorrow.md upcoming-interview": "tomorrow",
      "Interviews/Tomorrow.md thank-you": "tomorrow",
      "Interviews/Later.md upcoming-interview": "in 8 hours",
      "Interviews/Later.md thank-you": "in 8 hours",
      "Interviews/Offer.md offer-decision": "due today",
      // The offer's deadline is today (a Friday): the others should have heard by Wednesday.
      "Interviews/Done.md offer-heads-up": "2 days overdue",
      "Interviews/Later.md offer-heads-up": "2 days overdue",
      "Interviews/Today.md offer-heads-up": "2 days overdue",
      "Interviews/Tomorrow.md offer-heads-up": "2 days overdue",
    });
    expect(Object.fromEntries(commandLineWords(notes, now))).toEqual(words);
  });

  it("agree at every moment of the day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * HOUR - 2 }), (ms) => {
        const at = local(2026, 12, 4).getTime() + ms;
        const words = sidebarWords(notes, at);
        expect(commandLineWords(notes, at)).toEqual(words);
        expect(words.get("Interviews/Today.md upcoming-interview")).toBe("today");
        expect(words.get("Interviews/Offer.md offer-decision")).toBe("due today");
      }),
      { ...PROPERTY_RUNS, numRuns: Math.min(PROPERTY_RUNS.numRuns, 50) },
    );
  });
});

for (const [zone, change] of [
  ["Europe/Berlin", wall(2026, 3, 29)],
  ["America/New_York", wall(2026, 3, 8)],
] as const) {
  describe(`${zone}: on and around the day the clocks go forward (${dateText(change)})`, () => {
    inTimeZone(zone);
    const at = (days: number, h = 0, mi = 0) =>
      instantIn(zone, plusDays({ ...change, h, mi }, days));
    const day = (days: number) => dateText(plusDays(change, days));

    it("an interview on the day is today all day, and tomorrow the day before", () => {
      const notes = { "Interviews/A.md": { ...note, date: day(0), status: "scheduled" } };
      for (const now of [at(0), at(0, 3, 30), at(0, 9), at(0, 23, 59)])
        expect(sidebarWords(notes, now).get("Interviews/A.md upcoming-interview")).toBe("today");
      for (const now of [at(-1), at(-1, 12), at(-1, 23, 59)]) {
        const words = sidebarWords(notes, now);
        expect(words.get("Interviews/A.md upcoming-interview")).toBe("tomorrow");
        expect(commandLineWords(notes, now)).toEqual(words);
      }
    });

    it("a thank-you whose 24 h run past the change is no longer a date alone", () => {
      // The end of the day before + 24 h is 00:59:59.999 two days on: counted as time, not a day.
      const notes = { "Interviews/A.md": { ...note, date: day(-1), status: "interviewed" } };
      expect(sidebarWords(notes, at(-1, 9)).get("Interviews/A.md thank-you")).toBe("due in 1 day");
      const onTheDay = { "Interviews/A.md": { ...note, date: day(0), status: "interviewed" } };
      expect(sidebarWords(onTheDay, at(0, 9)).get("Interviews/A.md thank-you")).toBe(
        "due tomorrow",
      );
    });
  });
}
