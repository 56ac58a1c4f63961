/**
 * The figures the sidebar's funnel draws. The type is the insights' own (`FunnelFigures` in
 * `src/domain/insights.ts` once that lands): keep the two identical.
 *
 * `placeholderFunnelOf` stands in for the insights' `funnelOf` until it is merged: it counts
 * interview notes straight from the index's readings.
 */

import type { NoteReading } from "../domain/interview";
import type { Status } from "../domain/status";

export interface FunnelFigures {
  interviewed: number;
  heardBack: number;
  offers: number;
  medianDaysToAnswer: number | null;
}

const DAY_MS = 86_400_000;
const ANSWERS: ReadonlySet<Status> = new Set(["rejected", "offer", "accepted", "declined"]);
const OFFERS: ReadonlySet<Status> = new Set(["offer", "accepted", "declined"]);

/**
 * PLACEHOLDER for the insights' `funnelOf`: interview notes whose interview has taken place,
 * those with news (`last_heard` set, or a status only an answer brings) and those with an offer;
 * the median of the days from the interview to `last_heard` (else `rejected_on`).
 */
export function placeholderFunnelOf(readings: Iterable<NoteReading>, now: number): FunnelFigures {
  let interviewed = 0;
  let heardBack = 0;
  let offers = 0;
  const days: number[] = [];
  for (const reading of readings) {
    if (reading.kind !== "interview") continue;
    const { date, status, lastHeard, rejectedOn } = reading.interview;
    if (date.ms > now) continue;
    interviewed++;
    const answer = lastHeard ?? rejectedOn;
    if (answer !== null || (status !== null && ANSWERS.has(status))) heardBack++;
    if (status !== null && OFFERS.has(status)) offers++;
    if (answer !== null && answer.ms >= date.ms) days.push((answer.ms - date.ms) / DAY_MS);
  }
  return { interviewed, heardBack, offers, medianDaysToAnswer: median(days) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
