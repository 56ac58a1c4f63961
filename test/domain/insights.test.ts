// Insights: fixture vaults with known dates give known rates and medians, whatever order the
// notes come in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Insights, funnelOf, insightsOf, median } from "../../src/domain/insights";
import type { NoteReading } from "../../src/domain/interview";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { ALL_STATUSES } from "../../src/domain/status";
import { dateObjectArb, interviewArb } from "../support/arbitraries";
import { inTimeZone, local } from "../support/domain";

const settings = defaultSettings();
// Noon in Paris, where the fixture tests run (the notes are read in local time).
const NOW = new Date("2026-11-25T12:00:00+01:00");

/** Readings of notes given as name → frontmatter, each in the interview folder. */
function readings(notes: Record<string, Record<string, unknown>>): NoteReading[] {
  return Object.entries(notes).flatMap(([name, fm]) => {
    const reading = readNote(`Interviews/${name}.md`, { type: "interview", ...fm }, settings);
    return reading === null ? [] : [reading];
  });
}

function insights(notes: Record<string, Record<string, unknown>>, now = NOW): Insights {
  return insightsOf(readings(notes), now);
}

/** A note interviewed on `date` at 10:00 and answered `days` calendar days later. */
function answered(org: string, date: string, days: number, extra: Record<string, unknown> = {}) {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return {
    organization: org,
    date: `${date}T10:00`,
    last_heard: day.toISOString().slice(0, 10),
    ...extra,
  };
}

describe("median", () => {
  it.each([
    [[], null],
    [[7], 7],
    [[9, 1, 5], 5],
    [[4, 4, 4], 4],
    [[2, 9, 5, 5], 5],
    [[9, 2, 7, 5], 6],
    [[1, 2], 1.5],
    [[0, 0, 1, 1], 0.5],
    [[10, 2, 33, 4, 100, 1], 7],
  ])("of %j is %j", (values, expected) => {
    const copy = [...values];
    expect(median(values)).toBe(expected);
    expect(values).toEqual(copy);
  });
});

