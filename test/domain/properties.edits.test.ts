// Property-based tests (fast-check, at least 1,000 runs each) of the changes the sidebar makes to a
// note's properties (src/domain/edits.ts), applied to the frontmatter record and read back: marking
// an action done removes exactly that action (the later nudge brings the follow-up back, later, by
// design); dismissing and bringing back touch only that action; snoozing hides every action and
// changes nothing else; every change touches only its own keys, and its undo restores the record;
// undo is allowed exactly when no key the change wrote was changed since, by anyone.
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Change,
  type QuickStatus,
  applyChanges,
  changedSince,
  dismiss,
  markDone,
  quickStatus,
  snooze,
  undismiss,
  unsnooze,
  writtenBy,
} from "../../src/domain/edits";
import { FOLLOW_UP_KINDS, canMarkDone } from "../../src/domain/followUpKinds";
import { type Interview, readNote } from "../../src/domain/interview";
import { type Settings, defaultSettings } from "../../src/domain/settings";
import { addDays, later } from "../../src/domain/time";
import type { PlannedFollowUp } from "../../src/domain/timeline";
import { ACTION_IDS, type ActionId } from "../../src/domain/types";
import { copyRecord, interviewArb, junkRecordArb } from "../support/arbitraries";
import { settingsArb } from "../support/settingsArbitraries";
import { DAY } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { planEvery } from "../support/referenceSidebar";

const RUNS = PROPERTY_RUNS;

/** A moment around an interview: from three weeks before to three months after. */
const offsetArb = fc.integer({ min: -21 * DAY, max: 90 * DAY });

/** An interview note that reads cleanly, the settings, and a moment around its interview. */
const readableArb = fc
  .tuple(interviewArb(), settingsArb, offsetArb, fc.nat())
  .map(([frontmatter, settings, offset, pick]) => {
    const reading = readNote("Interviews/Note.md", frontmatter, settings);
    return { frontmatter, settings, offset, pick, reading };
  });

function plan(
  frontmatter: Record<string, unknown>,
  settings: Settings,
  now: number,
): PlannedFollowUp[] {
  const reading = readNote("Interviews/Note.md", frontmatter, settings);
  if (reading?.kind !== "interview") {
    throw new Error(
      `the note no longer reads: ${reading?.kind === "problem" ? reading.reason : "not an interview"}`,
    );
  }
  return planEvery([reading.interview], settings, now);
}

const without = (actions: PlannedFollowUp[], action: ActionId) =>
  actions.filter((a) => a.action !== action);

/** The end of the local day of `ms`: what a date written "today" means. */
function endOfLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999).getTime();
}

