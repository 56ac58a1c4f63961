// The calendar file's text (calendar.ts, icsText.ts) for any follow-ups, hostile text included:
// CRLF only, lines of at most 75 octets never cut inside a character, values that unfold and
// unescape to the text shown, UIDs that depend on path, kind and person only and never collide,
// date-only deadlines all day, and a file ical.js reads back whatever the notes hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calendarText,
  eventCount,
  eventSummary,
  eventUid,
  sameCalendar,
} from "../../src/domain/calendar";
import { escapeText, fold, icsSafe, uidPart } from "../../src/domain/icsText";
import { checkChange, withSetting } from "../../src/domain/settingRules";
import { defaultSettings } from "../../src/domain/settings";
import { ACTION_IDS, type FollowUpItem, type FollowUps } from "../../src/domain/types";
import { inTimeZone, local } from "../support/domain";
import { hostileText, isWellFormed } from "../support/hostileText";
import { parseEvents } from "../support/ics";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const RUNS = { ...PROPERTY_RUNS, numRuns: Math.min(PROPERTY_RUNS.numRuns, 300) };
const NOW = Date.UTC(2026, 10, 25, 12);

/** Joins folded lines back (RFC 5545 §3.1): a CRLF followed by one space or tab goes. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, "");
}

/** Reads an escaped TEXT value back (RFC 5545 §3.3.11). */
function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function lines(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(0, -2).split("\r\n");
}

function expectWellFolded(text: string): void {
  for (const line of lines(text)) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    // Never cut inside a character: each physical line is well-formed UTF-16 on its own.
    expect(isWellFormed(line)).toBe(true);
  }
}

/** Any deadline: end of a local day, a round time, any instant, the years' edges. */
const deadlineArb: fc.Arbitrary<number> = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1, max: 9999 }),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, mo, d }) => {
      const date = local(2000, mo, d, 23, 59, 59, 999);
      date.setFullYear(y, mo - 1, d);
      return date.getTime();
    }),
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }),
  fc.integer({ min: -62_200_000_000_000, max: 253_500_000_000_000 }),
  fc.constantFrom(Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(1, 0, 1), -62_198_755_200_000),
);

const itemArb: fc.Arbitrary<FollowUpItem> = fc
  .record({
    path: hostileText(60),
    action: fc.constantFrom(...ACTION_IDS),
    state: fc.constantFrom("upcoming" as const, "due" as const, "overdue" as const),
    deadline: fc.option(deadlineArb, { nil: null }),
    organization: hostileText(120),
    position: hostileText(40),
    warning: fc.option(hostileText(40), { nil: undefined }),
    contact: fc.option(hostileText(30), { nil: undefined }),
  })
  .map(({ deadline, warning, contact, ...rest }) => {
    const item: FollowUpItem = {
      ...rest,
      opens: new Date(NOW).toISOString(),
      deadline: deadline === null ? null : new Date(deadline).toISOString(),
    };
    if (warning !== undefined) item.warning = warning;
    if (contact !== undefined) item.contact = contact;
    return item;
  });

const followUpsArb: fc.Arbitrary<FollowUps> = fc
  .array(itemArb, { maxLength: 8 })
  .map((items) => ({ now: new Date(NOW).toISOString(), items, problems: [] }));

function deadlineOf(item: FollowUpItem): number | null {
  return item.deadline === null ? null : Date.parse(item.deadline);
}

