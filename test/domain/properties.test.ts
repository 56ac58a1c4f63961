// Property-based tests (fast-check, at least 1,000 runs each) of the engine's promises: it never
// throws on any record and always answers with a well-formed result; an action's state only moves
// forward as time passes; the result does not depend on the order of the notes. The changes the
// sidebar makes are in properties.edits.test.ts, settings in properties.settings.test.ts, templates
// in properties.templates.test.ts. On a failure fast-check prints the seed and the smallest
// counterexample it found.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareItems,
  computeFollowUps,
  dueCount,
  followUpStates,
  partition,
} from "../../src/domain/followups";
import {
  type Interview,
  type NoteReading,
  readInterview,
  readNote,
} from "../../src/domain/interview";
import type { Settings } from "../../src/domain/settings";
import { loadSettings } from "../../src/domain/settingsLoad";
import { stateAt, supersededRounds } from "../../src/domain/timeline";
import { ACTION_IDS, type FollowUpItem, type FollowUps } from "../../src/domain/types";
import {
  anyFrontmatterArb,
  copyRecord,
  dateTextArb,
  interviewArb,
  pathArb,
} from "../support/arbitraries";
import { settingsArb, storedSettingsArb } from "../support/settingsArbitraries";
import { DAY } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { planEvery } from "../support/referenceSidebar";

const RUNS = PROPERTY_RUNS;

const RANK = { upcoming: 0, due: 1, overdue: 2 } as const;

/** A moment around an interview: from three weeks before to three months after. */
const offsetArb = fc.integer({ min: -21 * DAY, max: 90 * DAY });

function interviewsOf(readings: Iterable<NoteReading>): Interview[] {
  return partition(readings).interviews;
}

