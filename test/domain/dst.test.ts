// Every rule across the daylight-saving changes of 2026, in Europe and in North America.
// "N days" keep the local wall-clock time; "N h" are exact hours; offsets are kept.
import { describe, expect, it } from "vitest";
import { readWhen } from "../../src/domain/time";
import { inTimeZone, itemsOf, run, settingsWith } from "../support/domain";

const contact = { organization: "Acme", position: "Engineer", email: "jane@acme.example" };
const at = (iso: string) => new Date(iso);

describe("Europe/Berlin: clocks go back on 2026-10-25 at 03:00 CEST (UTC+2) to 02:00 CET (UTC+1)", () => {
  inTimeZone("Europe/Berlin");
  // T = 2026-10-24 14:00 CEST = 12:00Z
  const fm = { ...contact, date: "2026-10-24T14:00" };

  it("thank-you: T + 24 h is 2026-10-25 13:00 CET (exact hours, so the wall clock shows 13:00)", () => {
    expect(itemsOf(fm, at("2026-10-24T12:00:00Z")).get("thank-you")?.deadline).toBe(
      "2026-10-25T12:00:00.000Z",
    );
  });

  it("research: T + 1 day opens 2026-10-25 14:00 CET and T + 14 days is 2026-11-07 14:00 CET", () => {
    const item = itemsOf(fm, at("2026-10-24T12:00:00Z")).get("research");
    expect(item?.opens).toBe("2026-10-25T13:00:00.000Z");
    expect(item?.deadline).toBe("2026-11-07T13:00:00.000Z");
    expect(itemsOf(fm, at("2026-10-25T12:59:59.999Z")).get("research")?.state).toBe("upcoming");
    expect(itemsOf(fm, at("2026-10-25T13:00:00Z")).get("research")?.state).toBe("due");
  });

  it("follow-up: opens 2026-11-07 14:00 CET, deadline 2026-11-14 14:00 CET", () => {
    const item = itemsOf(fm, at("2026-10-24T12:00:00Z")).get("follow-up");
    expect(item).toMatchObject({
      opens: "2026-11-07T13:00:00.000Z",
      deadline: "2026-11-14T13:00:00.000Z",
    });
  });

  it("follow-up from last_heard 2026-10-20 10:00 CEST (before the change): opens 2026-11-03 10:00 CET", () => {
    const item = itemsOf(
      { ...fm, date: "2026-10-19T10:00", last_heard: "2026-10-20T10:00" },
      at("2026-10-24T12:00:00Z"),
    ).get("follow-up");
    expect(item?.opens).toBe("2026-11-03T09:00:00.000Z");
  });

  it("the later nudge: followed_up 2026-10-20 10:00 CEST + 10 days opens 2026-10-30 10:00 CET", () => {
    const settings = settingsWith({ maxNudges: 3, nudgeGapDays: 10 });
    const item = itemsOf(
      { ...fm, date: "2026-10-01T10:00", followed_up: "2026-10-20T10:00" },
      at("2026-10-24T12:00:00Z"),
      settings,
    ).get("follow-up");
    expect(item?.opens).toBe("2026-10-30T09:00:00.000Z");
  });

  it("a date-only interview: T is 2026-10-24 23:59:59.999 CEST; the thank-you ends 24 h later, 22:59:59.999 CET", () => {
    const item = itemsOf({ ...fm, date: "2026-10-24" }, at("2026-10-24T12:00:00Z")).get(
      "thank-you",
    );
    expect(item).toMatchObject({
      opens: "2026-10-24T21:59:59.999Z",
      deadline: "2026-10-25T21:59:59.999Z",
    });
  });

  it("rejection-reply: rejected_on 2026-10-24 10:00 CEST + 48 h is 2026-10-26 09:00 CET", () => {
    const item = itemsOf(
      { ...fm, status: "rejected", rejected_on: "2026-10-24T10:00" },
      at("2026-10-24T12:00:00Z"),
    ).get("rejection-reply");
    expect(item).toMatchObject({
      opens: "2026-10-24T08:00:00.000Z",
      deadline: "2026-10-26T08:00:00.000Z",
    });
  });

  it("offer-decision: offer_deadline 2026-10-25 ends at 23:59:59.999 CET", () => {
    const item = itemsOf(
      { ...fm, status: "offer", offer_deadline: "2026-10-25" },
      at("2026-10-24T12:00:00Z"),
    ).get("offer-decision");
    expect(item?.deadline).toBe("2026-10-25T22:59:59.999Z");
  });

  it("snoozed_until 2026-10-25 lifts at 00:00 CEST that day (2026-10-24 22:00Z)", () => {
    const snoozed = { ...fm, snoozed_until: "2026-10-25" };
    expect(itemsOf(snoozed, at("2026-10-24T21:59:59.999Z")).size).toBe(0);
    expect(itemsOf(snoozed, at("2026-10-24T22:00:00Z")).size).toBeGreaterThan(0);
  });

  it("an offset is kept: 14:00+02:00 plus 14 days is 14:00+02:00 (13:00 CET), not 14:00 CET", () => {
    const item = itemsOf({ ...fm, date: "2026-10-24T14:00+02:00" }, at("2026-10-24T12:00:00Z")).get(
      "research",
    );
    expect(item?.deadline).toBe("2026-11-07T12:00:00.000Z");
  });

  it("the upcoming interview flips exactly at T, across the change", () => {
    const later = { ...fm, date: "2026-10-25T09:00" }; // 09:00 CET = 08:00Z
    expect(itemsOf(later, at("2026-10-25T07:59:59.999Z")).has("upcoming-interview")).toBe(true);
    expect(itemsOf(later, at("2026-10-25T08:00:00Z")).has("upcoming-interview")).toBe(false);
  });
});

