/**
 * The table of follow-up kinds: for each kind, once, what it is called, when it applies and is
 * timed, how "mark as done" records it, what its row and menu offer, its built-in emails and the
 * settings that time it. The timeline, the sidebar's rows and menu, the command line's text, the
 * writes and the settings tab all read this table; nothing else checks a kind's id.
 *
 * Adding a kind: its id in `ACTION_IDS` (types.ts, the public contract), its entry here, its
 * emails in `builtInEmails.ts`, and tests; a property that marks it done, or a setting that
 * times it, also in `settings.ts`. The compiler then points at anything else.
 */

import {
  FOLLOW_UP_EMAIL,
  REJECTION_REPLY_EMAIL,
  THANK_YOU_EMAIL,
  type BuiltInEmail,
} from "./builtInEmails";
import { startOfDay } from "./businessDays";
import type { Interview } from "./interview";
import { followUpOpens } from "./nudges";
import type { MarkKey, Settings, TimingKey } from "./settings";
import { type ClosingStatus, isOpen } from "./status";
import { addDays, addHours } from "./time";
import { ACTION_IDS, type ActionId } from "./types";

/** What a kind's timing rule may look at besides the note. */
export interface PlanContext {
  settings: Settings;
  now: number;
  /** A later round of the same organization and position exists. */
  superseded: boolean;
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
  | { writes: "date"; property: MarkKey; append: boolean }
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

const MENU = { answers: [] } as const;

const days = (key: TimingKey, name: string, desc: string, min = 1): TimingSetting => ({
  key,
  name,
  desc,
  accepts: { min, max: 365 },
});

const hours = (key: TimingKey, name: string, desc: string): TimingSetting => ({
  key,
  name,
  desc,
  accepts: { min: 1, max: 720 },
});

/** Today's date into `property`: the usual "mark as done". */
const dated = (property: MarkKey): Done => ({ writes: "date", property, append: false });

export const FOLLOW_UP_KINDS: Readonly<Record<ActionId, FollowUpKind>> = {
  "upcoming-interview": {
    label: "Interview coming up",
    timing: "event",
    // Only before it happens: a status that says it happened ("interviewed") ends it.
    plan: (interview, { now }, emit) => {
      const before = interview.status === null || interview.status === "scheduled";
      if (before && now < interview.date.ms) emit(interview.date.ms, null);
    },
    done: null,
    menu: null,
    emails: [],
    settings: [],
  },
  "thank-you": {
    label: "Send a thank-you note",
    timing: "task",
    plan: (interview, { settings }, emit) => {
      if (!isOpen(interview.status) || interview.marks.thankYouSent !== undefined) return;
      const t = interview.date;
      // A day without a time that the status says has happened: thank them from its start.
      const happened = interview.status === "interviewed" || interview.status === "waiting";
      const opens = t.dateOnly && happened ? startOfDay(t) : t;
      emit(opens.ms, addHours(t, settings.thankYouHours).ms, interview.emailWarning);
    },
    done: dated("thankYouSent"),
    menu: MENU,
    emails: [THANK_YOU_EMAIL],
    settings: [hours("thankYouHours", "Thank-you deadline", "Hours after the interview.")],
  },
  research: {
    label: "Research and reflect",
    timing: "task",
    plan: (interview, { settings, superseded }, emit) => {
      if (!isOpen(interview.status) || superseded) return;
      if (interview.marks.researchDone !== undefined) return;
      const t = interview.date;
      emit(addDays(t, settings.researchOpensDays).ms, addDays(t, settings.researchDueDays).ms);
    },
    done: dated("researchDone"),
    menu: MENU,
    emails: [],
    settings: [
      days("researchOpensDays", "Research starts", "Days after the interview.", 0),
      days("researchDueDays", "Research deadline", "Days after the interview."),
    ],
  },
  "follow-up": {
    label: "Send a polite follow-up",
    timing: "task",
    plan: (interview, { settings, superseded }, emit) => {
      if (!isOpen(interview.status) || superseded || !interview.interested) return;
      const opens = followUpOpens(interview, settings);
      if (opens !== null) emit(opens.ms, addDays(opens, settings.followUpWindowDays).ms);
    },
    // Each nudge sent is one more date in the list: the count decides what comes next.
    done: { writes: "date", property: "followedUp", append: true },
    menu: MENU,
    emails: [FOLLOW_UP_EMAIL],
    settings: [
      days(
        "followUpAfterDays",
        "Follow up after",
        "Days of silence after the interview or the last news before a polite nudge.",
      ),
      days("followUpWindowDays", "Days to send the follow-up", "Days before it is overdue."),
      {
        key: "decisionGraceDays",
        name: "After the promised date",
        desc: "Business days after the day they said they would decide by (decision_by) before the first follow-up.",
        accepts: { min: 0, max: 30 },
      },
      {
        key: "weekendDays",
        name: "Weekend days",
        desc: "Days that are not business days, such as Saturday, Sunday.",
        accepts: "weekdays",
      },
      {
        key: "maxNudges",
        name: "Nudges before giving up",
        desc: "How many follow-ups to send after the last news before asking whether to close the interview as ghosted.",
        accepts: { min: 1, max: 10 },
      },
      days("nudgeGapDays", "Days between nudges", "Days after one follow-up before the next."),
    ],
  },
  "no-response": {
    label: "No answer: close as ghosted?",
    timing: "task",
    // Under the follow-up's own conditions, once every nudge allowed has gone unanswered.
    plan: (interview, { settings, superseded }, emit) => {
      if (!isOpen(interview.status) || superseded || !interview.interested) return;
      const { count, last } = interview.nudges;
      if (count < settings.maxNudges || last === null) return;
      emit(addDays(last, settings.ghostAfterDays).ms, null);
    },
    done: {
      writes: "status",
      answer: {
        title: "Close as ghosted",
        icon: "ghost",
        status: "ghosted",
        done: "Closed as ghosted.",
      },
    },
    menu: MENU,
    emails: [],
    settings: [
      days("ghostAfterDays", "Close as ghosted after", "Days after the last nudge with no answer."),
    ],
  },
  "rejection-reply": {
    label: "Reply to the rejection",
    timing: "task",
    plan: (interview, { settings, now }, emit) => {
      if (interview.status !== "rejected" || interview.marks.rejectionReplied !== undefined) return;
      const on = interview.rejectedOn;
      if (on === null) emit(now, null, null, true);
      // A day alone (what "Rejected" writes) opens at its start: the reply is due at once.
      else
        emit((on.dateOnly ? startOfDay(on) : on).ms, addHours(on, settings.rejectionReplyHours).ms);
    },
    done: dated("rejectionReplied"),
    menu: MENU,
    emails: [REJECTION_REPLY_EMAIL],
    settings: [
      hours("rejectionReplyHours", "Rejection reply deadline", "Hours after the rejection date."),
    ],
  },
  "offer-decision": {
    label: "Decide on the offer",
    timing: "task",
    plan: (interview, { now }, emit) => {
      if (interview.status !== "offer") return;
      emit(now, interview.offerDeadline?.ms ?? null, null, true);
    },
    // Answered by a status, from the menu: there is no date to write.
    done: null,
    menu: {
      answers: [
        { title: "Accepted", icon: "check", status: "accepted", done: "Offer accepted." },
        { title: "Declined", icon: "x", status: "declined", done: "Offer declined." },
      ],
    },
    emails: [],
    settings: [],
  },
};

/** The kind of a follow-up by its id. */
export function kindOf(id: ActionId): FollowUpKind {
  return FOLLOW_UP_KINDS[id];
}

/** True when "mark as done" can finish a follow-up of this kind with one click. */
export function canMarkDone(id: ActionId): boolean {
  return FOLLOW_UP_KINDS[id].done !== null;
}

/** The one-click action of a kind as a person sees it: its title, icon, and the notice after it. */
export function doneAction(
  id: ActionId,
  label: string,
): { title: string; icon: string; notice: string } | null {
  const done = FOLLOW_UP_KINDS[id].done;
  if (done === null) return null;
  if (done.writes === "status") {
    const { title, icon, done: notice } = done.answer;
    return { title, icon, notice };
  }
  return { title: "Mark as done", icon: "check", notice: `Marked done: ${label}.` };
}

/** Every timing setting, with the kind that declares it. */
export function timingSettings(): TimingSetting[] {
  return ACTION_IDS.flatMap((id) => FOLLOW_UP_KINDS[id].settings);
}
