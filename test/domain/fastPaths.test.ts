// The index's fast paths, each held to the plain rule it stands in for: dates in the common forms
// against the pattern, a property's key against lowering every key, and folder tests against
// lowering the whole path. Inputs lean on the characters that make these rules hard: case,
// "İ" (which lowers to two code units), the Kelvin sign (which lowers to ASCII) and digits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInterview } from "../../src/domain/interview";
import { isInFolder, isInterviewNote } from "../../src/domain/recognise";
import { defaultSettings } from "../../src/domain/settings";
import { commonForm, patternForm } from "../../src/domain/time";
import { keyFor, property } from "../../src/domain/values";
import { settingsWith } from "../support/domain";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const tricky = (alphabet: string[], maxLength = 12) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((units) => units.join(""));

const NAME_UNITS = [
  "a",
  "A",
  "t",
  "T",
  "e",
  "s",
  "_",
  "i",
  "I",
  "\u0130",
  "\u0307",
  "k",
  "K",
  "\u212a",
  "é",
  "É",
];

/** `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm` (T, t or a space), as digits and separators only. */
const COMMON_SHAPE = /^\d{4}-\d\d-\d\d(?:[Tt ]\d\d:\d\d)?$/;

describe("dates in the common forms", () => {
  const unit = fc.constantFrom("0", "1", "2", "5", "9", "-", ":", "T", "t", " ", "x", "٣");
  const shaped = fc.oneof(
    fc.array(unit, { minLength: 10, maxLength: 10 }).map((u) => u.join("")),
    fc.array(unit, { minLength: 16, maxLength: 16 }).map((u) => u.join("")),
    // Mostly well formed, so that the pattern accepts a good share of them.
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.option(
          fc.tuple(
            fc.constantFrom("T", "t", " ", "_", "  ", "\t"),
            fc.integer({ min: 0, max: 99 }),
            fc.integer({ min: 0, max: 99 }),
          ),
        ),
      )
      .map(([y, m, d, time]) => {
        // Mostly padded to two digits; sometimes not, as YAML's timestamps may write them.
        const two = (n: number) => (n % 7 === 3 ? String(n) : String(n).padStart(2, "0"));
        const date = `${String(y).padStart(4, "0")}-${two(m)}-${two(d)}`;
        return time === null ? date : `${date}${time[0]}${two(time[1])}:${two(time[2])}`;
      }),
  );

  it("reads what the pattern reads, and hands everything else to it", () => {
    fc.assert(
      fc.property(shaped, (text) => {
        const fast = commonForm(text);
        const pattern = patternForm(text);
        if (fast !== null) expect(fast).toEqual(pattern);
        // Every text of the two forms that the pattern accepts is read without it (the pattern
        // also takes YAML's one-digit fields and runs of spaces, which are not these forms).
        if (pattern !== null && COMMON_SHAPE.test(text)) expect(fast).not.toBeNull();
      }),
      PROPERTY_RUNS,
    );
  });

  it("leaves seconds, offsets and other lengths to the pattern", () => {
    expect(commonForm("2026-11-25")).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      hour: null,
      minute: 0,
      second: 0,
      millis: 0,
      offset: null,
    });
    expect(commonForm("2026-11-25 09:05")).toMatchObject({ hour: 9, minute: 5 });
    expect(commonForm("2026-11-25T09:05:00")).toBeNull();
    expect(commonForm("2026-11-25T09:05Z")).toBeNull();
    expect(commonForm("2026-11-2")).toBeNull();
    expect(commonForm("2026/11/25")).toBeNull();
    expect(commonForm("2026-11-25T09-05")).toBeNull();
    expect(commonForm("2026-11-25X09:05")).toBeNull();
    expect(commonForm("2026-1a-25")).toBeNull();
  });
});

