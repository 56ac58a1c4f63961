import { type App, type CachedMetadata, Component, TFile, parseYaml } from "obsidian";
import { computeFollowUps, dueCount } from "../domain/followups";
import { type NoteReading, readNote } from "../domain/interview";
import { LivePlan } from "../domain/livePlan";
import { inInterviewFolder } from "../domain/recognise";
import type { Settings } from "../domain/settings";
import { readingManyNotes } from "../domain/sharedDates";
import type { SidebarModel } from "../domain/sidebar";
import type { FollowUps } from "../domain/types";
import { unreadProperties } from "../domain/unreadProperties";
import { type CheckedNote, DiskChecks } from "./diskChecks";
import { errorMessage } from "../domain/text";

/** How long after layout-ready to stop waiting for `resolved` before checking uncached notes. */
const RESOLVE_FALLBACK_MS = 10_000;

/**
 * The index of interview notes, read from Obsidian's metadata cache. It is built once when the
 * layout is ready (nothing is scanned before), then kept current one note at a time from the
 * cache's `changed` and the vault's `rename` and `delete` events. Listeners hear of every change.
 *
 * The cache has no properties for a note whose YAML does not parse. Only notes in the interview
 * folder can be known to be interview notes without their properties, so only those, when they
 * come without properties, are read from disk to say why. A note with no cache entry at all is
 * not judged before the cache says it has resolved every file.
 */
export class FollowUpIndex extends Component {
  private readonly readings = new Map<string, NoteReading>();
  private readonly listeners = new Set<() => void>();
  /** Notes without a cache entry at build time, waiting for the cache to resolve. */
  private readonly unresolved = new Set<string>();
  /** Notes without properties being read from disk, to say why. */
  private readonly checking: DiskChecks<TFile>;
  /** The disk checks a build started: until they end, the index is not ready. */
  private readonly starting = new Set<string>();
  private built = false;
  /** A note has changed, or time has moved, since the build: counting then needs the plan. */
  private moved = false;
  private cacheResolved = false;
  /** The sidebar's plan, made when first asked for and then kept current note by note. */
  private plan: LivePlan | null = null;

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {
    super();
    this.checking = new DiskChecks(
      (file: TFile) => app.vault.cachedRead(file),
      (notes) => this.explained(notes),
    );
  }

