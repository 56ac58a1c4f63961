/**
 * Numbers about the search from the notes already read: how many interviews, how many answered,
 * how fast, who went silent, and each organisation's history. The command line's `stats --json`
 * and the API's `insights()` are this object. Independent of the order notes come in.
 */

import { dayNumberOf } from "./businessDays";
import type { Interview, NoteReading } from "./interview";
import { ALL_STATUSES, type Status } from "./status";
import { nameKey } from "./text";
import { type When, toIso } from "./time";

/** How many notes have each status; `none` counts notes without one. Every key is present. */
export type StatusCounts = Record<Status | "none", number>;

/** One interview note in its organisation's history. */
export interface InterviewHistory {
  path: string;
  position: string;
  /** The interview's date and time, ISO 8601 in UTC. */
  date: string;
  /** 1 for the first note of this organisation and position, 2 for the next, … */
  round: number;
  status: Status | null;
  /**
   * There is news: a status that is an answer (rejected, offer, accepted, declined), `last_heard`
   * or `rejected_on` on or after the interview's day, or a later round of the same position.
   */
  heardBack: boolean;
  /** Calendar days from the interview to the first dated answer; null when none is known. */
  daysToAnswer: number | null;
}

/** An organisation's history: every interview note that names it, any position. */
export interface OrganizationInsights {
  /** As its latest note writes it (notes are grouped ignoring case, spacing and Unicode form). */
  organization: string;
  /** How many interview notes it has, every position counted. */
  rounds: number;
  /** The status of its latest note (by interview date, then path). */
  latestStatus: Status | null;
  /** The median of its notes' `daysToAnswer`; null when none has one. */
  daysToAnswer: number | null;
  /** Oldest first (by date, then path). */
  interviews: InterviewHistory[];
}

/** The API's `insights()` and the command line's `stats --json`. */
export interface Insights {
  now: string;
  /** API only: false until the first index build is done. */
  ready?: boolean;
  /** Interview notes read (those that cannot be read are `unreadable`, and counted nowhere else). */
  interviews: number;
  unreadable: number;
  byStatus: StatusCounts;
  /** Interviews whose date is at or before `now`. */
  happened: number;
  /** Of those, how many have news. */
  heardBack: number;
  /** `heardBack / happened`, from 0 to 1, not rounded; null when none happened. */
  responseRate: number | null;
  /** The median of `daysToAnswer` over the interviews that happened; null without any. */
  medianDaysToAnswer: number | null;
  /** How many interviews that median is taken over. */
  timedAnswers: number;
  /** Notes whose status is `ghosted`. */
  ghosted: number;
  /** Interviews that happened with a status of `offer`, `accepted` or `declined`. */
  offers: number;
  /** Latest interview first, then by name (code units, ignoring case). No organisation: left out. */
  organizations: OrganizationInsights[];
}

/** The sidebar's funnel picture: interviewed → heard back → offer, and the typical wait. */
export interface FunnelFigures {
  interviewed: number;
  heardBack: number;
  offers: number;
  medianDaysToAnswer: number | null;
}

export function funnelOf(insights: Insights): FunnelFigures {
  return {
    interviewed: insights.happened,
    heardBack: insights.heardBack,
    offers: insights.offers,
    medianDaysToAnswer: insights.medianDaysToAnswer,
  };
}

/** Statuses that are themselves an answer from the employer. */
const ANSWERS: ReadonlySet<Status | null> = new Set<Status>([
  "rejected",
  "offer",
  "accepted",
  "declined",
]);
const OFFERS: ReadonlySet<Status | null> = new Set<Status>(["offer", "accepted", "declined"]);

/**
 * The median: the middle value, or the mean of the two middle values for an even count (so a
 * whole number or a half, never rounded); null for no values. Does not change `values`.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // Copied before sorting: a sort in place would change the caller's array.
  const sorted = values.length === 1 ? values : [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** What a note says about news from the employer (a later round aside). */
interface News {
  /** A status that is an answer, or `last_heard` or `rejected_on` on or after the interview's day. */
  heard: boolean;
  /** Calendar days from the interview to the first dated answer known by `today`, if any. */
  days: number | null;
}

/**
 * The notes keep the latest news (`last_heard`) and the rejection's day (`rejected_on`): the
 * earlier of those that fall between the interview's day and `today` (both included) is the first
 * news known, and the days to an answer are counted from the interview's day to its day (each in
 * its own calendar: local, or the offset it was written with). News dated before the interview's
 * day (the booking, an earlier round) is no answer to this interview; news dated after `today` is
 * not known yet. An interview after `now` has no days to an answer.
 */
function newsOf(interview: Interview, now: number, today: number): News {
  const day = dayNumberOf(interview.date);
  const heardDay = dayFrom(interview.lastHeard, day);
  const rejectedDay = dayFrom(interview.rejectedOn, day);
  const heard = heardDay !== null || rejectedDay !== null || ANSWERS.has(interview.status);
  if (interview.date.ms > now) return { heard, days: null };
  let first = heardDay !== null && heardDay <= today ? heardDay : null;
  if (rejectedDay !== null && rejectedDay <= today && (first === null || rejectedDay < first))
    first = rejectedDay;
  return { heard, days: first === null ? null : first - day };
}

