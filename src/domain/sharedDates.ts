/**
 * Reading a whole vault, equal date texts are read once: the same day is written in many notes,
 * and every reading would otherwise keep its own copy of it for as long as the index holds it.
 * The sharing lasts for one pass only, so a change of the machine's time zone between passes is
 * never read from an older pass.
 */

import { type DateOnlyMeaning, type WhenResult, readWhen } from "./time";

type Known = Map<string, WhenResult | null>;

/** The texts read in the pass under way, by meaning; null outside a pass. */
let pass: Record<DateOnlyMeaning, Known> | null = null;

/** Runs `work` (reading many notes at once) with equal date texts read once and shared. */
export function readingManyNotes<T>(work: () => T): T {
  // Inside a pass already: that pass's sharing goes on.
  if (pass !== null) return work();
  pass = { "end-of-day": new Map(), "start-of-day": new Map() };
  try {
    return work();
  } finally {
    pass = null;
  }
}

/**
 * `readWhen`, with a text read before in this pass answered by the same result (whose `When`
 * no one changes: its fields are read-only).
 */
export function readWhenShared(value: unknown, dateOnly: DateOnlyMeaning): WhenResult | null {
  if (pass === null || typeof value !== "string") return readWhen(value, dateOnly);
  const known = pass[dateOnly];
  let result = known.get(value);
  if (result === undefined) {
    result = readWhen(value, dateOnly);
    known.set(value, result);
  }
  return result;
}