describe("a property's key", () => {
  /** The rule written plainly: the exact name, else the first key equal to it in lower case. */
  const plainKeyOf = (keys: string[], name: string) =>
    keys.includes(name) ? name : keys.find((key) => key.toLowerCase() === name.toLowerCase());

  it("is the same found in the note itself, without listing its keys", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(tricky(NAME_UNITS, 5), fc.constantFrom("__proto__", "0", "12")), {
          maxLength: 6,
        }),
        tricky(NAME_UNITS, 5),
        (keys, name) => {
          // Own keys only, in the order the note holds them (integer-like keys first).
          const note = JSON.parse(
            `{${keys.map((key, i) => `${JSON.stringify(key)}:${i}`).join(",")}}`,
          ) as Record<string, unknown>;
          expect(keyFor(note, name, name.toLowerCase())).toBe(plainKeyOf(Object.keys(note), name));
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("finds a key whose lowering is longer, and prefers the exact name wherever it is", () => {
    expect(keyFor({ "\u0130d": 1 }, "i\u0307d", "i\u0307d")).toBe("\u0130d");
    expect(keyFor({ Date: 1, DATE: 2, date: 3 }, "date", "date")).toBe("date");
    expect(keyFor({ Date: 1, DATE: 2 }, "date", "date")).toBe("Date");
    expect(keyFor({ dates: 1 }, "date", "date")).toBeUndefined();
    // Only the note's own keys: nothing it inherits, in any case.
    const inherits = Object.create({ Date: 1, date: 2 }) as Record<string, unknown>;
    expect(keyFor(inherits, "date", "date")).toBeUndefined();
    expect(keyFor(Object.assign(inherits, { DATE: 3 }), "date", "date")).toBe("DATE");
  });

  it("is the same for an interview's reader as for `property`", () => {
    const KEYS = [
      "organization",
      "Organization",
      "ORGANIZATION",
      "organizat\u0130on",
      "other",
      "x",
    ];
    fc.assert(
      fc.property(
        // The property's name as set, in lower case or not, and keys all in lower case or not.
        fc.constantFrom("organization", "Organization", "organizat\u0130on"),
        fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom("Acme", "Globex"), { maxKeys: 4 }),
        (name, frontmatter) => {
          const settings = settingsWith({
            properties: { ...defaultSettings().properties, organization: name },
          });
          const note = { ...frontmatter, date: "2026-11-02" };
          const reading = readInterview("a.md", note, settings);
          expect(reading.kind).toBe("interview");
          if (reading.kind === "interview")
            expect(reading.interview.organization).toBe(property(note, name) ?? "");
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("folders", () => {
  const PATH_UNITS = ["a", "A", "b", "/", "\u0130", "i", "\u0307", "\u212a", "k", "K", "é", "É"];
  const plainInFolder = (path: string, folder: string) => {
    const p = path.toLowerCase();
    const f = folder.toLowerCase();
    return f !== "" && (p === f || p.startsWith(`${f}/`));
  };

  it("are matched as lowering the whole path matches them", () => {
    fc.assert(
      fc.property(tricky(PATH_UNITS, 8), tricky(PATH_UNITS, 4), (path, folder) => {
        expect(isInFolder(path, folder)).toBe(plainInFolder(path, folder));
      }),
      PROPERTY_RUNS,
    );
  });

  it("treat the template note the same, with or without its .md", () => {
    fc.assert(
      fc.property(tricky(PATH_UNITS, 6), tricky(PATH_UNITS, 6), (path, template) => {
        const settings = settingsWith({ noteTemplateFile: template, typeValue: "interview" });
        const lowered = path.toLowerCase();
        const isTemplate =
          template !== "" &&
          (lowered === template.toLowerCase() || lowered === `${template.toLowerCase()}.md`);
        expect(isInterviewNote(path, { type: "interview" }, settings)).toBe(
          !isTemplate && !plainInFolder(path, defaultSettings().templatesFolder),
        );
      }),
      PROPERTY_RUNS,
    );
  });
});