/** The day of `news` when it is on or after the interview's `day`; null otherwise. */
function dayFrom(news: When | null, day: number): number | null {
  if (news === null) return null;
  const newsDay = dayNumberOf(news);
  return newsDay >= day ? newsDay : null;
}

/** Date, then path: a total order, so the history never depends on the order notes came in. */
function byDate(a: Interview, b: Interview): number {
  return a.date.ms - b.date.ms || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function emptyCounts(): StatusCounts {
  const counts = { none: 0 } as StatusCounts;
  for (const status of ALL_STATUSES) counts[status] = 0;
  return counts;
}

/** What is added up over the interviews that happened (dated at or before `now`). */
interface Tally {
  happened: number;
  heardBack: number;
  offers: number;
  days: number[];
}

function count(tally: Tally, note: Interview, now: number, heard: boolean, days: number | null) {
  if (note.date.ms > now) return;
  tally.happened++;
  if (heard) tally.heardBack++;
  if (OFFERS.has(note.status)) tally.offers++;
  if (days !== null) tally.days.push(days);
}

function entryOf(note: Interview, round: number, heard: boolean, days: number | null) {
  const { path, position, status } = note;
  const date = toIso(note.date.ms);
  return { path, position, date, round, status, heardBack: heard, daysToAnswer: days };
}

/** An organisation's history, oldest first, a later round counted as news; each note tallied. */
function historyOf(
  notes: Interview[],
  now: number,
  today: number,
  tally: Tally,
): OrganizationInsights {
  // Most organisations have one note: it is round 1 and has no later round.
  if (notes.length === 1) {
    const note = notes[0] as Interview;
    const { heard, days } = newsOf(note, now, today);
    count(tally, note, now, heard, days);
    const { organization, status: latestStatus } = note;
    const interviews = [entryOf(note, 1, heard, days)];
    return { organization, rounds: 1, latestStatus, daysToAnswer: days, interviews };
  }
  notes.sort(byDate);
  const positions = notes.map((note) => nameKey(note.position));
  const latestByPosition = new Map(positions.map((key, i) => [key, notes[i]?.date.ms ?? 0]));
  const rounds = new Map<string, number>();
  const interviews: InterviewHistory[] = [];
  const days: number[] = [];
  notes.forEach((note, i) => {
    const position = positions[i] as string;
    const round = (rounds.get(position) ?? 0) + 1;
    rounds.set(position, round);
    const laterRound = (latestByPosition.get(position) ?? -Infinity) > note.date.ms;
    const news = newsOf(note, now, today);
    if (news.days !== null) days.push(news.days);
    count(tally, note, now, laterRound || news.heard, news.days);
    interviews.push(entryOf(note, round, laterRound || news.heard, news.days));
  });
  const latest = notes[notes.length - 1] as Interview;
  return {
    organization: latest.organization,
    rounds: notes.length,
    latestStatus: latest.status,
    daysToAnswer: median(days),
    interviews,
  };
}

/**
 * The insights at `now` from the notes read. One pass over the notes, then one over each
 * organisation's notes (sorted by date); notes without an organisation are counted alike but
 * have no history and no later round. `ready` is the API's flag, left out when not given.
 */
export function insightsOf(readings: Iterable<NoteReading>, now: Date, ready?: boolean): Insights {
  const at = now.getTime();
  const today = dayNumberOf({ ms: at, offset: null });
  const byStatus = emptyCounts();
  const groups = new Map<string, Interview[]>();
  const tally: Tally = { happened: 0, heardBack: 0, offers: 0, days: [] };
  let interviews = 0;
  let unreadable = 0;
  let ghosted = 0;
  for (const reading of readings) {
    if (reading.kind !== "interview") {
      unreadable++;
      continue;
    }
    const note = reading.interview;
    interviews++;
    byStatus[note.status ?? "none"]++;
    if (note.status === "ghosted") ghosted++;
    if (note.organization === "") {
      const news = newsOf(note, at, today);
      count(tally, note, at, news.heard, news.days);
      continue;
    }
    const key = nameKey(note.organization);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [note]);
    else group.push(note);
  }
  const organizations: { key: string; latest: number; history: OrganizationInsights }[] = [];
  for (const [key, notes] of groups) {
    const history = historyOf(notes, at, today, tally);
    organizations.push({ key, latest: (notes[notes.length - 1] as Interview).date.ms, history });
  }
  organizations.sort((a, b) => b.latest - a.latest || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { happened, heardBack, offers, days } = tally;
  return {
    now: now.toISOString(),
    ...(ready === undefined ? {} : { ready }),
    interviews,
    unreadable,
    byStatus,
    happened,
    heardBack,
    responseRate: happened === 0 ? null : heardBack / happened,
    medianDaysToAnswer: median(days),
    timedAnswers: days.length,
    ghosted,
    offers,
    organizations: organizations.map((entry) => entry.history),
  };
}
