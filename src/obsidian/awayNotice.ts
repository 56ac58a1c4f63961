import { type App, Component, type View } from "obsidian";
import {
  LAST_SEEN_KEY,
  awayDigest,
  awayLongEnough,
  awayMessage,
  readLastSeen,
} from "../domain/awayDigest";
import { followUpStates } from "../domain/followups";
import type { Settings } from "../domain/settings";
import { NewMarks } from "../ui/newMarks";
import type { FollowUpIndex } from "./followUpIndex";
import { NoticeOffer } from "./noticeOffer";

/** How long the sidebar is in view before its "new" marks count as read. */
export const SEEN_MS = 30_000;
/** The last-seen time is written at most this often while the sidebar stays in view. */
const SAVE_EVERY_MS = 60_000;
const NOTICE_MS = 20_000;

/** What the sidebar's view tells and reads: whether it is in view, and the rows marked new. */
export interface SeenTracker {
  readonly marks: NewMarks;
  seen(view: object, inView: boolean): void;
}

/**
 * "Since you were away". The last-seen time is when the follow-ups were last in front of the
 * user on this device: kept in the vault's local storage (`loadLocalStorage`), never in
 * data.json, which syncs. It is written when the sidebar comes into view, every minute while it
 * stays there, when it leaves the view, and when the plugin unloads with it in view.
 *
 * Once the layout is ready and the index built, the follow-ups at the stored time and now (the
 * same notes, planned at two times) are compared: the rows that moved forward are marked new, and
 * after more than `awaySummaryHours` one notice says what changed, with a button that opens the
 * sidebar. The marks clear once the sidebar has been in view for `SEEN_MS` (told at the next
 * check, within the minute), or when it leaves the view after being in it. With nothing stored,
 * or something this plugin did not write (read as nothing, never thrown on), there is nothing to
 * compare: no notice, no marks, and the time of that start-up is stored as the starting point.
 * Turned off (`awaySummary`), it shows nothing (marked rows lose their marks at the views' next
 * refresh, which the setting's change causes) but still keeps the time, so that turning it on
 * again compares with the last look rather than with a time long gone.
 */
export class AwaySummary extends Component implements SeenTracker {
  readonly marks = new NewMarks();
  /** The time stored before this start-up, read before any view could write over it. */
  private readonly previous: number | null;
  private readonly inView = new Set<object>();
  private started = false;
  private lastSaved = Number.NEGATIVE_INFINITY;
  /** When the marks were first in view, if they have been. */
  private markedInView: number | null = null;
  private readonly offer: NoticeOffer<true>;

  constructor(
    private readonly app: App,
    private readonly index: FollowUpIndex,
    private readonly settings: () => Settings,
    private readonly now: () => number,
    openSidebar: () => void,
  ) {
    super();
    this.previous = readLastSeen(this.stored(), now());
    this.offer = new NoticeOffer("Open follow-ups", NOTICE_MS, async () => openSidebar());
  }

  override onload(): void {
    this.app.workspace.onLayoutReady(() => {
      if (this.index.ready) this.start();
      else {
        const stop = this.index.onChange(() => {
          if (!this.index.ready) return;
          stop();
          this.start();
        });
        this.register(stop);
      }
    });
  }

  override onunload(): void {
    if (this.inView.size > 0) this.save(this.now());
  }

  /**
   * Called by a follow-ups view whenever it may have come into view or left it: on opening,
   * on layout changes and resizes, and on every change to the index, which includes the minute
   * tick. So the marks go at the first of these at least `SEEN_MS` after they came into view.
   */
  seen(view: object, inView: boolean): void {
    const now = this.now();
    // Turned off while rows are marked (a setting change refreshes the views): they go at once.
    if (this.marks.keys.size > 0 && !this.settings().awaySummary) this.clearMarks();
    if (inView) {
      const came = !this.inView.has(view);
      this.inView.add(view);
      // Apart (Math.abs) either way: a clock set back saves and clears too, never waits for it.
      if (came || Math.abs(now - this.lastSaved) >= SAVE_EVERY_MS) this.save(now);
      if (this.marks.keys.size === 0) return;
      if (this.markedInView === null) this.markedInView = now;
      else if (Math.abs(now - this.markedInView) >= SEEN_MS) this.clearMarks();
    } else if (this.inView.delete(view) && this.inView.size === 0) {
      this.save(now);
      // In view for a moment is still seen: the marks go once it leaves.
      if (this.markedInView !== null) this.clearMarks();
    }
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const since = this.previous;
    const now = this.now();
    if (since === null) {
      this.save(now);
      return;
    }
    const settings = this.settings();
    if (!settings.awaySummary) return;
    // The follow-ups at both times, as the sidebar lists them; no problem's reason is read.
    const states = (at: number) => followUpStates(this.index.all(), settings, at);
    const digest = awayDigest(states(since), states(now));
    if (digest.changes.size === 0) return;
    this.marks.keys = new Set(digest.changes.keys());
    if (this.inView.size > 0) this.markedInView = now;
    const message = awayMessage(digest);
    if (message !== null && awayLongEnough(since, now, settings.awaySummaryHours)) {
      this.offer.show(message, [], true);
    }
  }

  private clearMarks(): void {
    this.markedInView = null;
    this.marks.keys = new Set();
  }

  private stored(): unknown {
    try {
      return this.app.loadLocalStorage(LAST_SEEN_KEY);
    } catch {
      return null; // Storage turned off or full of something else: as if nothing were stored.
    }
  }

  private save(now: number): void {
    this.lastSaved = now;
    try {
      this.app.saveLocalStorage(LAST_SEEN_KEY, now);
    } catch {
      // Storage refused the write: the next start-up compares with an older time, no more.
    }
  }
}

/**
 * Whether a view is in front of the user: its sidebar not collapsed and its leaf the tab shown
 * (Obsidian hides the others, which leaves them without an offset parent).
 */
export function inView(view: View): boolean {
  const root = view.leaf.getRoot();
  const { leftSplit, rightSplit } = view.app.workspace;
  for (const side of [leftSplit, rightSplit]) if (root === side && side.collapsed) return false;
  return view.containerEl.isShown();
}
