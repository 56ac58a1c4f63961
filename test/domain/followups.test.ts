import { describe, expect, it } from "vitest";
import {
  compareItems,
  computeFollowUps,
  dueCount,
  followUpStates,
} from "../../src/domain/followups";
import type { DigestItem } from "../../src/domain/awayDigest";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { HOUR, followUpItem, run } from "../support/domain";

const item = followUpItem;

describe("the total order of items", () => {
  it.each([
    ["overdue before due", item({ state: "overdue" }), item({ state: "due" })],
    ["due before upcoming", item({ state: "due" }), item({ state: "upcoming" })],
    [
      "overdue before upcoming",
      item({ state: "overdue", deadline: null }),
      item({ state: "upcoming" }),
    ],
    ["earlier deadline first", item({ deadline: "2026-11-21T09:00:00.000Z" }), item({})],
    ["no deadline last", item({}), item({ deadline: null, opens: "2020-01-01T00:00:00.000Z" })],
    ["then earlier opens", item({ opens: "2026-11-20T09:00:00.000Z" }), item({})],
    ["then path", item({ path: "A.md" }), item({ path: "a.md" })],
    ["then path, by code unit", item({ path: "Z.md" }), item({ path: "a.md" })],
    ["then action id", item({ action: "research" }), item({ action: "thank-you" })],
    [
      "opens before path",
      item({ opens: "2026-11-20T09:00:00.000Z", path: "z.md" }),
      item({ path: "a.md" }),
    ],
    [
      "path before action",
      item({ path: "a.md", action: "thank-you" }),
      item({ path: "b.md", action: "research" }),
    ],
    [
      "deadline before opens",
      item({ opens: "2026-11-20T11:00:00.000Z", deadline: "2026-11-21T09:00:00.000Z" }),
      item({}),
    ],
    [
      "state before deadline",
      item({ state: "overdue", deadline: "2026-11-22T00:00:00.000Z" }),
      item({ state: "due" }),
    ],
  ])("%s", (_, first, second) => {
    expect(compareItems(first, second)).toBeLessThan(0);
    expect(compareItems(second, first)).toBeGreaterThan(0);
  });

  it("orders items without a deadline by when they open, then path", () => {
    const early = item({ deadline: null, opens: "2026-11-20T09:00:00.000Z", path: "z.md" });
    const late = item({ deadline: null, opens: "2026-11-20T10:00:00.000Z", path: "a.md" });
    expect(compareItems(early, late)).toBeLessThan(0);
    expect(compareItems(late, early)).toBeGreaterThan(0);
    expect(compareItems(item({ deadline: null }), item({ deadline: null }))).toBe(0);
  });

  it("is a total order: only identical keys compare equal", () => {
    expect(compareItems(item({}), item({}))).toBe(0);
  });
});

describe("computeFollowUps", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  const notes = {
    "Interviews/b.md": { date: "2026-11-24T10:00Z", organization: "Beta", email: "x@b.example" },
    "Interviews/a.md": { date: "2026-11-24T10:00Z", organization: "Alpha", email: "x@a.example" },
    "Interviews/old.md": { date: "2026-10-01T10:00Z", organization: "Old", email: "x@o.example" },
    "Interviews/z-bad.md": { date: "soon", organization: "Bad" },
    "Interviews/c-bad.md": { status: "maybe", date: "2026-11-01" },
    "Daily/2026-11-25.md": { date: "2026-11-25" },
  };

  it("lists items in the spec's order and problems by path", () => {
    const result = run(notes, now);
    expect(result.items.map((i) => `${i.state} ${i.path} ${i.action}`)).toEqual([
      "overdue Interviews/old.md thank-you",
      "overdue Interviews/old.md research",
      "overdue Interviews/old.md follow-up",
      "overdue Interviews/a.md thank-you",
      "overdue Interviews/b.md thank-you",
      "due Interviews/a.md research",
      "due Interviews/b.md research",
      "upcoming Interviews/a.md follow-up",
      "upcoming Interviews/b.md follow-up",
    ]);
    expect(result.problems.map((p) => p.path)).toEqual([
      "Interviews/c-bad.md",
      "Interviews/z-bad.md",
    ]);
  });

  it("gives the spec's JSON shape: ISO times in UTC, null deadlines, empty strings, optional warning", () => {
    const result = run(
      {
        "Interviews/x.md": { date: "2026-11-25T09:00Z", status: "offer" },
        "Interviews/y.md": { date: "2026-11-25T09:00Z" },
      },
      now,
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      now: "2026-11-25T12:00:00.000Z",
      items: [
        {
          path: "Interviews/y.md",
          action: "thank-you",
          state: "due",
          opens: "2026-11-25T09:00:00.000Z",
          deadline: "2026-11-26T09:00:00.000Z",
          organization: "",
          position: "",
          warning: 'No contact email: add "email" to send the thank-you.',
        },
        {
          path: "Interviews/x.md",
          action: "offer-decision",
          state: "due",
          opens: "2026-11-25T12:00:00.000Z",
          deadline: null,
          organization: "",
          position: "",
        },
        {
          path: "Interviews/y.md",
          action: "research",
          state: "upcoming",
          opens: "2026-11-26T09:00:00.000Z",
          deadline: "2026-12-09T09:00:00.000Z",
          organization: "",
          position: "",
        },
        {
          path: "Interviews/y.md",
          action: "follow-up",
          state: "upcoming",
          opens: "2026-12-09T09:00:00.000Z",
          deadline: "2026-12-16T09:00:00.000Z",
          organization: "",
          position: "",
        },
      ],
      problems: [],
    });
    expect(Object.keys(result)).toEqual(["now", "items", "problems"]);
  });

  it("carries ready only when asked, right after now", () => {
    const settings = defaultSettings();
    const result = computeFollowUps([], settings, now, false);
    expect(Object.keys(result)).toEqual(["now", "ready", "items", "problems"]);
    expect(result.ready).toBe(false);
  });

  it("gives a note with a problem no actions, only its problem", () => {
    const result = run(
      { "Interviews/a.md": { date: "2026-11-24", status: "maybe", organization: "Acme" } },
      now,
    );
    expect(result.items).toEqual([]);
    expect(result.problems).toHaveLength(1);
  });

  it("does not depend on the order of notes", () => {
    const settings = defaultSettings();
    const readings = Object.entries(notes).flatMap(
      ([path, fm]) => readNote(path, fm, settings) ?? [],
    );
    const forward = computeFollowUps(readings, settings, now);
    const backward = computeFollowUps([...readings].reverse(), settings, now);
    expect(backward).toEqual(forward);
  });
});

