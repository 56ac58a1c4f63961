/**
 * What one entry of the table of follow-up kinds (followUpKinds.ts) holds, and small builders
 * for its parts.
 */

import type { BuiltInEmail } from "./builtInEmails";
import type { Interview } from "./interview";
import type { MarkKey, PropertyNames, Settings, TimingKey } from "./settings";
import type { ClosingStatus } from "./status";
import type { When } from "./time";

/** What a kind's timing rule may look at besides the note. */
export interface PlanContext {
  settings: Settings;
  now: number;
  /** A later round of the same organization and position exists. */
  superseded: boolean;
  /** The deadline of the earliest offer still ahead from another organisation, if any. */
  offerDeadline: When | null;
}

/**
 * Hands one planned follow-up to the timeline: when it opens and its deadline (ms since the
 * epoch), why it cannot simply be done (if so), and whether it opens whenever it is asked about.
 */
export type Emit = (
  opens: number,
  deadline: number | null,
  warning?: string | null,
  opensAtNow?: boolean,
  /** The one person of a panel this follow-up is for. */
  contact?: string | null,
) => void;

/** An answer that finishes a follow-up by setting the note's status. */
export interface StatusAnswer {
  title: string;
  icon: string;
  status: ClosingStatus;
  /** The notice after the change. */
  done: string;
}

/**
 * How one click finishes a follow-up: today's date into its mark (appended to what the mark
 * holds, when `append`: a single value becomes a list), or an answer that sets the status.
 */
export type Done =
  | {
      writes: "date";
      property: MarkKey;
      append: boolean;
      /**
       * For a follow-up of one person of a panel: their name goes into this list instead, and
       * the date into `property` only once everyone is in it.
       */
      perPerson?: keyof PropertyNames;
    }
  | { writes: "status"; answer: StatusAnswer };

/** A setting that times a kind, as the settings tab shows it, and what it accepts. */
export interface TimingSetting {
  key: TimingKey;
  name: string;
  desc: string;
  /** Whole numbers from `min` to `max`, or a set of weekdays (0 = Sunday … 6 = Saturday). */
  accepts: { min: number; max: number } | "weekdays";
}

export interface FollowUpKind {
  /** What to do, in words: the row's title, the command line's and the menus'. */
  label: string;
  /**
   * An event happens at its time ("on Sat 21 Nov"); a task opens, then is due by its deadline.
   */
  timing: "event" | "task";
  /** Which follow-ups of this kind a note has at `now`: zero or more calls of `emit`. */
  plan(interview: Interview, ctx: PlanContext, emit: Emit): void;
  /** What "mark as done" does; null: it cannot be finished with one click. */
  done: Done | null;
  /**
   * The row's menu: null for none (the row only opens the note). Otherwise the menu offers these
   * answers, then the emails, snoozes, dismissal and the quick status changes every kind shares.
   */
  menu: { answers: readonly StatusAnswer[] } | null;
  /** The built-in emails written for this kind, the first one offered first. */
  emails: readonly BuiltInEmail[];
  /** The settings that time this kind, in the order the settings tab lists them. */
  settings: readonly TimingSetting[];
}

export const days = (key: TimingKey, name: string, desc: string, min = 1): TimingSetting => ({
  key,
  name,
  desc,
  accepts: { min, max: 365 },
});

export const hours = (key: TimingKey, name: string, desc: string): TimingSetting => ({
  key,
  name,
  desc,
  accepts: { min: 1, max: 720 },
});

/** Today's date into `property`: the usual "mark as done". */
export const dated = (property: MarkKey): Done => ({ writes: "date", property, append: false });
