// The tag setting: a note's tags are split at spaces and commas, so a tag holding either could
// never match a note. The check accepts a tag exactly when a note tagged with it is an interview.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInterviewNote } from "../../src/domain/recognise";
import { checkChange, withSetting } from "../../src/domain/settingRules";
import { defaultSettings } from "../../src/domain/settings";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const MESSAGE = "must be one tag, without spaces or commas";

describe("the tag setting", () => {
  it("refuses a tag with a space or a comma in it, of any kind", () => {
    for (const value of [
      "job interview",
      "job,interview",
      "job\u00a0interview",
      "a\tb",
      "#x y",
      "##",
    ])
      expect(checkChange(defaultSettings(), "tag", value)).toBe(MESSAGE);
    // Spaces around it and a leading # are tidied away first; empty turns tags off.
    for (const value of [" interview ", "#job/interview", "", "Vorstellungsgespräch"])
      expect(checkChange(defaultSettings(), "tag", value)).toBeNull();
  });

  it("accepts a tag exactly when a note tagged with it is an interview", () => {
    const word = fc.string({
      unit: fc.constantFrom("a", "B", "é", "/", "-", "_", "1", " ", ",", "\u3000", "\t", "#"),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(word, (value) => {
        const settings = withSetting(defaultSettings(), "tag", value);
        if (settings.tag === "") return;
        const accepted = checkChange(defaultSettings(), "tag", value) === null;
        const tagged = isInterviewNote("Notes/a.md", { tags: [settings.tag] }, settings);
        expect(accepted).toBe(tagged);
      }),
      PROPERTY_RUNS,
    );
  });
});
