// "Since you were away": the comparison of two plans on its own, its words, and the stored
// last-seen time read back whatever was stored.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DigestItem,
  LAST_SEEN_KEY,
  awayDigest,
  awayLongEnough,
  awayMessage,
  itemKey,
  readLastSeen,
} from "../../src/domain/awayDigest";
import { computeFollowUps } from "../../src/domain/followups";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { ACTION_IDS, type ActionState } from "../../src/domain/types";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const STATES: readonly ActionState[] = ["upcoming", "due", "overdue"];

const item = (path: string, state: ActionState, contact?: string): DigestItem => ({
  path,
  action: "thank-you",
  state,
  ...(contact === undefined ? {} : { contact }),
});

const itemArb: fc.Arbitrary<DigestItem> = fc.record({
  path: fc.constantFrom("a.md", "b.md", "c\u0000d.md", "Jobs/é.md", ""),
  action: fc.constantFrom(...ACTION_IDS),
  state: fc.constantFrom(...STATES),
  contact: fc.option(fc.constantFrom("Ana", "Bo", "", "\u0000"), { nil: undefined }),
});
/** A plan: each follow-up once, as `computeFollowUps` lists them. */
const planArb = fc.uniqueArray(itemArb, { selector: itemKey, maxLength: 30 });

describe("the comparison of two plans", () => {
  it("tells what became due, what became overdue and what is new", () => {
    const before = [item("a", "upcoming"), item("b", "due"), item("c", "overdue")];
    const now = [
      item("a", "due"),
      item("b", "overdue"),
      item("c", "overdue"),
      item("d", "upcoming"),
      item("e", "due"),
      item("f", "overdue"),
    ];
    const digest = awayDigest(before, now);
    expect(digest).toMatchObject({ due: 2, overdue: 2, new: 1 });
    expect([...digest.changes].sort()).toEqual([
      [itemKey(item("a", "due")), "due"],
      [itemKey(item("b", "due")), "overdue"],
      [itemKey(item("d", "due")), "new"],
      [itemKey(item("e", "due")), "due"],
      [itemKey(item("f", "due")), "overdue"],
    ]);
  });

  it("tells a panel's people apart, and a person from none", () => {
    const before = [item("a", "upcoming", "Ana"), item("a", "upcoming")];
    const now = [item("a", "due", "Ana"), item("a", "upcoming", "Bo"), item("a", "upcoming")];
    const digest = awayDigest(before, now);
    expect(digest).toMatchObject({ due: 1, overdue: 0, new: 1 });
    expect(digest.changes.get(itemKey(item("a", "due", "Bo")))).toBe("new");
    expect(digest.changes.has(itemKey(item("a", "due")))).toBe(false);
  });

  it("does not count a move back, nor an item gone", () => {
    const digest = awayDigest(
      [item("a", "overdue"), item("b", "due"), item("c", "due")],
      [item("a", "due"), item("b", "upcoming")],
    );
    expect(digest).toMatchObject({ due: 0, overdue: 0, new: 0 });
    expect(awayMessage(digest)).toBeNull();
  });

  it("never marks an item that is in the same state", () => {
    fc.assert(
      fc.property(planArb, planArb, (before, extra) => {
        const keys = new Set(before.map(itemKey));
        const now = [...before, ...extra.filter((other) => !keys.has(itemKey(other)))];
        const digest = awayDigest(before, now);
        for (const unchanged of before) expect(digest.changes.has(itemKey(unchanged))).toBe(false);
        expect(awayDigest(now, now).changes.size).toBe(0);
      }),
      PROPERTY_RUNS,
    );
  });

  it("counts a follow-up listed twice once, by its most urgent change", () => {
    const digest = awayDigest([item("a", "upcoming")], [item("a", "due"), item("a", "overdue")]);
    expect(digest).toMatchObject({ due: 0, overdue: 1, new: 0 });
    expect([...digest.changes]).toEqual([[itemKey(item("a", "due")), "overdue"]]);
    const reversed = awayDigest([item("a", "upcoming")], [item("a", "overdue"), item("a", "due")]);
    expect(reversed).toMatchObject({ due: 0, overdue: 1, new: 0 });
  });

  it("does not depend on the order of either plan", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 30 }),
        fc.array(itemArb, { maxLength: 30 }),
        fc.nat(),
        (before, now, seed) => {
          const shuffle = <T>(list: T[]) =>
            list
              .map((value, i) => ({ value, rank: (i * 7919 + seed) % 104729 }))
              .sort((a, b) => a.rank - b.rank)
              .map(({ value }) => value);
          const one = awayDigest(before, now);
          const other = awayDigest(shuffle([...before].reverse()), shuffle([...now].reverse()));
          expect(new Map(other.changes)).toEqual(new Map(one.changes));
          expect([other.due, other.overdue, other.new]).toEqual([one.due, one.overdue, one.new]);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("counts agree with the changes, which are all in the plan of now and moved forward", () => {
    fc.assert(
      fc.property(planArb, planArb, (before, now) => {
        const digest = awayDigest(before, now);
        const tally = { due: 0, overdue: 0, new: 0 };
        for (const change of digest.changes.values()) tally[change]++;
        expect(tally).toEqual({ due: digest.due, overdue: digest.overdue, new: digest.new });
        const was = new Map(before.map((i) => [itemKey(i), i.state]));
        const is = new Map(now.map((i) => [itemKey(i), i.state]));
        for (const [key, change] of digest.changes) {
          const state = is.get(key);
          expect(state).toBeDefined();
          if (change === "new") expect(was.has(key)).toBe(false);
          else expect(state).toBe(change);
          if (was.has(key)) {
            expect(STATES.indexOf(state!)).toBeGreaterThan(STATES.indexOf(was.get(key)!));
          }
        }
        // The message says something exactly when something changed.
        expect(awayMessage(digest) === null).toBe(digest.changes.size === 0);
      }),
      PROPERTY_RUNS,
    );
  });

  it("compares the plans of the same notes at two times", () => {
    const settings = defaultSettings();
    const note = (path: string, date: string) => {
      const reading = readNote(path, { type: "interview", organization: "Acme", date }, settings);
      if (reading === null) throw new Error("not read as an interview");
      return reading;
    };
    const readings = [note("a.md", "2026-11-20T10:00Z"), note("b.md", "2026-11-01T10:00Z")];
    const at = (iso: string) => computeFollowUps(readings, settings, new Date(iso)).items;
    const digest = awayDigest(at("2026-11-20T09:00Z"), at("2026-11-20T12:00Z"));
    // a.md's interview happened: its thank-you opened; b.md's follow-up was already due.
    expect(digest.changes.get(itemKey({ path: "a.md", action: "thank-you" }))).toBe("due");
    expect([...digest.changes.keys()].some((key) => key.startsWith("b.md"))).toBe(false);
  });

  it("counts every change in the plans of 5,000 interviews, a fifth of them a panel's", () => {
    const plan = (offset: number): DigestItem[] =>
      Array.from({ length: 15_000 }, (_, i) => ({
        path: `Interviews/${Math.floor(i / 3)} Org - Role.md`,
        action: ACTION_IDS[i % 3]!,
        state: STATES[(i + offset) % 3]!,
        ...(i % 5 === 0 ? { contact: `Person ${i}` } : {}),
      }));
    // Each item moved one state on, but those that were overdue (which wrap back to upcoming).
    const digest = awayDigest(plan(0), plan(1));
    expect(digest.changes.size).toBe(10_000);
    // Its speed is a benchmark's (away_ms in bench/bench.test.ts: 5 ms at 5,000 interviews), not
    // a unit test's: no test here depends on how fast the machine is.
  });
});