/** Each item's note, kind, person and state, in one order. */
const statesOf = (items: readonly DigestItem[]) =>
  items.map((i) => `${i.path} ${i.action} ${i.contact ?? ""} ${i.state}`).sort();

describe("counting what needs doing now", () => {
  const settings = defaultSettings();
  const T = Date.UTC(2026, 10, 20, 14);
  const read = (notes: Record<string, Record<string, unknown>>) =>
    Object.entries(notes).flatMap(([path, fm]) => {
      const reading = readNote(path, { type: "interview", ...fm }, settings);
      return reading === null ? [] : [reading];
    });
  const note = { date: "2026-11-20T14:00Z", organization: "Acme", email: "j@acme.example" };

  it("counts due and overdue actions, from the moment each opens", () => {
    const readings = read({ "Interviews/a.md": note });
    // Before T only the interview itself is ahead: nothing to do yet.
    expect(dueCount(readings, settings, T - 1)).toBe(0);
    // At T the thank-you opens (the upcoming interview has gone).
    expect(dueCount(readings, settings, T)).toBe(1);
    // A day later the thank-you is overdue and research opens.
    expect(dueCount(readings, settings, T + 24 * HOUR)).toBe(2);
  });

  it("leaves out snoozed and dismissed actions and notes with a problem", () => {
    const readings = read({
      "Interviews/a.md": { ...note, organization: "A", dismissed: ["thank-you"] },
      "Interviews/b.md": { ...note, organization: "B", snoozed_until: "2026-12-01" },
      "Interviews/c.md": { ...note, organization: "C", date: "soon" },
      "Interviews/d.md": { ...note, organization: "D" },
    });
    expect(dueCount(readings, settings, T + 24 * HOUR)).toBe(1 + 2);
  });

  it("the away notice's states are the whole answer's items, at any moment", () => {
    const readings = read({
      "Interviews/a.md": { ...note, organization: "A", dismissed: ["thank-you"] },
      "Interviews/b.md": { ...note, organization: "B", snoozed_until: "2026-12-01" },
      "Interviews/c.md": { ...note, organization: "C", date: "soon" },
      "Interviews/d.md": {
        ...note,
        organization: "D",
        status: "offer",
        offer_deadline: "2026-12-20",
      },
      "Interviews/e.md": { ...note, organization: "E" },
    });
    for (let hours = -48; hours <= 24 * 40; hours += 7) {
      const at = new Date(T + hours * HOUR);
      expect(statesOf(followUpStates(readings, settings, at.getTime()))).toEqual(
        statesOf(computeFollowUps(readings, settings, at).items),
      );
    }
  });
});

describe("planning every interview", () => {
  it("lists and counts nothing for no interviews or only closed ones", () => {
    const settings = defaultSettings();
    const at = new Date(0);
    expect(computeFollowUps([], settings, at).items).toEqual([]);
    const reading = readNote(
      "Interviews/a.md",
      { type: "interview", date: "2026-11-20", status: "withdrawn" },
      settings,
    );
    if (reading?.kind !== "interview") throw new Error("expected an interview");
    expect(computeFollowUps([reading], settings, at).items).toEqual([]);
    expect(followUpStates([reading], settings, 0)).toEqual([]);
    expect(dueCount([reading], settings, Date.UTC(2027, 0, 1))).toBe(0);
  });
});
