/**
 * The sidebar as one flat list of fixed-height rows, so that only the rows in view are rendered
 * (a vault can have thousands of follow-ups). Heights here and in styles.css must agree.
 */

import type { HiddenEntry, SidebarItem, SidebarModel } from "../domain/sidebar";
import type { ActionState, Problem } from "../domain/types";

export type HeaderKind = ActionState | "problems" | "hidden";

export type Row =
  | { kind: "header"; key: string; section: HeaderKind; title: string; count: number }
  | { kind: "item"; key: string; item: SidebarItem }
  | { kind: "problem"; key: string; problem: Problem }
  | { kind: "hidden"; key: string; entry: HiddenEntry };

/** Pixel heights of each kind of row (see the matching classes in styles.css). */
export const ROW_HEIGHTS = {
  header: 32,
  item: 56,
  itemWithWarning: 76,
  problem: 56,
  hidden: 44,
} as const;

export function heightOf(row: Row): number {
  switch (row.kind) {
    case "header":
      return ROW_HEIGHTS.header;
    case "item":
      return row.item.warning === null ? ROW_HEIGHTS.item : ROW_HEIGHTS.itemWithWarning;
    case "problem":
      return ROW_HEIGHTS.problem;
    case "hidden":
      return ROW_HEIGHTS.hidden;
  }
}

/** Flattens the model: each non-empty section's header then its rows; snoozed and dismissed last. */
export function rowsOf(model: SidebarModel, hiddenOpen: boolean): Row[] {
  const rows: Row[] = [];
  for (const section of model.sections) {
    if (section.items.length === 0) continue;
    rows.push({
      kind: "header",
      key: `header:${section.state}`,
      section: section.state,
      title: section.title,
      count: section.items.length,
    });
    for (const item of section.items) rows.push({ kind: "item", key: item.key, item });
  }
  if (model.problems.length > 0) {
    rows.push({
      kind: "header",
      key: "header:problems",
      section: "problems",
      title: "Can't read",
      count: model.problems.length,
    });
    for (const problem of model.problems)
      rows.push({ kind: "problem", key: `problem:${problem.path}`, problem });
  }
  if (model.hidden.length > 0) {
    rows.push({
      kind: "header",
      key: "header:hidden",
      section: "hidden",
      title: "Snoozed and dismissed",
      count: model.hidden.length,
    });
    if (hiddenOpen)
      for (const entry of model.hidden) rows.push({ kind: "hidden", key: entry.key, entry });
  }
  return rows;
}

/** Start offsets of each row and the total height. */
export function layout(rows: readonly Row[]): { offsets: number[]; total: number } {
  const offsets: number[] = new Array<number>(rows.length);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    offsets[i] = total;
    total += heightOf(rows[i] as Row);
  }
  return { offsets, total };
}

/**
 * The rows to render for a scroll position: those overlapping [top, top + height), widened by
 * `overscan` rows on each side. Returns [start, end).
 */
export function visibleRange(
  offsets: readonly number[],
  total: number,
  top: number,
  height: number,
  overscan: number,
): [number, number] {
  const count = offsets.length;
  if (count === 0) return [0, 0];
  const clampedTop = Math.max(0, Math.min(top, Math.max(0, total - height)));
  // The last row starting at or above the top edge.
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= clampedTop) low = mid;
    else high = mid - 1;
  }
  let end = low;
  while (end < count && (offsets[end] ?? 0) < clampedTop + height) end++;
  return [Math.max(0, low - overscan), Math.min(count, end + overscan)];
}
