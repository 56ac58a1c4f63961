/**
 * The order of the sidebar: its sections, the items within each, and the problems and hidden
 * entries (by path). The live plan keeps every list in this order by inserting into it.
 */

import { compareText } from "./followups";
import type { SidebarItem } from "./sidebar";
import { ACTION_IDS, type ActionState } from "./types";

/** The sections, top to bottom. */
export const SECTION_STATES: readonly ActionState[] = ["overdue", "due", "upcoming"];

/**
 * The spec's order within overdue and due: deadline (none last), then when it opened, then path
 * and action id. An action that opens "now" sorts after every fixed opening, as it would at any
 * moment after those.
 */
export function compareBySpec(a: SidebarItem, b: SidebarItem): number {
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
    (a.opens ?? Infinity) - (b.opens ?? Infinity) ||
    compareText(a.path, b.path) ||
    compareText(a.action, b.action) ||
    compareText(a.contact ?? "", b.contact ?? "")
  );
}

const actionRank = (item: SidebarItem) => ACTION_IDS.indexOf(item.action);

/** Coming up: soonest first, then the timeline's order, then the spec's order. */
export function compareComingUp(a: SidebarItem, b: SidebarItem): number {
  return (a.opens ?? 0) - (b.opens ?? 0) || actionRank(a) - actionRank(b) || compareBySpec(a, b);
}

/** The order of the items within each section. */
export const SECTION_ORDER: Readonly<
  Record<ActionState, (a: SidebarItem, b: SidebarItem) => number>
> = {
  overdue: compareBySpec,
  due: compareBySpec,
  upcoming: compareComingUp,
};

/** Problems and hidden entries: by path (a note's hidden entries stay together, in its order). */
export const compareByPath = (a: { path: string }, b: { path: string }): number =>
  compareText(a.path, b.path);
