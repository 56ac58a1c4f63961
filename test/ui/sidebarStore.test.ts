// The sidebar's store keeps Svelte's store contract: a reader gets the model at once and after
// every replacement, and nothing more once it stops (a closed sidebar must not be kept alive).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SidebarModel } from "../../src/domain/sidebar";
import { NO_MARKS, NewMarks } from "../../src/ui/newMarks";
import { SidebarStore } from "../../src/ui/sidebarStore.svelte";

function modelAt(now: number): SidebarModel {
  return {
    ready: true,
    now,
    sections: [],
    pipeline: [],
    problems: [],
    hidden: [],
    horizonDays: 7,
  };
}

describe("SidebarStore", () => {
  it("starts not ready, and hands each reader the model now and after each replacement", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0 }), { maxLength: 20 }),
        fc.nat(20),
        (times, stopAt) => {
          const store = new SidebarStore();
          expect(store.model.ready).toBe(false);
          const seen: SidebarModel[] = [];
          const stop = store.subscribe((model) => seen.push(model));
          const models = times.map(modelAt);
          models.forEach((model, i) => {
            if (i === stopAt) stop();
            store.model = model;
            expect(store.model).toBe(model);
          });
          const heard = stopAt < models.length ? models.slice(0, stopAt) : models;
          expect(seen.slice(1)).toEqual(heard);
          expect(seen[0]?.ready).toBe(false);
        },
      ),
    );
  });

  it("keeps each reader apart: stopping one leaves the others listening", () => {
    const store = new SidebarStore();
    const a: number[] = [];
    const b: number[] = [];
    const stopA = store.subscribe((model) => a.push(model.now));
    store.subscribe((model) => b.push(model.now));
    store.model = modelAt(1);
    stopA();
    stopA();
    store.model = modelAt(2);
    expect(a).toEqual([0, 1]);
    expect(b).toEqual([0, 1, 2]);
  });

  it("counts the same function reading twice as two readings, each stopped on its own", () => {
    const store = new SidebarStore();
    const heard: number[] = [];
    const read = (model: SidebarModel) => heard.push(model.now);
    const stopFirst = store.subscribe(read);
    store.subscribe(read);
    stopFirst();
    stopFirst();
    store.model = modelAt(5);
    expect(heard).toEqual([0, 0, 5]);
  });

  it("tells no reader when the very same model is set again (a save that changed nothing shown)", () => {
    const store = new SidebarStore();
    const heard: number[] = [];
    store.subscribe((model) => heard.push(model.now));
    const model = modelAt(3);
    store.model = model;
    store.model = model;
    store.model = modelAt(3);
    expect(heard).toEqual([0, 3, 3]);
  });
});

describe("NewMarks (the rows marked new), the same store contract", () => {
  it("tells its readers of each new set of keys, never of an empty set replacing an empty one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom("a", "b", "c"), { maxLength: 3 }), {
          maxLength: 12,
        }),
        fc.nat(12),
        (sets, stopAt) => {
          const marks = new NewMarks();
          expect(marks.keys.size).toBe(0);
          const seen: ReadonlySet<string>[] = [];
          const stop = marks.subscribe((keys) => seen.push(keys));
          const expected: ReadonlySet<string>[] = [marks.keys];
          sets.forEach((keys, i) => {
            if (i === stopAt) stop();
            const next = new Set(keys);
            const told = !(next.size === 0 && marks.keys.size === 0);
            marks.keys = next;
            if (told && i < stopAt) expected.push(next);
            if (told) expect(marks.keys).toBe(next);
          });
          expect(seen).toEqual(expected);
          expect(seen.every((keys, i) => i === 0 || keys === expected[i])).toBe(true);
        },
      ),
    );
  });

  it("tells no reader when the very same set is set again, and NO_MARKS starts empty", () => {
    const marks = new NewMarks();
    const keys = new Set(["x"]);
    let told = 0;
    marks.subscribe(() => told++);
    marks.keys = keys;
    marks.keys = keys;
    expect(told).toBe(2);
    expect(NO_MARKS.keys.size).toBe(0);
  });
});
