/**
 * When the next nudge of an open interview is due: the first after the interview or the news,
 * then one every few days after the last, up to the number the user allows. The count is of the
 * nudges sent since the latest news (`Interview.nudges`), so news starts the count again.
 */

import type { Interview } from "./interview";
import type { Settings } from "./settings";
import { type When, addDays, later } from "./time";

/** When the next `follow-up` opens, or null when no nudge is left to send (or none can be timed). */
export function followUpOpens(interview: Interview, settings: Settings): When | null {
  const { count, last } = interview.nudges;
  if (count === 0) {
    return addDays(later(interview.date, interview.lastHeard), settings.followUpAfterDays);
  }
  // A nudge without a date cannot time the next one: the follow-up is then done.
  if (count >= settings.maxNudges || last === null) return null;
  return addDays(last, settings.nudgeGapDays);
}
