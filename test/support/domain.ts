// Helpers for domain tests: local times, one-note runs of the engine, and a time-zone switch.
import { afterAll, beforeAll } from "vitest";
import { computeFollowUps } from "../../src/domain/followups";
import { readNote } from "../../src/domain/interview";
import { type Settings, defaultSettings } from "../../src/domain/settings";
import type { ActionId, FollowUpItem, FollowUps } from "../../src/domain/types";

/** A local wall-clock time in the zone the test runs in. */
export function local(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date {
  return new Date(y, mo - 1, d, h, mi, s, ms);
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function shift(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

/** Settings with some values changed. */
export function settingsWith(changes: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...changes };
}

/** Runs the engine on notes given as path → frontmatter. Notes that are not interviews are skipped. */
export function run(
  notes: Record<string, Record<string, unknown>>,
  now: Date,
  settings: Settings = defaultSettings(),
): FollowUps {
  const readings = Object.entries(notes).flatMap(([path, fm]) => {
    const reading = readNote(path, fm, settings);
    return reading === null ? [] : [reading];
  });
  return computeFollowUps(readings, settings, now);
}

/** The listed items of a single interview note, by action. */
export function itemsOf(
  frontmatter: Record<string, unknown>,
  now: Date,
  settings: Settings = defaultSettings(),
): Map<ActionId, FollowUpItem> {
  const result = run(
    { "Interviews/Note.md": { type: "interview", ...frontmatter } },
    now,
    settings,
  );
  if (result.problems.length > 0) {
    throw new Error(`unexpected problem: ${result.problems[0]?.reason ?? ""}`);
  }
  return new Map(result.items.map((item) => [item.action, item]));
}

/** The problem reason of a single interview note, or null when it reads cleanly. */
export function problemOf(
  frontmatter: Record<string, unknown>,
  settings: Settings = defaultSettings(),
): string | null {
  const result = run(
    { "Interviews/Note.md": { type: "interview", ...frontmatter } },
    new Date(0),
    settings,
  );
  return result.problems[0]?.reason ?? null;
}

/**
 * Runs a describe block's tests in the given IANA time zone. Node re-reads TZ when it is
 * assigned, and each test file has its own process (vitest's forks pool).
 */
export function inTimeZone(zone: string): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}

/** A follow-up item as the command line lists it, with `changes` over a thank-you due now. */
export const followUpItem = (changes: Partial<FollowUpItem>): FollowUpItem => ({
  path: "a.md",
  action: "thank-you",
  state: "due",
  opens: "2026-11-20T10:00:00.000Z",
  deadline: "2026-11-21T10:00:00.000Z",
  organization: "",
  position: "",
  ...changes,
});
