/** Words shown to people: what each follow-up asks of them, and times relative to now. */

import type { ActionId, ActionState } from "./types";

export const ACTION_LABELS: Readonly<Record<ActionId, string>> = {
  "upcoming-interview": "Interview coming up",
  "thank-you": "Send a thank-you note",
  research: "Research and reflect",
  "follow-up": "Send a polite follow-up",
  "rejection-reply": "Reply to the rejection",
  "offer-decision": "Decide on the offer",
};

export const STATE_LABELS: Readonly<Record<ActionState, string>> = {
  overdue: "Overdue",
  due: "Due now",
  upcoming: "Coming up",
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function amount(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (ms < MINUTE) return "less than a minute";
  if (ms < HOUR) return plural(Math.floor(ms / MINUTE), "minute");
  if (ms < DAY) return plural(Math.floor(ms / HOUR), "hour");
  return plural(Math.floor(ms / DAY), "day");
}

/**
 * When an item needs attention, relative to now: "in 3 hours" before it opens (or before its
 * deadline while due), "2 days overdue" after its deadline, "now" for a due item without one.
 */
export function relativeDue(
  state: ActionState,
  opens: number,
  deadline: number | null,
  now: number,
): string {
  if (state === "upcoming") return `in ${amount(opens - now)}`;
  if (state === "overdue" && deadline !== null) return `${amount(now - deadline)} overdue`;
  if (deadline === null) return "now";
  return `due in ${amount(deadline - now)}`;
}
