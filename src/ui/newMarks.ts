import { ModelStore } from "./modelStore";

/**
 * The sidebar's rows marked "new": the keys (`itemKey` in awayDigest.ts) of the follow-ups that
 * changed state while the user was away, until the sidebar has been seen. A Svelte store (the
 * `subscribe` contract), replaced whole: a `ModelStore`, as `SidebarStore` is.
 */
export class NewMarks extends ModelStore<ReadonlySet<string>> {
  constructor() {
    super(NO_KEYS);
  }

  get keys(): ReadonlySet<string> {
    return this.model;
  }

  /** Readers are told of new keys; not of one empty set replacing another. */
  set keys(keys: ReadonlySet<string>) {
    if (keys.size === 0 && this.model.size === 0) return;
    this.model = keys;
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** For a sidebar drawn without marks (tests, or before the plugin gives it its own). */
export const NO_MARKS = new NewMarks();