describe("calendarText on any follow-ups", () => {
  it("writes CRLF lines of at most 75 octets that ical.js reads back, event for event", () => {
    fc.assert(
      fc.property(followUpsArb, (followUps) => {
        const text = calendarText(followUps);
        expectWellFolded(text);
        // Nothing but CRLF is a control character (not even a tab).
        expect(text.replace(/\r\n/g, "")).not.toMatch(/\p{Cc}/u);
        const events = parseEvents(text);
        expect(events).toHaveLength(eventCount(text));
        const byUid = new Map(events.map((e) => [e.uid, e]));
        expect(byUid.size).toBe(events.length);
        // Items of one UID (not a thing the rules make) are one follow-up: its first listing.
        const listed = new Set<string>();
        for (const item of followUps.items) {
          const uid = eventUid(item);
          if (listed.has(uid)) continue;
          listed.add(uid);
          const event = byUid.get(uid);
          const deadline = deadlineOf(item);
          if (deadline === null) {
            expect(event).toBeUndefined();
            continue;
          }
          const at = new Date(deadline);
          if ([at.getFullYear(), at.getUTCFullYear()].some((y) => !(y >= 1 && y <= 9998))) continue;
          expect(event).toBeDefined();
          if (event === undefined) continue;
          expect(event.summary).toBe(icsSafe(eventSummary(item)));
          expect(event.summary).not.toMatch(/\n/);
          expect(event.description).toContain(icsSafe(item.path));
        }
      }),
      RUNS,
    );
  });

  it("never throws, whatever the items hold", () => {
    const odd: FollowUpItem = {
      path: "\uD800/\r\n;,\\",
      action: "thank-you",
      state: "due",
      opens: "not a date",
      deadline: "not a date either",
      organization: "x".repeat(100_000),
      position: "🚀".repeat(1_000),
      contact: "\u202e\u0000",
    };
    for (const deadline of [
      odd.deadline,
      "+275760-09-13T00:00:00.000Z",
      "-000001-01-01T00:00:00Z",
    ]) {
      const text = calendarText({ now: "garbage", items: [{ ...odd, deadline }], problems: [] });
      expectWellFolded(text);
      expect(() => parseEvents(text)).not.toThrow();
    }
  });

  it("writes a date-only deadline as an all-day event and any other in UTC", () => {
    const item = (deadline: Date): FollowUpItem => ({
      path: "Interviews/Acme.md",
      action: "research",
      state: "upcoming",
      opens: new Date(NOW).toISOString(),
      deadline: deadline.toISOString(),
      organization: "Acme",
      position: "",
    });
    const allDay = calendarText(
      { now: "", items: [item(local(2026, 12, 31, 23, 59, 59, 999))], problems: [] },
      NOW,
    );
    expect(allDay).toContain("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    const timed = new Date(Date.UTC(2026, 11, 31, 17, 30));
    const text = calendarText({ now: "", items: [item(timed)], problems: [] }, NOW);
    expect(text).toContain("\r\nDTSTART:20261231T173000Z\r\n");
    expect(text).not.toContain("DTEND");
    expect(text).toContain("\r\nDTSTAMP:20261125T120000Z\r\n");
    // A millisecond before or after the end of the day is a time, not a day.
    for (const ms of [-1, 1]) {
      const near = calendarText(
        {
          now: "",
          items: [item(new Date(local(2026, 12, 31, 23, 59, 59, 999).getTime() + ms))],
          problems: [],
        },
        NOW,
      );
      expect(near).not.toContain("VALUE=DATE");
    }
  });

  it("writes a follow-up listed twice once, as first listed, deadline or none", () => {
    const listing = (organization: string, deadline: string | null): FollowUpItem => ({
      path: "Interviews/Acme.md",
      action: "offer-decision",
      state: "upcoming",
      opens: new Date(NOW).toISOString(),
      deadline,
      organization,
      position: "",
    });
    const text = (...items: FollowUpItem[]) => calendarText({ now: "", items, problems: [] }, NOW);
    const first = text(listing("First", "2026-12-01T10:00:00Z"), listing("Second", null));
    expect(eventCount(first)).toBe(1);
    expect(first).toContain("First");
    expect(first).not.toContain("Second");
    expect(eventCount(text(listing("First", null), listing("Second", "2026-12-01T10:00Z")))).toBe(
      0,
    );
  });

  it("starts with the calendar's own properties and orders events by UID, not by state", () => {
    fc.assert(
      fc.property(followUpsArb, (followUps) => {
        const text = calendarText(followUps);
        expect(lines(text).slice(0, 4)).toEqual([
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//interview-follow-up//Interview Follow-up//EN",
          "CALSCALE:GREGORIAN",
        ]);
        // Items of one UID (not a thing the rules make) keep the first: leave them out here.
        const uids = followUps.items.map(eventUid);
        if (new Set(uids).size !== uids.length) return;
        const shuffled = {
          ...followUps,
          items: [...followUps.items].reverse().map((i) => ({ ...i, state: "overdue" as const })),
        };
        expect(calendarText(shuffled)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe("sameCalendar", () => {
  it("ignores DTSTAMP alone and sees any change of an event", () => {
    fc.assert(
      fc.property(followUpsArb, fc.integer({ min: 0, max: 1e12 }), (followUps, later) => {
        const first = calendarText(followUps, NOW);
        expect(sameCalendar(first, calendarText(followUps, NOW + later))).toBe(true);
        const withDeadline = followUps.items.find((i) => deadlineOf(i) !== null);
        if (withDeadline === undefined || eventCount(first) === 0) return;
        const moved = followUps.items.map((i) =>
          i === withDeadline ? { ...i, organization: `${i.organization}!` } : i,
        );
        expect(sameCalendar(first, calendarText({ ...followUps, items: moved }, NOW))).toBe(
          first === calendarText({ ...followUps, items: moved }, NOW),
        );
      }),
      RUNS,
    );
  });
});

describe("text values and folding", () => {
  it("unfold and unescape give the text back, as a calendar shows it", () => {
    fc.assert(
      fc.property(
        hostileText(300),
        fc.constantFrom("SUMMARY", "DESCRIPTION", "X"),
        (text, name) => {
          const line = `${name}:${escapeText(text)}`;
          const folded = fold(line);
          for (const physical of folded.split("\r\n")) {
            expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
            expect(isWellFormed(physical)).toBe(true);
          }
          const value = unfold(folded).slice(name.length + 1);
          expect(unescape(value)).toBe(icsSafe(text));
          // Text without controls or lone surrogates comes back exactly.
          if (
            isWellFormed(text) &&
            !/[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(text)
          )
            expect(icsSafe(text)).toBe(text);
        },
      ),
      RUNS,
    );
  });

  it("escapes the characters RFC 5545 reserves and keeps line breaks as \\n", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    expect(escapeText("tab\there\u0000\u202e")).toBe("tab here  ");
    expect(escapeText("\uD800x\uDC00")).toBe("\uFFFDx\uFFFD");
  });

  it("folds at exactly 75 octets, never inside an emoji", () => {
    const ascii = fold("X".repeat(200));
    expect(ascii.split("\r\n").map((l) => l.length)).toEqual([75, 75, 52]);
    const rockets = fold(`SUMMARY:${"🚀".repeat(40)}`).split("\r\n");
    // 8 octets of name, then 16 rockets of 4: a 17th would make 76.
    expect(rockets.map((l) => Buffer.byteLength(l, "utf8"))).toEqual([72, 73, 25]);
    for (const physical of rockets) expect(isWellFormed(physical)).toBe(true);
    expect(fold("short")).toBe("short");
  });
});

describe("UIDs", () => {
  const keyArb = fc.record({
    path: hostileText(30),
    action: fc.constantFrom(...ACTION_IDS),
    contact: fc.option(hostileText(10), { nil: undefined }),
  });

  it("depend on path, kind and person only, and differ whenever one of those does", () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        const same = a.path === b.path && a.action === b.action && a.contact === b.contact;
        expect(eventUid(a) === eventUid(b)).toBe(same);
        expect(eventUid(a)).toMatch(/^[^@+]*\+[a-z-]+(\+[^@+]*)?@interview-follow-up$/);
        expect(isWellFormed(eventUid(a))).toBe(true);
      }),
      RUNS,
    );
  });

  it("keep apart names that a looser encoding would merge", () => {
    const uids = [
      eventUid({ path: "a+b", action: "thank-you" }),
      eventUid({ path: "a", action: "thank-you", contact: "b" }),
      eventUid({ path: "a", action: "thank-you", contact: "" }),
      eventUid({ path: "\uD800", action: "thank-you" }),
      eventUid({ path: "\uFFFD", action: "thank-you" }),
      eventUid({ path: "%uD800", action: "thank-you" }),
      eventUid({ path: "a@b", action: "thank-you" }),
    ];
    expect(new Set(uids).size).toBe(uids.length);
    expect(uidPart("Interviews/Acme Corp.md")).toBe("Interviews%2FAcme%20Corp.md");
  });

  it("stay the same from one export to the next, whatever else changes", () => {
    const item: FollowUpItem = {
      path: "Interviews/Acme.md",
      action: "thank-you",
      state: "due",
      opens: "2026-11-24T10:00:00.000Z",
      deadline: "2026-11-25T10:00:00.000Z",
      organization: "Acme",
      position: "Engineer",
      contact: "Jane",
    };
    const moved = {
      ...item,
      state: "overdue" as const,
      deadline: "2026-12-01T10:00:00.000Z",
      organization: "Acme Inc",
    };
    expect(eventUid(moved)).toBe(eventUid(item));
    expect(eventUid(item)).toBe("Interviews%2FAcme.md+thank-you+Jane@interview-follow-up");
  });
});

describe("in a zone far from UTC", () => {
  inTimeZone("Pacific/Kiritimati");

  it("takes the day of a date-only deadline in local time", () => {
    const end = local(2026, 3, 1, 23, 59, 59, 999);
    const text = calendarText(
      {
        now: "",
        items: [
          {
            path: "n.md",
            action: "research",
            state: "due",
            opens: "",
            deadline: end.toISOString(),
            organization: "",
            position: "",
          },
        ],
        problems: [],
      },
      NOW,
    );
    expect(text).toContain("DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302");
    expect(parseEvents(text)[0]).toMatchObject({
      allDay: true,
      start: "2026-03-01",
      end: "2026-03-02",
    });
  });
});

describe("the calendar file setting", () => {
  it("accepts a .ics path inside the vault, tidied, and refuses anything else", () => {
    const settings = defaultSettings();
    for (const good of ["follow-ups.ics", "Cal/Jobs.ICS", " Interviews//x.ics "])
      expect(checkChange(settings, "calendarPath", good)).toBeNull();
    expect(withSetting(settings, "calendarPath", " Interviews//x.ics ").calendarPath).toBe(
      "Interviews/x.ics",
    );
    for (const bad of [
      "",
      "  ",
      "Interviews/notes.md",
      "Interviews/",
      ".ics",
      "../x.ics",
      "/x.ics",
      "C:/x.ics",
      "a\nb.ics",
      3,
    ])
      expect(checkChange(settings, "calendarPath", bad)).toMatch(/^must /);
    expect(checkChange(settings, "calendarAutoRefresh", true)).toBeNull();
    expect(checkChange(settings, "calendarAutoRefresh", "yes")).toMatch(/^must /);
  });
});
