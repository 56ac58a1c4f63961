// Round 2's offer heads-up: with an offer in hand (status offer and offer_deadline), every other
// open interview of another organization is told, by the start of the 2nd business day before
// the offer's deadline day, while that deadline is ahead.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, markDone } from "../../src/domain/edits";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { LivePlan } from "../../src/domain/livePlan";
import { type OfferInHand, byDeadline, offerAhead } from "../../src/domain/offers";
import { nameKey } from "../../src/domain/text";
import type { SidebarModel } from "../../src/domain/sidebar";
import { inTimeZone, local, run, settingsWith } from "../support/domain";

const settings = settingsWith();
const open = (organization: string, extra: Record<string, unknown> = {}) => ({
  type: "interview",
  organization,
  position: "Engineer",
  date: "2026-11-20T10:00",
  status: "waiting",
  thank_you_sent: "2026-11-20",
  research_done: "2026-11-21",
  email: "jane@x.example",
  ...extra,
});
const offer = (organization: string, deadline: string, extra: Record<string, unknown> = {}) =>
  open(organization, { status: "offer", offer_deadline: deadline, ...extra });
const NOW = local(2026, 12, 4, 12);

function headsUps(notes: Record<string, Record<string, unknown>>, now = NOW, s = settings) {
  return run(notes, now, s).items.filter((item) => item.action === "offer-heads-up");
}

describe("offer-heads-up", () => {
  it("opens at once on the other open interviews, due by the 2nd business day before the deadline day", () => {
    // Friday 11 December: heard by Wednesday 9 December, 00:00.
    const items = headsUps({
      "Interviews/Globex.md": offer("Globex", "2026-12-11T17:00"),
      "Interviews/Acme.md": open("Acme"),
      "Interviews/Initech.md": open("Initech", { status: "" }),
    });
    expect(items.map((i) => i.path)).toEqual(["Interviews/Acme.md", "Interviews/Initech.md"]);
    for (const item of items) {
      expect(item).toMatchObject({
        state: "due",
        opens: NOW.toISOString(),
        deadline: local(2026, 12, 9).toISOString(),
      });
    }
  });

  it("counts back over a weekend: a Monday or Tuesday deadline is due on Thursday or Friday", () => {
    const by = (deadline: string) =>
      headsUps({ "a.md": offer("Globex", deadline), "b.md": open("Acme") })[0]?.deadline;
    expect(by("2026-12-14")).toBe(local(2026, 12, 10).toISOString());
    expect(by("2026-12-15T09:00")).toBe(local(2026, 12, 11).toISOString());
    // With Friday and Saturday as the weekend, a Sunday deadline is due on Wednesday... then Thursday.
    const gulf = settingsWith({ weekendDays: [5, 6] });
    const notes = { "a.md": offer("Globex", "2026-12-13"), "b.md": open("Acme") };
    expect(headsUps(notes, NOW, gulf)[0]?.deadline).toBe(local(2026, 12, 9).toISOString());
  });

  it("is overdue once that day has begun, and gone when the offer's deadline has passed", () => {
    const notes = { "a.md": offer("Globex", "2026-12-11T17:00"), "b.md": open("Acme") };
    expect(headsUps(notes, local(2026, 12, 9))[0]?.state).toBe("overdue");
    expect(headsUps(notes, local(2026, 12, 11, 16, 59))).toHaveLength(1);
    expect(headsUps(notes, local(2026, 12, 11, 17))).toEqual([]);
  });

  it("takes the earliest deadline still ahead when there are several offers", () => {
    const notes = {
      "a.md": offer("Globex", "2026-12-18"),
      "c.md": offer("Hooli", "2026-12-11T12:00"),
      "b.md": open("Acme"),
    };
    const deadline = (now: Date) => headsUps(notes, now).find((i) => i.path === "b.md")?.deadline;
    expect(deadline(NOW)).toBe(local(2026, 12, 9).toISOString());
    // Once Hooli's has passed, Globex's counts (Friday 18th: by Wednesday 16th).
    expect(deadline(local(2026, 12, 11, 13))).toBe(local(2026, 12, 16).toISOString());
  });

  it("is never news to the organization that made the offer, in any case", () => {
    const items = headsUps({
      "a.md": offer("Globex", "2026-12-11"),
      "b.md": open("GLOBEX", { position: "Designer" }),
    });
    expect(items).toEqual([]);
  });

  it("skips interviews that are closed, not of interest, superseded, or told already", () => {
    const items = headsUps({
      "a.md": offer("Globex", "2026-12-11"),
      "closed.md": open("Acme", { status: "rejected" }),
      "cold.md": open("Beta", { interested: false }),
      "told.md": open("Gamma", { offer_heads_up: "2026-12-03" }),
      "round1.md": open("Delta", { date: "2026-11-10T10:00" }),
      "round2.md": open("Delta", { date: "2026-11-20T10:00" }),
    });
    expect(items.map((i) => i.path)).toEqual(["round2.md"]);
  });

  it("needs a deadline: an offer without one tells no one", () => {
    expect(headsUps({ "a.md": open("Globex", { status: "offer" }), "b.md": open("Acme") })).toEqual(
      [],
    );
  });

  it("is done in one click: today's date into offer_heads_up", () => {
    const fm: Record<string, unknown> = open("Acme");
    applyChanges(fm, markDone("offer-heads-up", fm, settings, NOW.getTime()));
    expect(fm.offer_heads_up).toBe("2026-12-04");
    expect(headsUps({ "a.md": offer("Globex", "2026-12-11"), "b.md": fm })).toEqual([]);
  });
});

