/**
 * Keeping an array sorted by inserting into it and removing from it, found by binary search, so
 * that one change never re-sorts the whole list.
 */

export type Compare<T> = (a: T, b: T) => number;

/** The first index in sorted `list` whose element is not before `probe`. */
export function lowerBound<T>(list: readonly T[], probe: T, compare: Compare<T>): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid] as T, probe) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Puts `value` in order, before any element equal to it. */
export function insertSorted<T>(list: T[], value: T, compare: Compare<T>): void {
  list.splice(lowerBound(list, value, compare), 0, value);
}

/**
 * Takes `value` (that very object) out of sorted `list`. The comparison must tell it apart from
 * every other element, as a total order does; a value not in the list leaves it as it was.
 */
export function removeSorted<T>(list: T[], value: T, compare: Compare<T>): void {
  const at = lowerBound(list, value, compare);
  if (list[at] === value) list.splice(at, 1);
}

/**
 * Puts `run`, elements that sort together (each equal to the first under `compare`), into sorted
 * `list` as one block, before the elements equal to them.
 */
export function insertRunSorted<T>(list: T[], run: readonly T[], compare: Compare<T>): void {
  list.splice(lowerBound(list, run[0] as T, compare), 0, ...run);
}

/** Takes out the block `insertRunSorted` put in: `run` must be the first of its equals. */
export function removeRunSorted<T>(list: T[], run: readonly T[], compare: Compare<T>): void {
  const at = lowerBound(list, run[0] as T, compare);
  if (list[at] === run[0]) list.splice(at, run.length);
}
