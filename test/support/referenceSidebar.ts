// The sidebar's definition written the plain way, for tests only: plan every interview at `now`,
// group by state, keep "coming up" within the horizon, sort each list. The live plan
// (src/domain/livePlan.ts) must always agree with it, however it got to its state.
import { partition } from "../../src/domain/followups";
import { byDeadline, offerAhead, offerOf } from "../../src/domain/offers";
import type { Interview, NoteReading } from "../../src/domain/interview";
import type { Settings } from "../../src/domain/settings";
import { FOLLOW_UP_KINDS } from "../../src/domain/followUpKinds";
import { addDays } from "../../src/domain/time";
import {
  type PlannedFollowUp,
  planFollowUps,
  stateAt,
  supersededRounds,
} from "../../src/domain/timeline";
import { ACTION_IDS, type ActionState } from "../../src/domain/types";

export interface ReferenceView {
  sections: Record<ActionState, string[]>;
  hidden: string[];
  problems: string[];
  pipeline: string[];
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every interview planned at `now`, hidden follow-ups included, each told whether a later round
 * supersedes it and of the earliest offer of another organisation still ahead.
 */
export function planEvery(
  interviews: readonly Interview[],
  settings: Settings,
  now: number,
  superseded: ReadonlySet<string> = supersededRounds(interviews),
): PlannedFollowUp[] {
  const offers = interviews.flatMap((i) => offerOf(i) ?? []).sort(byDeadline);
  return interviews.flatMap((interview) =>
    planFollowUps(
      interview,
      superseded.has(interview.path),
      settings,
      now,
      offerAhead(offers, interview, now),
    ),
  );
}

export function referenceView(
  readings: readonly NoteReading[],
  settings: Settings,
  now: number,
): ReferenceView {
  const { interviews, problems } = partition(readings);
  const superseded = supersededRounds(interviews);
  const horizonEnd = addDays({ ms: now, offset: null }, settings.horizonDays).ms;
  type Row = { key: string; path: string; action: string; opens: number; deadline: number | null };
  const groups: Record<ActionState, Row[]> = { overdue: [], due: [], upcoming: [] };
  const hidden: { path: string; key: string }[] = [];
  const snoozed = new Set<string>();
  for (const action of planEvery(interviews, settings, now, superseded)) {
    if (action.hiddenBy === "snoozed") {
      if (!snoozed.has(action.path)) {
        const until = interviews.find((i) => i.path === action.path)?.snoozedUntil?.ms ?? null;
        hidden.push({ path: action.path, key: `${action.path} snoozed Snoozed ${until}` });
      }
      snoozed.add(action.path);
      continue;
    }
    if (action.hiddenBy === "dismissed") {
      hidden.push({
        path: action.path,
        key: `${action.path} ${action.action} dismissed ${FOLLOW_UP_KINDS[action.action].label} ${action.organization}`,
      });
      continue;
    }
    const state = stateAt(action.opens, action.deadline, now);
    if (state === "upcoming" && action.opens > horizonEnd) continue;
    groups[state].push({
      key: `${action.path} ${action.action} ${state} ${FOLLOW_UP_KINDS[action.action].label} ${action.organization}/${action.position} ${action.warning} ${action.opensAtNow ? "now" : action.opens} ${action.deadline}`,
      path: action.path,
      action: action.action,
      // An action that opens "now" sorts after every fixed opening.
      opens: action.opensAtNow ? Infinity : action.opens,
      deadline: action.deadline,
    });
  }
  const spec = (a: Row, b: Row) =>
    (a.deadline === b.deadline
      ? 0
      : a.deadline === null
        ? 1
        : b.deadline === null
          ? -1
          : a.deadline - b.deadline) ||
    a.opens - b.opens ||
    text(a.path, b.path) ||
    text(a.action, b.action);
  const rank = (row: Row) => ACTION_IDS.indexOf(row.action as (typeof ACTION_IDS)[number]);
  groups.overdue.sort(spec);
  groups.due.sort(spec);
  groups.upcoming.sort((a, b) => a.opens - b.opens || rank(a) - rank(b) || spec(a, b));
  const counts = new Map<string, number>();
  for (const interview of interviews) {
    if (superseded.has(interview.path)) continue;
    const status = interview.status ?? "none";
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return {
    sections: {
      overdue: groups.overdue.map((row) => row.key),
      due: groups.due.map((row) => row.key),
      upcoming: groups.upcoming.map((row) => row.key),
    },
    hidden: hidden.sort((a, b) => text(a.path, b.path)).map((entry) => entry.key),
    problems: problems.map((problem) => problem.path).sort(text),
    pipeline: [...counts.entries()].map(([status, count]) => `${status} ${count}`).sort(text),
  };
}