  override onload(): void {
    const { metadataCache, vault, workspace } = this.app;
    workspace.onLayoutReady(() => {
      this.rebuild();
      const timer = window.setTimeout(() => this.onResolved(), RESOLVE_FALLBACK_MS);
      this.register(() => window.clearTimeout(timer));
    });
    this.registerEvent(
      metadataCache.on("changed", (file, _data, cache) => this.update(file, cache)),
    );
    this.registerEvent(metadataCache.on("resolved", () => this.onResolved()));
    this.registerEvent(
      vault.on("delete", (file) => {
        if (!this.built) return;
        this.forget(file.path);
        this.notify();
      }),
    );
    this.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (!this.built) return;
        // The new path first: while the old one still holds the index back, a check the new
        // one starts is still part of becoming ready.
        if (file instanceof TFile && file.extension === "md")
          this.store(file, metadataCache.getFileCache(file));
        this.forget(oldPath);
        this.notify();
      }),
    );
  }

  /**
   * True once every note is in: the first build has finished, and neither a note read from disk
   * (to say why its properties are missing) nor one waiting for the cache is still outstanding.
   */
  get ready(): boolean {
    return this.built && this.starting.size === 0 && this.unresolved.size === 0;
  }

  /** Calls `listener` after every change to the index; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells listeners that time has passed: states change with no note changing. */
  tick(): void {
    this.moved = true;
    if (this.built) this.notify();
  }

  /** One note's reading, if it is an interview note. */
  get(path: string): NoteReading | undefined {
    return this.readings.get(path);
  }

  /** Every note read so far: interviews and problems. */
  all(): Iterable<NoteReading> {
    return this.readings.values();
  }

  /** What the sidebar shows at `now`: only what changed since the last call is planned again. */
  sidebar(now: number): SidebarModel {
    return this.planAt(now).model(this.ready);
  }

  /**
   * Follow-ups due or overdue at `now`, snoozed and dismissed ones left out. Until a note changes
   * or time moves (the status bar's first count, once ready) they are counted without planning
   * the whole sidebar; after that, the plan is made and answers each change at its own cost.
   */
  dueCount(now: number): number {
    if (!this.built) return 0;
    if (this.plan === null && !this.moved)
      return dueCount(this.readings.values(), this.settings(), now);
    return this.planAt(now).dueCount();
  }

  private planAt(now: number): LivePlan {
    const settings = this.settings();
    if (this.plan === null) this.plan = new LivePlan(settings, now).reset(this.readings.values());
    else if (this.plan.madeWith !== settings) this.plan.reset(this.readings.values(), settings);
    this.plan.advance(now);
    return this.plan;
  }

  /** Reads every Markdown note from the metadata cache; also used when settings change. */
  rebuild(): void {
    this.plan = null;
    this.moved = false;
    this.readings.clear();
    this.unresolved.clear();
    // Checks of an earlier build are superseded by this one's.
    this.checking.underWay.clear();
    this.starting.clear();
    const { metadataCache, vault } = this.app;
    const settings = this.settings();
    readingManyNotes(() => {
      for (const file of vault.getMarkdownFiles()) {
        const path = file.path;
        const reading = this.read(file, path, metadataCache.getFileCache(file), settings);
        if (reading !== null) this.readings.set(path, reading);
      }
    });
    for (const path of this.checking.underWay.keys()) this.starting.add(path);
    this.built = true;
    this.notify();
  }

  followUps(now: Date = new Date()): FollowUps {
    return computeFollowUps(this.readings.values(), this.settings(), now, this.ready);
  }

  private update(file: TFile, cache: CachedMetadata | null): void {
    // Before the first build, the build itself will read this note.
    if (!this.built) return;
    this.moved = true;
    // A note renamed to another extension is gone from the index; others are read again.
    if (file.extension === "md") this.store(file, cache);
    this.notify();
  }

  private forget(path: string): void {
    this.moved = true;
    if (this.drop(path)) this.plan?.set(path, null);
  }

  /** Takes a note out of the readings and the waiting lists (not the plan); true if it was read. */
  private drop(path: string): boolean {
    this.unresolved.delete(path);
    this.checking.underWay.delete(path);
    this.starting.delete(path);
    return this.readings.delete(path);
  }

  private store(file: TFile, cache: CachedMetadata | null): void {
    const path = file.path;
    // Read again before the index is ready: a check this starts is part of becoming ready.
    const joins = !this.ready;
    // Not out of the plan yet: a new reading replaces it there at once.
    const had = this.drop(path);
    const reading = this.read(file, path, cache, this.settings());
    if (joins && this.checking.underWay.has(path)) this.starting.add(path);
    if (reading !== null) this.keep(path, reading);
    else if (had) this.plan?.set(path, null);
  }

  /**
   * Reads one note from its cache entry. Without properties only the folder can make a note an
   * interview; such a note is then waited for or checked on disk, and read as nothing for now.
   */
  private read(
    file: TFile,
    path: string,
    cache: CachedMetadata | null,
    settings: Settings,
  ): NoteReading | null {
    const frontmatter = cache?.frontmatter;
    if (frontmatter !== undefined) return readSafely(path, frontmatter, settings);
    if (inInterviewFolder(path, settings)) {
      if (cache === null && !this.cacheResolved) this.unresolved.add(path);
      else this.checking.start(file, cache !== null);
    }
    return null;
  }

  private keep(path: string, reading: NoteReading): void {
    this.readings.set(path, reading);
    this.plan?.set(path, reading);
  }

  /** Notes read from disk to say why they came without properties: broken YAML is a problem. */
  private explained(notes: readonly CheckedNote[]): void {
    let fromBuild = false;
    let found = false;
    for (const { path, text, cached } of notes) {
      if (this.starting.delete(path)) fromBuild = true;
      const problem = text === null ? null : unreadProperties(path, text, parseYaml, cached);
      if (problem === null) continue;
      this.keep(path, problem);
      found = true;
    }
    // A build's problems are told all at once, when its checks end: the index is then ready,
    // which listeners hear of even when no check found a problem.
    if (fromBuild ? this.ready : found) this.notify();
  }

  private onResolved(): void {
    this.cacheResolved = true;
    if (!this.built || this.unresolved.size === 0) return;
    const { metadataCache, vault } = this.app;
    this.moved = true;
    // Each still waits while it is read, so the checks they need are part of being ready.
    for (const path of [...this.unresolved]) {
      const file = vault.getFileByPath(path);
      if (file !== null) this.store(file, metadataCache.getFileCache(file));
    }
    this.unresolved.clear();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Reads one note's properties; the reader throws for nothing it is known to meet, and if it ever
 * did, that one note is listed as a problem rather than the error leaving a metadata-cache
 * handler, which would stop Obsidian's other handlers and leave the index half updated.
 */
function readSafely(
  path: string,
  frontmatter: CachedMetadata["frontmatter"],
  settings: Settings,
): NoteReading | null {
  try {
    return readNote(path, frontmatter, settings);
  } catch (error) {
    return {
      kind: "problem",
      path,
      reason: `The note could not be read (${errorMessage(error).slice(0, 200)}); please report this with the note's properties`,
    };
  }
}
