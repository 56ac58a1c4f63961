// The timetable on its own: a min-heap of (time, path, version) held in parallel arrays. Each
// case checks it against a plain sorted list, so a slip in the sifting or in keeping the three
// arrays together shows here, not only through the live plan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Timetable } from "../../src/domain/timetable";
import { PROPERTY_RUNS } from "../support/propertyRuns";

describe("the timetable", () => {
  it("looks at both children when it takes the first time", () => {
    // Pushed in this order the heap is [1, 5, 3, 6, 7, 4]: taking 1 leaves 3 in the right branch.
    const table = new Timetable();
    [1, 5, 3, 6, 7, 4].forEach((time, i) => table.push(time, `p${i}`, i));
    const out: number[] = [];
    while (table.size > 0) {
      out.push(table.peek());
      table.pop();
    }
    expect(out).toEqual([1, 3, 4, 5, 6, 7]);
  });

  it("gives times back smallest first, whatever order they went in", () => {
    const table = new Timetable();
    const times = [50, 20, 80, 10, 70, 30, 90, 60, 40, 100, 5, 95, 15];
    times.forEach((time, i) => table.push(time, `p${i}`, i));
    const out: number[] = [];
    while (table.size > 0) {
      out.push(table.peek());
      table.pop();
    }
    expect(out).toEqual([...times].sort((a, b) => a - b));
  });

  it("keeps its timetable in order however times are pushed and taken", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constant(-1)), { maxLength: 300 }),
        (steps) => {
          const table = new Timetable();
          const kept: number[] = [];
          const pushed = new Map<string, number>();
          let taken = -Infinity;
          for (const [i, step] of steps.entries()) {
            if (step >= 0) {
              table.push(step, `p${i}`, step * 2);
              pushed.set(`p${i}`, step);
              kept.push(step);
              taken = -Infinity;
              continue;
            }
            if (table.size === 0) continue;
            kept.sort((a, b) => a - b);
            expect(table.peek()).toBe(kept[0]);
            const { path, version } = table.pop();
            const time = kept.shift() as number;
            // The path and version pushed with a time come back with it.
            expect(pushed.get(path)).toBe(time);
            expect(version).toBe(time * 2);
            expect(time).toBeGreaterThanOrEqual(taken);
            taken = time;
          }
          expect(table.size).toBe(kept.length);
          if (kept.length === 0) expect(table.peek()).toBe(Infinity);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("gives the same as a sorted list under any mix of pushes, takes and clears", () => {
    const step = fc.oneof(
      { weight: 6, arbitrary: fc.record({ push: fc.integer({ min: -50, max: 50 }) }) },
      { weight: 3, arbitrary: fc.constant("take" as const) },
      { weight: 1, arbitrary: fc.constant("clear" as const) },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const table = new Timetable();
        // The reference: what is held, as [time, path, version], earliest first.
        let held: [number, string, number][] = [];
        for (const [i, each] of steps.entries()) {
          if (each === "clear") {
            table.clear();
            held = [];
          } else if (each === "take") {
            if (held.length === 0) continue;
            const { path, version } = table.pop();
            const at = held.findIndex(([, p]) => p === path);
            // What came out was held, with its own version, and nothing held was earlier.
            expect(at).toBeGreaterThanOrEqual(0);
            const [time, , kept] = held[at] as [number, string, number];
            expect(version).toBe(kept);
            expect(time).toBe(held[0]?.[0]);
            held.splice(at, 1);
          } else {
            table.push(each.push, `p${i}`, i * 7 + 3);
            held.push([each.push, `p${i}`, i * 7 + 3]);
            held.sort((a, b) => a[0] - b[0]);
          }
          expect(table.size).toBe(held.length);
          expect(table.peek()).toBe(held[0]?.[0] ?? Infinity);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it("is empty, with no time, when new and after a clear", () => {
    const table = new Timetable();
    expect(table.size).toBe(0);
    expect(table.peek()).toBe(Infinity);
    table.push(5, "a", 1);
    table.push(2, "b", 2);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.peek()).toBe(Infinity);
    // Nothing of what was cleared comes back.
    table.push(9, "c", 3);
    expect(table.pop()).toEqual({ path: "c", version: 3 });
    expect(table.size).toBe(0);
  });
});
