/**
 * The sidebar's plan, kept current one note at a time. A note that changes is planned again on
 * its own (with the other rounds of its organisation and position); time passing moves only the
 * notes whose next boundary (an action opening, a deadline, a snooze ending, the horizon) has
 * come. Sections stay sorted by inserting into them, so no change re-sorts the whole vault.
 * `buildSidebarModel` in sidebar.ts is this plan built in one go.
 */

import type { Interview, NoteReading } from "./interview";
import { FOLLOW_UP_KINDS } from "./followUpKinds";
import { STATE_LABELS } from "./labels";
import type { Settings } from "./settings";
import { ALL_STATUSES, type Status } from "./status";
import { addDays } from "./time";
import { compareText } from "./followups";
import { type PlannedAction, isLaterRound, planActions, roundKey, stateAt } from "./timeline";
import { ACTION_IDS, type ActionState, type Problem } from "./types";
import type { HiddenEntry, PipelineEntry, SidebarItem, SidebarModel } from "./sidebar";

const STATES: readonly ActionState[] = ["overdue", "due", "upcoming"];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Past this many notes to move at once (a laptop waking after days), planning afresh is cheaper. */
const MOVE_LIMIT = 512;
/** Shared by every note with nothing in a list: most have one item at most, none hidden. */
const NO_ITEMS: readonly SidebarItem[] = Object.freeze([]);
const NO_HIDDEN: readonly HiddenEntry[] = Object.freeze([]);

interface Entry {
  path: string;
  reading: NoteReading;
  /** Organisation and position, lower case, for matching rounds; null without an organisation. */
  round: string | null;
  superseded: boolean;
  /** Where this note is in the lists now, so it can be taken out again. */
  items: readonly SidebarItem[];
  hidden: readonly HiddenEntry[];
  problem: Problem | null;
  counted: Status | "none" | null;
  /** When something about this note next changes with time (Infinity: never). */
  next: number;
  /** Bumped whenever the note is placed, so older entries in the timetable are ignored. */
  version: number;
}

/**
 * The spec's order within overdue and due: deadline (none last), then when it opened, then path
 * and action id. An action that opens "now" sorts after every fixed opening, as it would at any
 * moment after those.
 */
export function compareBySpec(a: SidebarItem, b: SidebarItem): number {
  const deadline =
    a.deadline === b.deadline
      ? 0
      : a.deadline === null
        ? 1
        : b.deadline === null
          ? -1
          : a.deadline - b.deadline;
  return (
    deadline ||
    (a.opens ?? Infinity) - (b.opens ?? Infinity) ||
    compareText(a.path, b.path) ||
    compareText(a.action, b.action)
  );
}

const actionRank = (item: SidebarItem) => ACTION_IDS.indexOf(item.action);

/** Coming up: soonest first, then the timeline's order, then the spec's order. */
export function compareComingUp(a: SidebarItem, b: SidebarItem): number {
  return (a.opens ?? 0) - (b.opens ?? 0) || actionRank(a) - actionRank(b) || compareBySpec(a, b);
}

const ORDER: Readonly<Record<ActionState, (a: SidebarItem, b: SidebarItem) => number>> = {
  overdue: compareBySpec,
  due: compareBySpec,
  upcoming: compareComingUp,
};

/** The first index in sorted `list` whose element is not before `probe`. */
function lowerBound<T>(list: readonly T[], probe: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid] as T, probe) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insertSorted<T>(list: T[], value: T, compare: (a: T, b: T) => number): void {
  list.splice(lowerBound(list, value, compare), 0, value);
}

function removeSorted<T>(list: T[], value: T, compare: (a: T, b: T) => number): void {
  const at = lowerBound(list, value, compare);
  if (list[at] === value) list.splice(at, 1);
}

interface Placing {
  items: readonly SidebarItem[];
  hidden: readonly HiddenEntry[];
  problem: Problem | null;
  counted: Status | "none" | null;
}

/** The same items (the same objects, in the same order), hidden entries, problem and count. */
function samePlacing(a: Placing, b: Placing): boolean {
  const sameHidden = (x: HiddenEntry, y: HiddenEntry | undefined) =>
    y !== undefined &&
    x.key === y.key &&
    x.label === y.label &&
    x.organization === y.organization &&
    x.position === y.position &&
    x.until === y.until;
  return (
    a.counted === b.counted &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item === b.items[i]) &&
    a.hidden.length === b.hidden.length &&
    a.hidden.every((entry, i) => sameHidden(entry, b.hidden[i])) &&
    (a.problem === null
      ? b.problem === null
      : b.problem !== null && a.problem.reason === b.problem.reason)
  );
}

