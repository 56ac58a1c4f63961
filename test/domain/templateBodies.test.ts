// A template the user wrote, of any shape: a byte-order mark (Windows editors save one) is no part
// of the text, with or without properties, so it never reaches an email or a note; and its
// properties keep their placeholders as text, quoted or not (`created: {{date}}` is, to YAML, a
// mapping inside a mapping, as the core Templates plugin's templates write it).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bodyStartOf, findFrontmatter } from "../../src/domain/frontmatter";
import { templateYamlProperties } from "../../src/domain/noteTemplate";
import { readUserTemplate } from "../../src/domain/templates";
import { noteShapeArb } from "../support/noteShapes";

const BOM = "\uFEFF";

describe("a template's body", () => {
  it("never holds the byte-order mark of its file, whatever its shape", () => {
    fc.assert(
      fc.property(noteShapeArb, (shape) => {
        const text = shape.text.startsWith(BOM) ? shape.text : `${BOM}${shape.text}`;
        const block = findFrontmatter(text);
        let frontmatter: Record<string, unknown> | null = null;
        try {
          frontmatter = block ? (parse(block.yaml) as Record<string, unknown>) : null;
        } catch {
          frontmatter = null;
        }
        const read = readUserTemplate("T/x.md", text, frontmatter);
        if (read.ok) expect(read.template.body).not.toContain(BOM);
        expect(text.slice(bodyStartOf(text))).not.toMatch(/^\uFEFF/);
      }),
      { numRuns: 500 },
    );
  });

  it("starts after the mark when the file has no properties", () => {
    expect(readUserTemplate("T/x.md", `${BOM}Hi {{contact}},`, null)).toMatchObject({
      ok: true,
      template: { body: "Hi {{contact}}," },
    });
    expect(bodyStartOf(`${BOM}# Title`)).toBe(1);
    expect(bodyStartOf(`${BOM}---\na: 1\n---\nBody`)).toBe(`${BOM}---\na: 1\n---\n`.length);
    expect(bodyStartOf("Body")).toBe(0);
  });
});

describe("a note template's properties", () => {
  const placeholder = fc
    .tuple(
      fc.constantFrom("date", "time", "title", "organization", "Position", "nope", "x_y"),
      fc.constantFrom("", ":YYYY-MM-DD", ":HH:mm", ":[at] D", ": D.M."),
      fc.constantFrom("", " "),
    )
    .map(([name, format, space]) => `{{${space}${name}${format}${space}}}`);
  /** A value as a user types it in YAML, unquoted, and what it holds as text. */
  const written = fc.oneof(
    placeholder.map((p) => ({ yaml: ` ${p}`, value: p })),
    fc
      .array(placeholder, { minLength: 1, maxLength: 3 })
      .map((ps) => ({ yaml: ` [${ps.join(", ")}]`, value: ps })),
    fc
      .array(placeholder, { minLength: 1, maxLength: 3 })
      .map((ps) => ({ yaml: ps.map((p) => `\n  - ${p}`).join(""), value: ps })),
    placeholder.map((p) => ({ yaml: ` Interview ${p} here`, value: `Interview ${p} here` })),
    placeholder.map((p) => ({ yaml: ` "at ${p.replace(/["\\]/g, "\\$&")}"`, value: `at ${p}` })),
    fc.constantFrom(
      { yaml: " 3", value: 3 },
      { yaml: " true", value: true },
      { yaml: "", value: null },
      { yaml: " [job, interview]", value: ["job", "interview"] },
      { yaml: " ifu_1_ and _ifu0", value: "ifu_1_ and _ifu0" },
      // Quotes and backslashes in a placeholder are YAML's to read, in a quoted text.
      { yaml: ' "{{date:[\\"]D}}"', value: '{{date:["]D}}' },
      { yaml: " '{{date:[it''s] D}}'", value: "{{date:[it's] D}}" },
    ),
  );

  it("hold each placeholder as the text typed, wherever it stands, and the rest as YAML reads it", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), written), {
          selector: ([key]) => key,
          minLength: 1,
          maxLength: 5,
        }),
        (entries) => {
          const yaml = entries.map(([key, w]) => `${key}:${w.yaml}`).join("\n");
          const read = templateYamlProperties(yaml, parse);
          expect(read).toEqual(Object.fromEntries(entries.map(([key, w]) => [key, w.value])));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("are none when the YAML holds no mapping, and throw what the parser throws", () => {
    for (const yaml of ["", "# a comment", "just text", "- a\n- b", "3"])
      expect(templateYamlProperties(yaml, parse)).toBeNull();
    expect(() => templateYamlProperties("a: [b", parse)).toThrow();
  });
});