describe("the live plan keeps the heads-up current", () => {
  const reading = (path: string, fm: Record<string, unknown>): NoteReading => {
    const read = readNote(path, fm, settings);
    if (read === null) throw new Error("not an interview");
    return read;
  };
  const ofModel = (model: SidebarModel) =>
    model.sections
      .flatMap((s) => s.items)
      .filter((i) => i.action === "offer-heads-up")
      .map((i) => `${i.path} ${i.deadline}`);

  it("when an offer arrives, changes, or goes, and when its deadline passes", () => {
    const plan = new LivePlan(settings, NOW.getTime());
    plan.set("b.md", reading("b.md", open("Acme")));
    expect(ofModel(plan.model(true))).toEqual([]);
    plan.set("a.md", reading("a.md", offer("Globex", "2026-12-11T17:00")));
    expect(ofModel(plan.model(true))).toEqual([`b.md ${local(2026, 12, 9).getTime()}`]);
    plan.set("a.md", reading("a.md", offer("Globex", "2026-12-18")));
    expect(ofModel(plan.model(true))).toEqual([`b.md ${local(2026, 12, 16).getTime()}`]);
    // A date-only deadline is the end of its day.
    plan.advance(local(2026, 12, 18, 23, 59).getTime());
    expect(ofModel(plan.model(true))).toHaveLength(1);
    plan.advance(local(2026, 12, 19).getTime());
    expect(ofModel(plan.model(true))).toEqual([]);
    plan.advance(local(2026, 12, 17).getTime());
    expect(ofModel(plan.model(true))).toHaveLength(1);
    plan.set("a.md", null);
    expect(ofModel(plan.model(true))).toEqual([]);
  });

  it("agrees with the command line's plan at every step", () => {
    const notes = {
      "a.md": offer("Globex", "2026-12-11T17:00"),
      "c.md": offer("Hooli", "2026-12-09"),
      "b.md": open("Acme"),
    };
    const plan = new LivePlan(settings, NOW.getTime());
    for (const [path, fm] of Object.entries(notes)) plan.set(path, reading(path, fm));
    for (const day of [4, 8, 9, 10, 11, 12]) {
      const now = local(2026, 12, day, 12);
      plan.advance(now.getTime());
      const live = ofModel(plan.model(true));
      const cli = headsUps(notes, now).map((i) => `${i.path} ${Date.parse(i.deadline ?? "")}`);
      expect(live).toEqual(cli);
    }
  });
});

describe("offerAhead", () => {
  // The rule as written: the earliest deadline after `now`, from another note of another
  // organisation; compared with the look-up that skips the expired offers by halving.
  const byRule = (offers: OfferInHand[], path: string, organization: string, now: number) =>
    offers.find(
      (o) => o.deadline.ms > now && o.path !== path && o.organization !== nameKey(organization),
    )?.deadline ?? null;
  const when = (ms: number) => ({ ms, offset: null });
  const read = readNote("x.md", open("Acme"), settings);
  if (read?.kind !== "interview") throw new Error("the example note is not read as an interview");
  const someInterview = read.interview;
  const anOffer = fc.record({
    path: fc.constantFrom("a.md", "b.md", "c.md"),
    organization: fc.constantFrom("acme", "globex"),
    ms: fc.integer({ min: 0, max: 6 }),
  });

  it("finds what the rule finds, for any offers (expired, equal deadlines, the note's own)", () => {
    fc.assert(
      fc.property(
        fc.array(anOffer, { maxLength: 12 }),
        fc.constantFrom("a.md", "d.md"),
        fc.constantFrom("Acme", "ACME ", "Initech"),
        fc.integer({ min: -1, max: 7 }),
        (drawn, path, organization, now) => {
          const offers = drawn
            .map((o) => ({ path: o.path, organization: o.organization, deadline: when(o.ms) }))
            .sort(byDeadline);
          const interview = { ...someInterview, path, organization };
          expect(offerAhead(offers, interview, now)).toBe(byRule(offers, path, organization, now));
        },
      ),
    );
  });
});

describe("offer-heads-up across a DST change", () => {
  inTimeZone("America/New_York");
  it("a Tuesday deadline after the clocks go back is due Friday 00:00 EDT", () => {
    // 2026-11-01: clocks go back. Tuesday 3 November → Friday 30 October 00:00 EDT (04:00Z).
    const items = headsUps(
      { "a.md": offer("Globex", "2026-11-03"), "b.md": open("Acme", { date: "2026-10-20" }) },
      local(2026, 10, 26),
    );
    expect(items[0]?.deadline).toBe("2026-10-30T04:00:00.000Z");
  });
});
