import { type App, type CachedMetadata, Component, TFile } from "obsidian";
import { computeFollowUps } from "../domain/followups";
import { type NoteReading, readNote } from "../domain/interview";
import type { Settings } from "../domain/settings";
import type { FollowUps } from "../domain/types";

/**
 * The index of interview notes, read from Obsidian's metadata cache. It is built once when the
 * layout is ready (nothing is scanned before), then kept current one note at a time.
 */
export class FollowUpIndex extends Component {
  private readonly readings = new Map<string, NoteReading>();
  private built = false;

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {
    super();
  }

  override onload(): void {
    this.app.workspace.onLayoutReady(() => this.rebuild());
    const { metadataCache, vault } = this.app;
    this.registerEvent(
      metadataCache.on("changed", (file, _data, cache) => this.update(file, cache)),
    );
    this.registerEvent(
      vault.on("delete", (file) => {
        if (this.built) this.readings.delete(file.path);
      }),
    );
    this.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (!this.built) return;
        this.readings.delete(oldPath);
        if (file instanceof TFile) this.update(file, metadataCache.getFileCache(file));
      }),
    );
  }

  /** True once the first build has finished. */
  get ready(): boolean {
    return this.built;
  }

  /** Reads every Markdown note from the metadata cache; also used when settings change. */
  rebuild(): void {
    this.readings.clear();
    const { metadataCache, vault } = this.app;
    for (const file of vault.getMarkdownFiles()) {
      this.store(file.path, metadataCache.getFileCache(file));
    }
    this.built = true;
  }

  followUps(now: Date = new Date()): FollowUps {
    return computeFollowUps(this.readings.values(), this.settings(), now, this.built);
  }

  private update(file: TFile, cache: CachedMetadata | null): void {
    // Before the first build, the build itself will read this note.
    if (!this.built || file.extension !== "md") return;
    this.store(file.path, cache);
  }

  private store(path: string, cache: CachedMetadata | null): void {
    const reading = readNote(path, cache?.frontmatter, this.settings());
    if (reading === null) this.readings.delete(path);
    else this.readings.set(path, reading);
  }
}
