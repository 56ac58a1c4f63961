/**
 * The table of follow-up kinds: for each kind, once, what it is called, when it applies and is
 * timed, how "mark as done" records it, what its row and menu offer, its built-in emails and the
 * settings that time it. The timeline, the sidebar's rows and menu, the command line's text, the
 * writes and the settings tab all read this table; nothing else checks a kind's id.
 *
 * Adding a kind: its id in `ACTION_IDS` (types.ts, the public contract), its entry here, its
 * emails in `builtInEmails.ts`, and tests. The compiler then points at anything else.
 */

import {
  FOLLOW_UP_EMAIL,
  REJECTION_REPLY_EMAIL,
  THANK_YOU_EMAIL,
  type BuiltInEmail,
} from "./builtInEmails";
import type { Interview } from "./interview";
import type { PropertyNames, ScalarKey, Settings } from "./settings";
import { isOpen } from "./status";
import { type When, addDays, addHours, later } from "./time";
import type { ActionId } from "./types";

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

/** An answer in a row's menu that finishes the follow-up by setting the status. */
export interface StatusAnswer {
  title: string;
  icon: string;
  status: "accepted" | "declined";
  /** The notice after the change. */
  done: string;
}

/** A setting that times a kind, as the settings tab shows it. */
export interface TimingSetting {
  key: ScalarKey;
  name: string;
  desc: string;
  input: "number" | "toggle";
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
  /** The property "mark as done" writes today's date into; null: it cannot be marked done. */
  doneProperty: keyof PropertyNames | null;
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

const days = (key: ScalarKey, name: string, desc: string): TimingSetting => ({
  key,
  name,
  desc,
  input: "number",
});

/** When the `follow-up` nudge opens, or null when it is done for good. */
function followUpOpens(interview: Interview, settings: Settings): When | null {
  if (!interview.followedUp) {
    return addDays(later(interview.date, interview.lastHeard), settings.followUpAfterDays);
  }
  if (settings.laterNudge && interview.followedUpAt !== null) {
    return addDays(later(interview.followedUpAt, interview.lastHeard), settings.laterNudgeDays);
  }
  return null;
}

export const FOLLOW_UP_KINDS: Readonly<Record<ActionId, FollowUpKind>> = {
  "upcoming-interview": {
    label: "Interview coming up",
    timing: "event",
    plan: (interview, { now }, emit) => {
      if (isOpen(interview.status) && now < interview.date.ms) emit(interview.date.ms, null);
    },
    doneProperty: null,
    menu: null,
    emails: [],
    settings: [],
  },
  "thank-you": {
    label: "Send a thank-you note",
    timing: "task",
    plan: (interview, { settings }, emit) => {
      if (!isOpen(interview.status) || interview.thankYouSent) return;
      const t = interview.date;
      emit(t.ms, addHours(t, settings.thankYouHours).ms, interview.emailWarning);
    },
    doneProperty: "thankYouSent",
    menu: MENU,
    emails: [THANK_YOU_EMAIL],
    settings: [
      {
        key: "thankYouHours",
        name: "Thank-you deadline",
        desc: "Hours after the interview.",
        input: "number",
      },
    ],
  },
  research: {
    label: "Research and reflect",
    timing: "task",
    plan: (interview, { settings, superseded }, emit) => {
      if (!isOpen(interview.status) || superseded || interview.researchDone) return;
      const t = interview.date;
      emit(addDays(t, settings.researchOpensDays).ms, addDays(t, settings.researchDueDays).ms);
    },
    doneProperty: "researchDone",
    menu: MENU,
    emails: [],
    settings: [
      days("researchOpensDays", "Research starts", "Days after the interview."),
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
    doneProperty: "followedUp",
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
        key: "laterNudge",
        name: "Nudge again",
        desc: "After a follow-up is sent, offer another one later. The follow-up property must then hold the date it was sent.",
        input: "toggle",
      },
      days("laterNudgeDays", "Nudge again after", "Days after the last follow-up or news."),
    ],
  },
  "rejection-reply": {
    label: "Reply to the rejection",
    timing: "task",
    plan: (interview, { settings, now }, emit) => {
      if (interview.status !== "rejected" || interview.rejectionReplied) return;
      const on = interview.rejectedOn;
      if (on === null) emit(now, null, null, true);
      else emit(on.ms, addHours(on, settings.rejectionReplyHours).ms);
    },
    doneProperty: "rejectionReplied",
    menu: MENU,
    emails: [REJECTION_REPLY_EMAIL],
    settings: [
      {
        key: "rejectionReplyHours",
        name: "Rejection reply deadline",
        desc: "Hours after the rejection date.",
        input: "number",
      },
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
    doneProperty: null,
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
  return FOLLOW_UP_KINDS[id].doneProperty !== null;
}
