// The note template: one YAML writer for its properties and the form's (yaml.ts), and the core
// Templates plugin's {{title}}, {{date}} and {{time}} (with formats) beside our own placeholders.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type NewInterview, newNoteProperties } from "../../src/domain/newNote";
import { type TemplateFill, templateBody, templateProperties } from "../../src/domain/noteTemplate";
import { defaultSettings } from "../../src/domain/settings";
import { oneLine } from "../../src/domain/text";
import { yamlProperties, yamlValue } from "../../src/domain/yaml";
import { hostileText } from "../support/hostileText";

const pad = (n: number) => String(n).padStart(2, "0");
/** A stand-in for moment's format: the tokens the tests use, in local time as moment does. */
function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  return format
    .replace("YYYY", String(d.getFullYear()))
    .replace("MM", pad(d.getMonth() + 1))
    .replace("DD", pad(d.getDate()))
    .replace("HH", pad(d.getHours()))
    .replace("mm", pad(d.getMinutes()));
}

const input: NewInterview = {
  organization: "Acme",
  position: "Engineer",
  date: "2026-11-20",
  time: "14:30",
  contact: "Jane Roe",
  email: "jane@acme.example",
  previousRound: "",
};
const fill = (over: Partial<TemplateFill> = {}): TemplateFill => ({
  input,
  title: "2026-11-20 Acme",
  formatDate,
  ...over,
});

describe("the core Templates plugin's placeholders, and ours", () => {
  it("fills {{title}}, {{date}}, {{time}} with and without formats, and our own", () => {
    const body = [
      "# {{title}}",
      "On {{date}} at {{time}} ({{date:DD/MM/YYYY}}, {{time:HH.mm}}, {{ date:YYYY }})",
      "{{organization}}, {{position}}: {{contact}} <{{email}}>",
    ].join("\n");
    expect(templateBody(body, fill())).toBe(
      [
        "# 2026-11-20 Acme",
        "On 2026-11-20 at 14:30 (20/11/2026, 14.30, 2026)",
        "Acme, Engineer: Jane Roe <jane@acme.example>",
      ].join("\n"),
    );
  });

  it("leaves {{time}} empty for an interview without a time", () => {
    expect(templateBody("at {{time}}.", fill({ input: { ...input, time: "" } }))).toBe("at .");
  });

  it("leaves unknown or malformed placeholders as typed", () => {
    for (const text of [
      "{{tomorrow}}",
      "{{date-x}}",
      "{{ unknown:YYYY }}",
      "{title}",
      "{{title",
      "{{}}",
      "{{ }}",
      "{{123}}",
      "{{organisation}}",
      "{{ date : YYYY }}",
    ])
      expect(templateBody(text, fill())).toBe(text);
  });

  it("fills the template's properties, texts in lists and mappings too, leaving our own keys out", () => {
    const properties = {
      created: "{{date}}",
      at: "{{time:HH:mm}}",
      aliases: ["{{title}}", "{{organization}} {{position}}"],
      meta: { note: "{{title}}", n: 3 },
      tags: ["job", "interview"],
      rating: 4,
      remote: true,
      blank: null,
      Organization: "left out: the form writes it",
      mystery: "{{nope}}",
    };
    const yaml = templateProperties(properties, new Set(["organization"]), fill());
    expect(parse(yaml)).toEqual({
      created: "2026-11-20",
      at: "14:30",
      aliases: ["2026-11-20 Acme", "Acme Engineer"],
      meta: { note: "2026-11-20 Acme", n: 3 },
      tags: ["job", "interview"],
      rating: 4,
      remote: true,
      blank: null,
      mystery: "{{nope}}",
    });
    // A date is written plain, so Obsidian shows it as a date; lists as Obsidian writes them.
    expect(yaml).toContain("created: 2026-11-20\n");
    expect(yaml).toContain("tags:\n  - job\n  - interview");
  });

  it("writes nothing for a template without properties of its own", () => {
    expect(templateProperties(null, new Set(), fill())).toBe("");
    expect(templateProperties({ organization: "x" }, new Set(["organization"]), fill())).toBe("");
  });
});

describe("hostile titles and values", () => {
  const form = fc.record({
    organization: hostileText(),
    position: hostileText(),
    date: fc.constant("2026-11-20"),
    time: fc.constantFrom("14:30", ""),
    contact: hostileText(),
    email: hostileText(),
    previousRound: fc.constant(""),
  });

  it("keep the properties valid YAML that reads back as the very values", () => {
    fc.assert(
      fc.property(form, hostileText(), (values, title) => {
        const yaml = templateProperties(
          { heading: "{{title}}", who: ["{{contact}}", "{{organization}}"], when: "{{date}}" },
          new Set(),
          fill({ input: values, title }),
        );
        const read = parse(yaml) as Record<string, unknown>;
        expect(Object.keys(read)).toEqual(["heading", "who", "when"]);
        // Each the value as one line: a value can never start a property of its own.
        expect(read.heading).toBe(oneLine(title));
        expect(read.who).toEqual([
          oneLine(values.contact).trim(),
          oneLine(values.organization).trim(),
        ]);
        expect(read.when).toBe("2026-11-20");
      }),
      { numRuns: 300 },
    );
  });

  it("keep the body's placeholders on their line, never a heading, list or HTML of their own", () => {
    fc.assert(
      fc.property(form, hostileText(), (values, title) => {
        const body = templateBody(
          "Title: {{title}}\n{{organization}}\n{{contact}}",
          fill({ input: values, title }),
        );
        const lines = body.split("\n");
        expect(lines).toHaveLength(3);
        expect(lines[0]?.startsWith("Title: ")).toBe(true);
        for (const line of lines.slice(1)) expect(line).not.toMatch(/^\s{0,3}(#|>|<|[-+*]\s)/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("one YAML writer", () => {
  it("writes the form's properties and a template's alike", () => {
    const settings = defaultSettings();
    const form = newNoteProperties(input, settings, Date.parse("2026-11-25T12:00:00Z"));
    const template = templateProperties(
      { organization: "Acme", position: "Engineer", dismissed: [] },
      new Set(),
      fill(),
    );
    for (const line of template.split("\n")) expect(form.split("\n")).toContain(line);
  });

  it("reads back any record of frontmatter-like values as the same values", () => {
    const scalar = fc.oneof(
      fc.string(),
      hostileText(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("2026-11-20", "2026-11-20T14:30", "true", "null", "0x1F", "~", "- a", "#x"),
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 4 }),
      fc.dictionary(fc.string(), scalar, { maxKeys: 3 }),
    );
    const key = fc
      .oneof(fc.string({ minLength: 1 }), hostileText())
      .filter((k) => k !== "__proto__");
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (record) => {
        const read = parse(
          yamlProperties(record) === "" ? "{}" : yamlProperties(record),
        ) as unknown;
        expect(read).toEqual(record);
      }),
      { numRuns: 500 },
    );
  });

  it("writes NaN and infinities as YAML's, and nothing for an empty value", () => {
    expect(parse(`x:${yamlValue(Number.NaN)}`)).toEqual({ x: Number.NaN });
    expect(parse(`x:${yamlValue(Number.NEGATIVE_INFINITY)}`)).toEqual({
      x: Number.NEGATIVE_INFINITY,
    });
    expect(yamlValue(null)).toBe("");
    expect(yamlValue(undefined)).toBe("");
  });
});