describe("insights of fixture vaults", () => {
  inTimeZone("Europe/Paris");

  it("says nothing for no notes: no rate and no median, never NaN", () => {
    const result = insights({});
    expect(result).toMatchObject({
      interviews: 0,
      unreadable: 0,
      happened: 0,
      heardBack: 0,
      responseRate: null,
      medianDaysToAnswer: null,
      timedAnswers: 0,
      ghosted: 0,
      offers: 0,
      organizations: [],
    });
    expect(Object.keys(result.byStatus)).toEqual(["none", ...ALL_STATUSES]);
    expect(Object.values(result.byStatus).every((n) => n === 0)).toBe(true);
    expect(funnelOf(result)).toEqual({
      interviewed: 0,
      heardBack: 0,
      offers: 0,
      medianDaysToAnswer: null,
    });
  });

  it("gives one note's own numbers", () => {
    const result = insights({ a: answered("Acme", "2026-11-02", 3, { status: "waiting" }) });
    expect(result).toMatchObject({
      interviews: 1,
      happened: 1,
      heardBack: 1,
      responseRate: 1,
      medianDaysToAnswer: 3,
      timedAnswers: 1,
    });
    expect(result.organizations).toEqual([
      {
        organization: "Acme",
        rounds: 1,
        latestStatus: "waiting",
        daysToAnswer: 3,
        interviews: [
          {
            path: "Interviews/a.md",
            position: "",
            date: local(2026, 11, 2, 10).toISOString(),
            round: 1,
            status: "waiting",
            heardBack: true,
            daysToAnswer: 3,
          },
        ],
      },
    ]);
  });

  it("takes the mean of the two middle values for an even count, and keeps ties", () => {
    const even = insights({
      a: answered("A", "2026-10-01", 2),
      b: answered("B", "2026-10-01", 9),
      c: answered("C", "2026-10-01", 5),
      d: answered("D", "2026-10-01", 8),
    });
    expect(even.medianDaysToAnswer).toBe(6.5);
    const ties = insights({
      a: answered("A", "2026-10-01", 5),
      b: answered("B", "2026-10-02", 5),
      c: answered("C", "2026-10-03", 5),
      d: answered("D", "2026-10-04", 1),
    });
    expect(ties.medianDaysToAnswer).toBe(5);
    expect(ties.timedAnswers).toBe(4);
  });

  it("counts an answer on the interview's own day as 0 days, and counts calendar days", () => {
    const result = insights({
      // A date alone is read as the end of its day: still the same day as a 10:00 interview.
      same: { organization: "A", date: "2026-11-03T10:00", last_heard: "2026-11-03" },
      // 23:30 to 00:30: one calendar day, though an hour apart.
      late: { organization: "B", date: "2026-11-03T23:30", last_heard: "2026-11-04T00:30" },
    });
    expect(result.organizations.map((o) => [o.organization, o.daysToAnswer])).toEqual([
      ["B", 1],
      ["A", 0],
    ]);
    expect(result.medianDaysToAnswer).toBe(0.5);
  });

  it("takes the earlier of last_heard and rejected_on as the first news", () => {
    const result = insights({
      a: {
        organization: "A",
        date: "2026-11-02T10:00",
        status: "rejected",
        rejected_on: "2026-11-06",
        last_heard: "2026-11-12",
      },
    });
    expect(result.medianDaysToAnswer).toBe(4);
  });

  it("ignores news dated before the interview's day: no answer to it, and not heard back", () => {
    const result = insights({
      booked: {
        organization: "A",
        date: "2026-11-10T10:00",
        status: "waiting",
        last_heard: "2026-11-06",
      },
      // The rejection after the interview still counts, from its own date.
      rejected: {
        organization: "B",
        date: "2026-11-10T10:00",
        status: "rejected",
        last_heard: "2026-11-06",
        rejected_on: "2026-11-13",
      },
    });
    expect(result.heardBack).toBe(1);
    expect(result.responseRate).toBe(0.5);
    expect(result.medianDaysToAnswer).toBe(3);
    expect(result.timedAnswers).toBe(1);
    const booked = result.organizations.find((o) => o.organization === "A")?.interviews[0];
    expect(booked).toMatchObject({ heardBack: false, daysToAnswer: null });
  });

  it("ignores news dated after today for the median, but counts it as news", () => {
    const result = insights({
      a: { organization: "A", date: "2026-11-20T10:00", last_heard: "2026-11-27" },
      b: { organization: "B", date: "2026-11-20T10:00", last_heard: "2026-11-25" },
    });
    expect(result).toMatchObject({ heardBack: 2, medianDaysToAnswer: 5, timedAnswers: 1 });
  });

  it("counts ghosted notes, which have no news unless they say so", () => {
    const result = insights({
      a: { organization: "A", date: "2026-10-01T10:00", status: "ghosted" },
      b: { organization: "B", date: "2026-10-02T10:00", status: "no response" },
      c: {
        organization: "C",
        date: "2026-10-03T10:00",
        status: "Ghosted",
        last_heard: "2026-10-03",
      },
      d: { organization: "D", date: "2026-10-04T10:00", status: "waiting" },
    });
    expect(result).toMatchObject({ ghosted: 3, happened: 4, heardBack: 1, responseRate: 0.25 });
    expect(result.byStatus).toMatchObject({ ghosted: 3, waiting: 1, none: 0 });
  });

  it("counts the funnel over the interviews that happened: statuses that answer are news", () => {
    const result = insights({
      rejected: { organization: "A", date: "2026-10-01T10:00", status: "rejected" },
      offer: { organization: "B", date: "2026-10-01T10:00", status: "offered" },
      accepted: { organization: "C", date: "2026-10-01T10:00", status: "accepted" },
      declined: { organization: "D", date: "2026-10-01T10:00", status: "declined" },
      withdrawn: { organization: "E", date: "2026-10-01T10:00", status: "withdrawn" },
      none: { organization: "F", date: "2026-10-01T10:00" },
      coming: { organization: "G", date: "2026-11-30T10:00", status: "scheduled" },
      // An offer on a note dated ahead is not in the funnel: it has not happened.
      ahead: { organization: "H", date: "2026-12-01T10:00", status: "offer" },
    });
    expect(result).toMatchObject({ interviews: 8, happened: 6, heardBack: 4, offers: 3 });
    expect(result.responseRate).toBe(4 / 6);
    expect(funnelOf(result)).toEqual({
      interviewed: 6,
      heardBack: 4,
      offers: 3,
      medianDaysToAnswer: null,
    });
    expect(result.byStatus).toMatchObject({ offer: 2, none: 1, scheduled: 1, rejected: 1 });
  });

  it("counts the interview at exactly now as happened", () => {
    expect(insights({ a: { organization: "A", date: "2026-11-25T12:00" } }).happened).toBe(1);
    expect(insights({ a: { organization: "A", date: "2026-11-25T12:01" } }).happened).toBe(0);
  });

  it("groups an organization's notes ignoring case, with its rounds, latest status and days", () => {
    const result = insights({
      r1: answered("Initech", "2026-10-05", 4, { position: "Backend Developer" }),
      r2: answered("INITECH", "2026-10-19", 7, { position: "backend developer" }),
      r3: {
        organization: "Initech",
        position: "Backend Developer",
        date: "2026-11-02T10:00",
        status: "rejected",
      },
      other: answered("initech", "2026-09-01", 2, { position: "Designer", status: "waiting" }),
      nameless: answered("", "2026-11-01", 1),
    });
    expect(result.organizations).toHaveLength(1);
    const [initech] = result.organizations;
    expect(initech).toMatchObject({
      organization: "Initech",
      rounds: 4,
      latestStatus: "rejected",
      daysToAnswer: 4,
    });
    expect(initech?.interviews.map((i) => [i.path, i.round, i.daysToAnswer])).toEqual([
      ["Interviews/other.md", 1, 2],
      ["Interviews/r1.md", 1, 4],
      ["Interviews/r2.md", 2, 7],
      ["Interviews/r3.md", 3, null],
    ]);
    // The note without an organization is still counted.
    expect(result).toMatchObject({ interviews: 5, happened: 5, timedAnswers: 4 });
    expect(result.medianDaysToAnswer).toBe(3);
  });

  it("counts a round followed by a later round of the same position as heard back", () => {
    const result = insights({
      r1: {
        organization: "Hooli",
        position: "SRE",
        date: "2026-10-05T10:00",
        status: "interviewed",
      },
      r2: { organization: "Hooli", position: "sre", date: "2026-11-30T10:00", status: "scheduled" },
      // Same day, same time: a duplicate, not an invitation.
      dupe1: { organization: "Pied", position: "X", date: "2026-10-05T10:00" },
      dupe2: { organization: "Pied", position: "X", date: "2026-10-05T10:00" },
      // Another position of the same organization says nothing about this one.
      other: { organization: "Pied", position: "Y", date: "2026-10-09T10:00" },
    });
    expect(result).toMatchObject({ happened: 4, heardBack: 1, timedAnswers: 0 });
    const hooli = result.organizations.find((o) => o.organization === "Hooli");
    expect(hooli?.interviews.map((i) => i.heardBack)).toEqual([true, false]);
    expect(hooli?.latestStatus).toBe("scheduled");
  });

  it("groups names that only differ in Unicode form or inner spacing (NFC and NFD Café)", () => {
    const nfc = "Caf\u00e9 Noir";
    const nfd = "Cafe\u0301  Noir";
    const result = insights({
      a: { organization: nfc, position: "Barista", date: "2026-10-01T10:00" },
      b: { organization: nfd, position: "Barista", date: "2026-10-08T10:00" },
      c: { organization: "CAF\u00c9\tNOIR", position: "barista", date: "2026-10-15T10:00" },
    });
    expect(result.organizations).toHaveLength(1);
    expect(result.organizations[0]?.rounds).toBe(3);
    const ascii = insights({
      a: { organization: "Acme  Corp", date: "2026-10-01T10:00" },
      b: { organization: "acme corp", date: "2026-10-02T10:00" },
      c: { organization: "ACME\tCORP", date: "2026-10-03T10:00" },
      d: { organization: "AcmeCorp", date: "2026-10-04T10:00" },
    });
    expect(ascii.organizations.map((o) => [o.organization, o.rounds])).toEqual([
      ["AcmeCorp", 1],
      ["ACME\tCORP", 3],
    ]);
    expect(result.organizations[0]?.interviews.map((i) => i.round)).toEqual([1, 2, 3]);
    // A later round of the same position, however it is spelt, is news for the earlier ones.
    expect(result.heardBack).toBe(2);
  });

  it("orders organizations by their latest interview, then by name", () => {
    const result = insights({
      a: { organization: "beta", date: "2026-10-01T10:00" },
      b: { organization: "Alpha", date: "2026-10-01T10:00" },
      c: { organization: "Gamma", date: "2026-09-01T10:00" },
      d: { organization: "Gamma", date: "2026-11-01T10:00" },
    });
    expect(result.organizations.map((o) => o.organization)).toEqual(["Gamma", "Alpha", "beta"]);
  });

  it("counts unreadable notes apart and nowhere else", () => {
    const result = insights({
      bad: { organization: "A", date: "next tuesday" },
      good: { organization: "B", date: "2026-10-01T10:00" },
    });
    expect(result).toMatchObject({ interviews: 1, unreadable: 1, happened: 1 });
    expect(result.byStatus.none).toBe(1);
  });

  it("passes `ready` through only when given, right after now", () => {
    expect("ready" in insightsOf([], NOW)).toBe(false);
    expect(Object.keys(insightsOf([], NOW, false)).slice(0, 2)).toEqual(["now", "ready"]);
  });
});