function samePipeline(
  a: readonly PipelineEntry[] | undefined,
  b: readonly PipelineEntry[],
): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((entry, i) => entry.status === b[i]?.status && entry.count === b[i]?.count)
  );
}

function sameItem(a: SidebarItem, b: SidebarItem): boolean {
  return (
    a.state === b.state &&
    a.label === b.label &&
    a.organization === b.organization &&
    a.position === b.position &&
    a.warning === b.warning &&
    a.opens === b.opens &&
    a.deadline === b.deadline
  );
}

const byPath = (a: { path: string }, b: { path: string }) => compareText(a.path, b.path);

function roundOf(reading: NoteReading): string | null {
  return reading.kind === "interview" ? roundKey(reading.interview) : null;
}

/** A min-heap of (time, path, version): which notes to look at again, and when. */
export class Timetable {
  private readonly times: number[] = [];
  private readonly paths: string[] = [];
  private readonly versions: number[] = [];

  get size(): number {
    return this.times.length;
  }

  clear(): void {
    this.times.length = 0;
    this.paths.length = 0;
    this.versions.length = 0;
  }

  peek(): number {
    return this.times[0] ?? Infinity;
  }

  push(time: number, path: string, version: number): void {
    let i = this.times.length;
    this.times.push(time);
    this.paths.push(path);
    this.versions.push(version);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.times[parent] as number) <= time) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { path: string; version: number } {
    const top = { path: this.paths[0] as string, version: this.versions[0] as number };
    const last = this.times.length - 1;
    this.swap(0, last);
    this.times.pop();
    this.paths.pop();
    this.versions.pop();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < last && (this.times[left] as number) < (this.times[least] as number)) least = left;
      if (right < last && (this.times[right] as number) < (this.times[least] as number))
        least = right;
      if (least === i) break;
      this.swap(i, least);
      i = least;
    }
    return top;
  }

  private swap(i: number, j: number): void {
    const { times, paths, versions } = this;
    [times[i], times[j]] = [times[j] as number, times[i] as number];
    [paths[i], paths[j]] = [paths[j] as string, paths[i] as string];
    [versions[i], versions[j]] = [versions[j] as number, versions[i] as number];
  }
}

/** Puts a snoozed note (once) or a dismissed follow-up among a note's hidden entries. */
function hide(hidden: HiddenEntry[], action: PlannedAction, interview: Interview): void {
  if (action.hiddenBy === "snoozed") {
    if (hidden.some((each) => each.kind === "snoozed")) return;
    hidden.push({
      key: `${action.path}\u0000snoozed`,
      path: action.path,
      kind: "snoozed",
      action: null,
      label: "Snoozed",
      organization: action.organization,
      position: action.position,
      until: interview.snoozedUntil?.ms ?? null,
    });
  } else {
    hidden.push({
      key: `${action.path}\u0000${action.action}`,
      path: action.path,
      kind: "dismissed",
      action: action.action,
      label: FOLLOW_UP_KINDS[action.action].label,
      organization: action.organization,
      position: action.position,
      until: null,
    });
  }
}

export class LivePlan {
  private readonly entries = new Map<string, Entry>();
  /**
   * The paths of each round's notes. Nearly every organisation and position has one note, kept
   * as its path alone; a list is made only for a second.
   */
  private readonly rounds = new Map<string, string | string[]>();
  private readonly sections: Record<ActionState, SidebarItem[]> = {
    overdue: [],
    due: [],
    upcoming: [],
  };
  /** Which lists have changed since the last model: the others are handed out again as they were. */
  private dirty = { overdue: true, due: true, upcoming: true, hidden: true, problems: true };
  /** Notes placed again while one note is set, other than that note (its other rounds). */
  private others = 0;
  private readonly hidden: HiddenEntry[] = [];
  private readonly problems: Problem[] = [];
  private readonly counts = new Map<Status | "none", number>();
  private readonly timetable = new Timetable();
  private now: number;
  private horizonEnd = 0;
  /**
   * Items of notes being placed again, by path: an item that comes out the same is the same
   * object, so the view, which compares objects, does not draw it again (a note's body was
   * edited, say).
   */
  private readonly previous = new Map<string, readonly SidebarItem[]>();
  /** The last model handed out, reused while nothing has changed. */
  private cached: SidebarModel | null = null;
  private changed = true;