describe("changing a note from the sidebar", () => {
  it("marking an action done removes exactly that action and leaves the others as they were", () => {
    fc.assert(
      fc.property(readableArb, ({ frontmatter, settings, offset, pick, reading }) => {
        fc.pre(reading?.kind === "interview");
        const interview = (reading as { interview: Interview }).interview;
        const now = interview.date.ms + offset;
        const before = planEvery([interview], settings, now);
        const doable = before.filter((a) => canMarkDone(a.action));
        fc.pre(doable.length > 0);
        const target = (doable[pick % doable.length] as PlannedFollowUp).action;

        const record = copyRecord(frontmatter);
        applyChanges(record, markDone(target, record, settings, now));
        const after = plan(record, settings, now);
        if (FOLLOW_UP_KINDS[target].done?.writes === "status") {
          // An answer that closes the interview ends every follow-up of an open interview.
          expect(after).toEqual([]);
          return;
        }
        // The nudges decide between a follow-up and "close as ghosted?", and the reply to a
        // rejection starts the check-in months later; the other kinds do not depend on each other.
        const next = (list: PlannedFollowUp[]) =>
          without(without(list, "no-response"), "reconnect");
        const others = (list: PlannedFollowUp[]) => without(next(list), target);
        expect(others(after)).toEqual(others(before));
        const again = after.filter((a) => a.action === target);
        const today = { ms: endOfLocalDay(now), offset: null };
        if (target === "rejection-reply") {
          const reconnect = after.filter((a) => a.action === "reconnect").map((a) => a.opens);
          const on = settings.reconnectAfterDays > 0 && interview.interested;
          expect(reconnect).toEqual(on ? [addDays(today, settings.reconnectAfterDays).ms] : []);
        }
        if (target !== "follow-up") {
          expect(again).toEqual([]);
          return;
        }
        // Today's nudge joins the list. It counts unless the news is later still; while the
        // count stays under maxNudges the next opens nudgeGapDays after the latest nudge, and
        // at maxNudges "close as ghosted?" opens ghostAfterDays after it instead.
        const news = interview.lastHeard;
        const ghost = after.filter((a) => a.action === "no-response").map((a) => a.opens);
        const last = later(today, interview.nudges.last);
        if (news !== null && news.ms >= today.ms) {
          expect(again).toEqual(before.filter((a) => a.action === target));
        } else if (interview.nudges.count + 1 >= settings.maxNudges) {
          expect(again).toEqual([]);
          expect(ghost).toEqual([addDays(last, settings.ghostAfterDays).ms]);
        } else {
          const opens = addDays(last, settings.nudgeGapDays).ms;
          expect(again.map((a) => a.opens)).toEqual([opens]);
          expect(opens).toBeGreaterThan(now);
          expect(ghost).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("dismissing hides exactly that action, and bringing it back shows it again", () => {
    fc.assert(
      fc.property(readableArb, ({ frontmatter, settings, offset, pick, reading }) => {
        fc.pre(reading?.kind === "interview");
        const interview = (reading as { interview: Interview }).interview;
        const now = interview.date.ms + offset;
        const before = planEvery([interview], settings, now);
        fc.pre(before.length > 0);
        const target = (before[pick % before.length] as PlannedFollowUp).action;
        const snoozed = interview.snoozedUntil !== null && now < interview.snoozedUntil.ms;

        const record = copyRecord(frontmatter);
        applyChanges(record, dismiss(target, record, settings));
        const dismissed = plan(record, settings, now);
        expect(without(dismissed, target)).toEqual(without(before, target));
        expect(dismissed.find((a) => a.action === target)?.hiddenBy).toBe(
          snoozed ? "snoozed" : "dismissed",
        );

        applyChanges(record, undismiss(target, record, settings));
        const back = plan(record, settings, now);
        expect(without(back, target)).toEqual(without(before, target));
        expect(back.find((a) => a.action === target)?.hiddenBy).toBe(snoozed ? "snoozed" : null);
      }),
      RUNS,
    );
  });

  it("snoozing hides every action of the note until then, and changes nothing else", () => {
    fc.assert(
      fc.property(
        readableArb,
        fc.integer({ min: 1, max: 30 }),
        ({ frontmatter, settings, offset, reading }, days) => {
          fc.pre(reading?.kind === "interview");
          const now = (reading as { interview: Interview }).interview.date.ms + offset;
          const before = planEvery(
            [(reading as { interview: Interview }).interview],
            settings,
            now,
          );
          const record = copyRecord(frontmatter);
          applyChanges(record, snooze(record, settings, now + days * DAY));
          const after = plan(record, settings, now);
          expect(after).toEqual(before.map((a) => ({ ...a, hiddenBy: "snoozed" })));
        },
      ),
      RUNS,
    );
  });

  type Plan = (fm: Record<string, unknown>, s: Settings, now: number) => Change[];
  const changeArb: fc.Arbitrary<Plan> = fc.oneof(
    fc.constantFrom(...ACTION_IDS).map(
      (a): Plan =>
        (fm, s, now) =>
          markDone(a, fm, s, now),
    ),
    fc.constantFrom(...ACTION_IDS).map(
      (a): Plan =>
        (fm, s) =>
          dismiss(a, fm, s),
    ),
    fc.constantFrom(...ACTION_IDS).map(
      (a): Plan =>
        (fm, s) =>
          undismiss(a, fm, s),
    ),
    fc.constant<Plan>((fm, s, now) => snooze(fm, s, now + DAY)),
    fc.constant<Plan>((fm, s) => unsnooze(fm, s)),
    fc.constantFrom<QuickStatus>("heard-back", "rejected", "offer", "accepted", "declined").map(
      (kind): Plan =>
        (fm, s, now) =>
          quickStatus(kind, fm, s, now),
    ),
  );

  it("every change touches only its own keys (new ones at the end), and its undo restores the record exactly", () => {
    fc.assert(
      fc.property(
        fc.oneof(interviewArb({ problems: 2 }), junkRecordArb),
        fc.array(changeArb, { minLength: 1, maxLength: 4 }),
        (frontmatter, changes) => {
          const settings = defaultSettings();
          const now = Date.UTC(2026, 10, 25, 12);
          const record = copyRecord(frontmatter);
          const undos: Change[][] = [];
          for (const change of changes) {
            const before = Object.entries(record);
            const planned = change(record, settings, now);
            undos.push(applyChanges(record, planned));
            const touched = new Set(planned.map((c) => c.key));
            const kept = before.filter(([key]) => !touched.has(key));
            const keys = Object.keys(record);
            // Untouched keys keep their values and their order.
            expect(Object.entries(record).filter(([key]) => !touched.has(key))).toEqual(kept);
            const beforeKeys = before.map(([key]) => key).filter((key) => keys.includes(key));
            expect(keys.slice(0, beforeKeys.length)).toEqual(beforeKeys);
            expect(Object.getPrototypeOf(record)).toBe(Object.getPrototypeOf(frontmatter));
          }
          for (const undo of undos.reverse()) applyChanges(record, undo);
          const restored = Object.entries(record);
          const original = Object.entries(frontmatter);
          expect(restored.map(([key]) => key)).toEqual(original.map(([key]) => key));
          restored.forEach(([, value], i) => expect(Object.is(value, original[i]?.[1])).toBe(true));
        },
      ),
      RUNS,
    );
  });

  /** What someone else does to the note between a change and its undo. */
  const foreignEditArb = fc.oneof(
    fc.constant({ kind: "none" as const }),
    fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: fc.jsonValue() }),
    fc.record({ kind: fc.constant("same" as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant("push" as const), pick: fc.nat(), value: fc.string() }),
  );

  it("undo is allowed exactly when every key the change wrote still holds what it wrote, and then restores them", () => {
    fc.assert(
      fc.property(
        fc.oneof(interviewArb({ problems: 2 }), junkRecordArb),
        changeArb,
        foreignEditArb,
        fc.string(),
        (frontmatter, change, edit, newKey) => {
          const settings = defaultSettings();
          const record = copyRecord(frontmatter);
          const planned = change(record, settings, Date.UTC(2026, 10, 25, 12));
          const undo = applyChanges(record, planned);
          const written = writtenBy(record, planned);
          // The keys someone else may touch: the written ones, the others, or a new one.
          const keys = [...new Set([...planned.map((c) => c.key), ...Object.keys(record), newKey])];
          const key = "pick" in edit ? (keys[edit.pick % keys.length] ?? newKey) : newKey;
          const had = Object.prototype.hasOwnProperty.call(record, key);
          const old: unknown = record[key];
          let changed = false;
          if (edit.kind === "set" || edit.kind === "same") {
            const value = edit.kind === "set" ? edit.value : structuredCloneOr(old);
            changed = !had || !isDeepStrictEqual(value, old);
            Object.defineProperty(record, key, {
              value,
              writable: true,
              enumerable: true,
              configurable: true,
            });
          } else if (edit.kind === "remove") {
            changed = had;
            delete record[key];
          } else if (edit.kind === "push" && Array.isArray(old)) {
            changed = true;
            record[key] = [...(old as unknown[]), edit.value];
          }
          const wrote = written.some((w) => w.key === key);
          expect(changedSince(record, written)).toEqual(wrote && changed ? [key] : []);
          if (wrote && changed) return;
          // Undo goes ahead: the written keys are as before the change, the rest as they now are.
          const now = copyRecord(record);
          applyChanges(record, undo);
          const writtenKeys = new Set(written.map((w) => w.key));
          for (const k of new Set([
            ...Object.keys(frontmatter),
            ...Object.keys(now),
            ...Object.keys(record),
          ])) {
            const source = writtenKeys.has(k) ? frontmatter : now;
            expect(Object.prototype.hasOwnProperty.call(record, k)).toBe(
              Object.prototype.hasOwnProperty.call(source, k),
            );
            expect(Object.is(record[k], source[k])).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});

/**
 * A copy of a value when it can be copied (some of the hostile ones cannot), else the value.
 * Lists and plain records are copied here, in this realm: `structuredClone` makes them in the
 * host's, and under Vitest's vmForks pool (mutation testing) a host array has another
 * prototype, which `isDeepStrictEqual` counts as a change although the value is the same.
 */
function structuredCloneOr(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value as unknown[], structuredCloneOr);
  if (typeof value === "object" && value !== null) {
    const prototype = Object.getPrototypeOf(value) as object | null;
    if (prototype === null || prototype === Object.prototype) {
      const copy = Object.create(prototype) as Record<string, unknown>;
      for (const key of Object.keys(value))
        Object.defineProperty(copy, key, {
          value: structuredCloneOr((value as Record<string, unknown>)[key]),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      return copy;
    }
  }
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}