describe("Europe/Berlin: clocks go forward on 2026-03-29 at 02:00 CET (UTC+1) to 03:00 CEST (UTC+2)", () => {
  inTimeZone("Europe/Berlin");
  // T = 2026-03-28 14:00 CET = 13:00Z
  const fm = { ...contact, date: "2026-03-28T14:00" };

  it("thank-you: T + 24 h is 2026-03-29 15:00 CEST", () => {
    expect(itemsOf(fm, at("2026-03-28T13:00:00Z")).get("thank-you")?.deadline).toBe(
      "2026-03-29T13:00:00.000Z",
    );
  });

  it("research: opens 2026-03-29 14:00 CEST (23 h after T), deadline 2026-04-11 14:00 CEST", () => {
    const item = itemsOf(fm, at("2026-03-28T13:00:00Z")).get("research");
    expect(item).toMatchObject({
      opens: "2026-03-29T12:00:00.000Z",
      deadline: "2026-04-11T12:00:00.000Z",
    });
  });

  it("follow-up: opens 2026-04-11 14:00 CEST, deadline 2026-04-18 14:00 CEST", () => {
    const item = itemsOf(fm, at("2026-03-28T13:00:00Z")).get("follow-up");
    expect(item).toMatchObject({
      opens: "2026-04-11T12:00:00.000Z",
      deadline: "2026-04-18T12:00:00.000Z",
    });
  });

  it("a time that does not exist (02:30 on 2026-03-29) is read one hour later, as the clock shows it", () => {
    const result = readWhen("2026-03-29T02:30", "end-of-day");
    expect(result?.ok && new Date(result.when.ms).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});

describe("America/New_York: clocks go forward on 2026-03-08 at 02:00 EST (UTC-5) to 03:00 EDT (UTC-4)", () => {
  inTimeZone("America/New_York");
  // T = 2026-03-07 10:00 EST = 15:00Z
  const fm = { ...contact, date: "2026-03-07T10:00" };

  it("thank-you: T + 24 h is 2026-03-08 11:00 EDT", () => {
    expect(itemsOf(fm, at("2026-03-07T15:00:00Z")).get("thank-you")?.deadline).toBe(
      "2026-03-08T15:00:00.000Z",
    );
  });

  it("research: opens 2026-03-08 10:00 EDT, deadline 2026-03-21 10:00 EDT", () => {
    const item = itemsOf(fm, at("2026-03-07T15:00:00Z")).get("research");
    expect(item).toMatchObject({
      opens: "2026-03-08T14:00:00.000Z",
      deadline: "2026-03-21T14:00:00.000Z",
    });
    expect(itemsOf(fm, at("2026-03-08T13:59:59.999Z")).get("research")?.state).toBe("upcoming");
  });

  it("follow-up: opens 2026-03-21 10:00 EDT, deadline 2026-03-28 10:00 EDT", () => {
    const item = itemsOf(fm, at("2026-03-07T15:00:00Z")).get("follow-up");
    expect(item).toMatchObject({
      opens: "2026-03-21T14:00:00.000Z",
      deadline: "2026-03-28T14:00:00.000Z",
    });
  });

  it("rejection-reply: rejected_on 2026-03-07 (date only) opens 00:00 EST, due 23:59:59.999 EST + 48 h", () => {
    const item = itemsOf(
      { ...fm, status: "rejected", rejected_on: "2026-03-07" },
      at("2026-03-07T15:00:00Z"),
    ).get("rejection-reply");
    expect(item).toMatchObject({
      state: "due",
      opens: "2026-03-07T05:00:00.000Z",
      deadline: "2026-03-10T04:59:59.999Z",
    });
  });

  it("a time that does not exist (02:30 on 2026-03-08) is read as 03:30 EDT", () => {
    const result = readWhen("2026-03-08T02:30", "end-of-day");
    expect(result?.ok && new Date(result.when.ms).toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });
});

describe("America/New_York: clocks go back on 2026-11-01 at 02:00 EDT (UTC-4) to 01:00 EST (UTC-5)", () => {
  inTimeZone("America/New_York");
  // T = 2026-10-31 10:00 EDT = 14:00Z
  const fm = { ...contact, date: "2026-10-31T10:00" };

  it("thank-you: T + 24 h is 2026-11-01 09:00 EST", () => {
    expect(itemsOf(fm, at("2026-10-31T14:00:00Z")).get("thank-you")?.deadline).toBe(
      "2026-11-01T14:00:00.000Z",
    );
  });

  it("research: opens 2026-11-01 10:00 EST (25 h after T), deadline 2026-11-14 10:00 EST", () => {
    const item = itemsOf(fm, at("2026-10-31T14:00:00Z")).get("research");
    expect(item).toMatchObject({
      opens: "2026-11-01T15:00:00.000Z",
      deadline: "2026-11-14T15:00:00.000Z",
    });
  });

  it("follow-up: opens 2026-11-14 10:00 EST, deadline 2026-11-21 10:00 EST", () => {
    const item = itemsOf(fm, at("2026-10-31T14:00:00Z")).get("follow-up");
    expect(item).toMatchObject({
      opens: "2026-11-14T15:00:00.000Z",
      deadline: "2026-11-21T15:00:00.000Z",
    });
  });

  it("snoozed_until 2026-11-01 lifts at 00:00 EDT that day (04:00Z)", () => {
    const result = run(
      { "Interviews/a.md": { ...fm, snoozed_until: "2026-11-01" } },
      at("2026-11-01T03:59:59Z"),
    );
    expect(result.items).toHaveLength(0);
    expect(
      run(
        { "Interviews/a.md": { ...fm, snoozed_until: "2026-11-01" } },
        at("2026-11-01T04:00:00Z"),
      ).items.map((i) => i.action),
    ).toEqual(["thank-you", "research", "follow-up"]);
  });
});
