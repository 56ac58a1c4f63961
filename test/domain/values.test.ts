// Reading single property values (src/domain/values.ts) in the shapes real vaults hold them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_VALUE_CHARS,
  MAX_VALUE_ENTRIES,
  isEmpty,
  isNotInterested,
  isSet,
  looksLikeEmail,
  property,
  readContact,
  readOne,
  readStrings,
  readText,
  shown,
  stripWikilinks,
  tooLarge,
} from "../../src/domain/values";
import { PROPERTY_RUNS } from "../support/propertyRuns";

/** A list nested `levels` deep around `inner`: nested(2, "a") is [["a"]]. */
function nested(levels: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe("looking a property up", () => {
  it("prefers the exact name over one that differs only in case", () => {
    expect(property({ Status: "waiting", status: "offer" }, "status")).toBe("offer");
    expect(property({ STATUS: "offer", Status: "waiting" }, "status")).toBe("offer");
  });

  it("finds a name in another case, and nothing on the prototype", () => {
    expect(property({ Status: "waiting" }, "status")).toBe("waiting");
    expect(property({}, "constructor")).toBeUndefined();
    expect(property(null, "status")).toBeUndefined();
  });
});

describe("empty and set", () => {
  it("counts blank text and lists of nothing as empty, anything else as a value", () => {
    expect(isEmpty(" \t ")).toBe(true);
    expect(isEmpty([null, "", [" "]])).toBe(true);
    expect(isEmpty(0)).toBe(false);
    expect(isEmpty(false)).toBe(false);
    expect(isEmpty({})).toBe(false);
  });

  it("follows lists eight levels deep, then counts what is below as a value", () => {
    expect(isEmpty(nested(8, null))).toBe(true);
    // Eight lists are looked into; a ninth, even an empty one, counts as a value.
    expect(isEmpty(nested(8, []))).toBe(false);
    const loop: unknown[] = [];
    loop.push(loop);
    expect(isEmpty(loop)).toBe(false);
  });

  it('treats false and "false" in any case and spacing as not set', () => {
    expect(isSet(false)).toBe(false);
    expect(isSet(" FALSE ")).toBe(false);
    expect(isSet("")).toBe(false);
    expect(isSet("2026-11-20")).toBe(true);
    expect(isSet(0)).toBe(true);
  });

  it('reads interested as false for false, "false" and "no" in any case and spacing', () => {
    expect(isNotInterested(false)).toBe(true);
    expect(isNotInterested(" No ")).toBe(true);
    expect(isNotInterested("  FALSE")).toBe(true);
    expect(isNotInterested("nope")).toBe(false);
    expect(isNotInterested(true)).toBe(false);
    expect(isNotInterested(null)).toBe(false);
  });
});

describe("wikilinks", () => {
  it("shows the alias, trimmed, wherever the link stands in the text", () => {
    expect(stripWikilinks("Dear [[People/Jane|  Jane D  ]], hi")).toBe("Dear Jane D, hi");
  });

  it("shows the note's name when the alias is blank", () => {
    expect(stripWikilinks("[[People/Jane Doe|   ]]")).toBe("Jane Doe");
    expect(stripWikilinks("[[People/Jane Doe|]]")).toBe("Jane Doe");
  });

  it("shows the note's name without spaces around it", () => {
    expect(stripWikilinks("Met [[People/ Jane Doe ]] today")).toBe("Met Jane Doe today");
  });
});

describe("reading text", () => {
  it("writes out numbers, booleans and big integers", () => {
    expect(readText(42)).toEqual({ ok: true, text: "42" });
    expect(readText(false)).toEqual({ ok: true, text: "false" });
    expect(readText(BigInt("12345678901234567890"))).toEqual({
      ok: true,
      text: "12345678901234567890",
    });
  });

  it("writes a YAML date as its calendar day, and reports an invalid one", () => {
    expect(readText(new Date(Date.UTC(2026, 10, 20)))).toEqual({ ok: true, text: "2026-11-20" });
    expect(readText(new Date(Number.NaN))).toEqual({
      ok: false,
      reason: "is an invalid date, not text",
    });
  });

  it("joins a list with commas, leaving out empty entries", () => {
    expect(readText(["Acme", "", null, 7])).toEqual({ ok: true, text: "Acme, 7" });
  });

  it("reports an object, and a list nested too deep or containing itself", () => {
    expect(readText({ name: "Acme" })).toEqual({
      ok: false,
      reason: "is a nested object, not text",
    });
    const deep = { ok: false, reason: "is a list holding a nested value, not text" };
    expect(readText(nested(8, "a"))).toEqual({ ok: true, text: "a" });
    expect(readText(nested(9, "a"))).toEqual(deep);
    const loop: unknown[] = ["a"];
    loop.push(loop);
    expect(readText(loop)).toEqual(deep);
  });
});

describe("one value", () => {
  it("takes a list's one filled entry, ignoring empty ones", () => {
    expect(readOne([null, " ", "2026-11-20"])).toEqual({ ok: true, value: "2026-11-20" });
  });

  it("reads a list with nothing in it as no value", () => {
    expect(readOne([])).toEqual({ ok: true, value: null });
    expect(readOne(["", null])).toEqual({ ok: true, value: null });
  });

  it("asks the user to keep one of several", () => {
    expect(readOne(["a", "b", "c"])).toEqual({ ok: false, reason: "has 3 values; keep one" });
  });
});

describe("several strings", () => {
  it("keeps the trimmed, non-blank text entries of a list or of one value", () => {
    expect(readStrings([" research ", "", "  ", 3, null, "follow-up"])).toEqual([
      "research",
      "follow-up",
    ]);
    expect(readStrings(" thank-you ")).toEqual(["thank-you"]);
    expect(readStrings("   ")).toEqual([]);
    expect(readStrings([["nested"]])).toEqual([]);
  });
});

describe("email addresses", () => {
  it.each([
    ["jane@acme.example", true],
    ["jane.doe+jobs@mail.acme.example", true],
    ["jane doe@acme.example", false],
    ["<jane@acme.example", false],
    ["jane@acme.example extra", false],
    ["jane@acme.example>", false],
    ["jane@acme", false],
    ["jane(at)acme.example", false],
    ["@acme.example", false],
  ])("%j looks like an address: %s", (text, expected) => {
    expect(looksLikeEmail(text)).toBe(expected);
  });
});

describe("contacts", () => {
  it.each([
    ["  Jane Doe <jane@acme.example>  ", "Jane Doe", "jane@acme.example"],
    ["Jane Doe < jane@acme.example >", "Jane Doe", "jane@acme.example"],
    ["J<jane@acme.example>", "J", "jane@acme.example"],
    ['"Doe, Jane" <jane@acme.example>', "Doe, Jane", "jane@acme.example"],
    ['Jane "JD" Doe <jane@acme.example>', 'Jane "JD" Doe', "jane@acme.example"],
    ["<jane@acme.example>", "", "jane@acme.example"],
    ["  jane@acme.example ", "", "jane@acme.example"],
    // Not the Name <address> form: the whole text is the name.
    ["Jane <jane@acme.example", "Jane <jane@acme.example", ""],
    ["Jane>", "Jane>", ""],
    ["  Jane Doe  ", "Jane Doe", ""],
  ])("%j is name %j and address %j", (text, name, email) => {
    expect(readContact(text)).toEqual({ name, email });
  });
});

describe("values in messages", () => {
  it("quotes text and names other shapes", () => {
    expect(shown("maybe")).toBe('"maybe"');
    expect(shown(["a"])).toBe("a list");
    expect(shown({ a: 1 })).toBe("a nested object");
    expect(shown(null)).toBe("null");
    expect(shown(12)).toBe("12");
    expect(shown(true)).toBe("true");
  });
});

describe("edges the fast paths must keep", () => {
  it("never reads a key named undefined for a property the note lacks", () => {
    expect(property({ Other: 1, undefined: "x" }, "status")).toBeUndefined();
  });

  it("names a list nested deeper than it follows", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 9; i++) deep = [deep];
    expect(readText(deep)).toEqual({
      ok: false,
      reason: "is a list holding a nested value, not text",
    });
  });

  it("shows an invalid date as such", () => {
    expect(shown(new Date(Number.NaN))).toBe("an invalid date");
  });
});

