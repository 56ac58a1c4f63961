// The pipeline summary on its own: counts kept as notes come and go, checked against counting a
// plain list, and when two summaries are the same.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PipelineCounts, samePipeline } from "../../src/domain/pipeline";
import { ALL_STATUSES, type Status } from "../../src/domain/status";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const status = fc.constantFrom<Status | "none">("none", ...ALL_STATUSES);

describe("the pipeline counts", () => {
  it("count what was added and not taken back, in the spec's order, with labels", () => {
    const step = fc.record({ add: fc.boolean(), status });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const counts = new PipelineCounts();
        const held: (Status | "none")[] = [];
        for (const { add, status } of steps) {
          // Only what was added is ever taken back, as the live plan does.
          if (add) {
            counts.add(status);
            held.push(status);
          } else if (held.includes(status)) {
            counts.remove(status);
            held.splice(held.indexOf(status), 1);
          }
        }
        const expected = ["none", ...ALL_STATUSES].flatMap((each) => {
          const count = held.filter((h) => h === each).length;
          if (count === 0) return [];
          const label = each === "none" ? "No status" : each[0]?.toUpperCase() + each.slice(1);
          return [{ status: each, label, count }];
        });
        expect(counts.entries()).toEqual(expected);
      }),
      PROPERTY_RUNS,
    );
  });

  it("are empty after a clear", () => {
    const counts = new PipelineCounts();
    counts.add("waiting");
    counts.add("none");
    counts.clear();
    expect(counts.entries()).toEqual([]);
  });

  it("name each status in sentence case", () => {
    const counts = new PipelineCounts();
    counts.add("none");
    counts.add("offer");
    counts.add("ghosted");
    expect(counts.entries().map((entry) => entry.label)).toEqual(["No status", "Offer", "Ghosted"]);
  });
});

describe("two summaries", () => {
  const entry = (status: Status | "none", count: number) => ({ status, label: "", count });

  it("are the same when every status and count match, in order", () => {
    expect(
      samePipeline([entry("none", 1), entry("offer", 2)], [entry("none", 1), entry("offer", 2)]),
    ).toBe(true);
    expect(samePipeline([], [])).toBe(true);
  });

  it("differ by a count, a status, the order, the length, or with none before", () => {
    const b = [entry("none", 1), entry("offer", 2)];
    expect(samePipeline([entry("none", 1), entry("offer", 3)], b)).toBe(false);
    expect(samePipeline([entry("none", 1), entry("waiting", 2)], b)).toBe(false);
    expect(samePipeline([entry("offer", 2), entry("none", 1)], b)).toBe(false);
    expect(samePipeline([entry("none", 1)], b)).toBe(false);
    expect(samePipeline([...b, entry("closed", 1)], b)).toBe(false);
    expect(samePipeline(undefined, b)).toBe(false);
    expect(samePipeline(undefined, [])).toBe(false);
  });
});
