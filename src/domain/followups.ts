/**
 * Builds the `FollowUps` result (the command line's JSON and the API's answer) from the notes
 * already read, in the spec's total order.
 */

import type { Interview, NoteReading } from "./interview";
import { byDeadline, offerAhead, offerOf } from "./offers";
import type { Settings } from "./settings";
import { type When, toIso } from "./time";
import {
  type PlannedFollowUp,
  openCount,
  planFollowUps,
  stateAt,
  supersededRounds,
} from "./timeline";
import type { ActionState, FollowUpItem, FollowUps, Problem } from "./types";

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
    compareText(a.opens, b.opens) ||
    compareText(a.path, b.path) ||
    compareText(a.action, b.action) ||
    compareText(a.contact ?? "", b.contact ?? "")
  );
}

function compareDeadline(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

export function toItem(action: PlannedFollowUp, now: number): FollowUpItem {
  const item: FollowUpItem = {
    path: action.path,
    action: action.action,
    state: stateAt(action.opens, action.deadline, now),
    opens: toIso(action.opens),
    deadline: action.deadline === null ? null : toIso(action.deadline),
    organization: action.organization,
    position: action.position,
  };
  if (action.warning !== null) item.warning = action.warning;
  if (action.contact !== null) item.contact = action.contact;
  return item;
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

/**
 * Visits every interview with what its plan depends on beyond itself: whether a later round
 * supersedes it, and another organisation's offer still ahead.
 */
function eachInterview(
  interviews: readonly Interview[],
  now: number,
  superseded: ReadonlySet<string>,
  visit: (interview: Interview, isSuperseded: boolean, offer: When | null) => void,
): void {
  const offers = interviews
    .map(offerOf)
    .filter((offer) => offer !== null)
    .sort(byDeadline);
  for (const interview of interviews)
    visit(interview, superseded.has(interview.path), offerAhead(offers, interview, now));
}

/** Every planned action of every interview, hidden ones included (the sidebar shows those too). */
export function planAll(
  interviews: readonly Interview[],
  settings: Settings,
  now: number,
  superseded: ReadonlySet<string> = supersededRounds(interviews),
): PlannedFollowUp[] {
  const out: PlannedFollowUp[] = [];
  eachInterview(interviews, now, superseded, (interview, isSuperseded, offer) => {
    for (const action of planFollowUps(interview, isSuperseded, settings, now, offer))
      out.push(action);
  });
  return out;
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
  const items = listed(interviews, settings, now.getTime());
  problems.sort((a, b) => compareText(a.path, b.path));
  const iso = now.toISOString();
  return ready === undefined ? { now: iso, items, problems } : { now: iso, ready, items, problems };
}

/** The listed follow-ups of `interviews` at `at` (snoozed and dismissed ones left out), sorted. */
function listed(interviews: readonly Interview[], settings: Settings, at: number): FollowUpItem[] {
  const items: FollowUpItem[] = [];
  for (const action of planAll(interviews, settings, at)) {
    if (action.hiddenBy === null) items.push(toItem(action, at));
  }
  return items.sort(compareItems);
}

/** `computeFollowUps`' items alone, with no problem read (the away notice compares two of them). */
export function followUpItems(
  readings: Iterable<NoteReading>,
  settings: Settings,
  now: Date,
): FollowUpItem[] {
  return listed(interviewsOf(readings), settings, now.getTime());
}

/** How many follow-ups are due or overdue at `now` (snoozed and dismissed ones left out). */
export function dueCount(readings: Iterable<NoteReading>, settings: Settings, now: number): number {
  const interviews = interviewsOf(readings);
  let count = 0;
  eachInterview(interviews, now, supersededRounds(interviews), (interview, isSuperseded, offer) => {
    count += openCount(interview, isSuperseded, settings, now, offer);
  });
  return count;
}
