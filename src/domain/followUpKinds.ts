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
  OFFER_ACCEPT_EMAIL,
  OFFER_DECLINE_EMAIL,
  OFFER_HEADS_UP_EMAIL,
  OFFER_MORE_TIME_EMAIL,
  RECONNECT_EMAIL,
  REJECTION_REPLY_EMAIL,
  THANK_YOU_EMAIL,
} from "./builtInEmails";
import { businessDayBefore, startOfDay } from "./businessDays";
import { type FollowUpKind, type TimingSetting, dated, days, hours } from "./kindEntry";
import { followUpOpens } from "./nudges";
import { isOpen } from "./status";
import { addDays, addHours } from "./time";
import { ACTION_IDS, type ActionId } from "./types";

export type {
  Done,
  Emit,
  FollowUpKind,
  PlanContext,
  StatusAnswer,
  TimingSetting,
} from "./kindEntry";

const MENU = { answers: [] } as const;

/** Business days before an offer's deadline day by which the others should have heard of it. */
const HEADS_UP_BUSINESS_DAYS = 2;

/** Days to send the check-in after a rejection once it opens. */
const RECONNECT_WINDOW_DAYS = 14;

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
    // A panel gets one per person not yet thanked; thank_you_sent ends them all.
    plan: (interview, { settings }, emit) => {
      if (!isOpen(interview.status) || interview.marks.thankYouSent !== undefined) return;
      const t = interview.date;
      // A day without a time that the status says has happened: thank them from its start.
      const happened = interview.status === "interviewed" || interview.status === "waiting";
      const opens = (t.dateOnly === true && happened ? startOfDay(t) : t).ms;
      const deadline = addHours(t, settings.thankYouHours).ms;
      if (interview.panel.length === 0) emit(opens, deadline, interview.emailWarning);
      for (const person of interview.panel)
        if (!person.thanked) emit(opens, deadline, person.warning, false, person.name);
    },
    done: { writes: "date", property: "thankYouSent", append: false, perPerson: "thanked" },
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
  reconnect: {
    label: "Check in to keep in touch",
    timing: "task",
    // Only a reply with a date can be timed; turned off with 0 days.
    plan: (interview, { settings }, emit) => {
      if (interview.status !== "rejected" || !interview.interested) return;
      const replied = interview.marks.rejectionReplied;
      const days = settings.reconnectAfterDays;
      if (days === 0 || replied === undefined || replied === null) return;
      if (interview.marks.reconnected !== undefined) return;
      const opens = addDays(replied, days);
      emit(opens.ms, addDays(opens, RECONNECT_WINDOW_DAYS).ms);
    },
    done: dated("reconnected"),
    menu: MENU,
    emails: [RECONNECT_EMAIL],
    settings: [
      days(
        "reconnectAfterDays",
        "Check in after a rejection",
        "Days after your reply to a rejection before a warm check-in; 0 turns it off.",
        0,
      ),
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
    emails: [OFFER_MORE_TIME_EMAIL, OFFER_ACCEPT_EMAIL, OFFER_DECLINE_EMAIL],
    settings: [],
  },
  "offer-heads-up": {
    label: "Tell them you have an offer",
    timing: "task",
    // While another organisation's offer is open, the interviews still running hear of it in
    // time to answer: by the start of the 2nd business day before the offer's deadline day.
    plan: (interview, { settings, superseded, offerDeadline, now }, emit) => {
      if (offerDeadline === null || !isOpen(interview.status) || superseded) return;
      if (!interview.interested || interview.marks.offerHeadsUp !== undefined) return;
      const by = businessDayBefore(offerDeadline, HEADS_UP_BUSINESS_DAYS, settings.weekendDays);
      emit(now, by.ms, null, true);
    },
    done: dated("offerHeadsUp"),
    menu: MENU,
    emails: [OFFER_HEADS_UP_EMAIL],
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