describe("insights of any notes", () => {
  const vaultArb = fc
    .array(interviewArb({ problems: 1 }), { maxLength: 30 })
    .map((notes) =>
      notes.flatMap((fm, i) => readNote(`Interviews/n${i % 7}/${i}.md`, fm, settings) ?? []),
    );

  it("do not depend on the order the notes come in", () => {
    fc.assert(
      fc.property(
        vaultArb.chain((notes) =>
          fc.tuple(
            fc.constant(notes),
            fc.shuffledSubarray(notes, { minLength: notes.length, maxLength: notes.length }),
          ),
        ),
        dateObjectArb,
        ([notes, shuffled], now) => {
          expect(insightsOf(shuffled, now)).toEqual(insightsOf(notes, now));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keep the funnel narrowing and the counts adding up", () => {
    fc.assert(
      fc.property(vaultArb, dateObjectArb, (notes, now) => {
        const result = insightsOf(notes, now);
        const statuses = Object.values(result.byStatus).reduce((a, b) => a + b, 0);
        expect(statuses).toBe(result.interviews);
        expect(result.interviews + result.unreadable).toBe(notes.length);
        expect(result.offers).toBeLessThanOrEqual(result.heardBack);
        expect(result.heardBack).toBeLessThanOrEqual(result.happened);
        expect(result.timedAnswers).toBeLessThanOrEqual(result.heardBack);
        expect(result.happened).toBeLessThanOrEqual(result.interviews);
        expect(result.ghosted).toBe(result.byStatus.ghosted);
        const rate = result.responseRate;
        if (result.happened === 0) expect(rate).toBeNull();
        else expect(rate).toBe(result.heardBack / result.happened);
        if (result.timedAnswers === 0) expect(result.medianDaysToAnswer).toBeNull();
        else expect(result.medianDaysToAnswer).toBeGreaterThanOrEqual(0);
        const grouped = result.organizations.reduce((n, o) => n + o.rounds, 0);
        expect(grouped).toBeLessThanOrEqual(result.interviews);
        for (const org of result.organizations) {
          expect(org.interviews).toHaveLength(org.rounds);
          expect(org.latestStatus).toBe(org.interviews[org.rounds - 1]?.status);
        }
        // Nothing in it is lost in JSON: no NaN, no Infinity, no undefined.
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});
