// PropertyKeys (src/domain/propertyKeys.ts) finds every property's key of a note in one walk of
// its keys: it must answer exactly as `property`'s rule (`keyFor` in values.ts) does for each
// property alone, whatever the names in settings (shared by two properties, upper case, "İ",
// the Kelvin sign) and whatever the note's keys.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PropertyKeys } from "../../src/domain/propertyKeys";
import { type PropertyNames, defaultSettings } from "../../src/domain/settings";
import { keyFor } from "../../src/domain/values";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const UNITS = ["d", "D", "a", "t", "i", "I", "\u0130", "\u0307", "k", "K", "\u212a", "é", "É"];
const aName = fc
  .array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 })
  .map((units) => units.join(""));
const PROPERTIES = Object.keys(defaultSettings().properties) as (keyof PropertyNames)[];

/** A note with `keys` as its own keys, in the order a note parsed from YAML holds them. */
const noteWith = (keys: string[]) =>
  JSON.parse(`{${keys.map((key, i) => `${JSON.stringify(key)}:${i}`).join(",")}}`) as Record<
    string,
    unknown
  >;

describe("PropertyKeys", () => {
  it("answers as keyFor does for every property, asked in any order", () => {
    fc.assert(
      fc.property(
        // A few properties renamed to tricky names (often the same one twice), the rest default.
        fc.array(fc.tuple(fc.constantFrom(...PROPERTIES), aName), { maxLength: 6 }),
        fc.uniqueArray(fc.oneof(aName, fc.constantFrom("__proto__", "0", "date", "Status")), {
          maxLength: 8,
        }),
        fc.shuffledSubarray(PROPERTIES),
        (renamed, keys, asked) => {
          const names = { ...defaultSettings().properties, ...Object.fromEntries(renamed) };
          const note = noteWith(keys);
          const found = new PropertyKeys(note, names);
          for (const name of asked) {
            const expected = keyFor(note, names[name], names[name].toLowerCase());
            expect(found.keyOf(name), `${name} (${names[name]})`).toBe(expected);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("prefers the exact name, else the first key in any case, and reads only own keys", () => {
    const names = { ...defaultSettings().properties, date: "Date", status: "date" };
    const keys = new PropertyKeys(noteWith(["DATE", "date", "Date"]), names);
    expect(keys.keyOf("date")).toBe("Date");
    expect(keys.keyOf("status")).toBe("date");
    const loose = new PropertyKeys(noteWith(["STATUS", "Status"]), defaultSettings().properties);
    expect(loose.keyOf("status")).toBe("STATUS");
    expect(loose.keyOf("organization")).toBeUndefined();
    const inherits = Object.create({ DATE: 1, date: 2 }) as Record<string, unknown>;
    expect(new PropertyKeys(inherits, names).keyOf("status")).toBeUndefined();
  });
});
