/**
 * What the "Create interview note" form holds, and the messages its check gives: the types that
 * newNote.ts (the note) and newNotePanel.ts (the panel rows) share.
 */

/** One interviewer of the form: a name and an address, either of them possibly empty. */
export interface NewInterviewer {
  contact: string;
  email: string;
}

/** The form's values that are one text each. */
export interface NewInterview {
  organization: string;
  position: string;
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** `HH:mm`, local; empty for an interview known only by its day. */
  time: string;
  /** The (first) interviewer: most interviews have one. */
  contact: string;
  email: string;
  /** The earlier round's note, as a link target (its path without `.md`), or "". */
  previousRound: string;
  /** `YYYY-MM-DD`: the day they said they will decide by; absent or "" when not given. */
  decisionBy?: string;
}

/** Everything the create form holds: its texts, and the other interviewers of a panel. */
export interface NewInterviewForm extends NewInterview {
  /** The second and later interviewers, in order; absent (or empty) when there is one. */
  moreInterviewers?: NewInterviewer[];
}

export type NewInterviewErrors = Partial<Record<keyof NewInterview, string>> & {
  /** By the row's index in `moreInterviewers`; only the rows with something to fix. */
  moreInterviewers?: Record<number, Partial<Record<keyof NewInterviewer, string>>>;
};
