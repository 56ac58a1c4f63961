/**
 * The sidebar as one list of fixed-height rows, so that only the rows in view are rendered (a
 * vault can have thousands of follow-ups). The list is a few runs of rows of one height each (a
 * section's header, then its items), so finding a row or a position costs one step per section,
 * whatever the number of items, and nothing is built for rows out of view. Heights here and in
 * styles.css must agree.
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
  problem: 56,
  hidden: 44,
} as const;

/** A header and the rows under it, all of one height. */
interface Run {
  header: Row & { kind: "header" };
  count: number;
  height: number;
  row: (index: number) => Row;
}

export interface RowList {
  readonly length: number;
  /** The height of every row together. */
  readonly total: number;
  at(index: number): Row | undefined;
  /** Where the row starts, in pixels from the top. */
  offset(index: number): number;
  height(index: number): number;
  /** The row at `y` pixels from the top (the last one past the end). */
  indexAt(y: number): number;
}

/**
 * One row object per item, problem or entry for as long as it lives: a refresh that leaves an
 * item alone hands the list the same row, and Svelte skips it.
 */
const rowCache = new WeakMap<object, Row>();

/** Header rows, kept while their count stays the same, for the same reason. */
const headers = new Map<string, Row & { kind: "header" }>();

function headerOf(section: HeaderKind, title: string, count: number): Row & { kind: "header" } {
  const key = `${section}\u0000${title}\u0000${count}`;
  let made = headers.get(key);
  if (made === undefined) {
    if (headers.size > 256) headers.clear();
    made = { kind: "header", key: `header:${section}`, section, title, count };
    headers.set(key, made);
  }
  return made;
}

function runOf<T extends object>(
  section: HeaderKind,
  title: string,
  list: readonly T[],
  shown: boolean,
  height: number,
  row: (value: T) => Row,
): Run | null {
  if (list.length === 0) return null;
  return {
    header: headerOf(section, title, list.length),
    count: shown ? list.length : 0,
    height,
    row: (index) => {
      const value = list[index] as T;
      let made = rowCache.get(value);
      if (made === undefined) rowCache.set(value, (made = row(value)));
      return made;
    },
  };
}

/** The rows of a model: each non-empty section's header then its rows; snoozed and dismissed last. */
export function rowsOf(model: SidebarModel, hiddenOpen: boolean): RowList {
  const runs: Run[] = [];
  const add = (run: Run | null) => {
    if (run !== null) runs.push(run);
  };
  for (const section of model.sections) {
    add(
      runOf(section.state, section.title, section.items, true, ROW_HEIGHTS.item, (item) => ({
        kind: "item",
        key: `${item.path}\u0000${item.action}\u0000${item.contact ?? ""}`,
        item,
      })),
    );
  }
  add(
    runOf("problems", "Can't read", model.problems, true, ROW_HEIGHTS.problem, (problem) => ({
      kind: "problem",
      key: `problem:${problem.path}`,
      problem,
    })),
  );
  add(
    runOf(
      "hidden",
      "Snoozed and dismissed",
      model.hidden,
      hiddenOpen,
      ROW_HEIGHTS.hidden,
      (entry) => ({ kind: "hidden", key: entry.key, entry }),
    ),
  );
  return listOf(runs);
}

function listOf(runs: readonly Run[]): RowList {
  const starts: number[] = [];
  const tops: number[] = [];
  let length = 0;
  let total = 0;
  for (const run of runs) {
    starts.push(length);
    tops.push(total);
    length += 1 + run.count;
    total += ROW_HEIGHTS.header + run.count * run.height;
  }
  /** The run holding row `index`, and the row's place in it (-1: the header). */
  const locate = (index: number): [number, number] => {
    let r = runs.length - 1;
    while (r > 0 && (starts[r] as number) > index) r--;
    return [r, index - (starts[r] as number) - 1];
  };
  return {
    length,
    total,
    at(index) {
      if (index < 0 || index >= length) return undefined;
      const [r, inRun] = locate(index);
      const run = runs[r] as Run;
      return inRun < 0 ? run.header : run.row(inRun);
    },
    offset(index) {
      if (length === 0) return 0;
      if (index >= length) return total;
      const [r, inRun] = locate(Math.max(0, index));
      const run = runs[r] as Run;
      return (tops[r] as number) + (inRun < 0 ? 0 : ROW_HEIGHTS.header + inRun * run.height);
    },
    height(index) {
      const [r, inRun] = locate(index);
      return inRun < 0 ? ROW_HEIGHTS.header : (runs[r] as Run).height;
    },
    indexAt(y) {
      if (length === 0) return 0;
      let r = runs.length - 1;
      while (r > 0 && (tops[r] as number) > y) r--;
      const run = runs[r] as Run;
      const into = y - (tops[r] as number) - ROW_HEIGHTS.header;
      const inRun = into < 0 ? -1 : Math.min(run.count - 1, Math.floor(into / run.height));
      return Math.min(length - 1, (starts[r] as number) + 1 + inRun);
    },
  };
}

/**
 * The rows to render for a scroll position: those overlapping [top, top + height), widened by
 * `overscan` rows on each side. Returns [start, end).
 */
export function visibleRange(
  rows: RowList,
  top: number,
  height: number,
  overscan: number,
): [number, number] {
  const count = rows.length;
  if (count === 0) return [0, 0];
  const clampedTop = Math.max(0, Math.min(top, Math.max(0, rows.total - height)));
  const first = rows.indexAt(clampedTop);
  let end = first;
  while (end < count && rows.offset(end) < clampedTop + height) end++;
  return [Math.max(0, first - overscan), Math.min(count, end + overscan)];
}
