/**
 * What the follow-ups sidebar shows, computed from the index's readings at `now`: the sections
 * with their items (coming up limited to the horizon), the pipeline summary and the problems.
 * Pure, so the view only renders it and a minute tick only recomputes it.
 */

import { partition, planAll } from "./followups";
import type { Interview, NoteReading } from "./interview";
import { ACTION_LABELS, STATE_LABELS, relativeDue } from "./labels";
import type { Settings } from "./settings";
import { ALL_STATUSES, type Status } from "./status";
import { addDays } from "./time";
import { type PlannedAction, stateAt, supersededRounds } from "./timeline";
import { ACTION_IDS, type ActionId, type ActionState, type Problem } from "./types";

export interface SidebarItem {
  /** Stable across refreshes: path and action. */
  key: string;
  path: string;
  action: ActionId;
  state: ActionState;
  /** What to do, in words. */
  label: string;
  organization: string;
  position: string;
  warning: string | null;
  /** "in 3 hours", "2 days overdue". */
  relative: string;
  /** The moment the relative time speaks of (opens when coming up, else the deadline), for the exact time on hover. */
  at: number;
}

export interface SidebarSection {
  state: ActionState;
  title: string;
  items: SidebarItem[];
}

export interface PipelineEntry {
  /** A status, or "none" for notes without one. */
  status: Status | "none";
  label: string;
  count: number;
}

/** A snoozed note (all its follow-ups) or one dismissed follow-up, which the user can bring back. */
export interface HiddenEntry {
  key: string;
  path: string;
  kind: "snoozed" | "dismissed";
  /** The dismissed follow-up; null for a snoozed note. */
  action: ActionId | null;
  label: string;
  organization: string;
  position: string;
  /** When a snooze ends. */
  until: number | null;
}

export interface SidebarModel {
  ready: boolean;
  now: number;
  sections: SidebarSection[];
  /** Interviews by status; each organisation and position counted once, by its latest round. */
  pipeline: PipelineEntry[];
  problems: Problem[];
  hidden: HiddenEntry[];
  horizonDays: number;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pipelineOf(
  interviews: readonly Interview[],
  superseded: ReadonlySet<string>,
): PipelineEntry[] {
  const counts = new Map<Status | "none", number>();
  for (const interview of interviews) {
    if (superseded.has(interview.path)) continue;
    const key = interview.status ?? "none";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order: (Status | "none")[] = ["none", ...ALL_STATUSES];
  return order
    .filter((status) => (counts.get(status) ?? 0) > 0)
    .map((status) => ({
      status,
      label: status === "none" ? "No status" : capitalise(status),
      count: counts.get(status) ?? 0,
    }));
}

function hiddenOf(actions: PlannedAction[], interviews: Interview[]): HiddenEntry[] {
  const snoozedUntil = new Map(interviews.map((i) => [i.path, i.snoozedUntil?.ms ?? null]));
  const out: HiddenEntry[] = [];
  const snoozed = new Set<string>();
  for (const action of actions) {
    if (action.hiddenBy === "snoozed") {
      if (snoozed.has(action.path)) continue;
      snoozed.add(action.path);
      out.push({
        key: `${action.path}\u0000snoozed`,
        path: action.path,
        kind: "snoozed",
        action: null,
        label: "Snoozed",
        organization: action.organization,
        position: action.position,
        until: snoozedUntil.get(action.path) ?? null,
      });
    } else if (action.hiddenBy === "dismissed") {
      out.push({
        key: `${action.path}\u0000${action.action}`,
        path: action.path,
        kind: "dismissed",
        action: action.action,
        label: ACTION_LABELS[action.action],
        organization: action.organization,
        position: action.position,
        until: null,
      });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const actionRank = (action: PlannedAction) => ACTION_IDS.indexOf(action.action);

/** The spec's order within one state, on numbers: deadline (none last), opens, path, action id. */
function bySpecOrder(a: PlannedAction, b: PlannedAction): number {
  const deadline =
    a.deadline === b.deadline
      ? 0
      : a.deadline === null
        ? 1
        : b.deadline === null
          ? -1
          : a.deadline - b.deadline;
  return (
    deadline ||
    a.opens - b.opens ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.action < b.action ? -1 : a.action > b.action ? 1 : 0)
  );
}

export function buildSidebarModel(
  readings: Iterable<NoteReading>,
  settings: Settings,
  now: number,
  ready: boolean,
): SidebarModel {
  const all = [...readings];
  const { interviews, problems } = partition(all);
  const horizonEnd = addDays({ ms: now, offset: null }, settings.horizonDays).ms;
  // Rounds are matched once and shared by the plan and the pipeline.
  const superseded = supersededRounds(interviews);
  const plannedAll = planAll(interviews, settings, now, superseded);
  // Grouped by state first, then each group sorted on numbers: the spec's order for overdue and
  // due (deadline, none last; opens; path; action), soonest first for what is coming up.
  const groups: Record<ActionState, PlannedAction[]> = { overdue: [], due: [], upcoming: [] };
  for (const action of plannedAll) {
    if (action.hiddenBy !== null) continue;
    const state = stateAt(action.opens, action.deadline, now);
    if (state === "upcoming" && action.opens > horizonEnd) continue;
    groups[state].push(action);
  }
  groups.overdue.sort(bySpecOrder);
  groups.due.sort(bySpecOrder);
  groups.upcoming.sort(
    (a, b) => a.opens - b.opens || actionRank(a) - actionRank(b) || bySpecOrder(a, b),
  );
  const byState: Record<ActionState, SidebarItem[]> = { overdue: [], due: [], upcoming: [] };
  for (const state of ["overdue", "due", "upcoming"] as const) {
    byState[state] = groups[state].map((action) => ({
      key: `${action.path}\u0000${action.action}`,
      path: action.path,
      action: action.action,
      state,
      label: ACTION_LABELS[action.action],
      organization: action.organization,
      position: action.position,
      warning: action.warning,
      relative: relativeDue(state, action.opens, action.deadline, now),
      at: state === "upcoming" || action.deadline === null ? action.opens : action.deadline,
    }));
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const states: ActionState[] = ["overdue", "due", "upcoming"];
  return {
    ready,
    now,
    sections: states.map((state) => ({ state, title: STATE_LABELS[state], items: byState[state] })),
    pipeline: pipelineOf(interviews, superseded),
    problems,
    hidden: hiddenOf(plannedAll, interviews),
    horizonDays: settings.horizonDays,
  };
}
