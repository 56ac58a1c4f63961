// What the sidebar's writes must never do: change or drop a value the user wrote. A mark already
// set keeps its date, a day of rejection already written stays, every entry of `dismissed` stays
// as written (a link, a number, a text of ids joined by commas), and a property named like a
// member of every object (`constructor`) is read as the note's own, never inherited.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dismiss, markDone, quickStatus, undismiss } from "../../src/domain/edits";
import { FOLLOW_UP_KINDS } from "../../src/domain/followUpKinds";
import { readInterview } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { ACTION_IDS, type ActionId } from "../../src/domain/types";
import { local } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = defaultSettings();
const now = local(2026, 11, 25, 9, 5).getTime();
const TODAY = "2026-11-25";

/** Values a note's property can hold, as a YAML parser gives them. */
const scalar = fc.oneof(
  fc.constantFrom(...ACTION_IDS, "Research", " thank-you ", "thank-you, research", "x, ,y", ""),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(new Date(Date.UTC(2026, 10, 20))),
);
const entry = fc.oneof(scalar, fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }));
const held = fc.oneof(scalar, fc.array(entry, { maxLength: 6 }));

const names = (text: string) => text.split(",").map((id) => id.trim().toLowerCase());
const mentions = (value: unknown, action: string) =>
  typeof value === "string" && names(value).includes(action);
/** The entries as the user sees them in Obsidian: a list's items, or the one value when set. */
function entriesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  const unset = value === null || value === false || value === "" || value === undefined;
  if (unset || (typeof value === "string" && ["", "false"].includes(value.trim().toLowerCase())))
    return [];
  return [value];
}

describe("dismissing and bringing back keep every other entry as written", () => {
  it("dismiss adds the id after everything already there, or changes nothing", () => {
    fc.assert(
      fc.property(held, fc.constantFrom(...ACTION_IDS), (value, action) => {
        const changes = dismiss(action, { dismissed: value }, settings);
        const entries = entriesOf(value);
        if (entries.some((each) => mentions(each, action))) expect(changes).toEqual([]);
        else expect(changes).toEqual([{ key: "dismissed", value: [...entries, action] }]);
      }),
      PROPERTY_RUNS,
    );
  });

  it("bringing back takes out only the id, from a list or from a text of ids", () => {
    fc.assert(
      fc.property(held, fc.constantFrom(...ACTION_IDS), (value, action) => {
        const changes = undismiss(action, { dismissed: value }, settings);
        const entries = entriesOf(value);
        if (!entries.some((each) => mentions(each, action))) {
          expect(changes).toEqual([]);
          return;
        }
        expect(changes).toHaveLength(1);
        const kept = (changes[0] as { value: unknown[] }).value;
        // Whatever did not name the id is there unchanged and in order; no text names it now.
        expect(
          kept.filter((each) => typeof each !== "string" || !names(each).includes(action)),
        ).toEqual(kept);
        // Walked in order: an entry that did not name it is the same value in the same place; a
        // text that did is there with its other ids, or gone when it held no other. (Compared
        // place by place: a rewritten text may equal an untouched entry, as "thank-you" beside
        // "thank-you, research" does once research is taken out.)
        let at = 0;
        for (const each of entries) {
          if (!mentions(each, action)) {
            expect(kept[at++]).toBe(each);
            continue;
          }
          const rest = names(each as string).filter((id) => id !== action);
          if (rest.join("") === "" && rest.length <= 1) continue;
          expect(names(kept[at++] as string)).toEqual(rest);
        }
        expect(at).toBe(kept.length);
      }),
      {
        ...PROPERTY_RUNS,
        examples: [
          [["thank-you", "thank-you, research"], "research"],
          [["research,,", "x, research, ", "research"], "research"],
        ],
      },
    );
  });

  it("keeps a link (a list in a list), a number and true beside the ids", () => {
    const dismissed = ["thank-you", [["Why I skipped research"]], 2026, true];
    expect(dismiss("research", { dismissed }, settings)).toEqual([
      { key: "dismissed", value: [...dismissed, "research"] },
    ]);
    expect(undismiss("thank-you", { dismissed }, settings)).toEqual([
      { key: "dismissed", value: [[["Why I skipped research"]], 2026, true] },
    ]);
  });
});

