/**
 * The public contract shared by the command line's JSON and the plugin API
 * (`api.followUps()`). Field names and shapes follow the product spec exactly.
 */

export const ACTION_IDS = [
  "upcoming-interview",
  "thank-you",
  "research",
  "follow-up",
  "no-response",
  "rejection-reply",
  "reconnect",
  "offer-decision",
  "offer-heads-up",
] as const;

export type ActionId = (typeof ACTION_IDS)[number];

export type ActionState = "upcoming" | "due" | "overdue";

export interface FollowUpItem {
  path: string;
  action: ActionId;
  state: ActionState;
  /** ISO 8601 in UTC. */
  opens: string;
  /** ISO 8601 in UTC, or null when the action has no deadline. */
  deadline: string | null;
  organization: string;
  position: string;
  warning?: string;
  /** The one person of a panel a thank-you is for; absent otherwise. */
  contact?: string;
}

export interface Problem {
  path: string;
  reason: string;
}

export interface FollowUps {
  now: string;
  ready?: boolean;
  items: FollowUpItem[];
  problems: Problem[];
}

export function isActionId(value: string): value is ActionId {
  return (ACTION_IDS as readonly string[]).includes(value);
}
