// What the live plan promises beyond showing the right things: what stays the same object (the
// view compares objects to know what to draw again), what it notices however small, and that
// its shortcuts never leave a list stale. Each case is one a shortcut could get wrong.
import { describe, expect, it } from "vitest";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { LivePlan } from "../../src/domain/livePlan";
import { defaultSettings } from "../../src/domain/settings";
import type { SidebarItem, SidebarModel } from "../../src/domain/sidebar";

const settings = defaultSettings();
const START = new Date(2026, 10, 25, 12, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, "0");
function at(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function reading(path: string, fm: Record<string, unknown>): NoteReading {
  const read = readNote(path, fm, settings);
  if (read === null) throw new Error(`${path} is not an interview`);
  return read;
}

const items = (model: SidebarModel) => model.sections.flatMap((s) => s.items);
const section = (model: SidebarModel, state: string) =>
  model.sections.find((s) => s.state === state)?.items ?? [];
const A = "Interviews/a.md";
const B = "Interviews/b.md";

describe("saving a note with nothing that shows changed", () => {
  it("hands back the very same model, and each item and list as it was", () => {
    const plan = new LivePlan(settings, START);
    const fm = { date: at(START - 2 * DAY), organization: "Acme", status: "waiting" };
    plan.set(A, reading(A, fm));
    plan.set(B, { kind: "problem", path: B, reason: "Broken" });
    const first = plan.model(true);
    plan.set(A, reading(A, { ...fm }));
    plan.set(B, { kind: "problem", path: B, reason: "Broken" });
    expect(plan.model(true)).toBe(first);
    plan.advance(START);
    expect(plan.model(true)).toBe(first);
  });

  it("sees a snooze that ends later, and a snoozed note's new organization or position", () => {
    const plan = new LivePlan(settings, START);
    const fm = { date: at(START - 2 * DAY), snoozed_until: "2026-12-01", organization: "Acme" };
    plan.set(A, reading(A, fm));
    const until = () =>
      plan.model(true).hidden.map((h) => `${h.kind} ${h.until} ${h.organization}/${h.position}`);
    const before = until();
    plan.set(A, reading(A, { ...fm, snoozed_until: "2026-12-02" }));
    expect(until()).not.toEqual(before);
    expect(until()).toEqual([`snoozed ${new Date(2026, 11, 2).getTime()} Acme/`]);
    plan.set(A, reading(A, { ...fm, snoozed_until: "2026-12-02", organization: "Beta" }));
    expect(until()).toEqual([`snoozed ${new Date(2026, 11, 2).getTime()} Beta/`]);
    plan.set(
      A,
      reading(A, { ...fm, snoozed_until: "2026-12-02", organization: "Beta", position: "Dev" }),
    );
    expect(until()).toEqual([`snoozed ${new Date(2026, 11, 2).getTime()} Beta/Dev`]);
  });

  it("sees a different follow-up dismissed, and names it", () => {
    const plan = new LivePlan(settings, START);
    const fm = { date: at(START - 2 * DAY) };
    plan.set(A, reading(A, { ...fm, dismissed: ["research"] }));
    plan.set(A, reading(A, { ...fm, dismissed: ["thank-you"] }));
    const hidden = plan.model(true).hidden;
    expect(hidden.map((h) => `${h.kind} ${h.action} ${h.label}`)).toEqual([
      "dismissed thank-you Send a thank-you note",
    ]);
    plan.set(A, reading(A, { ...fm, dismissed: ["thank-you", "research"] }));
    const keys = plan.model(true).hidden.map((h) => h.key);
    expect(new Set(keys).size).toBe(2);
    expect(keys.every((key) => key.startsWith(A))).toBe(true);
  });

  it("gives each snoozed note's entry its own key", () => {
    const plan = new LivePlan(settings, START);
    for (const path of [A, B])
      plan.set(path, reading(path, { date: at(START - 2 * DAY), snoozed_until: "2026-12-01" }));
    const keys = plan.model(true).hidden.map((h) => h.key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    expect(keys.map((key) => key.startsWith(A) || key.startsWith(B))).toEqual([true, true]);
  });

  it("sees a new reason for a note it cannot read", () => {
    const plan = new LivePlan(settings, START);
    plan.set(A, { kind: "problem", path: A, reason: "Broken" });
    const first = plan.model(true);
    plan.set(A, { kind: "problem", path: A, reason: "Broken differently" });
    expect(plan.model(true).problems).toEqual([{ path: A, reason: "Broken differently" }]);
    expect(plan.model(true)).not.toBe(first);
  });

  it.each([
    ["position", { position: "Dev" }, (i: SidebarItem) => i.position],
    ["warning", { email: "" }, (i: SidebarItem) => i.warning],
    [
      "opening and deadline",
      { date: at(START - 2 * DAY + HOUR) },
      (i: SidebarItem) => `${i.opens} ${i.deadline}`,
    ],
  ])("makes a new item when its %s changes", (_, change, field) => {
    const plan = new LivePlan(settings, START);
    const fm = { date: at(START - 2 * DAY), email: "a@x.example", status: "interviewed" };
    plan.set(A, reading(A, fm));
    const before = items(plan.model(true));
    plan.set(A, reading(A, { ...fm, ...change }));
    const after = items(plan.model(true));
    expect(after.map(field)).not.toEqual(before.map(field));
    const fresh = new LivePlan(settings, START);
    fresh.set(A, reading(A, { ...fm, ...change }));
    expect(after.map(field)).toEqual(items(fresh.model(true)).map(field));
  });
});

describe("a save that adds to a note's items, or moves only one of its times", () => {
  it("shows an item that comes back while the others stay as they were", () => {
    const plan = new LivePlan(settings, START);
    const fm = { date: at(START - 2 * DAY), email: "a@x.example", research_done: true };
    plan.set(A, reading(A, fm));
    expect(items(plan.model(true)).map((i) => i.action)).toEqual(["thank-you"]);
    plan.set(A, reading(A, { ...fm, research_done: false }));
    expect(
      items(plan.model(true))
        .map((i) => i.action)
        .sort(),
    ).toEqual(["research", "thank-you"]);
  });

  it("sees an interview moved with nothing else changed, and an offer's new deadline", () => {
    const plan = new LivePlan(settings, START);
    plan.set(
      A,
      reading(A, { date: at(START + 2 * DAY), email: "a@x.example", thank_you_sent: true }),
    );
    plan.set(
      A,
      reading(A, { date: at(START + 3 * DAY), email: "a@x.example", thank_you_sent: true }),
    );
    const coming = items(plan.model(true)).find((i) => i.action === "upcoming-interview");
    expect(coming?.opens).toBe(START + 3 * DAY);
    plan.set(
      B,
      reading(B, { date: at(START - 9 * DAY), status: "offer", offer_deadline: "2026-12-01" }),
    );
    plan.set(
      B,
      reading(B, { date: at(START - 9 * DAY), status: "offer", offer_deadline: "2026-12-04" }),
    );
    const offer = items(plan.model(true)).find((i) => i.action === "offer-decision");
    expect(offer?.deadline).toBe(new Date(2026, 11, 4, 23, 59, 59, 999).getTime());
  });
});

describe("rounds of one organization and position", () => {
  it("lets the earlier round plan its research again once the later one is deleted", () => {
    const plan = new LivePlan(settings, START);
    const round = { organization: "Acme", position: "Dev", status: "interviewed" };
    plan.set(A, reading(A, { ...round, date: at(START - 3 * DAY) }));
    plan.set(B, reading(B, { ...round, date: at(START - 2 * DAY) }));
    const research = () =>
      items(plan.model(true))
        .filter((i) => i.action === "research")
        .map((i) => i.path);
    expect(research()).toEqual([B]);
    plan.set(B, null);
    expect(research()).toEqual([A]);
    plan.set(B, reading(B, { ...round, date: at(START - 2 * DAY) }));
    plan.set("Interviews/c.md", reading("Interviews/c.md", { ...round, date: at(START - DAY) }));
    expect(research()).toEqual(["Interviews/c.md"]);
    plan.set("Interviews/c.md", null);
    expect(research()).toEqual([B]);
    plan.set(B, null);
    expect(research()).toEqual([A]);
  });
});

describe("lists kept in order and never stale", () => {
  it("keeps problems in path order as notes come and go", () => {
    const plan = new LivePlan(settings, START);
    for (const path of ["Interviews/c.md", "Interviews/a.md", "Interviews/b.md"])
      plan.set(path, { kind: "problem", path, reason: "Broken" });
    expect(plan.model(true).problems.map((p) => p.path)).toEqual([
      "Interviews/a.md",
      "Interviews/b.md",
      "Interviews/c.md",
    ]);
    const reset = new LivePlan(settings, START).reset(
      ["Interviews/c.md", "Interviews/a.md"].map((path): NoteReading => ({
        kind: "problem",
        path,
        reason: "x",
      })),
    );
    expect(reset.model(true).problems.map((p) => p.path)).toEqual([
      "Interviews/a.md",
      "Interviews/c.md",
    ]);
  });

  it("keeps snoozed and dismissed entries in path order when planned in one go", () => {
    const snoozed = (path: string) =>
      reading(path, { date: at(START - 2 * DAY), snoozed_until: "2026-12-01" });
    const plan = new LivePlan(settings, START).reset([snoozed(B), snoozed(A)]);
    expect(plan.model(true).hidden.map((h) => h.path)).toEqual([A, B]);
  });

  it("turns a due item overdue when its deadline passes, with nothing else to wake it", () => {
    const plan = new LivePlan(settings, START);
    // A rejection's reply is due 48 hours after it came; the note has nothing else to do.
    plan.set(
      A,
      reading(A, { date: at(START - 9 * DAY), status: "rejected", rejected_on: at(START - HOUR) }),
    );
    expect(section(plan.model(true), "due").map((i) => i.action)).toEqual(["rejection-reply"]);
    plan.advance(START + 47 * HOUR + 60_000);
    expect(section(plan.model(true), "overdue").map((i) => i.action)).toEqual(["rejection-reply"]);
  });

  it("empties every list when planned again from nothing", () => {
    const plan = new LivePlan(settings, START);
    plan.set(
      A,
      reading(A, { date: at(START - 40 * DAY), status: "waiting", dismissed: ["research"] }),
    );
    plan.set(B, { kind: "problem", path: B, reason: "Broken" });
    plan.set("Interviews/c.md", reading("Interviews/c.md", { date: at(START + HOUR) }));
    const full = plan.model(true);
    expect(items(full).length).toBeGreaterThan(0);
    expect(full.hidden.length + full.problems.length).toBe(2);
    plan.reset([]);
    const empty = plan.model(true);
    expect(empty.sections.map((s) => s.items.length)).toEqual([0, 0, 0]);
    expect(empty.hidden).toEqual([]);
    expect(empty.problems).toEqual([]);
    expect(empty.pipeline).toEqual([]);
  });

  it("opens an item at its time however long the wait, and however often the note was saved", () => {
    const plan = new LivePlan(settings, START);
    // Research opens a day after the interview, which is an hour from now.
    const fm = { date: at(START + HOUR), email: "a@x.example" };
    for (let i = 0; i < 1_500; i++)
      plan.set(A, reading(A, { ...fm, organization: `Org ${i % 3}` }));
    plan.advance(START + 2 * HOUR);
    expect(section(plan.model(true), "upcoming").map((i) => i.action)).toEqual(["research"]);
    plan.advance(START + HOUR + DAY + 60_000);
    // The thank-you's 24 hours ended a minute ago; research opened then.
    expect(section(plan.model(true), "due").map((i) => i.action)).toEqual(["research"]);
    expect(section(plan.model(true), "overdue").map((i) => i.action)).toEqual(["thank-you"]);
  });
});
