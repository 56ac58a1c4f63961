// Statuses (src/domain/status.ts): the spec's words, the synonyms the README lists, and which
// are open.
import { describe, expect, it } from "vitest";
import {
  ALL_STATUSES,
  CLOSED_STATUSES,
  OPEN_STATUSES,
  isOpen,
  statusOf,
} from "../../src/domain/status";

describe("status words", () => {
  it("are the spec's: three open, six closed, and offer", () => {
    expect([...OPEN_STATUSES].sort()).toEqual(["interviewed", "scheduled", "waiting"]);
    expect([...CLOSED_STATUSES].sort()).toEqual([
      "accepted",
      "closed",
      "declined",
      "ghosted",
      "rejected",
      "withdrawn",
    ]);
    expect([...ALL_STATUSES].sort()).toEqual(
      [...OPEN_STATUSES, ...CLOSED_STATUSES, "offer"].sort(),
    );
  });

  it.each(ALL_STATUSES.map((status) => [status.toUpperCase(), status]))(
    "reads %j as %j",
    (word, status) => {
      expect(statusOf(` ${word} `)).toBe(status);
    },
  );

  // The README's list, word for word.
  it.each([
    ["planned", "scheduled"],
    ["booked", "scheduled"],
    ["upcoming", "scheduled"],
    ["done", "interviewed"],
    ["completed", "interviewed"],
    ["pending", "waiting"],
    ["awaiting", "waiting"],
    ["on hold", "waiting"],
    ["offered", "offer"],
    ["not selected", "rejected"],
    ["withdrew", "withdrawn"],
    ["hired", "accepted"],
    ["cancelled", "closed"],
    ["canceled", "closed"],
    ["no response", "ghosted"],
  ])("reads the synonym %j as %j", (word, status) => {
    expect(statusOf(word)).toBe(status);
    expect(statusOf(word.toUpperCase())).toBe(status);
  });

  it("treats runs of spaces, _ and - alike", () => {
    expect(statusOf("On__Hold")).toBe("waiting");
    expect(statusOf("not - selected")).toBe("rejected");
    expect(statusOf("no\t\tresponse")).toBe("ghosted");
    expect(statusOf("on-hold")).toBe("waiting");
  });

  it("guesses nothing else", () => {
    for (const word of ["", "maybe", "rejected!", "onhold", "constructor", "__proto__", "toString"])
      expect(statusOf(word)).toBeNull();
  });
});

describe("open statuses", () => {
  it("are no status and the three open words; offer and the closed ones are not", () => {
    expect(isOpen(null)).toBe(true);
    for (const status of OPEN_STATUSES) expect(isOpen(status)).toBe(true);
    expect(isOpen("offer")).toBe(false);
    for (const status of CLOSED_STATUSES) expect(isOpen(status)).toBe(false);
  });
});
