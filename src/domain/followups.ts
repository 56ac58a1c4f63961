/**
 * Builds the `FollowUps` result (the command line's JSON and the API's answer) from the notes
 * already read, in the spec's total order.
 */

import type { Interview, NoteReading } from "./interview";
import { byDeadline, offerAhead, offerOf } from "./offers";
import type { Settings } from "./settings";
import { toIso } from "./time";
import type { DigestItem } from "./awayDigest";
import { type Sink, eachFollowUp, stateAt, supersededRounds } from "./timeline";
import type { ActionId, ActionState, FollowUpItem, FollowUps, Problem } from "./types";

const STATE_RANK: Readonly<Record<ActionState, number>> = { overdue: 0, due: 1, upcoming: 2 };

/** Plain code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Overdue, due, upcoming; then deadline (none last), opens, path and action id; a panel's people
 * by name, so the order never depends on the order they are listed in.
 */
export function compareItems(a: FollowUpItem, b: FollowUpItem): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    compareDeadline(a.deadline, b.deadline) ||
    compareTime(a.opens, b.opens) ||
    compareText(a.path, b.path) ||
    compareText(a.action, b.action) ||
    compareText(a.contact ?? "", b.contact ?? "")
  );
}

function compareDeadline(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareTime(a, b);
}

/**
 * ISO times in time order: past the year 9999 one is written longer ("+010000-…"). A year before
 * 0 would be longer too ("-000001-…"), but no follow-up reaches one: dates start in year 1.
 */
function compareTime(a: string, b: string): number {
  return a.length - b.length || compareText(a, b);
}

/** Splits readings into interviews and problems. */
export function partition(readings: Iterable<NoteReading>): {
  interviews: Interview[];
  problems: Problem[];
} {
  const interviews: Interview[] = [];
  const problems: Problem[] = [];
  for (const reading of readings) {
    if (reading.kind === "interview") interviews.push(reading.interview);
    else problems.push({ path: reading.path, reason: reading.reason });
  }
  return { interviews, problems };
}

/** The interviews among `readings`: no problem's reason is read (it may be worked out when read). */
function interviewsOf(readings: Iterable<NoteReading>): Interview[] {
  const interviews: Interview[] = [];
  for (const reading of readings)
    if (reading.kind === "interview") interviews.push(reading.interview);
  return interviews;
}

/** The note, kind, times, warning and person of a follow-up listed at some moment. */
type Visit = (
  interview: Interview,
  action: ActionId,
  opens: number,
  deadline: number | null,
  warning: string | null,
  contact: string | null,
) => void;

/**
 * Visits every follow-up listed at `at` (snoozed and dismissed ones left out), in no order: the
 * answer's items, the status bar's count and the away notice's comparison each take what they
 * need of it. Besides the interview itself, a plan depends on whether a later round supersedes
 * it and on another organisation's offer still ahead.
 */
function eachListed(
  interviews: readonly Interview[],
  settings: Settings,
  at: number,
  visit: Visit,
): void {
  const superseded = supersededRounds(interviews);
  const offers = interviews
    .map(offerOf)
    .filter((offer) => offer !== null)
    .sort(byDeadline);
  for (const interview of interviews) {
    const shown: Sink = (action, opens, deadline, warning, _atNow, contact, hiddenBy) => {
      if (hiddenBy === null) visit(interview, action, opens, deadline, warning, contact);
    };
    const offer = offerAhead(offers, interview, at);
    eachFollowUp(interview, superseded.has(interview.path), settings, at, offer, shown);
  }
}

/**
 * The follow-ups at `now`: every listed action (snoozed and dismissed ones left out), sorted,
 * and every note that could not be read, sorted by path.
 */
export function computeFollowUps(
  readings: Iterable<NoteReading>,
  settings: Settings,
  now: Date,
  ready?: boolean,
): FollowUps {
  const { interviews, problems } = partition(readings);
  const at = now.getTime();
  const items: FollowUpItem[] = [];
  eachListed(interviews, settings, at, (interview, action, opens, deadline, warning, contact) => {
    const item: FollowUpItem = {
      path: interview.path,
      action,
      state: stateAt(opens, deadline, at),
      opens: toIso(opens),
      deadline: deadline === null ? null : toIso(deadline),
      organization: interview.organization,
      position: interview.position,
    };
    if (warning !== null) item.warning = warning;
    if (contact !== null) item.contact = contact;
    items.push(item);
  });
  items.sort(compareItems);
  problems.sort((a, b) => compareText(a.path, b.path));
  const iso = now.toISOString();
  return ready === undefined ? { now: iso, items, problems } : { now: iso, ready, items, problems };
}

/**
 * What the away notice compares of the follow-ups listed at `at`: each one's note, kind, person
 * and state, with no problem read and nothing worked out that it does not use (the times as
 * text, the sorting).
 */
export function followUpStates(
  readings: Iterable<NoteReading>,
  settings: Settings,
  at: number,
): DigestItem[] {
  const out: DigestItem[] = [];
  eachListed(
    interviewsOf(readings),
    settings,
    at,
    (interview, action, opens, deadline, _w, contact) =>
      out.push({ path: interview.path, action, state: stateAt(opens, deadline, at), contact }),
  );
  return out;
}

/** How many follow-ups are due or overdue at `now` (snoozed and dismissed ones left out). */
export function dueCount(readings: Iterable<NoteReading>, settings: Settings, now: number): number {
  let count = 0;
  eachListed(interviewsOf(readings), settings, now, (_interview, _action, opens) => {
    if (now >= opens) count++;
  });
  return count;
}
