// The follow-up timeline of the spec, one rule at a time, at and around every boundary.
// T is 2026-11-20 14:00 local time unless a test says otherwise.
import { describe, expect, it } from "vitest";
import { readInterview } from "../../src/domain/interview";
import { CLOSED_STATUSES } from "../../src/domain/status";
import { type Settings, defaultSettings } from "../../src/domain/settings";
import { planFollowUps } from "../../src/domain/timeline";
import { DAY, HOUR, itemsOf, local, problemOf, run, settingsWith, shift } from "../support/domain";

const T = local(2026, 11, 20, 14, 0);
const base = {
  organization: "Acme Corp",
  position: "Senior Engineer",
  date: "2026-11-20T14:00",
  contact: "Jane Doe",
  email: "jane.doe@acme.example",
};
const iso = (date: Date) => date.toISOString();

describe("upcoming-interview", () => {
  it("is listed before T, opening at T with no deadline", () => {
    const item = itemsOf(base, shift(T, -1)).get("upcoming-interview");
    expect(item).toMatchObject({ state: "upcoming", opens: iso(T), deadline: null });
  });

  it("goes away once T passes", () => {
    expect(itemsOf(base, T).has("upcoming-interview")).toBe(false);
  });

  it("applies only while the status is open", () => {
    expect(
      itemsOf({ ...base, status: "scheduled" }, shift(T, -DAY)).has("upcoming-interview"),
    ).toBe(true);
    expect(
      itemsOf({ ...base, status: "withdrawn" }, shift(T, -DAY)).has("upcoming-interview"),
    ).toBe(false);
    expect(itemsOf({ ...base, status: "offer" }, shift(T, -DAY)).has("upcoming-interview")).toBe(
      false,
    );
  });
});

describe("thank-you", () => {
  it("opens at T and is due until T + 24 h, then overdue", () => {
    expect(itemsOf(base, shift(T, -1)).get("thank-you")?.state).toBe("upcoming");
    expect(itemsOf(base, T).get("thank-you")?.state).toBe("due");
    expect(itemsOf(base, shift(T, 24 * HOUR - 1)).get("thank-you")?.state).toBe("due");
    expect(itemsOf(base, shift(T, 24 * HOUR)).get("thank-you")?.state).toBe("overdue");
    expect(itemsOf(base, T).get("thank-you")).toMatchObject({
      opens: iso(T),
      deadline: iso(shift(T, 24 * HOUR)),
    });
  });

  it("stays overdue until done", () => {
    expect(itemsOf(base, shift(T, 400 * DAY)).get("thank-you")?.state).toBe("overdue");
  });

  it("runs to the end of the next day for a date-only interview", () => {
    const item = itemsOf({ ...base, date: "2026-11-20" }, local(2026, 11, 21, 23, 0)).get(
      "thank-you",
    );
    expect(item).toMatchObject({
      state: "due",
      opens: iso(local(2026, 11, 20, 23, 59, 59, 999)),
      deadline: iso(local(2026, 11, 21, 23, 59, 59, 999)),
    });
  });

  it.each([["2026-11-21"], [true], ["yes"], ["no"], [["2026-11-21"]], [1], [0]])(
    "is done when thank_you_sent is %j",
    (value) => {
      expect(itemsOf({ ...base, thank_you_sent: value }, T).has("thank-you")).toBe(false);
    },
  );

  it.each([[null], [""], ["  "], [false], ["false"], ["FALSE"], [[]], [[null]], [[""]]])(
    "is not done when thank_you_sent is %j",
    (value) => {
      expect(itemsOf({ ...base, thank_you_sent: value }, T).has("thank-you")).toBe(true);
    },
  );

  it("follows the thank-you hours setting", () => {
    const item = itemsOf(base, T, settingsWith({ thankYouHours: 6 })).get("thank-you");
    expect(item?.deadline).toBe(iso(shift(T, 6 * HOUR)));
  });
});

