import type { SidebarModel } from "../domain/sidebar";

type Reader = (model: SidebarModel) => void;

/**
 * The sidebar's state, shared by the view class (which replaces the model on every change and
 * every minute) and the components (which read it as `$store`). The model is replaced whole,
 * never edited, so it is held as it is: no deep proxy over thousands of items.
 *
 * A Svelte store (the `subscribe` contract) rather than a `$state` rune: the rune is a name
 * only Svelte's compiler knows, and the community directory's scanner reads this file as plain
 * TypeScript, where that name is undefined.
 */
export class SidebarStore {
  #model: SidebarModel = {
    ready: false,
    now: 0,
    sections: [],
    pipeline: [],
    problems: [],
    hidden: [],
    horizonDays: 7,
  };
  // A list, not a set: the same function may read twice, and each stop ends one of its readings.
  readonly #readers: Reader[] = [];

  get model(): SidebarModel {
    return this.#model;
  }

  set model(model: SidebarModel) {
    // The live plan hands back the very same model when a change alters nothing shown (most
    // saves): then nothing is drawn again, as a `$state` would not notify for an equal value.
    if (model === this.#model) return;
    this.#model = model;
    for (const read of [...this.#readers]) read(model);
  }

  /** Calls `read` with the model now and after every replacement, until the returned stop. */
  subscribe(read: Reader): () => void {
    this.#readers.push(read);
    read(this.#model);
    let reading = true;
    return () => {
      if (!reading) return;
      reading = false;
      this.#readers.splice(this.#readers.indexOf(read), 1);
    };
  }
}
