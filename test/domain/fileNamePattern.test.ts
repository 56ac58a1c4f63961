// The file name pattern setting: its check says "must contain a placeholder such as
// {{organization}}, or every note gets the same name". A placeholder new notes' names never fill
// ({{title}}, a typo such as {{organisation}}, any unknown word) leaves every name the same, so
// the check refuses a pattern that has no placeholder the names fill.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillPattern } from "../../src/domain/newNote";
import { checkChange } from "../../src/domain/settingRules";
import { defaultSettings } from "../../src/domain/settings";

const MESSAGE =
  "must contain a placeholder such as {{organization}}, or every note gets the same name";

/** Two interviews that differ in every value the form has. */
const one = {
  organization: "Acme",
  position: "Engineer",
  date: "2026-11-20",
  time: "14:30",
  contact: "Jane Roe",
  email: "jane@acme.example",
  previousRound: "",
};
const other = {
  organization: "Globex",
  position: "Designer",
  date: "2027-01-05",
  time: "09:00",
  contact: "John Doe",
  email: "john@globex.example",
  previousRound: "",
};
const formatDate = (ms: number, format: string) => `${new Date(ms).toISOString()}|${format}`;

const piece = fc.oneof(
  fc.constantFrom(
    "{{organization}}",
    "{{ Position }}",
    "{{date:YYYY-MM-DD}}",
    "{{time}}",
    "{{contact}}",
    "{{EMAIL}}",
    "{{title}}",
    "{{organisation}}",
    "{{company}}",
    "{{ }}",
    "{{date-x}}",
    "{{123}}",
    "{organization}",
    " - ",
  ),
  fc.string({ maxLength: 6 }),
);
const pattern = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));

describe("the file name pattern's check", () => {
  it.each(["{{title}}", "{{organisation}} interview", "{{company}} - {{role}}", "{{ }} {{x}}"])(
    "refuses %j: no placeholder that names fill",
    (value) => {
      expect(checkChange(defaultSettings(), "fileNamePattern", value)).toBe(MESSAGE);
    },
  );

  it("accepts a pattern exactly when its names differ from one interview to another", () => {
    fc.assert(
      fc.property(pattern, (value) => {
        fc.pre(value.trim() !== "");
        const accepted = checkChange(defaultSettings(), "fileNamePattern", value) === null;
        const differ =
          fillPattern(value.trim(), one, formatDate) !==
          fillPattern(value.trim(), other, formatDate);
        expect(accepted).toBe(differ);
      }),
      { numRuns: 1000 },
    );
  });
});
