// Round 2's nudges: one after the silence, more every nudgeGapDays up to maxNudges, then
// "No answer: close as ghosted?" (no-response) ghostAfterDays after the last one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, localDateText, markDone } from "../../src/domain/edits";
import { readNote } from "../../src/domain/interview";
import { planFollowUps } from "../../src/domain/timeline";
import { DAY, itemsOf, local, settingsWith } from "../support/domain";

const iso = (date: Date) => date.toISOString();
const base = {
  organization: "Acme",
  position: "Engineer",
  date: "2026-11-01T10:00",
  status: "waiting",
  thank_you_sent: "2026-11-01",
  research_done: "2026-11-02",
  email: "jane@acme.example",
};
const NOW = local(2026, 12, 4, 12);

describe("no-response: after the last nudge allowed", () => {
  const two = ["2026-11-15T09:00", "2026-11-22T09:00"];

  it("opens ghostAfterDays after the last nudge, with no deadline, upcoming until then", () => {
    const items = itemsOf({ ...base, followed_up: two }, NOW);
    expect(items.get("follow-up")).toBeUndefined();
    expect(items.get("no-response")).toMatchObject({
      opens: iso(local(2026, 12, 6, 9)),
      deadline: null,
      state: "upcoming",
    });
    const after = itemsOf({ ...base, followed_up: two }, local(2026, 12, 6, 9));
    expect(after.get("no-response")?.state).toBe("due");
    const later = itemsOf({ ...base, followed_up: two }, local(2027, 6, 1));
    expect(later.get("no-response")?.state).toBe("due");
  });

  it("follows ghostAfterDays and maxNudges", () => {
    const settings = settingsWith({ ghostAfterDays: 3, maxNudges: 3 });
    expect(
      itemsOf({ ...base, followed_up: two }, NOW, settings).get("no-response"),
    ).toBeUndefined();
    const three = [...two, "2026-11-29T09:00"];
    expect(itemsOf({ ...base, followed_up: three }, NOW, settings).get("no-response")?.opens).toBe(
      iso(local(2026, 12, 2, 9)),
    );
  });

  it("is not offered when the interview is closed, not of interest, or has a later round", () => {
    for (const status of ["rejected", "ghosted", "offer", "withdrawn"]) {
      expect(itemsOf({ ...base, status, followed_up: two }, NOW).has("no-response")).toBe(false);
    }
    expect(itemsOf({ ...base, interested: false, followed_up: two }, NOW).has("no-response")).toBe(
      false,
    );
    const fm = { type: "interview", ...base, followed_up: two };
    const reading = readNote("Interviews/A.md", fm, settingsWith());
    if (reading?.kind !== "interview") throw new Error("not read");
    const actions = (superseded: boolean) =>
      planFollowUps(reading.interview, superseded, settingsWith(), NOW.getTime()).map(
        (a) => a.action,
      );
    expect(actions(false)).toContain("no-response");
    expect(actions(true)).not.toContain("no-response");
  });

  it("goes away with news: the count starts again and a follow-up is timed from the news", () => {
    const items = itemsOf({ ...base, followed_up: two, last_heard: "2026-11-30" }, NOW);
    expect(items.has("no-response")).toBe(false);
    expect(items.get("follow-up")?.opens).toBe(iso(local(2026, 12, 14, 23, 59, 59, 999)));
  });

  it("cannot be timed by nudges without a date", () => {
    expect(itemsOf({ ...base, followed_up: [true, "yes"] }, NOW).has("no-response")).toBe(false);
  });

  it("closes the interview as ghosted in one click, which ends every open follow-up", () => {
    const fm: Record<string, unknown> = { type: "interview", ...base, followed_up: two };
    applyChanges(fm, markDone("no-response", fm, settingsWith(), NOW.getTime()));
    expect(fm.status).toBe("ghosted");
    expect(itemsOf(fm, local(2027, 1, 1)).size).toBe(0);
  });

  it("when dismissed, leaves the note open and the nudges stopped", () => {
    const items = itemsOf({ ...base, followed_up: two, dismissed: ["no-response"] }, NOW);
    expect(items.size).toBe(0);
  });
});

describe("the nudges of an interview nobody answers (property)", () => {
  it("are sent at most maxNudges times, each nudgeGapDays after the last, then no-response", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 3 * DAY }),
        (maxNudges, nudgeGapDays, ghostAfterDays, delay) => {
          const settings = settingsWith({ maxNudges, nudgeGapDays, ghostAfterDays });
          const fm: Record<string, unknown> = { type: "interview", ...base };
          // The user sends each nudge a little after it is due, marking it done from the sidebar.
          let now = local(2026, 11, 1, 12).getTime();
          let sent = 0;
          for (let step = 0; step < maxNudges + 3; step++) {
            const follow = itemsOf(fm, new Date(now), settings).get("follow-up");
            if (follow === undefined) break;
            now = Date.parse(follow.opens) + delay;
            applyChanges(fm, markDone("follow-up", fm, settings, now));
            sent++;
            const held = fm.followed_up;
            expect(Array.isArray(held) ? held.at(-1) : held).toBe(localDateText(now));
            expect(Array.isArray(held) ? held.length : 1).toBe(sent);
          }
          expect(sent).toBe(maxNudges);
          const items = itemsOf(fm, new Date(now), settings);
          expect(items.has("follow-up")).toBe(false);
          const ghost = items.get("no-response");
          // The last nudge is a date: the end of its day, plus ghostAfterDays.
          const day = new Date(now);
          const expected = new Date(
            day.getFullYear(),
            day.getMonth(),
            day.getDate(),
            23,
            59,
            59,
            999,
          );
          expected.setDate(expected.getDate() + ghostAfterDays);
          expect(ghost?.opens).toBe(expected.toISOString());
        },
      ),
      { numRuns: 60 },
    );
  });
});