describe("the email warning", () => {
  it("warns on the thank-you when there is no email, and still lists it", () => {
    const items = itemsOf({ ...base, email: null }, T);
    expect(items.get("thank-you")?.warning).toMatch(/No contact email/);
    expect(items.get("research")?.warning).toBeUndefined();
  });

  it("warns when the email does not look like one", () => {
    expect(itemsOf({ ...base, email: "jane at acme" }, T).get("thank-you")?.warning).toMatch(
      /"jane at acme" does not look like an email address/,
    );
  });

  it("takes the address from a contact written as Name <address>", () => {
    const item = itemsOf({ ...base, email: "", contact: "Jane Doe <jane@acme.example>" }, T).get(
      "thank-you",
    );
    expect(item?.warning).toBeUndefined();
    expect(item && "warning" in item).toBe(false);
  });

  it("warns when the address has no dot after the @", () => {
    expect(itemsOf({ ...base, email: "jane@acme" }, T).get("thank-you")?.warning).toMatch(
      /does not look like/,
    );
  });

  it("has no warning with a good address", () => {
    expect(itemsOf(base, T).get("thank-you")?.warning).toBeUndefined();
  });
});

describe("research", () => {
  const opens = local(2026, 11, 21, 14, 0);
  const deadline = local(2026, 12, 4, 14, 0);

  it("opens on day 1 and is due until day 14, then overdue", () => {
    expect(itemsOf(base, shift(opens, -1)).get("research")?.state).toBe("upcoming");
    expect(itemsOf(base, opens).get("research")?.state).toBe("due");
    expect(itemsOf(base, shift(deadline, -1)).get("research")?.state).toBe("due");
    expect(itemsOf(base, deadline).get("research")?.state).toBe("overdue");
    expect(itemsOf(base, opens).get("research")).toMatchObject({
      opens: iso(opens),
      deadline: iso(deadline),
    });
  });

  it("is done when research_done is set", () => {
    expect(itemsOf({ ...base, research_done: "2026-11-22" }, opens).has("research")).toBe(false);
  });

  it("follows its settings", () => {
    const item = itemsOf(base, T, settingsWith({ researchOpensDays: 2, researchDueDays: 10 })).get(
      "research",
    );
    expect(item).toMatchObject({
      opens: iso(local(2026, 11, 22, 14)),
      deadline: iso(local(2026, 11, 30, 14)),
    });
  });
});

describe("follow-up", () => {
  const opens = local(2026, 12, 4, 14, 0);
  const deadline = local(2026, 12, 11, 14, 0);

  it("opens 14 days after T and is due for 7 days, then overdue", () => {
    expect(itemsOf(base, shift(opens, -1)).get("follow-up")?.state).toBe("upcoming");
    expect(itemsOf(base, opens).get("follow-up")).toMatchObject({
      state: "due",
      opens: iso(opens),
      deadline: iso(deadline),
    });
    expect(itemsOf(base, shift(deadline, -1)).get("follow-up")?.state).toBe("due");
    expect(itemsOf(base, deadline).get("follow-up")?.state).toBe("overdue");
  });

  it("counts from last_heard when that is later than T", () => {
    const item = itemsOf({ ...base, last_heard: "2026-11-25T09:30" }, T).get("follow-up");
    expect(item).toMatchObject({
      opens: iso(local(2026, 12, 9, 9, 30)),
      deadline: iso(local(2026, 12, 16, 9, 30)),
    });
  });

  it("ignores a last_heard earlier than T", () => {
    const item = itemsOf({ ...base, last_heard: "2026-11-01" }, T).get("follow-up");
    expect(item?.opens).toBe(iso(opens));
  });

  it.each([[false], ["false"], ["FALSE"], ["no"], ["No"]])(
    "is not listed when interested is %j",
    (value) => {
      expect(itemsOf({ ...base, interested: value }, opens).has("follow-up")).toBe(false);
      expect(itemsOf({ ...base, interested: value }, opens).has("thank-you")).toBe(true);
    },
  );

  it.each([[true], ["yes"], [null], ["maybe"], [0]])("is listed when interested is %j", (value) => {
    expect(itemsOf({ ...base, interested: value }, opens).has("follow-up")).toBe(true);
  });

  it("is not done when followed_up is false", () => {
    expect(itemsOf({ ...base, followed_up: false }, opens).has("follow-up")).toBe(true);
  });

  it("counts a date-only last_heard from the end of that day", () => {
    const item = itemsOf({ ...base, last_heard: "2026-11-25" }, T).get("follow-up");
    expect(item?.opens).toBe(iso(local(2026, 12, 9, 23, 59, 59, 999)));
  });

  it("is done when followed_up is set and one nudge is all the user allows", () => {
    const one = settingsWith({ maxNudges: 1 });
    const later = shift(opens, 60 * DAY);
    expect(itemsOf({ ...base, followed_up: "2026-12-05" }, later, one).has("follow-up")).toBe(
      false,
    );
    expect(itemsOf({ ...base, followed_up: "2026-12-05" }, later).has("follow-up")).toBe(true);
  });

  it("follows its settings", () => {
    const item = itemsOf(
      base,
      T,
      settingsWith({ followUpAfterDays: 10, followUpWindowDays: 3 }),
    ).get("follow-up");
    expect(item).toMatchObject({
      opens: iso(local(2026, 11, 30, 14)),
      deadline: iso(local(2026, 12, 3, 14)),
    });
  });
});