/** The kinds whose "mark as done" writes one date, and the one that appends nudges. */
const dateKinds = ACTION_IDS.filter((id) => {
  const done = FOLLOW_UP_KINDS[id].done;
  return done !== null && done.writes !== "status";
});

describe("marking done never replaces a value that is set", () => {
  it("a kind's mark already set is left as it is; a list of nudges only grows", () => {
    const set = fc.oneof(
      fc.constantFrom("2026-11-20", "yes", "2026-11-20T10:00", 1),
      fc.constant(true),
      fc.array(fc.constantFrom("2026-11-18", "2026-11-21"), { minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...dateKinds), set, (action: ActionId, value) => {
        const done = FOLLOW_UP_KINDS[action].done;
        if (done === null || done.writes === "status") throw new Error("not a date kind");
        const key = settings.properties[done.property];
        const changes = markDone(action, { [key]: value }, settings, now);
        if (!done.append) expect(changes).toEqual([]);
        else expect(changes).toEqual([{ key, value: [...entriesOf(value), TODAY] }]);
      }),
      PROPERTY_RUNS,
    );
  });

  it("calls a mark done exactly when the reader does", () => {
    const entryValue = fc.constantFrom(false, "false", null, "", " ", true, "2026-11-20", "yes", 0);
    const value = fc.oneof(entryValue, fc.array(entryValue, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...dateKinds), value, (action: ActionId, held) => {
        const done = FOLLOW_UP_KINDS[action].done;
        if (done === null || done.writes === "status" || done.append) return;
        const key = settings.properties[done.property];
        const reading = readInterview(
          "Interviews/a.md",
          { date: "2026-11-20T10:00", [key]: held },
          settings,
        );
        if (reading.kind !== "interview") throw new Error(reading.reason);
        const markedDone = reading.interview.marks[done.property] !== undefined;
        const changes = markDone(action, { [key]: held }, settings, now);
        expect(changes).toEqual(markedDone ? [] : [{ key, value: TODAY }]);
      }),
      PROPERTY_RUNS,
    );
  });

  it("writes today where the mark is unset", () => {
    for (const action of dateKinds) {
      const done = FOLLOW_UP_KINDS[action].done;
      if (done === null || done.writes === "status") continue;
      const key = settings.properties[done.property];
      for (const unset of [null, "", false, "false", []])
        expect(markDone(action, { [key]: unset }, settings, now)).toEqual([{ key, value: TODAY }]);
    }
  });

  it("'Rejected' keeps a day of rejection already written, and writes today's otherwise", () => {
    expect(quickStatus("rejected", { rejected_on: "2026-11-24" }, settings, now)).toEqual([
      { key: "status", value: "rejected" },
    ]);
    for (const unset of [null, "", false])
      expect(quickStatus("rejected", { rejected_on: unset }, settings, now)).toEqual([
        { key: "status", value: "rejected" },
        { key: "rejected_on", value: TODAY },
      ]);
  });
});

describe("property names shaped like every object's members", () => {
  const inherited = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];
  it.each(inherited)("a property named %s that the note lacks is read as unset", (name) => {
    const named = (key: keyof typeof settings.properties) => ({
      ...settings,
      properties: { ...settings.properties, [key]: name },
    });
    expect(markDone("follow-up", {}, named("followedUp"), now)).toEqual([
      { key: name, value: TODAY },
    ]);
    expect(markDone("thank-you", {}, named("thankYouSent"), now)).toEqual([
      { key: name, value: TODAY },
    ]);
    expect(dismiss("research", {}, named("dismissed"))).toEqual([
      { key: name, value: ["research"] },
    ]);
    expect(undismiss("research", {}, named("dismissed"))).toEqual([]);
    expect(quickStatus("rejected", {}, named("rejectedOn"), now)).toContainEqual({
      key: name,
      value: TODAY,
    });
  });
});
