// Checking a note's reading against a hostile-corpus case's expected outcome. Shared by the
// domain test (the plugin's path) and the command-line test, so both are held to the same answer.
import { expect } from "vitest";
import type { Interview, NoteReading } from "../../src/domain/interview";
import { DEFAULT_PROPERTY_NAMES, type Settings, defaultSettings } from "../../src/domain/settings";
import type { When } from "../../src/domain/time";
import type { ExpectedInterview, HostileCase, WhenSpec } from "../fixtures/hostile";

export function settingsOf(c: HostileCase): Settings {
  return {
    ...defaultSettings(),
    ...c.settings,
    properties: { ...DEFAULT_PROPERTY_NAMES, ...c.settings?.properties },
  };
}

const SPEC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{3}))?)?(Z|[+-]\d\d:\d\d)?$/;

/**
 * The instant and offset a person reads off an expected time, computed with the platform's own
 * Date constructors (not the code under test).
 */
export function expectedWhen(spec: WhenSpec): When {
  if (typeof spec !== "string" && "dateAlone" in spec) {
    return { ...expectedWhen(spec.dateAlone), dateOnly: true };
  }
  const text = typeof spec === "string" ? spec : spec.at;
  const m = SPEC.exec(text);
  if (!m) throw new Error(`bad expected time ${text}`);
  const numbers = m.slice(1, 8).map((part) => Number(part ?? "0"));
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0] = numbers;
  const zone = m[8];
  let at: number;
  let offset: number | null;
  if (zone === undefined) {
    const date = new Date(y, mo - 1, d, h, mi, s, ms);
    if (y < 100) date.setFullYear(y, mo - 1, d);
    at = date.getTime();
    offset = null;
  } else {
    offset =
      zone === "Z"
        ? 0
        : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
    if (y < 100) utc.setUTCFullYear(y, mo - 1, d);
    at = utc.getTime() - offset * 60_000;
  }
  return { ms: at, offset: typeof spec === "string" ? offset : spec.offset };
}

const WHEN_FIELDS = [
  "date",
  "lastHeard",
  "rejectedOn",
  "offerDeadline",
  "snoozedUntil",
  "followedUpAt",
] as const;

/** Compares long strings without printing a megabyte on failure. */
function sameText(actual: unknown, wanted: string, what: string): void {
  if (wanted.length > 1000 && typeof actual === "string") {
    expect(actual.length, `${what} length`).toBe(wanted.length);
    expect(actual === wanted, `${what} text`).toBe(true);
  } else {
    expect(actual, what).toBe(wanted);
  }
}

/** The interview as the cases describe it: each mark as set or not, the nudges by count and last. */
function described(interview: Interview): Record<keyof ExpectedInterview, unknown> {
  const { marks, nudges } = interview;
  return {
    ...interview,
    thankYouSent: marks.thankYouSent !== undefined,
    researchDone: marks.researchDone !== undefined,
    followedUp: marks.followedUp !== undefined,
    rejectionReplied: marks.rejectionReplied !== undefined,
    followedUpAt: nudges.last,
    nudgeCount: nudges.count,
  };
}

function checkInterview(interview: Interview, fields: ExpectedInterview): void {
  const view = described(interview);
  for (const [key, wanted] of Object.entries(fields) as [keyof ExpectedInterview, unknown][]) {
    const actual: unknown = view[key];
    if ((WHEN_FIELDS as readonly string[]).includes(key)) {
      if (wanted === null) expect(actual, key).toBeNull();
      else expect(actual, key).toEqual(expectedWhen(wanted as WhenSpec));
    } else if (key === "dismissed") {
      expect([...(actual as Set<string>)], key).toEqual(wanted);
    } else if (key === "emailWarning") {
      if (wanted === null) expect(actual, key).toBeNull();
      else expect(actual, key).toContain(wanted);
    } else if (typeof wanted === "string") {
      sameText(actual, wanted, key);
    } else {
      expect(actual, key).toBe(wanted);
    }
  }
}

/** Text meant for people stays on one line and short, whatever the note holds. */
function checkMessage(text: string, what: string): void {
  expect(text.length, `${what} length`).toBeLessThan(1000);
  // eslint-disable-next-line no-control-regex -- the check is that there are none
  expect(/[\u0000-\u001f\u007f]/.test(text), `${what} holds a raw control character`).toBe(false);
}

/** Checks one reading (null: not an interview note) against the case's expected outcome. */
export function checkReading(reading: NoteReading | null, c: HostileCase, path: string): void {
  const wanted = c.expect;
  if (reading !== null)
    expect(reading.kind === "interview" ? reading.interview.path : reading.path).toBe(path);
  if (wanted.kind === "not-interview") {
    expect(reading).toBeNull();
    return;
  }
  if (wanted.kind === "problem") {
    if (reading?.kind !== "problem") {
      expect.fail(
        `expected a problem, got ${reading === null ? "not an interview" : "an interview"}`,
      );
    }
    for (const part of wanted.parts) expect(reading.reason).toContain(part);
    checkMessage(reading.reason, "reason");
    return;
  }
  if (reading?.kind !== "interview") {
    expect.fail(
      `expected an interview, got ${reading === null ? "not an interview" : `the problem: ${reading.reason.slice(0, 300)}`}`,
    );
  }
  checkInterview(reading.interview, wanted.fields);
  if (reading.interview.emailWarning !== null)
    checkMessage(reading.interview.emailWarning, "email warning");
}
