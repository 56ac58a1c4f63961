/**
 * The API other plugins and scripts use:
 * `app.plugins.plugins["interview-follow-up"].api.followUps()`.
 */
import type { Insights } from "./domain/insights";
import type { FollowUps } from "./domain/types";

export type {
  FunnelFigures,
  Insights,
  InterviewHistory,
  OrganizationInsights,
  StatusCounts,
} from "./domain/insights";
export type { Status } from "./domain/status";
export type { ActionId, ActionState, FollowUpItem, FollowUps, Problem } from "./domain/types";

export interface InterviewFollowUpApi {
  /**
   * The follow-ups at `now` (default: the current time), from the plugin's index: the same
   * object the command line prints with `--json`. Synchronous. Until the first index build has
   * finished (just after Obsidian's layout is ready) `ready` is false and the lists hold only
   * what has been indexed so far. Each call returns a new object the caller may keep or change.
   *
   * From JavaScript, `now` may also be milliseconds, an ISO string or a Dataview (Luxon) or moment
   * date; anything else that is not a time throws a TypeError saying so (both methods).
   */
  followUps(now?: Date): FollowUps;

  /**
   * Numbers about the search at `now` (default: the current time), from the same index: interviews
   * by status, how many happened and heard back, the median days to an answer, the ghosted, and
   * each organisation's history. The same object the command line prints with `stats --json`,
   * plus `ready` (false, with what has been indexed so far, until the first build has finished).
   * Synchronous; each call returns a new object.
   */
  insights(now?: Date): Insights;
}