/** The checks every `FollowUps` must pass, whatever went in. */
function expectWellFormed(
  result: FollowUps,
  readings: NoteReading[],
  settings: Settings,
  now: Date,
): void {
  expect(result.now).toBe(now.toISOString());
  const byPath = new Map(interviewsOf(readings).map((i) => [i.path, i]));
  const seen = new Set<string>();
  for (const item of result.items) {
    const interview = byPath.get(item.path);
    expect(interview).toBeDefined();
    expect(ACTION_IDS).toContain(item.action);
    expect(new Date(item.opens).toISOString()).toBe(item.opens);
    if (item.deadline !== null) expect(new Date(item.deadline).toISOString()).toBe(item.deadline);
    const deadline = item.deadline === null ? null : Date.parse(item.deadline);
    expect(item.state).toBe(stateAt(Date.parse(item.opens), deadline, now.getTime()));
    expect(item.organization).toBe(interview?.organization);
    expect(item.position).toBe(interview?.position);
    // One item per note and kind, or, for a panel's thank-yous, per person.
    const key = `${item.path}\u0000${item.action}\u0000${item.contact ?? ""}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
  for (let i = 1; i < result.items.length; i++) {
    expect(
      compareItems(result.items[i - 1] as FollowUpItem, result.items[i] as FollowUpItem),
    ).toBeLessThanOrEqual(0);
  }
  const problems = readings.flatMap((r) =>
    r.kind === "problem" ? [`${r.path}\u0000${r.reason}`] : [],
  );
  expect(result.problems.map((p) => `${p.path}\u0000${p.reason}`)).toEqual(problems.sort());
  for (const problem of result.problems) {
    // A reason a person can read: one line, no "[object Object]".
    expect(problem.reason).toMatch(/\S/);
    expect(problem.reason).not.toMatch(/[\r\n]|\[object /);
  }
  // The JSON contract survives a round trip: no undefined, NaN or Date objects inside.
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  const due = result.items.filter((item) => item.state !== "upcoming").length;
  expect(dueCount(readings, settings, now.getTime())).toBe(due);
  // What the away notice compares: the same follow-ups in the same states.
  const stateOf = (i: { path: string; action: string; contact?: string | null; state: string }) =>
    `${i.path}\u0000${i.action}\u0000${i.contact ?? ""}\u0000${i.state}`;
  expect(followUpStates(readings, settings, now.getTime()).map(stateOf).sort()).toEqual(
    result.items.map(stateOf).sort(),
  );
}

describe("the engine never throws", () => {
  it("reads any JSON-like record and builds a well-formed result from it", () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pathArb, anyFrontmatterArb), { maxLength: 5 }),
        storedSettingsArb,
        fc.date({
          min: new Date("0001-01-01T00:00Z"),
          max: new Date("9999-12-31T00:00Z"),
          noInvalidDate: true,
        }),
        (notes, stored, now) => {
          const { settings } = loadSettings(stored);
          const readings: NoteReading[] = [];
          notes.forEach(([base, frontmatter], i) => {
            const path = `${base} ${i}`;
            // Recognising, then reading as if recognised: neither may throw.
            readNote(path, frontmatter, settings);
            const reading = readInterview(path, frontmatter, settings);
            if (reading.kind === "interview") {
              expect(reading.interview.path).toBe(path);
              expect(Number.isFinite(reading.interview.date.ms)).toBe(true);
            } else {
              expect(reading.path).toBe(path);
            }
            readings.push(reading);
          });
          const result = computeFollowUps(readings, settings, now);
          expectWellFormed(result, readings, settings, now);
        },
      ),
      RUNS,
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  });
});

/** Actions whose `opens` is "now" by design: their time moves with the clock. */
function opensWithNow(item: FollowUpItem, interview: Interview | undefined): boolean {
  return (
    item.action === "offer-decision" ||
    item.action === "offer-heads-up" ||
    (item.action === "rejection-reply" && interview?.rejectedOn === null)
  );
}

/**
 * What went wrong between two results at `a.now` < `b.now`, in words (empty when nothing did).
 * Plain checks rather than one `expect` each: this runs tens of thousands of times.
 */
function movedBack(a: FollowUps, b: FollowUps, interviews: Interview[]): string[] {
  const wrong: string[] = [];
  const key = (item: FollowUpItem) => `${item.path} ${item.action} ${item.contact ?? ""}`;
  const byPath = new Map(interviews.map((i) => [i.path, i]));
  const before = new Map(a.items.map((item) => [key(item), item]));
  const after = new Map(b.items.map((item) => [key(item), item]));
  const [nowA, nowB] = [Date.parse(a.now), Date.parse(b.now)];
  const between = `between ${a.now} and ${b.now}`;
  // An offer's deadline passing ends the heads-up about it; another offer may then take over.
  const offerEnded = interviews.some((i) => {
    const deadline = i.status === "offer" ? i.offerDeadline?.ms : undefined;
    return deadline !== undefined && nowA < deadline && deadline <= nowB;
  });
  for (const [k, x] of before) {
    if (x.action === "offer-heads-up" && offerEnded) continue;
    const y = after.get(k);
    if (y === undefined) {
      // Only the upcoming interview goes away by itself, when its time comes.
      if (x.action !== "upcoming-interview" || nowB < Date.parse(x.opens))
        wrong.push(`${k} disappeared ${between}`);
      continue;
    }
    if (RANK[y.state] < RANK[x.state])
      wrong.push(`${k} went from ${x.state} to ${y.state} ${between}`);
    const opens = opensWithNow(x, byPath.get(x.path)) ? [a.now, b.now] : [x.opens, x.opens];
    if (x.opens !== opens[0] || y.opens !== opens[1])
      wrong.push(`${k} opens ${x.opens}, then ${y.opens} ${between}`);
    if (y.deadline !== x.deadline)
      wrong.push(`${k} has deadline ${x.deadline}, then ${y.deadline} ${between}`);
  }
  for (const [k, y] of after) {
    if (before.has(k)) continue;
    // An action only appears when the note's snooze ends.
    const until = byPath.get(y.path)?.snoozedUntil?.ms;
    if (until === undefined || until <= nowA || until > nowB)
      wrong.push(`${k} appeared ${between}`);
  }
  return wrong;
}

describe("time only moves states forward", () => {
  it("keeps every action's state at or past where it was (upcoming → due → overdue)", () => {
    fc.assert(
      fc.property(
        fc.array(interviewArb(), { minLength: 1, maxLength: 3 }),
        settingsArb,
        fc.array(offsetArb, { minLength: 1, maxLength: 6 }),
        (notes, settings, offsets) => {
          const readings = notes.flatMap((fm, i) => {
            const reading = readNote(`Interviews/${i}.md`, fm, settings);
            return reading === null ? [] : [reading];
          });
          const interviews = interviewsOf(readings);
          fc.pre(interviews.length > 0);
          const t = (interviews[0] as Interview).date.ms;
          // Random moments, and every boundary of every action, just before, at and after it.
          const instants = new Set(offsets.map((offset) => t + offset));
          const edges = planEvery(interviews, settings, t).flatMap((a) => [a.opens, a.deadline]);
          for (const i of interviews)
            edges.push(i.date.ms, i.snoozedUntil?.ms ?? null, i.offerDeadline?.ms ?? null);
          for (const edge of edges) {
            if (edge !== null) for (const d of [-1, 0, 1]) instants.add(edge + d);
          }
          let previous: FollowUps | null = null;
          const wrong: string[] = [];
          for (const at of [...instants].sort((x, y) => x - y)) {
            const result = computeFollowUps(readings, settings, new Date(at));
            if (previous !== null) wrong.push(...movedBack(previous, result, interviews));
            previous = result;
          }
          expect(wrong.join("\n")).toBe("");
        },
      ),
      RUNS,
    );
  });
});

describe("the order of the notes does not matter", () => {
  /** Several notes, some sharing organization, position and even the interview date. */
  const notesArb = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom("a", "B", "ü", "Z", "b"), interviewArb({ problems: 2 })), {
        minLength: 1,
        maxLength: 7,
      }),
      fc.option(fc.array(dateTextArb, { minLength: 1, maxLength: 2 })),
    )
    .map(([notes, shared]) =>
      notes.map(([name, fm], i): [string, Record<string, unknown>] => {
        const record = copyRecord(fm);
        if (shared !== null) {
          const key = Object.keys(record).find((k) => k.toLowerCase() === "date") ?? "date";
          record[key] = shared[i % shared.length];
        }
        return [`Interviews/${name} ${i}.md`, record];
      }),
    );

  it("gives the same follow-ups for every order of the same notes", () => {
    fc.assert(
      fc.property(
        notesArb.chain((notes) =>
          fc.tuple(
            fc.constant(notes),
            fc.shuffledSubarray(notes, { minLength: notes.length, maxLength: notes.length }),
          ),
        ),
        settingsArb,
        offsetArb,
        ([notes, shuffled], settings, offset) => {
          const read = (list: [string, Record<string, unknown>][]) =>
            list.flatMap(([path, fm]) => {
              const reading = readNote(path, fm, settings);
              return reading === null ? [] : [reading];
            });
          const a = read(notes);
          const b = read(shuffled);
          const first = interviewsOf(a)[0];
          const now = new Date((first?.date.ms ?? Date.UTC(2026, 10, 25)) + offset);
          expect(computeFollowUps(b, settings, now)).toEqual(computeFollowUps(a, settings, now));
          expect(dueCount(b, settings, now.getTime())).toBe(dueCount(a, settings, now.getTime()));
          expect(supersededRounds(interviewsOf(b))).toEqual(supersededRounds(interviewsOf(a)));
        },
      ),
      RUNS,
    );
  });
});
