// The sidebar's order on its own: each comparison against the spec's keys written out as a
// tuple, on items of every kind, and the order of the sections and of problems and hidden entries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SidebarItem } from "../../src/domain/sidebar";
import {
  SECTION_ORDER,
  SECTION_STATES,
  compareByPath,
  compareBySpec,
  compareComingUp,
} from "../../src/domain/sidebarOrder";
import { ACTION_IDS } from "../../src/domain/types";
import { PROPERTY_RUNS } from "../support/propertyRuns";

/** Lexicographic order of keys that are numbers or strings. */
function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** The spec's keys within overdue and due: deadline (none last), opening ("now" last), path, id. */
const specKeys = (item: SidebarItem) => [
  item.deadline ?? Infinity,
  item.opens ?? Infinity,
  item.path,
  item.action,
  item.contact ?? "",
];
/** Coming up: soonest first, then the timeline's order of actions, then the spec's keys. */
const comingUpKeys = (item: SidebarItem) => [
  item.opens ?? 0,
  ACTION_IDS.indexOf(item.action),
  ...specKeys(item),
];

const anItem = fc.record({
  path: fc.constantFrom("a.md", "b.md", "B.md", "c/a.md"),
  action: fc.constantFrom(...ACTION_IDS),
  state: fc.constantFrom(...SECTION_STATES),
  label: fc.constant(""),
  organization: fc.constant(""),
  position: fc.constant(""),
  warning: fc.constant(null),
  contact: fc.constantFrom(null, "Ann", "Bo"),
  opens: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
  deadline: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
}) satisfies fc.Arbitrary<SidebarItem>;

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe("the order of overdue and due items", () => {
  const item = (path: string, opens: number | null, deadline: number | null): SidebarItem => ({
    path,
    action: "research",
    state: "due",
    contact: null,
    label: "",
    organization: "",
    position: "",
    warning: null,
    opens,
    deadline,
  });

  it("puts the nearest deadline first, no deadline last, then the earliest opening", () => {
    const list = [
      item("e", 5, null),
      item("d", 1, null),
      item("c", 9, 300),
      item("b", 2, 200),
      item("a", 3, 200),
      item("f", null, 200),
    ];
    expect(list.sort(compareBySpec).map((i) => i.path)).toEqual(["b", "a", "f", "c", "d", "e"]);
    expect(compareBySpec(item("x", 1, 100), item("y", 1, null))).toBeLessThan(0);
    expect(compareBySpec(item("y", 1, null), item("x", 1, 100))).toBeGreaterThan(0);
  });

  it("agrees with the spec's keys for any two items", () => {
    fc.assert(
      fc.property(anItem, anItem, (a, b) => {
        expect(sign(compareBySpec(a, b))).toBe(compareKeys(specKeys(a), specKeys(b)));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe("the order of items coming up", () => {
  it("agrees with its keys for any two items", () => {
    fc.assert(
      fc.property(anItem, anItem, (a, b) => {
        expect(sign(compareComingUp(a, b))).toBe(compareKeys(comingUpKeys(a), comingUpKeys(b)));
      }),
      PROPERTY_RUNS,
    );
  });

  it("puts the earlier opening first, then the timeline's order of actions", () => {
    const item = (action: SidebarItem["action"], opens: number | null): SidebarItem => ({
      path: "a.md",
      action,
      state: "upcoming",
      contact: null,
      label: "",
      organization: "",
      position: "",
      warning: null,
      opens,
      deadline: null,
    });
    const list = [
      item("follow-up", 5),
      item("research", 9),
      item("thank-you", 5),
      item("upcoming-interview", 1),
    ];
    expect(list.sort(compareComingUp).map((i) => `${i.action} ${i.opens}`)).toEqual([
      "upcoming-interview 1",
      "thank-you 5",
      "follow-up 5",
      "research 9",
    ]);
  });
});

describe("the sections", () => {
  it("run overdue, due, then coming up, each in its own order", () => {
    expect(SECTION_STATES).toEqual(["overdue", "due", "upcoming"]);
    expect(SECTION_ORDER).toEqual({
      overdue: compareBySpec,
      due: compareBySpec,
      upcoming: compareComingUp,
    });
  });

  it("list problems and hidden entries by path, code unit by code unit", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sign(compareByPath({ path: a }, { path: b }))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      PROPERTY_RUNS,
    );
  });
});