describe("the notice's words", () => {
  it.each([
    [{ due: 2, overdue: 1, new: 0 }, "While you were away: 2 follow-ups became due, 1 is overdue"],
    [{ due: 1, overdue: 0, new: 0 }, "While you were away: 1 follow-up became due"],
    [{ due: 0, overdue: 1, new: 0 }, "While you were away: 1 follow-up is overdue"],
    [{ due: 0, overdue: 3, new: 0 }, "While you were away: 3 follow-ups are overdue"],
    [{ due: 0, overdue: 0, new: 1 }, "While you were away: 1 new follow-up is coming up"],
    [{ due: 0, overdue: 0, new: 2 }, "While you were away: 2 new follow-ups are coming up"],
    [
      { due: 1, overdue: 2, new: 1 },
      "While you were away: 1 follow-up became due, 2 are overdue, 1 new one is coming up",
    ],
    [
      { due: 0, overdue: 1, new: 4 },
      "While you were away: 1 follow-up is overdue, 4 new ones are coming up",
    ],
    [{ due: 0, overdue: 0, new: 0 }, null],
  ])("%j → %j", (counts, expected) => {
    expect(awayMessage(counts)).toBe(expected);
  });
});

describe("the stored last-seen time", () => {
  const NOW = Date.UTC(2026, 10, 25, 12);

  it("is read back as it was written", () => {
    expect(readLastSeen(NOW - 5, NOW)).toBe(NOW - 5);
  });

  it("is kept under the same key in every version, so an update never loses it", () => {
    expect(LAST_SEEN_KEY).toBe("interview-follow-up-last-seen");
  });

  it("is no time at all when it is anything the plugin did not write", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything().filter((value) => typeof value !== "number"),
          fc.double().filter((value) => !Number.isSafeInteger(value)),
          fc.integer({ max: Date.UTC(2019, 11, 31) }),
        ),
        (stored) => {
          expect(readLastSeen(stored, NOW)).toBeNull();
        },
      ),
      PROPERTY_RUNS,
    );
    for (const stored of [null, undefined, "1764072000000", NaN, Infinity, -1, 0, 1.5, {}, []]) {
      expect(readLastSeen(stored, NOW)).toBeNull();
    }
  });

  it("is never after now (a clock set back means no absence)", () => {
    expect(readLastSeen(NOW + 86_400_000, NOW)).toBe(NOW);
  });

  it("counts as an absence only past the hours set", () => {
    const hour = 3_600_000;
    expect(awayLongEnough(NOW - 12 * hour, NOW, 12)).toBe(false);
    expect(awayLongEnough(NOW - 12 * hour - 1, NOW, 12)).toBe(true);
    expect(awayLongEnough(NOW, NOW, 1)).toBe(false);
  });
});
