/**
 * The follow-up timeline: for one interview, which actions apply, when each opens, its deadline
 * and its state at `now`. Each kind's rule is its entry in `FOLLOW_UP_KINDS`.
 */

import type { Interview } from "./interview";
import { type Emit, FOLLOW_UP_KINDS, type PlanContext } from "./followUpKinds";
import type { Settings } from "./settings";
import { nameKey } from "./text";
import type { When } from "./time";
import { ACTION_IDS, type ActionId, type ActionState } from "./types";

export interface PlannedFollowUp {
  path: string;
  action: ActionId;
  /** Milliseconds since the epoch. */
  opens: number;
  deadline: number | null;
  organization: string;
  position: string;
  warning: string | null;
  /** True when the action opens whenever it is asked about (`opens` is then `now`): it never waits. */
  opensAtNow: boolean;
  /** The one person of a panel it is for (a thank-you); null otherwise. */
  contact: string | null;
  /** Why the action is kept out of the list, if it is: the note is snoozed or the action dismissed. */
  hiddenBy: "snoozed" | "dismissed" | null;
}

export function stateAt(opens: number, deadline: number | null, now: number): ActionState {
  if (now < opens) return "upcoming";
  if (deadline !== null && now >= deadline) return "overdue";
  return "due";
}

/**
 * Organisation and position by `nameKey`: the rounds of one application share it (null: no
 * organisation).
 */
export function roundKey(interview: Interview): string | null {
  if (interview.organization === "") return null;
  // Joined into one flat text: the plan keeps a key per note, and a template literal would keep
  // the lowered parts and two links between them as well (three times the memory).
  return [nameKey(interview.organization), nameKey(interview.position)].join("\u0000");
}

/** True when `a` is a later round than `b`; equal dates are settled by path. */
export function isLaterRound(a: Interview, b: Interview): boolean {
  return a.date.ms > b.date.ms || (a.date.ms === b.date.ms && a.path > b.path);
}

/**
 * The paths of interviews that are superseded by a later round: another interview with the same
 * organisation and position (ignoring case) and a later date. Equal dates are settled by path
 * so the answer never depends on the order notes were read in.
 */
export function supersededRounds(interviews: Iterable<Interview>): Set<string> {
  const latest = new Map<string, Interview>();
  const superseded = new Set<string>();
  for (const interview of interviews) {
    const key = roundKey(interview);
    if (key === null) continue;
    const current = latest.get(key);
    if (current === undefined) {
      latest.set(key, interview);
      continue;
    }
    const newer = isLaterRound(interview, current);
    superseded.add(newer ? current.path : interview.path);
    if (newer) latest.set(key, interview);
  }
  return superseded;
}

/** Why a follow-up is kept out of the list, if it is. */
type HiddenBy = PlannedFollowUp["hiddenBy"];

/**
 * Where planning puts each follow-up it finds: `planFollowUps` lists them all, `eachListed`
 * (followups.ts) visits the ones shown.
 */
export type Sink = (
  action: ActionId,
  opens: number,
  deadline: number | null,
  warning: string | null,
  opensAtNow: boolean,
  contact: string | null,
  hiddenBy: HiddenBy,
) => void;

/** Runs every kind's rule for one interview, in the order of the kinds' table. */
export function eachFollowUp(
  interview: Interview,
  superseded: boolean,
  settings: Settings,
  now: number,
  offerDeadline: When | null,
  sink: Sink,
): void {
  const snoozed = interview.snoozedUntil !== null && now < interview.snoozedUntil.ms;
  const ctx: PlanContext = { settings, now, superseded, offerDeadline };
  // One emitter for every kind, reading which kind is planning: no closure per kind and note.
  let action!: ActionId;
  const emit: Emit = (opens, deadline, warning = null, opensAtNow = false, contact = null) => {
    const hiddenBy = snoozed ? "snoozed" : interview.dismissed.has(action) ? "dismissed" : null;
    sink(action, opens, deadline, warning, opensAtNow, contact, hiddenBy);
  };
  for (action of ACTION_IDS) FOLLOW_UP_KINDS[action].plan(interview, ctx, emit);
}

/**
 * Every follow-up that applies to one interview at `now`, including snoozed and dismissed ones
 * (marked with `hiddenBy`), in the order of the kinds' table. `offerDeadline`: the deadline of
 * an offer from another organisation still ahead (`offerAhead` in offers.ts), if any.
 */
export function planFollowUps(
  interview: Interview,
  superseded: boolean,
  settings: Settings,
  now: number,
  offerDeadline: When | null = null,
): PlannedFollowUp[] {
  const out: PlannedFollowUp[] = [];
  const { path, organization, position } = interview;
  const list: Sink = (action, opens, deadline, warning, opensAtNow, contact, hiddenBy) => {
    out.push({
      path,
      action,
      opens,
      deadline,
      organization,
      position,
      warning,
      opensAtNow,
      contact,
      hiddenBy,
    });
  };
  eachFollowUp(interview, superseded, settings, now, offerDeadline, list);
  return out;
}
