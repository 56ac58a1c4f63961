import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  frontmatterTags,
  inInterviewFolder,
  isInFolder,
  isInterviewNote,
} from "../../src/domain/recognise";
import { defaultSettings } from "../../src/domain/settings";
import { settingsWith } from "../support/domain";
import { hostileText } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const defaults = defaultSettings();

describe("recognising interview notes", () => {
  it.each([
    ["by type", "Notes/a.md", { type: "interview" }, true],
    ["by type in any case", "Notes/a.md", { type: "Interview" }, true],
    ["by type with spaces around", "Notes/a.md", { type: " INTERVIEW " }, true],
    ["by a type list holding the value", "Notes/a.md", { type: ["meeting", "interview"] }, true],
    ["by a Type key in another case", "Notes/a.md", { Type: "interview" }, true],
    ["not by another type", "Notes/a.md", { type: "meeting" }, false],
    ["not by a type that only contains the word", "Notes/a.md", { type: "interviews" }, false],
    ["by tag", "Notes/a.md", { tags: ["interview"] }, true],
    ["by tag with #", "Notes/a.md", { tags: ["#interview"] }, true],
    ["by tag in any case", "Notes/a.md", { tags: ["Interview"] }, true],
    ["by a nested tag", "Notes/a.md", { tags: ["interview/onsite"] }, true],
    ["by a tags string", "Notes/a.md", { tags: "work, #interview" }, true],
    ["by a tags string split by spaces", "Notes/a.md", { tags: "work interview" }, true],
    ["by the tag key", "Notes/a.md", { tag: "interview" }, true],
    [
      "not by a tag that only starts with the word",
      "Notes/a.md",
      { tags: ["interviewing"] },
      false,
    ],
    ["not by a parent tag", "Notes/a.md", { tags: ["work/interview"] }, false],
    ["by folder with a date", "Interviews/a.md", { date: "2026-11-20" }, true],
    ["by folder with a status", "Interviews/a.md", { status: "waiting" }, true],
    ["by folder with an organization", "Interviews/a.md", { organization: "Acme" }, true],
    ["by subfolder", "Interviews/2026/Acme/a.md", { organization: "Acme" }, true],
    ["by folder in another case", "interviews/a.md", { organization: "Acme" }, true],
    [
      "not an index page in the folder",
      "Interviews/Index.md",
      { aliases: ["All interviews"] },
      false,
    ],
    ["not a note without frontmatter in the folder", "Interviews/Index.md", null, false],
    [
      "not a folder note with empty properties",
      "Interviews/a.md",
      { date: "", status: null },
      false,
    ],
    [
      "not a note in a folder with a similar name",
      "Interviews old/a.md",
      { organization: "Acme" },
      false,
    ],
    [
      "not a template in the templates folder",
      "Interviews/Templates/t.md",
      { type: "interview", date: "{{date}}" },
      false,
    ],
    ["not an ordinary note", "Daily/2026-11-20.md", { date: "2026-11-20" }, false],
    ["not by a # inside a tag", "Notes/a.md", { tags: ["inter#view"] }, false],
  ])("%s", (_, path, frontmatter, expected) => {
    expect(isInterviewNote(path, frontmatter, defaults)).toBe(expected);
  });

  it("uses the type property and value from settings", () => {
    const settings = settingsWith({ typeProperty: "category", typeValue: "Job interview" });
    expect(isInterviewNote("a.md", { category: "job interview" }, settings)).toBe(true);
    expect(isInterviewNote("a.md", { type: "interview" }, settings)).toBe(false);
  });

  it("uses the tag from settings, and an empty tag turns tags off", () => {
    expect(isInterviewNote("a.md", { tags: ["job/interview"] }, settingsWith({ tag: "job" }))).toBe(
      true,
    );
    expect(isInterviewNote("a.md", { tags: ["interview"] }, settingsWith({ tag: "" }))).toBe(false);
    expect(isInterviewNote("a.md", { tags: ["/", "/job"] }, settingsWith({ tag: "" }))).toBe(false);
  });

  it("drops only a leading # from the tag setting", () => {
    const settings = settingsWith({ tag: "c#" });
    expect(isInterviewNote("a.md", { tags: ["C#"] }, settings)).toBe(true);
    expect(isInterviewNote("a.md", { tags: ["c"] }, settings)).toBe(false);
  });

  it("reads the tag and type settings as they may be typed: spaces, a leading #, any case", () => {
    expect(isInterviewNote("a.md", { tags: ["job/onsite"] }, settingsWith({ tag: " #Job " }))).toBe(
      true,
    );
    expect(
      isInterviewNote(
        "a.md",
        { type: "job interview" },
        settingsWith({ typeValue: " Job Interview " }),
      ),
    ).toBe(true);
  });

  it("uses the folder from settings, and an empty folder turns folders off", () => {
    expect(
      isInterviewNote(
        "Jobs/a.md",
        { organization: "Acme" },
        settingsWith({ interviewFolder: "Jobs" }),
      ),
    ).toBe(true);
    expect(
      isInterviewNote(
        "Interviews/a.md",
        { organization: "Acme" },
        settingsWith({ interviewFolder: "" }),
      ),
    ).toBe(false);
  });

  it("uses the property names from settings for the index-page exception", () => {
    const settings = settingsWith({ properties: { ...defaults.properties, date: "when" } });
    expect(isInterviewNote("Interviews/a.md", { when: "2026-11-20" }, settings)).toBe(true);
    expect(isInterviewNote("Interviews/a.md", { date: "2026-11-20" }, settings)).toBe(false);
  });

  it("never counts the note template file", () => {
    const settings = settingsWith({ noteTemplateFile: "Meta/Interview template" });
    expect(isInterviewNote("Meta/Interview template.md", { type: "interview" }, settings)).toBe(
      false,
    );
    expect(isInterviewNote("Meta/Other.md", { type: "interview" }, settings)).toBe(true);
  });

  it("never counts the note template file named with its .md", () => {
    const settings = settingsWith({ noteTemplateFile: "Meta/Interview template.md" });
    expect(isInterviewNote("meta/interview template.md", { type: "interview" }, settings)).toBe(
      false,
    );
  });
});

