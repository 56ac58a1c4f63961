/**
 * One note in the live plan: what it shows in the sidebar at a moment (its items, its hidden
 * entries, its problem) and when that next changes with time. The live plan puts these into its
 * sorted lists and takes them out again.
 */

import type { Interview, NoteReading } from "./interview";
import { FOLLOW_UP_KINDS } from "./followUpKinds";
import type { Settings } from "./settings";
import type { Status } from "./status";
import { type When, addDays } from "./time";
import { type PlannedFollowUp, planFollowUps, roundKey, stateAt } from "./timeline";
import type { ActionState, Problem } from "./types";
import type { HiddenEntry, SidebarItem } from "./sidebar";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Shared by every note with nothing in a list: most have one item at most, none hidden. */
export const NO_ITEMS: readonly SidebarItem[] = Object.freeze([]);
export const NO_HIDDEN: readonly HiddenEntry[] = Object.freeze([]);

/** Where a note is in the lists. */
export interface Placing {
  items: readonly SidebarItem[];
  hidden: readonly HiddenEntry[];
  problem: Problem | null;
  /** The status it counts under in the pipeline; null when it is not counted. */
  counted: Status | "none" | null;
}

export interface NoteEntry extends Placing {
  path: string;
  reading: NoteReading;
  /** Organisation and position, lower case, for matching rounds; null without an organisation. */
  round: string | null;
  superseded: boolean;
  /** When something about this note next changes with time (Infinity: never). */
  next: number;
  /** Bumped whenever the note is placed, so older entries in the timetable are ignored. */
  version: number;
}

/** A note not yet placed anywhere. */
export function newEntry(path: string, reading: NoteReading): NoteEntry {
  return {
    path,
    reading,
    round: reading.kind === "interview" ? roundKey(reading.interview) : null,
    superseded: false,
    items: NO_ITEMS,
    hidden: NO_HIDDEN,
    problem: null,
    counted: null,
    next: Infinity,
    version: 0,
  };
}

/** Out of every list: what a note holds before it is placed (again). */
export function clearPlacing(entry: Placing): void {
  entry.items = NO_ITEMS;
  entry.hidden = NO_HIDDEN;
  entry.problem = null;
  entry.counted = null;
}

/** The same items (the same objects, in the same order), hidden entries, problem and count. */
export function samePlacing(a: Placing, b: Placing): boolean {
  const sameHidden = (x: HiddenEntry, y: HiddenEntry | undefined) =>
    y !== undefined &&
    x.key === y.key &&
    x.label === y.label &&
    x.organization === y.organization &&
    x.position === y.position &&
    x.until === y.until;
  return (
    a.counted === b.counted &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item === b.items[i]) &&
    a.hidden.length === b.hidden.length &&
    a.hidden.every((entry, i) => sameHidden(entry, b.hidden[i])) &&
    (a.problem === null
      ? b.problem === null
      : b.problem !== null && a.problem.reason === b.problem.reason)
  );
}

function sameItem(a: SidebarItem, b: SidebarItem): boolean {
  return (
    a.state === b.state &&
    a.label === b.label &&
    a.organization === b.organization &&
    a.position === b.position &&
    a.warning === b.warning &&
    a.contact === b.contact &&
    a.opens === b.opens &&
    a.deadline === b.deadline
  );
}

/** Puts a snoozed note (once) or a dismissed follow-up among a note's hidden entries. */
function hide(hidden: HiddenEntry[], action: PlannedFollowUp, interview: Interview): void {
  if (action.hiddenBy === "snoozed") {
    if (hidden.some((each) => each.kind === "snoozed")) return;
    hidden.push({
      key: `${action.path}\u0000snoozed`,
      path: action.path,
      kind: "snoozed",
      action: null,
      label: "Snoozed",
      organization: action.organization,
      position: action.position,
      until: interview.snoozedUntil?.ms ?? null,
    });
  } else {
    // A panel's thank-yous are dismissed together: one entry brings them all back.
    if (hidden.some((each) => each.action === action.action)) return;
    hidden.push({
      key: `${action.path}\u0000${action.action}`,
      path: action.path,
      kind: "dismissed",
      action: action.action,
      label: FOLLOW_UP_KINDS[action.action].label,
      organization: action.organization,
      position: action.position,
      until: null,
    });
  }
}

/**
 * The item for an action, or the same item from before when nothing in it changed: the view
 * compares objects, so an unchanged item is not drawn again (a note's body was edited, say).
 */
function itemOf(
  action: PlannedFollowUp,
  state: ActionState,
  before: readonly SidebarItem[] | undefined,
): SidebarItem {
  const item: SidebarItem = {
    path: action.path,
    action: action.action,
    state,
    label: FOLLOW_UP_KINDS[action.action].label,
    organization: action.organization,
    position: action.position,
    warning: action.warning,
    contact: action.contact,
    opens: action.opensAtNow ? null : action.opens,
    deadline: action.deadline,
  };
  const same = before?.find((each) => each.action === item.action && each.contact === item.contact);
  return same !== undefined && sameItem(same, item) ? same : item;
}

/**
 * Plans an interview note at `now`: sets the entry's items (coming up only to `horizonEnd`), its
 * hidden entries and its next boundary. `before` are the note's items from before, to reuse;
 * `offerDeadline` is another organisation's offer still ahead (see offers.ts), if any.
 */
export function planInterview(
  entry: NoteEntry,
  interview: Interview,
  settings: Settings,
  now: number,
  horizonEnd: number,
  before: readonly SidebarItem[] | undefined,
  offerDeadline: When | null = null,
): void {
  let next = Infinity;
  const soonest = (at: number) => {
    if (at > now && at < next) next = at;
  };
  // The interview itself passing, a snooze ending, and another's offer running out change which
  // actions there are.
  soonest(interview.date.ms);
  if (interview.snoozedUntil !== null) soonest(interview.snoozedUntil.ms);
  if (offerDeadline !== null) soonest(offerDeadline.ms);
  const items: SidebarItem[] = [];
  const hidden: HiddenEntry[] = [];
  const planned = planFollowUps(interview, entry.superseded, settings, now, offerDeadline);
  for (const action of planned) {
    if (action.hiddenBy !== null) {
      hide(hidden, action, interview);
      continue;
    }
    const state = stateAt(action.opens, action.deadline, now);
    if (state === "upcoming" && action.opens > horizonEnd) {
      // It comes into view when the horizon reaches it; checked again then (calendar days
      // make that moment a little uncertain across a clock change, so it is never later).
      const comes = addDays({ ms: action.opens, offset: null }, -settings.horizonDays).ms;
      soonest(Math.max(comes - HOUR, now + MINUTE));
      continue;
    }
    if (state === "upcoming") soonest(action.opens);
    else if (state === "due" && action.deadline !== null) soonest(action.deadline);
    items.push(itemOf(action, state, before));
  }
  // Copies are sized to fit; the lists grown by pushing hold room for more than a note needs.
  entry.items = items.length > 0 ? items.slice() : NO_ITEMS;
  entry.hidden = hidden.length > 0 ? hidden.slice() : NO_HIDDEN;
  entry.next = next;
}
