/**
 * When the next nudge of an open interview is due: the first after the interview or the news (or
 * after the day they promised to decide by), then one every few days after the last, up to the
 * number the user allows. The count is of the nudges sent since the latest news
 * (`Interview.nudges`), so news starts the count again.
 */

import { businessDayAfter, startOfDay } from "./businessDays";
import type { Interview } from "./interview";
import type { Settings } from "./settings";
import { type When, addDays, later } from "./time";

/**
 * When the first nudge opens: the start of the Nth business day after the day they promised to
 * decide by, unless news came on or after that day; else some days after the interview or news.
 */
function firstNudgeOpens(interview: Interview, settings: Settings): When {
  const { decisionBy, lastHeard } = interview;
  const heardSince =
    decisionBy !== null &&
    lastHeard !== null &&
    startOfDay(lastHeard).ms >= startOfDay(decisionBy).ms;
  if (decisionBy !== null && !heardSince) {
    return businessDayAfter(decisionBy, settings.decisionGraceDays, settings.weekendDays);
  }
  return addDays(later(interview.date, lastHeard), settings.followUpAfterDays);
}

/** When the next `follow-up` opens, or null when no nudge is left to send (or none can be timed). */
export function followUpOpens(interview: Interview, settings: Settings): When | null {
  const { count, last } = interview.nudges;
  if (count === 0) return firstNudgeOpens(interview, settings);
  // A nudge without a date cannot time the next one: the follow-up is then done.
  if (count >= settings.maxNudges || last === null) return null;
  return addDays(last, settings.nudgeGapDays);
}
