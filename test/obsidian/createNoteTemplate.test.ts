// "Create interview note" with a note template of an odd shape: a byte-order mark before its text,
// and properties the form writes too, under property names that YAML has to quote.
import fc from "fast-check";
import { type App, parseYaml } from "obsidian";
import { describe, expect, it } from "vitest";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { readNote } from "../../src/domain/interview";
import { propertyName } from "../../src/domain/settingRules";
import { defaultSettings } from "../../src/domain/settings";
import { yamlKey } from "../../src/domain/yaml";
import { createInterviewNote } from "../../src/obsidian/createNote";
import { fill, formClock, runCommand, setUp, submitAndWait } from "../support/createNoteForm";
import { type Harness, createApp } from "../support/obsidian";

formClock();

/** Fills the form with these values, submits it, and gives the new note's text. */
async function create(harness: Harness, values: Record<string, string>): Promise<string> {
  runCommand(harness, "create-interview-note");
  fill(values);
  const before = harness.app.vault.getMarkdownFiles().length;
  const files = await submitAndWait(harness, before + 1);
  const file = files.find((f) => f.path.startsWith("Interviews/"));
  if (file === undefined) throw new Error("no note");
  return harness.app.vault.read(file);
}

describe("a note template that starts with a byte-order mark", () => {
  it.each([
    ["without properties", "\uFEFF# {{organization}}\n\nMy sections.\n"],
    ["with properties", "\uFEFF---\ntags: [job]\n---\n# {{organization}}\n\nMy sections.\n"],
    ["with properties left open", "\uFEFF---\ntags: [job]\n# {{organization}}\n"],
  ])("gives a note without the mark (%s)", async (_, template) => {
    const harness = await setUp({ "Meta/T.md": template }, { noteTemplateFile: "Meta/T" });
    const text = await create(harness, { Organization: "Acme" });
    expect(text).not.toContain("\uFEFF");
    const block = findFrontmatter(text);
    expect(block).not.toBeNull();
    // The template's first line stays what it was: here a heading of the note.
    expect(text.slice(block?.bodyStart)).toMatch(/^(# Acme|---)\n/);
  });
});

describe("a note template with a property the form writes", () => {
  it.each(['my "position"', "back\\slash", "tab\there"])(
    "keeps one of them when the property's name must be quoted: %j",
    async (name) => {
      const key = JSON.stringify(name);
      const harness = await setUp(
        { "Meta/T.md": `---\n${key}: from the template\nsource: referral\n---\nBody\n` },
        { noteTemplateFile: "Meta/T", properties: { position: name } },
      );
      const text = await create(harness, { Organization: "Acme", Position: "Engineer" });
      const yaml = findFrontmatter(text)?.yaml ?? "";
      // Obsidian's parser reads it: one key of each name, the form's value for the form's key.
      const read = parseYaml(yaml) as Record<string, unknown>;
      expect(read[name]).toBe("Engineer");
      expect(read.source).toBe("referral");
      const settings = defaultSettings();
      settings.properties.position = name;
      const note = readNote("Interviews/x.md", read, settings);
      expect(note?.kind === "interview" && note.interview.position).toBe("Engineer");
    },
  );

  it("keeps one key per name, for any name the settings accept, in any case", async () => {
    const names = fc
      .string({ unit: "binary", minLength: 1, maxLength: 12 })
      .filter((name) => propertyName(name) === null && name === name.trim());
    await fc.assert(
      fc.asyncProperty(names, fc.boolean(), async (name, upper) => {
        const key = upper ? name.toUpperCase() : name;
        const app = createApp({ "T.md": `---\n${yamlKey(key)}: template\nextra: 1\n---\nBody\n` });
        const settings = { ...defaultSettings(), noteTemplateFile: "T" };
        settings.properties = { ...settings.properties, position: name };
        const input = {
          organization: "Acme",
          position: "Engineer",
          date: "2026-11-20",
          time: "",
          contact: "",
          email: "",
          previousRound: "",
        };
        const file = await createInterviewNote(app as unknown as App, settings, input, 0, String);
        const text = await app.vault.adapter.read(file.path);
        const yaml = findFrontmatter(text)?.yaml ?? "";
        const read = parseYaml(yaml) as Record<string, unknown>;
        expect(read[name]).toBe("Engineer");
        expect(read.extra).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a note template whose properties hold placeholders unquoted", () => {
  // As templates of the core Templates plugin write them: `created: {{date}}` is, to YAML, a
  // mapping inside a mapping; the placeholder must still be filled, as text.
  it("gets them filled wherever they stand", async () => {
    const harness = await setUp(
      {
        "Meta/T.md": [
          "---",
          "created: {{date}}",
          "heading: {{title}}",
          "aliases: [{{organization}}, {{position}}]",
          "people:",
          "  - {{contact}}",
          'quoted: "at {{time}}"',
          "mixed: {{organization}} interview",
          "unknown: {{nope}}",
          "---",
          "Body",
          "",
        ].join("\n"),
      },
      { noteTemplateFile: "Meta/T", fileNamePattern: "{{organization}}" },
    );
    const text = await create(harness, {
      Organization: "Acme",
      Position: "Engineer",
      "Contact name": "Jane Roe",
      Date: "2026-11-20",
      "Time (optional)": "14:30",
    });
    const read = parseYaml(findFrontmatter(text)?.yaml ?? "") as Record<string, unknown>;
    expect(read).toMatchObject({
      created: "2026-11-20",
      heading: "Acme",
      aliases: ["Acme", "Engineer"],
      people: ["Jane Roe"],
      quoted: "at 14:30",
      mixed: "Acme interview",
      unknown: "{{nope}}",
    });
  });
});
