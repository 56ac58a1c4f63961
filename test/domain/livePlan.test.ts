import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { dueCount } from "../../src/domain/followups";
import { LivePlan } from "../../src/domain/livePlan";
import type { SidebarModel } from "../../src/domain/sidebar";
import { defaultSettings } from "../../src/domain/settings";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { referenceView } from "../support/referenceSidebar";

const settings = defaultSettings();
const START = new Date(2026, 10, 25, 12, 0).getTime();
const HOUR = 3_600_000;
const PATHS = [
  "Interviews/a.md",
  "Interviews/b.md",
  "Interviews/c.md",
  "Interviews/d.md",
  "Interviews/e.md",
];

const pad = (n: number) => String(n).padStart(2, "0");
function localText(ms: number, dateOnly: boolean): string {
  const d = new Date(ms);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return dateOnly ? day : `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A moment near the start, as a note would hold it (whole quarter hours, some date-only). */
const when = fc
  .record({
    hours: fc.integer({ min: -50 * 24, max: 20 * 24 }),
    quarter: fc.integer({ min: 0, max: 3 }),
    dateOnly: fc.boolean(),
  })
  .map(({ hours, quarter, dateOnly }) =>
    localText(START + hours * HOUR + quarter * 15 * 60_000, dateOnly),
  );

const frontmatter = fc.record(
  {
    organization: fc.constantFrom("Acme", "acme", "Beta", ""),
    position: fc.constantFrom("Dev", "dev", ""),
    date: fc.oneof(
      { weight: 9, arbitrary: when },
      { weight: 1, arbitrary: fc.constant("2026-02-30") },
    ),
    email: fc.constantFrom("a@x.example", ""),
    status: fc.constantFrom("scheduled", "interviewed", "waiting", "rejected", "offer", "accepted"),
    thank_you_sent: fc.boolean(),
    research_done: fc.boolean(),
    followed_up: fc.oneof(fc.boolean(), when),
    rejected_on: when,
    offer_deadline: when,
    snoozed_until: when,
    dismissed: fc.subarray(["thank-you", "research", "follow-up"]),
  },
  { requiredKeys: ["date"] },
);

type Op =
  | { kind: "set"; path: string; fm: Record<string, unknown> }
  | { kind: "delete"; path: string }
  | { kind: "advance"; minutes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      path: fc.constantFrom(...PATHS),
      fm: frontmatter,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      // Mostly forward by minutes to days; now and then back (a clock set back).
      minutes: fc.oneof(
        fc.integer({ min: 1, max: 6 * 24 * 60 }),
        fc.integer({ min: -3 * 24 * 60, max: 0 }),
      ),
    }),
  },
);

/** The model in the reference's terms: every field an item or hidden entry shows. */
function viewOf(model: SidebarModel) {
  const sections = Object.fromEntries(
    model.sections.map((section) => [
      section.state,
      section.items.map(
        (i) =>
          `${i.path} ${i.action} ${i.state} ${i.label} ${i.organization}/${i.position} ${i.warning} ${i.opens ?? "now"} ${i.deadline}`,
      ),
    ]),
  );
  return {
    sections,
    hidden: model.hidden.map((h) =>
      h.kind === "snoozed"
        ? `${h.path} snoozed ${h.label} ${h.until}`
        : `${h.path} ${h.action} dismissed ${h.label} ${h.organization}`,
    ),
    problems: model.problems.map((p) => p.path),
    pipeline: model.pipeline.map((p) => `${p.status} ${p.count}`).sort(),
  };
}

describe("the live plan", () => {
  it("always shows what planning everything afresh shows, whatever the order of changes", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const readings = new Map<string, NoteReading>();
        let now = START;
        const plan = new LivePlan(settings, now);
        for (const step of ops) {
          if (step.kind === "set") {
            const reading = readNote(step.path, step.fm, settings);
            if (reading === null) readings.delete(step.path);
            else readings.set(step.path, reading);
            plan.set(step.path, reading);
          } else if (step.kind === "delete") {
            readings.delete(step.path);
            plan.set(step.path, null);
          } else {
            now += step.minutes * 60_000;
            plan.advance(now);
          }
          const model = plan.model(true);
          expect(viewOf(model)).toEqual(referenceView([...readings.values()], settings, now));
          expect(plan.dueCount()).toBe(
            model.sections[0]!.items.length + model.sections[1]!.items.length,
          );
          // The index counts without a plan until a note changes: the two counts must agree.
          expect(dueCount(readings.values(), settings, now)).toBe(plan.dueCount());
          expect(model.now).toBe(now);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it("hands out lists that later changes do not reach", () => {
    const plan = new LivePlan(settings, START);
    const reading = readNote(
      "Interviews/a.md",
      { date: localText(START - 2 * HOUR, false) },
      settings,
    );
    plan.set("Interviews/a.md", reading);
    const before = plan.model(true);
    const due = before.sections.find((s) => s.state === "due")?.items.map((i) => i.action);
    expect(due).toEqual(["thank-you"]);
    plan.set("Interviews/a.md", null);
    expect(before.sections.find((s) => s.state === "due")?.items.map((i) => i.action)).toEqual(due);
    expect(plan.model(true).sections.every((s) => s.items.length === 0)).toBe(true);
  });

  it("returns the same model while nothing has changed, so the view does not redraw", () => {
    const plan = new LivePlan(settings, START);
    plan.set(
      "Interviews/a.md",
      readNote("Interviews/a.md", { date: "2026-11-20T10:00" }, settings),
    );
    const first = plan.model(true);
    expect(plan.model(true)).toBe(first);
    plan.advance(START + 60_000);
    const moved = plan.model(true);
    expect(moved).not.toBe(first);
    expect(moved.now).toBe(START + 60_000);
  });

  it("moves an item from coming up to due to overdue as its times pass", () => {
    const plan = new LivePlan(settings, START);
    // Thank-you opens at T and is due 24 hours later (the default).
    plan.set(
      "Interviews/a.md",
      readNote("Interviews/a.md", { date: localText(START + HOUR, false) }, settings),
    );
    const stateOf = () =>
      plan.model(true).sections.find((s) => s.items.some((i) => i.action === "thank-you"))?.state;
    expect(stateOf()).toBe("upcoming");
    plan.advance(START + 2 * HOUR);
    expect(stateOf()).toBe("due");
    plan.advance(START + 26 * HOUR);
    expect(stateOf()).toBe("overdue");
  });

  it("brings an item into view the minute the horizon reaches it, in every time zone", () => {
    // Research opens a day after T; put it just past the 7-day horizon, then walk minute by minute.
    const opens = START + settings.horizonDays * 24 * HOUR + 90 * 60_000;
    const fm = { date: localText(opens - 24 * HOUR, false) };
    const reading = readNote("Interviews/a.md", fm, settings);
    if (reading === null) throw new Error("not an interview");
    const plan = new LivePlan(settings, START);
    plan.set("Interviews/a.md", reading);
    let appeared = 0;
    for (let minute = 0; minute <= 4 * 60; minute++) {
      const now = START + minute * 60_000;
      plan.advance(now);
      const live = viewOf(plan.model(true)).sections.upcoming ?? [];
      expect(live).toEqual(referenceView([reading], settings, now).sections.upcoming);
      if (appeared === 0 && live.some((key) => key.startsWith("Interviews/a.md research")))
        appeared = now;
    }
    expect(appeared).toBeGreaterThan(START);
  });

  it("keeps an item the same object when a note is saved without changing it", () => {
    const plan = new LivePlan(settings, START);
    const fm = { date: localText(START - 2 * HOUR, false), organization: "Acme" };
    plan.set("Interviews/a.md", readNote("Interviews/a.md", fm, settings));
    const before = plan.model(true).sections.flatMap((s) => s.items);
    plan.set("Interviews/a.md", readNote("Interviews/a.md", { ...fm }, settings));
    const after = plan.model(true).sections.flatMap((s) => s.items);
    expect(after).toHaveLength(before.length);
    after.forEach((item, i) => expect(item).toBe(before[i]));
    plan.set(
      "Interviews/a.md",
      readNote("Interviews/a.md", { ...fm, organization: "Beta" }, settings),
    );
    const changed = plan.model(true).sections.flatMap((s) => s.items);
    expect(changed.map((i) => i.organization)).toEqual(before.map(() => "Beta"));
    changed.forEach((item, i) => expect(item).not.toBe(before[i]));
  });

  it("does not let a note's old times pile up however often it is saved", () => {
    const plan = new LivePlan(settings, START);
    const fm = { date: localText(START + 2 * HOUR, false) };
    for (let i = 0; i < 5_000; i++) {
      plan.set(
        "Interviews/a.md",
        readNote("Interviews/a.md", { ...fm, organization: `Org ${i % 2}` }, settings),
      );
    }
    const size = (plan as unknown as { timetable: { size: number } }).timetable.size;
    expect(size).toBeLessThanOrEqual(2 * 1 + 1024 + 1);
    // And the times kept are still right: the thank-you comes due when T passes.
    plan.advance(START + 3 * HOUR);
    expect(
      plan
        .model(true)
        .sections.find((s) => s.state === "due")
        ?.items.map((i) => i.action),
    ).toEqual(["thank-you"]);
  });

  it("hands back the lists that did not change, and the pipeline while its counts stay", () => {
    const plan = new LivePlan(settings, START);
    const overdue = { date: localText(START - 40 * 24 * HOUR, false), status: "waiting" };
    const soon = { date: localText(START + 2 * HOUR, false), status: "scheduled" };
    plan.set("Interviews/a.md", readNote("Interviews/a.md", overdue, settings));
    plan.set("Interviews/b.md", readNote("Interviews/b.md", soon, settings));
    const first = plan.model(true);
    // b changes only what is coming up (its organization); a's lists and the counts stay.
    plan.set(
      "Interviews/b.md",
      readNote("Interviews/b.md", { ...soon, organization: "B" }, settings),
    );
    const second = plan.model(true);
    const section = (m: typeof first, state: string) => m.sections.find((s) => s.state === state);
    expect(second).not.toBe(first);
    expect(section(second, "overdue")).toBe(section(first, "overdue"));
    expect(section(second, "upcoming")).not.toBe(section(first, "upcoming"));
    expect(second.pipeline).toBe(first.pipeline);
    expect(second.hidden).toBe(first.hidden);
    expect(second.problems).toBe(first.problems);
    // A new status changes the counts: a new pipeline.
    plan.set(
      "Interviews/b.md",
      readNote("Interviews/b.md", { ...soon, status: "waiting" }, settings),
    );
    expect(plan.model(true).pipeline).not.toBe(second.pipeline);
    expect(plan.model(true).pipeline.map((p) => `${p.status} ${p.count}`)).toEqual(["waiting 2"]);
  });

  it("moves hundreds of notes at once (a laptop waking after a week) as planning afresh would", () => {
    const plan = new LivePlan(settings, START);
    const readings: NoteReading[] = [];
    for (let i = 0; i < 700; i++) {
      const path = `Interviews/${String(i).padStart(3, "0")}.md`;
      const fm = { date: localText(START + (i % 96) * HOUR, false), organization: `Org ${i}` };
      const reading = readNote(path, fm, settings);
      if (reading === null) throw new Error("not an interview");
      readings.push(reading);
      plan.set(path, reading);
    }
    const later = START + 8 * 24 * HOUR;
    plan.advance(later);
    expect(viewOf(plan.model(true))).toEqual(referenceView(readings, settings, later));
  });
});