describe("nudges: one after the silence, then one every nudgeGapDays, up to maxNudges", () => {
  const nudge = settingsWith({ maxNudges: 3, nudgeGapDays: 10 });

  it("allows two nudges by default, a week apart", () => {
    expect(settingsWith().maxNudges).toBe(2);
    expect(settingsWith().nudgeGapDays).toBe(7);
    const second = itemsOf({ ...base, followed_up: "2026-12-05T10:00" }, T).get("follow-up");
    expect(second?.opens).toBe(iso(local(2026, 12, 12, 10)));
    const third = itemsOf({ ...base, followed_up: ["2026-12-05", "2026-12-12"] }, T);
    expect(third.get("follow-up")).toBeUndefined();
  });

  it("opens again N days after the last nudge, deadline opens + the window", () => {
    const item = itemsOf({ ...base, followed_up: "2026-12-05T10:00" }, T, nudge).get("follow-up");
    expect(item).toMatchObject({
      opens: iso(local(2026, 12, 15, 10)),
      deadline: iso(local(2026, 12, 22, 10)),
    });
  });

  it("counts a date-only nudge from the end of that day", () => {
    const item = itemsOf({ ...base, followed_up: "2026-12-05" }, T, nudge).get("follow-up");
    expect(item?.opens).toBe(iso(local(2026, 12, 15, 23, 59, 59, 999)));
  });

  it("times the next from the latest nudge of a list, in any order", () => {
    const dates = ["2026-12-09T10:00", "2026-12-05T10:00"];
    for (const list of [dates, [...dates].reverse()]) {
      const item = itemsOf({ ...base, followed_up: list }, T, nudge).get("follow-up");
      expect(item?.opens).toBe(iso(local(2026, 12, 19, 10)));
    }
  });

  it("stops at maxNudges", () => {
    const three = ["2026-12-01", "2026-12-05", "2026-12-09"];
    expect(itemsOf({ ...base, followed_up: three }, T, nudge).get("follow-up")).toBeUndefined();
    expect(
      itemsOf({ ...base, followed_up: three.slice(1) }, T, nudge).get("follow-up"),
    ).toBeDefined();
  });

  it("starts the count again after news: the first rule applies from last_heard", () => {
    const item = itemsOf(
      { ...base, followed_up: ["2026-12-01", "2026-12-05"], last_heard: "2026-12-08T16:00" },
      T,
      nudge,
    ).get("follow-up");
    expect(item?.opens).toBe(iso(local(2026, 12, 22, 16)));
  });

  it("counts only the nudges after the news", () => {
    const item = itemsOf(
      { ...base, followed_up: ["2026-12-01", "2026-12-10T09:00"], last_heard: "2026-12-08" },
      T,
      nudge,
    ).get("follow-up");
    expect(item?.opens).toBe(iso(local(2026, 12, 20, 9)));
  });

  it("takes a nudge without a date as sent, with nothing to time the next from", () => {
    expect(problemOf({ ...base, followed_up: true }, nudge)).toBeNull();
    expect(problemOf({ ...base, followed_up: "soon" }, nudge)).toBeNull();
    expect(itemsOf({ ...base, followed_up: true }, T, nudge).get("follow-up")).toBeUndefined();
    // With a dated nudge beside it, the date times the next and both count.
    const mixed = itemsOf({ ...base, followed_up: ["yes", "2026-12-05T10:00"] }, T, nudge);
    expect(mixed.get("follow-up")?.opens).toBe(iso(local(2026, 12, 15, 10)));
  });
});

