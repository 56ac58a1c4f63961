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
  files: F[];
  cached: boolean[];
}

/** Nothing read: the note cannot be read, so there is nothing to say about it. */
const nothing = (): null => null;

/**
 * The index's reads from disk of notes that came without properties. The notes met in one run
 * of code (a build meets them all) are read together: one pending read per note and nothing
 * more, however many there are. A check that a newer event takes over (dropped from `underWay`, or
 * a newer `start` of the same note) is not reported when its read ends.
 */
export class DiskChecks<F extends Note> {
  /** The paths of the checks under way, each to its batch: dropping one drops its check. */
  readonly underWay = new Map<string, Batch<F>>();
  private batch: Batch<F> | null = null;

  constructor(
    /** Reads a note from disk (the vault's `cachedRead`). */
    private readonly read: (file: F) => Promise<string>,
    /** Hears of each batch's notes whose checks are still current (perhaps none) once read. */
    private readonly checked: (notes: CheckedNote[]) => void,
  ) {}

  start(file: F, cached: boolean): void {
    let batch = this.batch;
    if (batch === null) {
      const made: Batch<F> = { files: [], cached: [] };
      batch = this.batch = made;
      queueMicrotask(() => {
        this.batch = null;
        void this.finish(made);
      });
    }
    this.underWay.set(file.path, batch);
    batch.files.push(file);
    batch.cached.push(cached);
  }

  private async finish(batch: Batch<F>): Promise<void> {
    const { files, cached } = batch;
    // A read that throws or fails gives null: the note is then no longer outstanding.
    const texts = await Promise.all(
      files.map((file) => Promise.resolve(file).then(this.read).catch(nothing)),
    );
    const current: CheckedNote[] = [];
    files.forEach((file, i) => {
      if (this.underWay.get(file.path) !== batch) return;
      this.underWay.delete(file.path);
      current.push({ path: file.path, text: texts[i] ?? null, cached: cached[i] === true });
    });
    this.checked(current);
  }
}
