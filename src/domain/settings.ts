/**
 * The one settings object: its keys and defaults. What each setting accepts, and what changing
 * it does, is in `settingRules.ts`; loading and migration in `settingsLoad.ts`.
 */

/** The note properties the plugin reads and writes, mapped to the names used in the vault. */
export interface PropertyNames {
  organization: string;
  position: string;
  date: string;
  contact: string;
  email: string;
  status: string;
  interested: string;
  lastHeard: string;
  thankYouSent: string;
  researchDone: string;
  followedUp: string;
  rejectionReplied: string;
  /** A warm check-in sent some months after a rejection. */
  reconnected: string;
  rejectedOn: string;
  offerDeadline: string;
  /** The other employers were told of an offer in hand. */
  offerHeadsUp: string;
  snoozedUntil: string;
  dismissed: string;
  previousRound: string;
  decisionBy: string;
  thanked: string;
}

export interface Settings {
  /** The settings format version, for migration. */
  version: number;
  /** A note whose `typeProperty` equals `typeValue` (any case, or a list holding it) is an interview. */
  typeProperty: string;
  typeValue: string;
  /** A note tagged with this tag, or a tag below it (`interview/onsite`), is an interview. */
  tag: string;
  /** Every note in this folder (and its subfolders) is an interview; empty turns this off. */
  interviewFolder: string;
  /** Templates live here; notes in it are never interviews. */
  templatesFolder: string;
  /** Optional note used as the body of new interview notes. */
  noteTemplateFile: string;
  properties: PropertyNames;
  /**
   * Timings of the follow-up rules (`TimingKey`). Hours are exact; days are calendar days unless
   * they say business days. Each kind declares the ones that time it, with what they accept.
   */
  thankYouHours: number;
  researchOpensDays: number;
  researchDueDays: number;
  followUpAfterDays: number;
  followUpWindowDays: number;
  /** Business days after the day of `decision_by` that the first nudge opens. */
  decisionGraceDays: number;
  /** The days that are not business days: 0 = Sunday … 6 = Saturday. */
  weekendDays: readonly number[];
  /** Nudges sent since the last news before the follow-up gives way to "close as ghosted?". */
  maxNudges: number;
  /** Days between one nudge and the next. */
  nudgeGapDays: number;
  /** Days after the last nudge that "close as ghosted?" opens. */
  ghostAfterDays: number;
  rejectionReplyHours: number;
  /** Days after the reply to a rejection that a warm check-in opens; 0 turns it off. */
  reconnectAfterDays: number;
  /** How far ahead the sidebar's "Coming up" looks, in days. */
  horizonDays: number;
  myName: string;
  /** A moment.js format for dates shown to people and written into emails. */
  dateFormat: string;
  fileNamePattern: string;
  openInNewTab: boolean;
  showStatusBar: boolean;
  /** The calendar file ("Export follow-ups to calendar"): a `.ics` path inside the vault. */
  calendarPath: string;
  /** Rewrite the calendar file whenever the follow-ups change. */
  calendarAutoRefresh: boolean;
  /** One notice at start-up of what changed since the follow-ups were last seen on this device. */
  awaySummary: boolean;
  /** How long the follow-ups must have gone unseen before that notice, in hours. */
  awaySummaryHours: number;
}

export const SETTINGS_VERSION = 3;

export const DEFAULT_PROPERTY_NAMES: Readonly<PropertyNames> = Object.freeze({
  organization: "organization",
  position: "position",
  date: "date",
  contact: "contact",
  email: "email",
  status: "status",
  interested: "interested",
  lastHeard: "last_heard",
  thankYouSent: "thank_you_sent",
  researchDone: "research_done",
  followedUp: "followed_up",
  rejectionReplied: "rejection_replied",
  reconnected: "reconnected",
  rejectedOn: "rejected_on",
  offerDeadline: "offer_deadline",
  offerHeadsUp: "offer_heads_up",
  snoozedUntil: "snoozed_until",
  dismissed: "dismissed",
  previousRound: "previous_round",
  decisionBy: "decision_by",
  thanked: "thanked",
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  typeProperty: "type",
  typeValue: "interview",
  tag: "interview",
  interviewFolder: "Interviews",
  templatesFolder: "Interviews/Templates",
  noteTemplateFile: "",
  properties: DEFAULT_PROPERTY_NAMES,
  thankYouHours: 24,
  researchOpensDays: 1,
  researchDueDays: 14,
  followUpAfterDays: 14,
  followUpWindowDays: 7,
  decisionGraceDays: 1,
  weekendDays: Object.freeze([0, 6]),
  maxNudges: 2,
  nudgeGapDays: 7,
  ghostAfterDays: 14,
  rejectionReplyHours: 48,
  reconnectAfterDays: 90,
  horizonDays: 7,
  myName: "",
  dateFormat: "dddd D MMMM YYYY",
  fileNamePattern: "{{date:YYYY-MM-DD}} {{organization}} - {{position}}",
  openInNewTab: true,
  showStatusBar: true,
  calendarPath: "Interviews/follow-ups.ics",
  calendarAutoRefresh: false,
  awaySummary: true,
  awaySummaryHours: 12,
});

/** Each property as the settings tab names it. */
export const PROPERTY_LABELS: Readonly<Record<keyof PropertyNames, string>> = {
  organization: "Organization",
  position: "Position",
  date: "Interview date",
  contact: "Contact",
  email: "Contact email",
  status: "Status",
  interested: "Interested",
  lastHeard: "Last heard",
  thankYouSent: "Thank-you sent",
  researchDone: "Research done",
  followedUp: "Followed up",
  rejectionReplied: "Rejection replied",
  reconnected: "Reconnected",
  rejectedOn: "Rejected on",
  offerDeadline: "Offer deadline",
  offerHeadsUp: "Offer heads-up sent",
  snoozedUntil: "Snoozed until",
  dismissed: "Dismissed",
  previousRound: "Previous round",
  decisionBy: "Decide by",
  thanked: "Thanked",
};

/**
 * The properties that mark a follow-up done (`done` in a kind's entry). Every note's marks are
 * read alike: whether each is set, and the date it holds if it holds one.
 */
export const MARK_KEYS = [
  "thankYouSent",
  "researchDone",
  "followedUp",
  "rejectionReplied",
  "reconnected",
  "offerHeadsUp",
] as const satisfies readonly (keyof PropertyNames)[];

export type MarkKey = (typeof MARK_KEYS)[number];

/** The settings that time the follow-up kinds; each kind lists its own in its entry. */
export type TimingKey =
  | "thankYouHours"
  | "researchOpensDays"
  | "researchDueDays"
  | "followUpAfterDays"
  | "followUpWindowDays"
  | "decisionGraceDays"
  | "weekendDays"
  | "maxNudges"
  | "nudgeGapDays"
  | "ghostAfterDays"
  | "rejectionReplyHours"
  | "reconnectAfterDays";

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, properties: { ...DEFAULT_PROPERTY_NAMES } };
}

export type ScalarKey = Exclude<keyof Settings, "version" | "properties">;

/** The key of any one setting, with property names as `properties.<name>`. */
export type SettingKey = ScalarKey | `properties.${keyof PropertyNames}`;

export const SCALAR_KEYS = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter(
  (key): key is ScalarKey => key !== "version" && key !== "properties",
);
export const PROPERTY_KEYS = Object.keys(DEFAULT_PROPERTY_NAMES) as (keyof PropertyNames)[];