describe("later rounds", () => {
  const round1 = { ...base, type: "interview", date: "2026-11-10T10:00" };
  const round2 = {
    ...base,
    type: "interview",
    organization: "ACME corp",
    position: "senior engineer",
  };

  it("give research and follow-up only to the latest round; each round keeps its thank-you", () => {
    const result = run({ "A/Round 1.md": round1, "A/Round 2.md": round2 }, local(2026, 11, 22));
    const actions = (path: string) =>
      result.items.filter((i) => i.path === path).map((i) => i.action);
    expect(actions("A/Round 1.md")).toEqual(["thank-you"]);
    expect(actions("A/Round 2.md").sort()).toEqual(["follow-up", "research", "thank-you"]);
  });

  it("do not join different positions or notes without an organization", () => {
    const other = { ...round2, position: "Staff Engineer" };
    const result = run({ "A/Round 1.md": round1, "A/Other.md": other }, local(2026, 11, 22));
    expect(
      result.items.filter((i) => i.path === "A/Round 1.md" && i.action === "research"),
    ).toHaveLength(1);
    const anon = run(
      { "A/1.md": { ...round1, organization: "" }, "A/2.md": { ...round2, organization: "" } },
      local(2026, 11, 22),
    );
    expect(anon.items.filter((i) => i.action === "research")).toHaveLength(2);
  });

  it("take the latest date as the latest round, whatever the paths and the order of notes", () => {
    // The later round has the path that sorts first.
    const notes = { "A/b first round.md": round1, "A/a second round.md": round2 };
    for (const order of [notes, { "A/a second round.md": round2, "A/b first round.md": round1 }]) {
      const result = run(order, local(2026, 11, 22));
      expect(result.items.filter((i) => i.action === "research").map((i) => i.path)).toEqual([
        "A/a second round.md",
      ]);
    }
  });

  it("give research to the latest of three rounds, in every order the notes come in", () => {
    const rounds: [string, Record<string, unknown>][] = [
      ["A/1.md", { ...round1, date: "2026-11-01T10:00" }],
      ["A/2.md", { ...round1, date: "2026-11-10T10:00" }],
      ["A/3.md", { ...round1, date: "2026-11-20T10:00" }],
    ];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const notes = Object.fromEntries(order.map((i) => rounds[i]!));
      const result = run(notes, local(2026, 11, 22));
      expect(result.items.filter((i) => i.action === "research").map((i) => i.path)).toEqual([
        "A/3.md",
      ]);
    }
  });

  it("compare organizations and positions by their lower case, so ı and i stay two letters", () => {
    const result = run(
      {
        "A/1.md": { ...round1, organization: "Acme Bilişim" },
        "A/2.md": { ...round2, organization: "ACME Bılişim" },
        "A/3.md": { ...round1, organization: "Globex", position: "Analist" },
        "A/4.md": { ...round2, organization: "Globex", position: "Analıst" },
      },
      local(2026, 11, 22),
    );
    expect(
      result.items
        .filter((i) => i.action === "research")
        .map((i) => i.path)
        .sort(),
    ).toEqual(["A/1.md", "A/2.md", "A/3.md", "A/4.md"]);
  });

  it("settle equal dates by path, whatever the order the notes come in", () => {
    const same = { ...round1 };
    const one = run({ "A/x.md": same, "A/y.md": same }, local(2026, 11, 22));
    const two = run({ "A/y.md": same, "A/x.md": same }, local(2026, 11, 22));
    expect(one).toEqual(two);
    expect(one.items.filter((i) => i.action === "research").map((i) => i.path)).toEqual(["A/y.md"]);
  });
});