describe("values too large to read", () => {
  it("the bounds are the documented ones", () => {
    expect([MAX_VALUE_CHARS, MAX_VALUE_ENTRIES]).toEqual([100_000, 10_000]);
  });

  it("a text is refused exactly when it is longer than 100,000 characters", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 99_990, max: 100_010 })),
        (n) => {
          const why = tooLarge("x".repeat(n));
          if (n <= 100_000) expect(why).toBeNull();
          else
            expect(why).toBe(
              `is ${n.toLocaleString("en-US")} characters long; shorten it to 100,000 at most`,
            );
        },
      ),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 300) },
    );
  });

  it("a list is refused when its entries or their text add up past a bound", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: 0, max: 30 }),
        (entries, length) => {
          const why = tooLarge(Array.from({ length: entries }, () => "y".repeat(length)));
          if (entries > 10_000) expect(why).toContain("holds more than 10,000 entries");
          else if (entries * length > 100_000)
            expect(why).toBe("holds more than 100,000 characters in all; shorten it");
          else expect(why).toBeNull();
        },
      ),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 300) },
    );
  });

  it("one list held many times over (as YAML aliases make them) counts each time it is reached", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 5 }), (r, d) => {
        let value: unknown[] = Array.from({ length: r }, () => "a");
        for (let i = 0; i < d; i++) {
          const inner = value;
          value = Array.from({ length: r }, () => inner);
        }
        let entries = 0;
        for (let i = 1; i <= d + 1; i++) entries += r ** i;
        const why = tooLarge(value);
        if (entries > 10_000) expect(why).toContain("holds more than 10,000 entries");
        else expect(why).toBeNull();
      }),
      { numRuns: Math.min(PROPERTY_RUNS.numRuns, 300) },
    );
  });

  it("looks at no more than 10,000 entries, however large the value", () => {
    let reads = 0;
    const counted = (items: unknown[]): unknown[] =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const leaf = counted(Array.from({ length: 1_000 }, () => "z"));
    const wide = counted(Array.from({ length: 1_000 }, () => leaf));
    const top = counted(Array.from({ length: 1_000 }, () => wide));
    expect(tooLarge(top)).toContain("holds more than 10,000 entries");
    expect(reads).toBeLessThanOrEqual(10_000);
    reads = 0;
    expect(tooLarge(counted(Array.from({ length: 1_000_000 }, () => "z")))).toContain(
      "holds more than 10,000 entries",
    );
    expect(reads).toBe(0);
  });

  it("numbers, booleans, dates, objects and null are never too large", () => {
    for (const value of [0, 1e300, true, null, undefined, new Date(0), { a: "x".repeat(200_000) }])
      expect(tooLarge(value)).toBeNull();
  });
});