  constructor(
    private settings: Settings,
    now: number,
  ) {
    this.now = now;
    this.setHorizon();
  }

  /** The settings the plan was made with; planning with others starts over. */
  get madeWith(): Settings {
    return this.settings;
  }

  /** Plans every reading afresh: all placed first, each list sorted once. */
  reset(readings: Iterable<NoteReading>, settings: Settings = this.settings): this {
    this.settings = settings;
    this.setHorizon();
    this.entries.clear();
    this.rounds.clear();
    for (const reading of readings) {
      const path = reading.kind === "interview" ? reading.interview.path : reading.path;
      const entry = this.newEntry(path, reading);
      this.entries.set(path, entry);
      this.join(entry);
    }
    this.replanAll();
    return this;
  }

  /** Puts one note's reading in (or takes the note out, with null), at the plan's current time. */
  set(path: string, reading: NoteReading | null): void {
    const old = this.entries.get(path);
    const was = old === undefined ? null : { ...old };
    const dirtyBefore = { ...this.dirty };
    this.others = 0;
    const affected = new Set<string>();
    if (old !== undefined) {
      this.unplace(old);
      this.leave(old);
      this.entries.delete(path);
      if (old.round !== null) affected.add(old.round);
    }
    if (reading !== null) {
      const entry = this.newEntry(path, reading);
      this.entries.set(path, entry);
      this.join(entry);
      if (entry.round !== null) affected.add(entry.round);
      else this.place(entry);
    }
    for (const round of affected) this.settleRound(round, path);
    this.previous.clear();
    const now = this.entries.get(path);
    if (was !== null && now !== undefined && this.others === 0 && samePlacing(was, now)) {
      // Saved with nothing that shows changed (its text was edited, say): the lists are as before.
      this.dirty = dirtyBefore;
      return;
    }
    this.changed = true;
  }

  /**
   * Moves the plan to `now`. Only notes whose next boundary has come are placed again; going back
   * in time (a clock set back) plans everything afresh.
   */
  advance(now: number): void {
    if (now === this.now) return;
    const wasAt = this.now;
    this.now = now;
    this.setHorizon();
    this.changed = true;
    if (now < wasAt) {
      this.replanAll();
      return;
    }
    const due: Entry[] = [];
    while (this.timetable.size > 0 && this.timetable.peek() <= now) {
      const { path, version } = this.timetable.pop();
      const entry = this.entries.get(path);
      if (entry === undefined || entry.version !== version) continue;
      due.push(entry);
      if (due.length > MOVE_LIMIT) {
        this.replanAll();
        return;
      }
    }
    for (const entry of due) {
      this.unplace(entry);
      this.place(entry);
    }
    this.previous.clear();
  }

  /** Follow-ups due or overdue now, snoozed and dismissed ones left out. */
  dueCount(): number {
    return this.sections.overdue.length + this.sections.due.length;
  }

  /** What the sidebar shows at the plan's time. Lists are copies: later changes do not reach them. */
  model(ready: boolean): SidebarModel {
    const cached = this.cached;
    if (cached !== null && !this.changed && cached.ready === ready) return cached;
    const dirty = this.dirty;
    const sections = STATES.map((state, i) => {
      const before = cached?.sections[i];
      if (before !== undefined && !dirty[state]) return before;
      return { state, title: STATE_LABELS[state], items: this.sections[state].slice() };
    });
    const pipeline = this.pipeline();
    this.cached = {
      ready,
      now: this.now,
      sections,
      pipeline: samePipeline(cached?.pipeline, pipeline)
        ? (cached?.pipeline ?? pipeline)
        : pipeline,
      problems: cached !== null && !dirty.problems ? cached.problems : this.problems.slice(),
      hidden: cached !== null && !dirty.hidden ? cached.hidden : this.hidden.slice(),
      horizonDays: this.settings.horizonDays,
    };
    this.dirty = { overdue: false, due: false, upcoming: false, hidden: false, problems: false };
    this.changed = false;
    return this.cached;
  }