describe("planned actions", () => {
  const plan = (fm: Record<string, unknown>, now: Date, settings = defaultSettings()) => {
    const reading = readInterview("Interviews/Note.md", { type: "interview", ...fm }, settings);
    if (reading.kind !== "interview") throw new Error(reading.reason);
    return planFollowUps(reading.interview, false, settings, now.getTime());
  };

  it("are none for a closed status, but the check-in months after a rejection", () => {
    for (const status of CLOSED_STATUSES) {
      const actions = plan({ ...base, status, rejection_replied: "2026-11-21" }, T);
      expect(actions.map((a) => a.action)).toEqual(status === "rejected" ? ["reconnect"] : []);
    }
  });

  it("say why they are hidden: snoozed for the whole note, dismissed for one action", () => {
    const hidden = (fm: Record<string, unknown>) =>
      plan({ ...base, ...fm }, shift(T, HOUR)).map((a) => [a.action, a.hiddenBy]);
    expect(hidden({ dismissed: ["research"] })).toEqual([
      ["thank-you", null],
      ["research", "dismissed"],
      ["follow-up", null],
    ]);
    expect(hidden({ snoozed_until: "2026-11-22", dismissed: ["research"] })).toEqual([
      ["thank-you", "snoozed"],
      ["research", "snoozed"],
      ["follow-up", "snoozed"],
    ]);
  });

  it("end the follow-up at followed_up when one nudge is all the user allows", () => {
    const nudge = settingsWith({ maxNudges: 3, nudgeGapDays: 10 });
    const reading = readInterview(
      "Interviews/Note.md",
      { type: "interview", ...base, followed_up: "2026-12-01" },
      nudge,
    );
    if (reading.kind !== "interview") throw new Error(reading.reason);
    const actions = (settings: Settings) =>
      planFollowUps(reading.interview, false, settings, T.getTime()).map((a) => a.action);
    expect(actions(nudge)).toContain("follow-up");
    expect(actions(settingsWith({ maxNudges: 1 }))).not.toContain("follow-up");
  });
});

describe("rejection-reply", () => {
  const now = local(2026, 11, 26, 9, 0);

  it("opens now with no deadline when rejected_on is not set", () => {
    const items = itemsOf({ ...base, status: "rejected" }, now);
    expect(items.get("rejection-reply")).toMatchObject({
      state: "due",
      opens: iso(now),
      deadline: null,
    });
    expect([...items.keys()]).toEqual(["rejection-reply"]);
  });

  it("opens at rejected_on and is due for 48 hours, then overdue", () => {
    const on = local(2026, 11, 26, 9, 0);
    const fm = { ...base, status: "rejected", rejected_on: "2026-11-26T09:00" };
    expect(itemsOf(fm, shift(on, -1)).get("rejection-reply")?.state).toBe("upcoming");
    expect(itemsOf(fm, on).get("rejection-reply")).toMatchObject({
      state: "due",
      opens: iso(on),
      deadline: iso(shift(on, 48 * HOUR)),
    });
    expect(itemsOf(fm, shift(on, 48 * HOUR - 1)).get("rejection-reply")?.state).toBe("due");
    expect(itemsOf(fm, shift(on, 48 * HOUR)).get("rejection-reply")?.state).toBe("overdue");
  });

  it("opens a date-only rejected_on at the start of that day, due 48 h after its end", () => {
    const item = itemsOf({ ...base, status: "rejected", rejected_on: "2026-11-26" }, now).get(
      "rejection-reply",
    );
    expect(item?.state).toBe("due");
    expect(item?.opens).toBe(iso(local(2026, 11, 26)));
    expect(item?.deadline).toBe(iso(local(2026, 11, 28, 23, 59, 59, 999)));
  });

  it("is done when rejection_replied is set, and the check-in months later is planned", () => {
    const items = itemsOf({ ...base, status: "rejected", rejection_replied: "2026-11-27" }, now);
    expect([...items.keys()]).toEqual(["reconnect"]);
    expect(items.get("reconnect")?.state).toBe("upcoming");
  });

  it("follows the rejection reply hours setting", () => {
    const fm = { ...base, status: "rejected", rejected_on: "2026-11-26T09:00" };
    const item = itemsOf(fm, now, settingsWith({ rejectionReplyHours: 12 })).get("rejection-reply");
    expect(item?.deadline).toBe(iso(local(2026, 11, 26, 21, 0)));
  });
});

