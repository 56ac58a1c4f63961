// Reading one note's frontmatter, in every shape the metadata cache or the yaml package gives.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Interview, readInterview, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { ACTION_IDS } from "../../src/domain/types";
import { local, settingsWith } from "../support/domain";

const settings = defaultSettings();
const base = { type: "interview", date: "2026-11-20T14:00" };

function read(frontmatter: Record<string, unknown>, s = settings): Interview {
  const reading = readInterview("Interviews/a.md", frontmatter, s);
  if (reading.kind !== "interview") throw new Error(`problem: ${reading.reason}`);
  return reading.interview;
}

function reason(frontmatter: Record<string, unknown> | null, s = settings): string {
  const reading = readInterview("Interviews/a.md", frontmatter, s);
  if (reading.kind !== "problem") throw new Error("expected a problem");
  return reading.reason;
}

describe("text fields", () => {
  it.each([
    ["Acme Corp", "Acme Corp"],
    ["  Acme Corp  ", "Acme Corp"],
    [1984, "1984"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
    [["Acme", "Globex"], "Acme, Globex"],
    [["Acme", null, ""], "Acme"],
    ["[[Acme Corp]]", "Acme Corp"],
    ["[[Companies/Acme Corp|Acme]]", "Acme"],
    ["[[Companies/Acme Corp#History]]", "Acme Corp"],
    ["Acme 🚀 שלום", "Acme 🚀 שלום"],
    ["[[[[Acme]]", "[[Acme"],
    ["[[a]] and [[b|B]]", "a and B"],
  ])("organization %j reads as %j", (value, expected) => {
    expect(read({ ...base, organization: value }).organization).toBe(expected);
  });

  it("reads a blank status as no status", () => {
    expect(read({ ...base, status: "   " }).status).toBeNull();
    expect(read({ ...base, status: [" ", null] }).status).toBeNull();
  });

  it("reports an email that is not text", () => {
    expect(reason({ ...base, email: { work: "jane@acme.example" } })).toBe(
      '"email" is a nested object, not text; write it as plain text',
    );
  });

  it("drops a mailto: written before the address, and only there", () => {
    expect(read({ ...base, email: "MAILTO:jane@acme.example" }).email).toBe("jane@acme.example");
    const odd = read({ ...base, email: "see mailto:jane@acme.example" });
    expect(odd.email).toBe("see mailto:jane@acme.example");
    expect(odd.emailWarning).toMatch(/does not look like an email address/);
  });

  it("reports a nested object where text was expected", () => {
    expect(reason({ ...base, organization: { name: "Acme" } })).toBe(
      '"organization" is a nested object, not text; write it as plain text',
    );
    expect(reason({ ...base, position: [{ a: 1 }] })).toContain(
      '"position" is a list holding a nested value',
    );
  });
});

describe("contact and email", () => {
  it.each([
    [{ contact: "Jane Doe", email: "jane@acme.example" }, "Jane Doe", "jane@acme.example", null],
    [{ contact: "Jane Doe <jane@acme.example>" }, "Jane Doe", "jane@acme.example", null],
    [
      { contact: "[[Jane Doe]]", email: "mailto:jane@acme.example" },
      "Jane Doe",
      "jane@acme.example",
      null,
    ],
    [{ contact: "jane@acme.example" }, "", "jane@acme.example", null],
    [
      { contact: "Jane", email: ["jane@acme.example", "hr@acme.example"] },
      "Jane",
      "jane@acme.example",
      null,
    ],
    [{ contact: "Jane" }, "Jane", "", /No contact email: add "email"/],
    [
      { contact: "Jane", email: "jane(at)acme" },
      "Jane",
      "jane(at)acme",
      /"email" "jane\(at\)acme" does not look/,
    ],
    [{ contact: "Jane <nope>" }, "Jane", "nope", /The address in "contact" "nope" does not look/],
    [{ contact: '"Doe, Jane" <jane@acme.example>' }, "Doe, Jane", "jane@acme.example", null],
    [{ contact: "<<<<jane@acme.example>" }, "<<<", "jane@acme.example", null],
  ])("%j", (fields, name, email, warning) => {
    const interview = read({ ...base, ...fields });
    expect(interview.contactName).toBe(name);
    expect(interview.email).toBe(email);
    if (warning === null) expect(interview.emailWarning).toBeNull();
    else expect(interview.emailWarning).toMatch(warning);
  });
});

describe("dates", () => {
  it("reads the date as text, a YAML timestamp or a Date object", () => {
    expect(read(base).date.ms).toBe(local(2026, 11, 20, 14).getTime());
    expect(read({ ...base, date: new Date(Date.UTC(2026, 10, 20)) }).date.ms).toBe(
      local(2026, 11, 20, 23, 59, 59, 999).getTime(),
    );
    expect(read({ ...base, date: ["2026-11-20T14:00"] }).date.ms).toBe(
      local(2026, 11, 20, 14).getTime(),
    );
  });

  it("reports a missing date with what to add", () => {
    expect(reason({ type: "interview", organization: "Acme" })).toBe(
      'No interview date: add "date" (YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    );
    expect(reason({ type: "interview", date: "" })).toMatch(/^No interview date/);
    expect(reason(null)).toMatch(/^No interview date/);
  });

  it("reports an unusable date, and never as missing", () => {
    expect(reason({ ...base, date: "next tuesday" })).toBe(
      '"date" is "next tuesday", not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    );
    expect(reason({ ...base, date: 20261120 })).toContain('"date" is the number 20261120');
    expect(reason({ ...base, date: ["2026-11-20", "2026-11-21"] })).toBe(
      '"date" has 2 values; keep one',
    );
  });

  it.each(["last_heard", "rejected_on", "offer_deadline", "snoozed_until"])(
    "reports a bad %s",
    (key) => {
      expect(reason({ ...base, [key]: "2026-02-30" })).toBe(
        `"${key}" is "2026-02-30", a day that does not exist`,
      );
    },
  );

  it("joins several reasons with '; '", () => {
    expect(reason({ ...base, date: "soon", status: "maybe" })).toMatch(
      /^"date" is "soon".*; "status" is "maybe"/,
    );
  });
});

describe("flags", () => {
  it("reads interested, the done markers and dismissed", () => {
    const interview = read({
      ...base,
      interested: "No",
      thank_you_sent: "2026-11-20",
      research_done: false,
      followed_up: "",
      rejection_replied: ["x"],
      dismissed: ["research", "Follow-Up"],
    });
    expect(interview.interested).toBe(false);
    // Set marks only, each with its date when it holds one.
    expect(interview.marks).toEqual({
      thankYouSent: {
        ms: local(2026, 11, 20, 23, 59, 59, 999).getTime(),
        offset: null,
        dateOnly: true,
      },
      rejectionReplied: null,
    });
    expect(interview.nudges).toEqual({ count: 0, last: null });
    expect([...interview.dismissed]).toEqual(["research", "follow-up"]);
  });
});

describe("dismissed", () => {
  it("reads false, in any spelling, as nothing dismissed", () => {
    expect([...read({ ...base, dismissed: "false" }).dismissed]).toEqual([]);
    expect([...read({ ...base, dismissed: false }).dismissed]).toEqual([]);
  });

  it("skips empty entries between commas", () => {
    expect([...read({ ...base, dismissed: "research, ,follow-up," }).dismissed]).toEqual([
      "research",
      "follow-up",
    ]);
  });

  it("names the allowed ids when one is not an action", () => {
    expect(reason({ ...base, dismissed: ["thanks"] })).toBe(
      `"dismissed" holds "thanks", which is not a follow-up (use: ${ACTION_IDS.join(", ")})`,
    );
  });
});

describe("property names from settings", () => {
  const custom = settingsWith({
    properties: {
      ...settings.properties,
      date: "interview_date",
      organization: "company",
      status: "stage",
    },
  });

  it("reads the user's names", () => {
    const interview = read(
      { type: "interview", interview_date: "2026-11-20", company: "Acme", stage: "waiting" },
      custom,
    );
    expect(interview.organization).toBe("Acme");
    expect(interview.status).toBe("waiting");
  });

  it("names the user's property in problems", () => {
    expect(reason({ type: "interview", interview_date: "soon" }, custom)).toContain(
      '"interview_date" is "soon"',
    );
    expect(reason({ type: "interview", company: "Acme" }, custom)).toContain(
      'add "interview_date"',
    );
  });
});

describe("frontmatter as the yaml package gives it", () => {
  it("reads a real note's properties", () => {
    const fm = parse(
      [
        "type: interview",
        "organization: Acme Corp",
        "position: Senior Engineer",
        "date: 2026-11-20T14:00",
        'contact: "[[Jane Doe]]"',
        "email: jane.doe@acme.example",
        "status: interviewed",
        "interested: true",
        "last_heard:",
        "dismissed: []",
      ].join("\n"),
    ) as Record<string, unknown>;
    const interview = read(fm);
    expect(interview).toMatchObject({
      organization: "Acme Corp",
      position: "Senior Engineer",
      contact: "Jane Doe",
      email: "jane.doe@acme.example",
      status: "interviewed",
      interested: true,
      lastHeard: null,
    });
    expect(interview.date.ms).toBe(local(2026, 11, 20, 14).getTime());
  });

  it("never lets __proto__ or constructor keys reach a prototype", () => {
    const fm = JSON.parse(
      '{"type":"interview","date":"2026-11-20","__proto__":{"polluted":true},"constructor":"x","status":"constructor"}',
    ) as Record<string, unknown>;
    expect(reason(fm)).toContain('"status" is "constructor", which is not a status');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("readNote", () => {
  it("returns null for notes that are not interviews", () => {
    expect(readNote("Daily/a.md", { date: "2026-11-20" }, settings)).toBeNull();
    expect(readNote("Interviews/Index.md", {}, settings)).toBeNull();
  });

  it("returns a problem for an interview note in the folder without a usable date", () => {
    expect(readNote("Interviews/a.md", { organization: "Acme" }, settings)).toMatchObject({
      kind: "problem",
    });
  });
});

describe("edges the fast paths must keep", () => {
  const named = (organization: string) =>
    settingsWith({ properties: { ...settings.properties, organization } });
  const organizationOf = (frontmatter: Record<string, unknown>, s = settings) => {
    const reading = readInterview("a.md", { date: "2026-11-02", ...frontmatter }, s);
    return reading.kind === "interview" ? reading.interview.organization : reading.reason;
  };

  it("finds a key that differs from the name by any one capital", () => {
    expect(organizationOf({ orgAnization: "Acme" })).toBe("Acme");
    expect(organizationOf({ organiZation: "Acme" })).toBe("Acme");
    expect(organizationOf({ sociétÉ: "Acme" }, named("société"))).toBe("Acme");
  });

  it("reads only the note's own keys, whatever the property is called", () => {
    expect(organizationOf({}, named("constructor"))).toBe("");
    expect(organizationOf({ Other: 1, undefined: "Acme" })).toBe("");
  });

  it("passes over empty entries of the dismissed list, and counts what it does not name", () => {
    const dismissedOf = (dismissed: unknown) =>
      readInterview("a.md", { date: "2026-11-02", dismissed }, settings);
    const reading = dismissedOf([null, "", "research"]);
    expect(reading.kind === "interview" && [...reading.interview.dismissed]).toEqual(["research"]);
    const three = dismissedOf(["a", "b", "c"]);
    expect(three.kind === "problem" && three.reason).not.toMatch(/more that are not/);
    const four = dismissedOf(["a", "b", "c", "d"]);
    expect(four.kind === "problem" && four.reason).toMatch(/holds 1 more that are not follow-ups/);
  });
});

describe("values too large to read", () => {
  it("each such property is named once, with the bound, even when it is read twice", () => {
    const big = "2".repeat(100_001);
    for (const maxNudges of [1, 3]) {
      const why = reason({ ...base, followed_up: big, position: big }, settingsWith({ maxNudges }));
      expect(why).toBe(
        [
          '"position" is 100,001 characters long; shorten it to 100,000 at most',
          '"followed_up" is 100,001 characters long; shorten it to 100,000 at most',
        ].join("; "),
      );
    }
  });

  it("a value at the bound is read as usual", () => {
    expect(read({ ...base, position: "p".repeat(100_000) }).position).toHaveLength(100_000);
  });

  it("a date too large is named for its size, not as a missing date", () => {
    expect(reason({ type: "interview", date: "2".repeat(200_000) })).toBe(
      '"date" is 200,000 characters long; shorten it to 100,000 at most',
    );
  });
});
