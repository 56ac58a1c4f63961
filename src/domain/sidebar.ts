/**
 * What the follow-ups sidebar shows at a moment: the sections with their items (coming up
 * limited to the horizon), the pipeline summary, the problems and what is snoozed or dismissed.
 * Items do not change as time passes within their section; the words "in 3 hours" are worked out
 * when a row is drawn, from the model's `now`. The model is planned by `LivePlan` (livePlan.ts),
 * which keeps it current note by note; `buildSidebarModel` there plans it in one go.
 */

import { relativeDue } from "./labels";
import type { Status } from "./status";
import type { ActionId, ActionState, Problem } from "./types";

export interface SidebarItem {
  path: string;
  action: ActionId;
  state: ActionState;
  /** What to do, in words. */
  label: string;
  organization: string;
  position: string;
  warning: string | null;
  /** The one person of a panel it is for; null otherwise. */
  contact: string | null;
  /** When it opens (ms since the epoch); null for one that opens whenever it is asked about. */
  opens: number | null;
  deadline: number | null;
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

/** The moment an item's time speaks of: when it opens while coming up, else its deadline (or now). */
export function itemMoment(item: SidebarItem, now: number): number {
  if (item.state === "upcoming" || item.deadline === null) return item.opens ?? now;
  return item.deadline;
}

/** "in 3 hours", "2 days overdue", "now". */
export function itemWhen(item: SidebarItem, now: number): string {
  return relativeDue(item.state, item.opens ?? now, item.deadline, now);
}

/**
 * What a row shows of its warning: the sentence up to its first colon ("No contact email"), or
 * all of it when it has none. A narrow sidebar's second line has room for that beside who the
 * row is for; the whole sentence (what to do about it) is the row's tooltip and is read by screen
 * readers. A colon inside a quoted value (a JSON string, as `quote` writes it) is not the end.
 */
export function warningHeadline(warning: string): string {
  let quoted = false;
  for (let at = 0; at < warning.length; at++) {
    const c = warning.charAt(at);
    if (quoted && c === "\\") at++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ":" && warning.charAt(at + 1) === " ") {
      const head = warning.slice(0, at).trimEnd();
      return head === "" ? warning : head;
    }
  }
  return warning;
}