describe("offer-decision", () => {
  const now = local(2026, 11, 26, 9, 0);

  it("opens now, with no deadline unless offer_deadline is set", () => {
    const items = itemsOf({ ...base, status: "offer" }, now);
    expect([...items.keys()]).toEqual(["offer-decision"]);
    expect(items.get("offer-decision")).toMatchObject({
      state: "due",
      opens: iso(now),
      deadline: null,
    });
  });

  it("takes offer_deadline as its deadline and is overdue after it", () => {
    const fm = { ...base, status: "Offer", offer_deadline: "2026-11-30" };
    const end = local(2026, 11, 30, 23, 59, 59, 999);
    expect(itemsOf(fm, now).get("offer-decision")?.deadline).toBe(iso(end));
    expect(itemsOf(fm, shift(end, -1)).get("offer-decision")?.state).toBe("due");
    expect(itemsOf(fm, end).get("offer-decision")?.state).toBe("overdue");
  });
});

describe("statuses", () => {
  it("are closed exactly as the spec lists them", () => {
    expect([...CLOSED_STATUSES].sort()).toEqual([
      "accepted",
      "closed",
      "declined",
      "ghosted",
      "rejected",
      "withdrawn",
    ]);
  });

  it.each(["withdrawn", "accepted", "declined", "closed", "ghosted", "Ghosted", "DECLINED"])(
    "%s ends every action",
    (status) => {
      expect(itemsOf({ ...base, status }, shift(T, -DAY)).size).toBe(0);
      expect(itemsOf({ ...base, status }, shift(T, 20 * DAY)).size).toBe(0);
    },
  );

  it.each([
    ["scheduled"],
    ["interviewed"],
    ["waiting"],
    [null],
    [""],
    ["Waiting"],
    ["  INTERVIEWED "],
  ])("%j is open", (status) => {
    expect(itemsOf({ ...base, status }, T).has("thank-you")).toBe(true);
  });

  it.each([
    ["pending", "thank-you"],
    ["Done", "thank-you"],
    ["on_hold", "thank-you"],
    ["Not selected", "rejection-reply"],
    ["offered", "offer-decision"],
  ])("accepts the synonym %j", (status, action) => {
    expect(itemsOf({ ...base, status }, T).has(action as "thank-you")).toBe(true);
  });

  it("reports an unknown status with the allowed values, never a guess", () => {
    const reason = problemOf({ ...base, status: "maybe" });
    expect(reason).toContain('"status" is "maybe", which is not a status');
    expect(reason).toContain(
      "(use one of: scheduled, interviewed, waiting, offer, rejected, withdrawn, accepted, declined, closed, ghosted)",
    );
  });

  it("reports a status that is not text", () => {
    expect(problemOf({ ...base, status: 3 })).toContain('"status" is 3, which is not a status');
    expect(problemOf({ ...base, status: ["waiting", "offer"] })).toContain('"status" has 2 values');
    expect(problemOf({ ...base, status: ["waiting"] })).toBeNull();
  });
});

describe("dismissed", () => {
  it("hides the listed actions, as a list or a single string", () => {
    expect([
      ...itemsOf({ ...base, dismissed: ["thank-you", "research"] }, shift(T, DAY)).keys(),
    ]).toEqual(["follow-up"]);
    expect(itemsOf({ ...base, dismissed: "thank-you" }, T).has("thank-you")).toBe(false);
    expect(itemsOf({ ...base, dismissed: "Thank-You" }, T).has("thank-you")).toBe(false);
  });

  it("reads ids written as one text separated by commas", () => {
    expect([
      ...itemsOf({ ...base, dismissed: "thank-you, research" }, shift(T, DAY)).keys(),
    ]).toEqual(["follow-up"]);
  });

  it("treats an empty list as nothing dismissed", () => {
    expect(itemsOf({ ...base, dismissed: [] }, T).has("thank-you")).toBe(true);
  });

  it("reports an id that is not an action", () => {
    expect(problemOf({ ...base, dismissed: ["thank_you"] })).toContain(
      '"dismissed" holds "thank_you"',
    );
  });
});

