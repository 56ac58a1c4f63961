// Sorted insert and remove on their own, each checked against sorting a plain array: the live
// plan's lists are only as right as these.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  insertRunSorted,
  insertSorted,
  lowerBound,
  removeRunSorted,
  removeSorted,
} from "../../src/domain/sortedList";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const byNumber = (a: number, b: number) => a - b;
const sorted = (list: readonly number[]) => [...list].sort(byNumber);
const small = fc.integer({ min: -20, max: 20 });

describe("the lower bound", () => {
  it("is the first index whose element is not before the probe", () => {
    fc.assert(
      fc.property(fc.array(small, { maxLength: 60 }), small, (values, probe) => {
        const list = sorted(values);
        const at = lowerBound(list, probe, byNumber);
        const first = list.findIndex((each) => each >= probe);
        expect(at).toBe(first === -1 ? list.length : first);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe("inserting and removing one at a time", () => {
  it("keeps the same list as sorting after each change", () => {
    const step = fc.record({ insert: fc.boolean(), value: small });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 150 }), (steps) => {
        const list: number[] = [];
        let reference: number[] = [];
        for (const { insert, value } of steps) {
          if (insert) {
            insertSorted(list, value, byNumber);
            reference = sorted([...reference, value]);
          } else {
            removeSorted(list, value, byNumber);
            const at = reference.indexOf(value);
            if (at >= 0) reference.splice(at, 1);
          }
          expect(list).toEqual(reference);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it("takes out only that very object, never another that sorts beside it", () => {
    interface Row {
      key: number;
      id: number;
    }
    const byKeyThenId = (a: Row, b: Row) => a.key - b.key || a.id - b.id;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key: small, id: fc.nat(1_000) }), {
          selector: (row) => `${row.key} ${row.id}`,
          minLength: 1,
          maxLength: 40,
        }),
        fc.nat(),
        (rows, pick) => {
          const list: Row[] = [];
          for (const row of rows) insertSorted(list, row, byKeyThenId);
          expect(list).toEqual([...rows].sort(byKeyThenId));
          const chosen = rows[pick % rows.length] as Row;
          // A copy equal in every field is a different object: nothing is taken.
          removeSorted(list, { ...chosen }, byKeyThenId);
          expect(list).toHaveLength(rows.length);
          removeSorted(list, chosen, byKeyThenId);
          expect(list).not.toContain(chosen);
          expect(list).toEqual(rows.filter((row) => row !== chosen).sort(byKeyThenId));
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("inserting and removing a run that sorts together", () => {
  interface Row {
    path: string;
    n: number;
  }
  const byPath = (a: Row, b: Row) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const path = fc.constantFrom("a", "b", "c", "d", "e", "f");

  it("puts the run in as one block where sorting would, and takes exactly it out again", () => {
    fc.assert(
      fc.property(
        fc.array(path, { maxLength: 30 }),
        path,
        fc.integer({ min: 1, max: 4 }),
        (paths, runPath, runLength) => {
          const others = paths
            .filter((each) => each !== runPath)
            .map((each, n) => ({ path: each, n }));
          const list = [...others].sort(byPath);
          const before = [...list];
          const run = Array.from({ length: runLength }, (_, n) => ({ path: runPath, n: 100 + n }));
          insertRunSorted(list, run, byPath);
          // A stable sort of everything keeps the run together, in its order.
          expect(list).toEqual([...before, ...run].sort(byPath));
          removeRunSorted(list, run, byPath);
          expect(list).toEqual(before);
          // Gone already: taking it out again changes nothing.
          removeRunSorted(list, run, byPath);
          expect(list).toEqual(before);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("leaves the list alone when the run's first is not the first of its equals", () => {
    const list: Row[] = [
      { path: "a", n: 0 },
      { path: "b", n: 1 },
      { path: "b", n: 2 },
      { path: "c", n: 3 },
    ];
    const copy = [...list];
    removeRunSorted(list, [list[2] as Row], byPath);
    expect(list).toEqual(copy);
    removeRunSorted(list, [list[1] as Row, list[2] as Row], byPath);
    expect(list).toEqual([copy[0], copy[3]]);
  });
});
