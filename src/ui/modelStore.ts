/**
 * A model that views replace whole and components subscribe to (the Svelte store contract): the
 * sidebar's, the pipeline board's, the rows marked new (`NewMarks`) and the sidebar's funnel. A
 * component holds the model in a `$state.raw` that its `$effect.pre` subscription replaces, rather
 * than reading `$store`, whose subscription code main.js would then ship for these four alone.
 * The model is never edited, so it is held as it is: no deep proxy over thousands of items. A
 * store rather than a `$state` rune: the rune is a name only Svelte's compiler knows, and the
 * community directory's scanner reads these files as plain TypeScript, where that name is
 * undefined.
 */
export class ModelStore<Model> {
  #model: Model;
  // A list, not a set: the same function may read twice, and each stop ends one of its readings.
  readonly #readers: ((model: Model) => void)[] = [];

  constructor(initial: Model) {
    this.#model = initial;
  }

  get model(): Model {
    return this.#model;
  }

  set model(model: Model) {
    // The very same model (the live plan hands it back when a change alters nothing shown) is
    // not drawn again, as a `$state` would not notify for an equal value.
    if (model === this.#model) return;
    this.#model = model;
    for (const read of [...this.#readers]) read(model);
  }

  /** Calls `read` with the model now and after every replacement, until the returned stop. */
  subscribe(read: (model: Model) => void): () => void {
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