describe("folders", () => {
  it("hold the folder itself and what is below it, in any case", () => {
    expect(isInFolder("Interviews", "Interviews")).toBe(true);
    expect(isInFolder("interviews/2026/a.md", "Interviews")).toBe(true);
    expect(isInFolder("Interviews.md", "Interviews")).toBe(false);
    expect(isInFolder("Interviews old/a.md", "Interviews")).toBe(false);
  });

  it("are turned off by an empty setting, which holds nothing", () => {
    expect(isInFolder("", "")).toBe(false);
    expect(isInFolder("a.md", "")).toBe(false);
  });
});

describe("frontmatter tags", () => {
  it("reads lists, strings, # and both keys", () => {
    expect(frontmatterTags({ tags: ["#a", "b/c"], tag: "d, e f" })).toEqual([
      "a",
      "b/c",
      "d",
      "e",
      "f",
    ]);
    expect(frontmatterTags({ tags: null })).toEqual([]);
    expect(frontmatterTags({ tags: [1, null, "x"] })).toEqual(["x"]);
    expect(frontmatterTags({ tags: ",a, #" })).toEqual(["a"]);
    expect(frontmatterTags({ tags: "C#" })).toEqual(["C#"]);
  });
});

describe("edges the fast paths must keep", () => {
  it("folds every ASCII capital, and lowers the rest of a path whole", () => {
    expect(isInFolder("A/x.md", "a")).toBe(true);
    expect(isInFolder("Z/x.md", "z")).toBe(true);
    expect(isInFolder("Éa/b.md", "éa")).toBe(true);
    expect(isInFolder("xÉa/b.md", "éa")).toBe(false);
    expect(isInFolder("Éab/c.md", "éa")).toBe(false);
  });

  it("recognises the template note beyond ASCII, with or without .md", () => {
    const settings = settingsWith({ noteTemplateFile: "Modèle" });
    expect(isInterviewNote("MODÈLE.md", { type: "interview" }, settings)).toBe(false);
    expect(isInterviewNote("MODÈLE", { type: "interview" }, settings)).toBe(false);
    expect(isInterviewNote("MODÈLES.md", { type: "interview" }, settings)).toBe(true);
    const ascii = settingsWith({ noteTemplateFile: "Meta/Template" });
    expect(isInterviewNote("meta/template.md", { type: "interview" }, ascii)).toBe(false);
    expect(isInterviewNote("Meta/Templates.md", { type: "interview" }, ascii)).toBe(true);
    expect(isInterviewNote("Meta/Template 2.md", { type: "interview" }, ascii)).toBe(true);
  });

  it("finds the type property and tags in any case, the exact name first", () => {
    expect(
      isInterviewNote("a.md", { kind: "interview" }, settingsWith({ typeProperty: "Kind" })),
    ).toBe(true);
    expect(isInterviewNote("a.md", { Tags: ["interview"] }, defaults)).toBe(true);
    expect(isInterviewNote("a.md", { Tag: "interview" }, defaults)).toBe(true);
    expect(isInterviewNote("a.md", { Tags: "x", tags: ["interview"] }, defaults)).toBe(true);
    expect(isInterviewNote("a.md", { Tag: "x", tag: "interview" }, defaults)).toBe(true);
    expect(isInterviewNote("a.md", { Tags: ["interview"], tags: "x" }, defaults)).toBe(false);
  });

  it("the tags' first look (no lowered copy for lower-case ASCII) misses no tag, in any case", () => {
    // The whole rule, with no first look: a tag that is the setting's, or below it, any case.
    const byRule = (tags: unknown, tag: string) =>
      frontmatterTags({ tags }).some((each) => {
        const lower = each.toLowerCase();
        return lower === tag || lower.startsWith(`${tag}/`);
      });
    const word = fc.constantFrom("interview", "İnterview", "INTERVIEW", "interview/onsite", "K");
    const tagText = fc.oneof(
      word,
      hostileText(12),
      fc.tuple(hostileText(6), word).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(
        fc.oneof(tagText, fc.array(tagText, { maxLength: 4 })),
        fc.constantFrom("interview", "k", "ı", "i̇nterview"),
        (tags, tag) => {
          const settings = settingsWith({ tag, interviewFolder: "" });
          expect(isInterviewNote("a.md", { tags }, settings)).toBe(byRule(tags, tag));
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("never reads a key named undefined for a property the note lacks", () => {
    expect(isInterviewNote("a.md", { undefined: "interview", Other: 1 }, defaults)).toBe(false);
  });

  it("tells notes in the interview folder (templates aside) by place", () => {
    expect(inInterviewFolder("interviews/a.md", defaults)).toBe(true);
    expect(inInterviewFolder("Interviews/Templates/t.md", defaults)).toBe(false);
    expect(inInterviewFolder("Jobs/a.md", defaults)).toBe(false);
  });
});