describe("snoozed_until", () => {
  it("hides all of the note's actions until that time", () => {
    const fm = { ...base, snoozed_until: "2026-11-23T09:00" };
    expect(itemsOf(fm, local(2026, 11, 23, 8, 59)).size).toBe(0);
    expect(itemsOf(fm, local(2026, 11, 23, 9, 0)).size).toBe(3);
  });

  it("with a date alone, hides them until that day starts", () => {
    const fm = { ...base, snoozed_until: "2026-11-23" };
    expect(itemsOf(fm, local(2026, 11, 22, 23, 59)).size).toBe(0);
    expect(itemsOf(fm, local(2026, 11, 23, 0, 0)).size).toBe(3);
  });

  it("reports a snooze that is not a date", () => {
    expect(problemOf({ ...base, snoozed_until: "tomorrow" })).toContain(
      '"snoozed_until" is "tomorrow", not a date',
    );
  });
});

describe("every property under the user's own name", () => {
  const names = {
    organization: "company",
    position: "role",
    date: "when",
    contact: "who",
    email: "mail",
    status: "stage",
    interested: "keen",
    lastHeard: "news",
    thankYouSent: "thanked",
    researchDone: "researched",
    followedUp: "nudged",
    rejectionReplied: "replied",
    offerHeadsUp: "told_them",
    reconnected: "kept_in_touch",
    rejectedOn: "turned_down",
    offerDeadline: "answer_by",
    snoozedUntil: "later",
    dismissed: "hidden",
    previousRound: "before",
    decisionBy: "promised",
    thanked: "thanked_people",
  };
  const custom = settingsWith({ properties: names, maxNudges: 3 });

  it("reads each one", () => {
    const fm = {
      company: "Acme",
      role: "Dev",
      when: "2026-11-20T14:00",
      mail: "bad",
      news: "2026-11-25T09:30",
    };
    const items = itemsOf(fm, T, custom);
    expect(items.get("thank-you")).toMatchObject({ organization: "Acme", position: "Dev" });
    expect(items.get("thank-you")?.warning).toContain('"mail" "bad"');
    expect(items.get("follow-up")?.opens).toBe(iso(local(2026, 12, 9, 9, 30)));
    expect(itemsOf({ ...fm, thanked: true, researched: true }, T, custom).size).toBe(1);
    expect(itemsOf({ ...fm, keen: "no" }, T, custom).has("follow-up")).toBe(false);
    expect(itemsOf({ ...fm, nudged: "2026-12-20T10:00" }, T, custom).get("follow-up")?.opens).toBe(
      iso(local(2026, 12, 27, 10)),
    );
    expect(itemsOf({ ...fm, hidden: ["thank-you"] }, T, custom).has("thank-you")).toBe(false);
    expect(itemsOf({ ...fm, later: "2026-12-30" }, T, custom).size).toBe(0);
    const rejected = itemsOf(
      { ...fm, stage: "rejected", turned_down: "2026-11-24T10:00" },
      T,
      custom,
    );
    expect(rejected.get("rejection-reply")?.deadline).toBe(iso(local(2026, 11, 26, 10)));
    expect(itemsOf({ ...fm, stage: "rejected", replied: true }, T, custom).size).toBe(0);
    const offer = itemsOf({ ...fm, stage: "offer", answer_by: "2026-11-30" }, T, custom);
    expect(offer.get("offer-decision")?.deadline).toBe(iso(local(2026, 11, 30, 23, 59, 59, 999)));
  });

  it("ignores the default names once they are mapped away", () => {
    const fm = {
      company: "Acme",
      when: "2026-11-20T14:00",
      thank_you_sent: true,
      status: "withdrawn",
    };
    expect(itemsOf(fm, T, custom).has("thank-you")).toBe(true);
    expect(defaultSettings().properties.thankYouSent).toBe("thank_you_sent");
  });
});

describe("values that could never end", () => {
  it("reads a list that contains itself (a YAML self-alias) without throwing", () => {
    const loop: unknown[] = [];
    loop.push(loop);
    for (const key of [
      "organization",
      "date",
      "status",
      "thank_you_sent",
      "dismissed",
      "email",
      "interested",
    ]) {
      expect(() =>
        run({ "Interviews/a.md": { date: "2026-11-20", [key]: loop } }, T),
      ).not.toThrow();
    }
    expect(problemOf({ ...base, organization: loop })).toContain(
      '"organization" is a list holding a nested value',
    );
  });

  it("reads a list nested 20,000 deep without throwing", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() =>
      run({ "Interviews/a.md": { ...base, position: deep, thank_you_sent: deep } }, T),
    ).not.toThrow();
  });
});
