// The table of follow-up kinds (src/domain/followUpKinds.ts): what every reader of the table
// relies on — one distinct label per kind, one property per kind that can be marked done, every
// timing setting drawn by exactly one kind, and built-in emails with ids of their own.
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_KINDS, canMarkDone, doneAction } from "../../src/domain/followUpKinds";
import { SETTING_RULES } from "../../src/domain/settingRules";
import {
  DEFAULT_PROPERTY_NAMES,
  MARK_KEYS,
  SCALAR_KEYS,
  defaultSettings,
} from "../../src/domain/settings";
import { BUILT_IN_TEMPLATES } from "../../src/domain/templates";
import { ACTION_IDS } from "../../src/domain/types";

const kinds = ACTION_IDS.map((id) => [id, FOLLOW_UP_KINDS[id]] as const);

describe("the table of follow-up kinds", () => {
  it("has an entry for exactly the contract's ids, in their order", () => {
    expect(Object.keys(FOLLOW_UP_KINDS)).toEqual([...ACTION_IDS]);
  });

  it("gives every kind its own words, in sentence case", () => {
    const labels = kinds.map(([, kind]) => kind.label);
    // A question may end the words ("No answer: close as ghosted?").
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z -]+(?:: [a-z ]+)?[a-z?]$/);
    expect(new Set(labels).size).toBe(ACTION_IDS.length);
  });

  it("marks each kind done in a mark of its own, one the settings name and every note reads", () => {
    const properties = kinds.flatMap(([, kind]) =>
      kind.done?.writes === "date" ? [kind.done.property] : [],
    );
    expect(new Set(properties).size).toBe(properties.length);
    for (const property of properties)
      expect(Object.keys(DEFAULT_PROPERTY_NAMES)).toContain(property);
    // Every mark is some kind's, and every kind's mark is read: none is forgotten either way.
    expect([...properties].sort()).toEqual([...MARK_KEYS].sort());
    expect(properties).toEqual([
      "thankYouSent",
      "researchDone",
      "followedUp",
      "rejectionReplied",
      "reconnected",
      "offerHeadsUp",
    ]);
  });

  it("names the one click as the kind's answer, or Mark as done for a date", () => {
    for (const [id, kind] of kinds) {
      const action = doneAction(id, kind.label);
      if (kind.done === null) expect(action).toBeNull();
      else if (kind.done.writes === "date")
        expect(action).toEqual({
          title: "Mark as done",
          icon: "check",
          notice: `Marked done: ${kind.label}.`,
        });
      else
        expect(action).toEqual({
          title: kind.done.answer.title,
          icon: kind.done.answer.icon,
          notice: kind.done.answer.done,
        });
    }
  });

  it("appends to the mark only where the count matters: the nudges", () => {
    const appending = kinds.filter(([, kind]) => kind.done?.writes === "date" && kind.done.append);
    expect(appending.map(([id]) => id)).toEqual(["follow-up"]);
  });

  it("offers the one-click done exactly where there is something to write", () => {
    for (const [id, kind] of kinds) expect(canMarkDone(id)).toBe(kind.done !== null);
    expect(ACTION_IDS.filter(canMarkDone)).toEqual([
      "thank-you",
      "research",
      "follow-up",
      "no-response",
      "rejection-reply",
      "reconnect",
      "offer-heads-up",
    ]);
  });

  it("gives a menu to every kind but the interview itself, and status answers only to the offer", () => {
    expect(kinds.filter(([, kind]) => kind.menu === null).map(([id]) => id)).toEqual([
      "upcoming-interview",
    ]);
    const answered = kinds.filter(([, kind]) => (kind.menu?.answers.length ?? 0) > 0);
    expect(answered.map(([id]) => id)).toEqual(["offer-decision"]);
    expect(answered[0]?.[1].menu?.answers.map((a) => a.status)).toEqual(["accepted", "declined"]);
  });

  it("declares each timing setting under exactly one kind, and only real settings", () => {
    const keys = kinds.flatMap(([, kind]) => kind.settings.map((s) => s.key));
    expect(new Set(keys).size).toBe(keys.length);
    const defaults = defaultSettings();
    for (const [, kind] of kinds) {
      for (const setting of kind.settings) {
        expect(SCALAR_KEYS).toContain(setting.key);
        // What it accepts is what its default is: the tab draws and checks it by this.
        if (setting.accepts === "weekdays") expect(Array.isArray(defaults[setting.key])).toBe(true);
        else expect(typeof defaults[setting.key]).toBe("number");
        // Its rule is the declared one: the default passes, one past either end does not.
        const check = SETTING_RULES[setting.key].check;
        expect(check(defaults[setting.key])).toBeNull();
        if (setting.accepts !== "weekdays") {
          expect(check(setting.accepts.min)).toBeNull();
          expect(check(setting.accepts.max)).toBeNull();
          expect(check(setting.accepts.min - 1)).not.toBeNull();
          expect(check(setting.accepts.max + 1)).not.toBeNull();
        }
        expect(SETTING_RULES[setting.key].rereadsNotes).toBe(false);
      }
    }
    // Every timing number of the settings is declared by some kind (horizonDays is the sidebar's,
    // awaySummaryHours the away notice's).
    const notFollowUps: readonly string[] = ["horizonDays", "awaySummaryHours"];
    const timing = SCALAR_KEYS.filter(
      (key) => /Hours$|Days$|Nudges$/.test(key) && !notFollowUps.includes(key),
    );
    expect([...keys].sort()).toEqual(expect.arrayContaining([...timing].sort()));
  });

  it("names every built-in email once, after the kind it serves", () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.action).not.toBeNull();
      const kind = FOLLOW_UP_KINDS[template.action ?? "upcoming-interview"];
      expect(kind.emails.map((e) => `built-in:${e.key}`)).toContain(template.id);
    }
    expect(ids).toEqual([
      "built-in:thank-you",
      "built-in:follow-up",
      "built-in:rejection-reply",
      "built-in:reconnect",
      "built-in:offer-more-time",
      "built-in:offer-accept",
      "built-in:offer-decline",
      "built-in:offer-heads-up",
    ]);
  });
});
