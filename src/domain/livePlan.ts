/**
 * The sidebar's plan, kept current one note at a time. A note that changes is planned again on
 * its own (with the other rounds of its organisation and position); time passing moves only the
 * notes whose next boundary (an action opening, a deadline, a snooze ending, the horizon) has
 * come. Sections stay sorted by inserting into them, so no change re-sorts the whole vault.
 * What one note shows is worked out in notePlan.ts; the order of the lists is sidebarOrder.ts.
 */

import type { NoteReading } from "./interview";
import { STATE_LABELS } from "./labels";
import { type NoteEntry, clearPlacing, newEntry, planInterview, samePlacing } from "./notePlan";
import { OffersInHand } from "./offers";
import { PipelineCounts, samePipeline } from "./pipeline";
import { Rounds } from "./rounds";
import type { Settings } from "./settings";
import type { HiddenEntry, SidebarItem, SidebarModel } from "./sidebar";
import { SECTION_ORDER, SECTION_STATES, compareByPath } from "./sidebarOrder";
import { insertRunSorted, insertSorted, removeRunSorted, removeSorted } from "./sortedList";
import { addDays } from "./time";
import { Timetable } from "./timetable";
import type { ActionState, Problem } from "./types";

/** Past this many notes to move at once (a laptop waking after days), planning afresh is cheaper. */
const MOVE_LIMIT = 512;

export class LivePlan {
  private readonly entries = new Map<string, NoteEntry>();
  private readonly rounds = new Rounds();
  /** The offers in hand: every open interview hears of the earliest still ahead. */
  private readonly offers = new OffersInHand();
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
  private readonly counts = new PipelineCounts();
  private readonly timetable = new Timetable();
  private now: number;
  private horizonEnd = 0;
  /** Items of notes being placed again, by path, so an item that comes out the same is reused. */
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
    this.offers.clear();
    for (const reading of readings) {
      const path = reading.kind === "interview" ? reading.interview.path : reading.path;
      const entry = newEntry(path, reading);
      this.entries.set(path, entry);
      if (entry.round !== null) this.rounds.join(entry.round, path);
      this.offers.note(path, reading);
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
      if (old.round !== null) this.rounds.leave(old.round, path);
      this.entries.delete(path);
      if (old.round !== null) affected.add(old.round);
    }
    // An offer that came, went or changed may change what every open interview hears of.
    const offerChanged = this.offers.note(path, reading);
    if (reading !== null) {
      const entry = newEntry(path, reading);
      this.entries.set(path, entry);
      if (entry.round !== null) {
        this.rounds.join(entry.round, path);
        affected.add(entry.round);
      } else if (!offerChanged) this.place(entry);
    }
    if (offerChanged) {
      this.previous.clear();
      return this.replanAll();
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
    const due: NoteEntry[] = [];
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
    const sections = SECTION_STATES.map((state, i) => {
      const before = cached?.sections[i];
      if (before !== undefined && !dirty[state]) return before;
      return { state, title: STATE_LABELS[state], items: this.sections[state].slice() };
    });
    const pipeline = this.counts.entries();
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

  /** Places the changed note and every round whose superseded flag has changed. */
  private settleRound(round: string, changed: string): void {
    const latest = this.rounds.latest(round, this.entries);
    for (const path of this.rounds.membersOf(round)) {
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
    for (const state of SECTION_STATES) this.sections[state].length = 0;
    this.dirty = { overdue: true, due: true, upcoming: true, hidden: true, problems: true };
    this.hidden.length = 0;
    this.problems.length = 0;
    this.counts.clear();
    // A round of one note is its own latest; only rounds with more are worked out.
    const latest = new Map<string, string | null>();
    for (const round of this.rounds.shared())
      latest.set(round, this.rounds.latest(round, this.entries));
    for (const entry of this.entries.values()) {
      const round = entry.round;
      entry.superseded =
        round !== null && !this.rounds.isAlone(round) && latest.get(round) !== entry.path;
      clearPlacing(entry);
      this.place(entry, false);
    }
    for (const state of SECTION_STATES) this.sections[state].sort(SECTION_ORDER[state]);
    this.hidden.sort(compareByPath);
    this.problems.sort(compareByPath);
    this.changed = true;
  }

  /** Takes a note out of every list it is in. */
  private unplace(entry: NoteEntry): void {
    for (const item of entry.items) {
      removeSorted(this.sections[item.state], item, SECTION_ORDER[item.state]);
      this.dirty[item.state] = true;
    }
    if (entry.items.length > 0) this.previous.set(entry.path, entry.items);
    if (entry.hidden.length > 0) {
      removeRunSorted(this.hidden, entry.hidden, compareByPath);
      this.dirty.hidden = true;
    }
    if (entry.problem !== null) {
      removeSorted(this.problems, entry.problem, compareByPath);
      this.dirty.problems = true;
    }
    if (entry.counted !== null) this.counts.remove(entry.counted);
    clearPlacing(entry);
    entry.version++;
  }

  /**
   * Plans one note at the plan's time and puts it in the lists (in order, unless `sorted` is
   * false, when the caller sorts once after placing everything).
   */
  private place(entry: NoteEntry, sorted = true): void {
    entry.version++;
    const { reading } = entry;
    if (reading.kind === "problem") {
      entry.problem = { path: reading.path, reason: reading.reason };
      if (sorted) insertSorted(this.problems, entry.problem, compareByPath);
      else this.problems.push(entry.problem);
      this.dirty.problems = true;
      entry.next = Infinity;
      return;
    }
    const { interview } = reading;
    if (!entry.superseded) {
      entry.counted = interview.status ?? "none";
      this.counts.add(entry.counted);
    }
    const before = this.previous.get(entry.path);
    const offer = this.offers.ahead(interview, this.now);
    planInterview(entry, interview, this.settings, this.now, this.horizonEnd, before, offer);
    for (const item of entry.items) {
      const section = this.sections[item.state];
      if (sorted) insertSorted(section, item, SECTION_ORDER[item.state]);
      else section.push(item);
      this.dirty[item.state] = true;
    }
    const { hidden } = entry;
    if (hidden.length > 0) {
      this.dirty.hidden = true;
      if (sorted) insertRunSorted(this.hidden, hidden, compareByPath);
      else this.hidden.push(...hidden);
    }
    if (entry.next !== Infinity) this.timetable.push(entry.next, entry.path, entry.version);
    // Every edit of a note leaves its older time behind; past a bound, they are swept out.
    if (this.timetable.size > 2 * this.entries.size + 1024)
      this.timetable.refill(this.entries.values());
  }
}

/** The sidebar at `now`, planned in one go (the view keeps a LivePlan current instead). */
export function buildSidebarModel(
  readings: Iterable<NoteReading>,
  settings: Settings,
  now: number,
  ready: boolean,
): SidebarModel {
  return new LivePlan(settings, now).reset(readings).model(ready);
}
