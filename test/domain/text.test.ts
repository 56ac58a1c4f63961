// One-line, well-formed text (src/domain/text.ts): the rules every value from outside goes through.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine, wellFormed } from "../../src/domain/text";
import { LINE_BREAKS_AND_CONTROLS, hostileText, isWellFormed } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

describe("well-formed text", () => {
  it.each([
    ["a\uD800b", "a\uFFFDb"],
    ["\uDC00\uDC00", "\uFFFD\uFFFD"],
    ["\uD800\uD800\uDC00", "\uFFFD\uD800\uDC00"],
    ["\uD83D", "\uFFFD"],
    ["x\uDE80", "x\uFFFD"],
    ["🚀", "🚀"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(wellFormed(text)).toBe(expected);
  });

  it("replaces only lone surrogates, one unit for one, for any text", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const result = wellFormed(text);
        expect(isWellFormed(result)).toBe(true);
        expect(result).toHaveLength(text.length);
        // The engine's own rule where it has one (Node 20 does): the same answer.
        const native = (text as { toWellFormed?: () => string }).toWellFormed?.();
        if (native !== undefined) expect(result).toBe(native);
        if (isWellFormed(text)) expect(result).toBe(text);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe("one line", () => {
  it.each(LINE_BREAKS_AND_CONTROLS.map((c) => [c.charCodeAt(0).toString(16).padStart(4, "0"), c]))(
    "U+%s becomes a space",
    (_code, char) => {
      expect(oneLine(`a${char}b`)).toBe("a b");
    },
  );

  it("keeps every other character, including tabs' neighbours, emoji, joiners and right-to-left text", () => {
    const kept = "Zoë 🚀 👩‍👩‍👧 שלום e\u0301 \u00a0 \u200d \u200b \ufeff";
    expect(oneLine(kept)).toBe(kept);
  });

  it("leaves no line break, control or bidirectional control, and no lone surrogate, for any text", () => {
    const removed = new Set(LINE_BREAKS_AND_CONTROLS);
    fc.assert(
      fc.property(hostileText(), (text) => {
        const result = oneLine(text);
        expect([...result].filter((c) => removed.has(c))).toEqual([]);
        expect(isWellFormed(result)).toBe(true);
        expect(result).toHaveLength(text.length);
        expect(oneLine(result)).toBe(result);
        // Everything that was neither removed nor a lone surrogate is where it was.
        const expected = [...wellFormed(text)].map((c) => (removed.has(c) ? " " : c)).join("");
        expect(result).toBe(expected);
      }),
      PROPERTY_RUNS,
    );
  });
});
