/** A note read from disk whose check is still current: its text (null if unreadable). */
export interface CheckedNote {
  path: string;
  text: string | null;
  /** The note had a cache entry (without properties) when the check began. */
  cached: boolean;
}

/** What a check needs of a note (Obsidian's `TFile`). */
interface Note {
  readonly path: string;
}

/** Notes to read from disk together, and whether each had a cache entry. */
interface Batch<F> {
  token: object;
  files: F[];
  cached: boolean[];
}

/** Nothing read: the note cannot be read, so there is nothing to say about it. */
const nothing = (): null => null;

/** A note's text, or null when it cannot be read (it is then no longer outstanding). */
function readOrNull<F>(read: (file: F) => Promise<string>, file: F): Promise<string | null> {
  try {
    return read(file).catch(nothing);
  } catch {
    return Promise.resolve(null);
  }
}

/**
 * The index's reads from disk of notes that came without properties. The notes met in one run
 * of code (a build meets them all) are read together: one pending read per note and nothing
 * more, however many there are. A check that a newer event takes over (`forget`, or a newer
 * `start` of the same note) is dropped when its read ends.
 */
export class DiskChecks<F extends Note> {
  /** Checks under way, by their batch's token. */
  private readonly checking = new Map<string, object>();
  private batch: Batch<F> | null = null;

  constructor(
    /** Reads a note from disk (the vault's `cachedRead`). */
    private readonly read: (file: F) => Promise<string>,
    /** Hears of every batch's notes whose checks are still current, once their reads end. */
    private readonly checked: (notes: CheckedNote[]) => void,
  ) {}

  start(file: F, cached: boolean): void {
    let batch = this.batch;
    if (batch === null) {
      const made: Batch<F> = { token: {}, files: [], cached: [] };
      batch = this.batch = made;
      queueMicrotask(() => {
        this.batch = null;
        void this.finish(made);
      });
    }
    this.checking.set(file.path, batch.token);
    batch.files.push(file);
    batch.cached.push(cached);
  }

  /** Drops the check of `path`, if one is under way. */
  forget(path: string): void {
    if (this.checking.size > 0) this.checking.delete(path);
  }

  /** Drops every check under way (a new build supersedes them). */
  clear(): void {
    this.checking.clear();
  }

  has(path: string): boolean {
    return this.checking.has(path);
  }

  /** The paths of the checks under way. */
  paths(): IterableIterator<string> {
    return this.checking.keys();
  }

  private async finish({ token, files, cached }: Batch<F>): Promise<void> {
    const texts = await Promise.all(files.map((file) => readOrNull(this.read, file)));
    const current: CheckedNote[] = [];
    files.forEach((file, i) => {
      if (this.checking.get(file.path) !== token) return;
      this.checking.delete(file.path);
      current.push({ path: file.path, text: texts[i] ?? null, cached: cached[i] === true });
    });
    if (current.length > 0) this.checked(current);
  }
}
