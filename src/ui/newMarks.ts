/**
 * The sidebar's rows marked "new": the keys (`itemKey` in awayDigest.ts) of the follow-ups that
 * changed state while the user was away, until the sidebar has been seen. A Svelte store (the
 * `subscribe` contract), replaced whole, as `SidebarStore` is.
 */
export class NewMarks {
  #keys: ReadonlySet<string> = NO_KEYS;
  // A list, not a set: the same function may read twice, and each stop ends one of its readings.
  readonly #readers: ((keys: ReadonlySet<string>) => void)[] = [];

  get keys(): ReadonlySet<string> {
    return this.#keys;
  }

  set keys(keys: ReadonlySet<string>) {
    if (keys === this.#keys || (keys.size === 0 && this.#keys.size === 0)) return;
    this.#keys = keys;
    for (const read of [...this.#readers]) read(keys);
  }

  /** Calls `read` with the keys now and after every replacement, until the returned stop. */
  subscribe(read: (keys: ReadonlySet<string>) => void): () => void {
    this.#readers.push(read);
    read(this.#keys);
    let reading = true;
    return () => {
      if (!reading) return;
      reading = false;
      this.#readers.splice(this.#readers.indexOf(read), 1);
    };
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** For a sidebar drawn without marks (tests, or before the plugin gives it its own). */
export const NO_MARKS = new NewMarks();
