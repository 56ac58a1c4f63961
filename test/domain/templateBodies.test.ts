// The body of a template the user wrote, of any shape: a byte-order mark (Windows editors save
// one) is no part of the text, with or without properties, so it never reaches an email or a note.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bodyStartOf, findFrontmatter } from "../../src/domain/frontmatter";
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
