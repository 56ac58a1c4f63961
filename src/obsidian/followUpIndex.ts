import { type App, type CachedMetadata, Component, TFile, parseYaml } from "obsidian";
import { computeFollowUps } from "../domain/followups";
import { findFrontmatter } from "../domain/frontmatter";
import { type NoteReading, readNote } from "../domain/interview";
import { isInFolder } from "../domain/recognise";
import type { Settings } from "../domain/settings";
import type { FollowUps } from "../domain/types";

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
  /** A counter per note, so a disk check that finishes after a newer event is dropped. */
  private readonly generation = new Map<string, number>();
  private built = false;
  private cacheResolved = false;

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {
    super();
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
        this.forget(oldPath);
        if (file instanceof TFile) this.update(file, metadataCache.getFileCache(file));
        else this.notify();
      }),
    );
  }

  /** True once the first build has finished. */
  get ready(): boolean {
    return this.built;
  }

  /** Calls `listener` after every change to the index; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells listeners that time has passed: states change with no note changing. */
  tick(): void {
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

  /** Reads every Markdown note from the metadata cache; also used when settings change. */
  rebuild(): void {
    this.readings.clear();
    this.unresolved.clear();
    const { metadataCache, vault } = this.app;
    for (const file of vault.getMarkdownFiles()) this.store(file, metadataCache.getFileCache(file));
    this.built = true;
    this.notify();
  }

  followUps(now: Date = new Date()): FollowUps {
    return computeFollowUps(this.readings.values(), this.settings(), now, this.built);
  }

  private update(file: TFile, cache: CachedMetadata | null): void {
    // Before the first build, the build itself will read this note.
    if (!this.built) return;
    // A note renamed to another extension is gone from the index; others are read again.
    if (file.extension === "md") this.store(file, cache);
    this.notify();
  }

  private forget(path: string): void {
    this.readings.delete(path);
    this.unresolved.delete(path);
    this.generation.set(path, (this.generation.get(path) ?? 0) + 1);
  }

  private store(file: TFile, cache: CachedMetadata | null): void {
    const path = file.path;
    this.forget(path);
    const frontmatter = cache?.frontmatter;
    if (frontmatter === undefined && this.mayBeInterview(path)) {
      if (cache === null && !this.cacheResolved) this.unresolved.add(path);
      else void this.explain(file);
      return;
    }
    const reading = readNote(path, frontmatter, this.settings());
    if (reading !== null) this.readings.set(path, reading);
  }

  /** A note in the interview folder (templates aside) is an interview note if it has properties. */
  private mayBeInterview(path: string): boolean {
    const settings = this.settings();
    return (
      isInFolder(path, settings.interviewFolder) && !isInFolder(path, settings.templatesFolder)
    );
  }

  /** Reads a note that came without properties, and lists it as a problem if its YAML is broken. */
  private async explain(file: TFile): Promise<void> {
    const generation = this.generation.get(file.path) ?? 0;
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch {
      return;
    }
    if (this.generation.get(file.path) !== generation) return;
    const block = findFrontmatter(text);
    if (block === null) return;
    try {
      parseYaml(block.yaml);
    } catch (error) {
      const detail =
        error instanceof Error ? (error.message.split("\n")[0] ?? "").trim() : String(error);
      const reason = `Its properties are not valid YAML: ${detail}`;
      this.readings.set(file.path, { kind: "problem", path: file.path, reason });
      this.notify();
    }
  }

  private onResolved(): void {
    this.cacheResolved = true;
    if (!this.built || this.unresolved.size === 0) return;
    const { metadataCache, vault } = this.app;
    const waiting = [...this.unresolved];
    this.unresolved.clear();
    for (const path of waiting) {
      const file = vault.getFileByPath(path);
      if (file !== null) this.store(file, metadataCache.getFileCache(file));
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