  private setHorizon(): void {
    this.horizonEnd = addDays({ ms: this.now, offset: null }, this.settings.horizonDays).ms;
  }

  private newEntry(path: string, reading: NoteReading): Entry {
    return {
      path,
      reading,
      round: roundOf(reading),
      superseded: false,
      items: NO_ITEMS,
      hidden: NO_HIDDEN,
      problem: null,
      counted: null,
      next: Infinity,
      version: 0,
    };
  }

  private join(entry: Entry): void {
    if (entry.round === null) return;
    const members = this.rounds.get(entry.round);
    if (members === undefined) this.rounds.set(entry.round, entry.path);
    else if (typeof members === "string") {
      if (members !== entry.path) this.rounds.set(entry.round, [members, entry.path]);
    } else if (!members.includes(entry.path)) members.push(entry.path);
  }

  private leave(entry: Entry): void {
    if (entry.round === null) return;
    const members = this.rounds.get(entry.round);
    if (members === entry.path) this.rounds.delete(entry.round);
    if (!Array.isArray(members)) return;
    const at = members.indexOf(entry.path);
    if (at >= 0) members.splice(at, 1);
    if (members.length === 1) this.rounds.set(entry.round, members[0] as string);
  }

  private membersOf(round: string): readonly string[] {
    const members = this.rounds.get(round);
    return members === undefined ? [] : typeof members === "string" ? [members] : members;
  }

  /** The rounds of one organisation and position: only the latest is not superseded. */
  private latestOf(round: string): string | null {
    let latest: Interview | null = null;
    for (const path of this.membersOf(round)) {
      const reading = this.entries.get(path)?.reading;
      if (reading?.kind !== "interview") continue;
      if (latest === null || isLaterRound(reading.interview, latest)) latest = reading.interview;
    }
    return latest?.path ?? null;
  }

  /** Places the changed note and every round whose superseded flag has changed. */
  private settleRound(round: string, changed: string): void {
    const latest = this.latestOf(round);
    for (const path of this.membersOf(round)) {
      const entry = this.entries.get(path);
      if (entry === undefined) continue;
      const superseded = path !== latest;
      const fresh = path === changed && entry.version === 0;
      if (!fresh && entry.superseded === superseded) continue;
      if (!fresh) this.unplace(entry);
      if (path !== changed) this.others++;
      entry.superseded = superseded;
      this.place(entry);
    }
  }

  private replanAll(): void {
    this.timetable.clear();
    for (const state of STATES) this.sections[state].length = 0;
    this.dirty = { overdue: true, due: true, upcoming: true, hidden: true, problems: true };
    this.hidden.length = 0;
    this.problems.length = 0;
    this.counts.clear();
    // A round of one note is its own latest; only rounds with more are worked out.
    const latest = new Map<string, string | null>();
    for (const [round, members] of this.rounds)
      if (typeof members !== "string") latest.set(round, this.latestOf(round));
    for (const entry of this.entries.values()) {
      const round = entry.round;
      entry.superseded =
        round !== null &&
        typeof this.rounds.get(round) !== "string" &&
        latest.get(round) !== entry.path;
      entry.items = NO_ITEMS;
      entry.hidden = NO_HIDDEN;
      entry.problem = null;
      entry.counted = null;
      this.place(entry, false);
    }
    for (const state of STATES) this.sections[state].sort(ORDER[state]);
    this.hidden.sort(byPath);
    this.problems.sort(byPath);
    this.changed = true;
  }

  /** Takes a note out of every list it is in. */
  private unplace(entry: Entry): void {
    for (const item of entry.items) {
      removeSorted(this.sections[item.state], item, ORDER[item.state]);
      this.dirty[item.state] = true;
    }
    if (entry.items.length > 0) this.previous.set(entry.path, entry.items);
    if (entry.hidden.length > 0) {
      const at = lowerBound(this.hidden, entry.hidden[0] as HiddenEntry, byPath);
      this.hidden.splice(at, entry.hidden.length);
      this.dirty.hidden = true;
    }
    if (entry.problem !== null) {
      removeSorted(this.problems, entry.problem, byPath);
      this.dirty.problems = true;
    }
    if (entry.counted !== null) {
      const count = (this.counts.get(entry.counted) ?? 1) - 1;
      if (count === 0) this.counts.delete(entry.counted);
      else this.counts.set(entry.counted, count);
    }
    entry.items = NO_ITEMS;
    entry.hidden = NO_HIDDEN;
    entry.problem = null;
    entry.counted = null;
    entry.version++;
  }

