import type { BoardModel } from "../domain/pipelineBoard";

type Reader = (model: BoardModel) => void;

/**
 * The pipeline board's state, shared by the Bases view (which replaces the model when the Base's
 * results or the follow-ups change) and the board component (which reads it as `$store`). A
 * Svelte store, for the reason `SidebarStore` gives; the model is replaced whole, never edited.
 */
export class BoardStore {
  #model: BoardModel = { now: 0, lanes: [] };
  readonly #readers: Reader[] = [];

  get model(): BoardModel {
    return this.#model;
  }

  set model(model: BoardModel) {
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