  /**
   * Plans one note at the plan's time and puts it in the lists (in order, unless `sorted` is
   * false, when the caller sorts once after placing everything).
   */
  private place(entry: Entry, sorted = true): void {
    entry.version++;
    const { reading } = entry;
    if (reading.kind === "problem") {
      entry.problem = { path: reading.path, reason: reading.reason };
      if (sorted) insertSorted(this.problems, entry.problem, byPath);
      else this.problems.push(entry.problem);
      this.dirty.problems = true;
      entry.next = Infinity;
      return;
    }
    const { interview } = reading;
    const now = this.now;
    if (!entry.superseded) {
      entry.counted = interview.status ?? "none";
      this.counts.set(entry.counted, (this.counts.get(entry.counted) ?? 0) + 1);
    }
    let next = Infinity;
    const soonest = (at: number) => {
      if (at > now && at < next) next = at;
    };
    // The interview itself passing, and a snooze ending, change which actions there are.
    soonest(interview.date.ms);
    if (interview.snoozedUntil !== null) soonest(interview.snoozedUntil.ms);
    const items: SidebarItem[] = [];
    const hidden: HiddenEntry[] = [];
    for (const action of planActions(interview, entry.superseded, this.settings, now)) {
      if (action.hiddenBy !== null) {
        hide(hidden, action, interview);
        continue;
      }
      const state = stateAt(action.opens, action.deadline, now);
      if (state === "upcoming" && action.opens > this.horizonEnd) {
        // It comes into view when the horizon reaches it; checked again then (calendar days
        // make that moment a little uncertain across a clock change, so it is never later).
        const comes = addDays({ ms: action.opens, offset: null }, -this.settings.horizonDays).ms;
        soonest(Math.max(comes - HOUR, now + MINUTE));
        continue;
      }
      if (state === "upcoming") soonest(action.opens);
      else if (state === "due" && action.deadline !== null) soonest(action.deadline);
      const item = this.itemOf(action, state);
      items.push(item);
      if (sorted) insertSorted(this.sections[state], item, ORDER[state]);
      else this.sections[state].push(item);
      this.dirty[state] = true;
    }
    // Copies are sized to fit; the lists grown by pushing hold room for more than a note needs.
    if (items.length > 0) entry.items = items.slice();
    if (hidden.length > 0) {
      entry.hidden = hidden.slice();
      this.dirty.hidden = true;
      if (sorted) {
        const at = lowerBound(this.hidden, hidden[0] as HiddenEntry, byPath);
        this.hidden.splice(at, 0, ...hidden);
      } else {
        this.hidden.push(...hidden);
      }
    }
    entry.next = next;
    if (next !== Infinity) this.timetable.push(next, entry.path, entry.version);
    // Every edit of a note leaves its older time behind; past a bound, they are swept out.
    if (this.timetable.size > 2 * this.entries.size + 1024) {
      this.timetable.clear();
      for (const each of this.entries.values())
        if (each.next !== Infinity) this.timetable.push(each.next, each.path, each.version);
    }
  }

  private itemOf(action: PlannedAction, state: ActionState): SidebarItem {
    const item: SidebarItem = {
      path: action.path,
      action: action.action,
      state,
      label: FOLLOW_UP_KINDS[action.action].label,
      organization: action.organization,
      position: action.position,
      warning: action.warning,
      opens: action.opensAtNow ? null : action.opens,
      deadline: action.deadline,
    };
    const before = this.previous.get(item.path)?.find((each) => each.action === item.action);
    return before !== undefined && sameItem(before, item) ? before : item;
  }

  private pipeline(): PipelineEntry[] {
    const order: (Status | "none")[] = ["none", ...ALL_STATUSES];
    const out: PipelineEntry[] = [];
    for (const status of order) {
      const count = this.counts.get(status) ?? 0;
      if (count === 0) continue;
      const label =
        status === "none" ? "No status" : status.charAt(0).toUpperCase() + status.slice(1);
      out.push({ status, label, count });
    }
    return out;
  }
}
