// Finding a note's frontmatter block (src/domain/frontmatter.ts): only at the very top, as
// Obsidian reads it; the body after it is what every write must keep byte for byte.
import { describe, expect, it } from "vitest";
import { findFrontmatter } from "../../src/domain/frontmatter";

function split(text: string): { yaml: string; body: string } | null {
  const block = findFrontmatter(text);
  return block === null ? null : { yaml: block.yaml, body: text.slice(block.bodyStart) };
}

describe("the frontmatter block", () => {
  it("is the YAML between the first two delimiter lines", () => {
    expect(split("---\nstatus: waiting\n---\n# Acme\n---\n")).toEqual({
      yaml: "status: waiting",
      body: "# Acme\n---\n",
    });
  });

  it("keeps CRLF line endings out of the YAML and out of the body's start", () => {
    expect(split("---\r\na: 1\r\nb: 2\r\n---\r\nBody\r\n")).toEqual({
      yaml: "a: 1\r\nb: 2",
      body: "Body\r\n",
    });
  });

  it("allows spaces and tabs after either delimiter", () => {
    expect(split("--- \t\na: 1\n---  \nBody")).toEqual({ yaml: "a: 1", body: "Body" });
  });

  it("may be empty", () => {
    expect(split("---\n---\nBody")).toEqual({ yaml: "", body: "Body" });
  });

  it("ends at the first closing delimiter even when empty, whatever later lines are rules", () => {
    expect(split("---\n---\n\nText\n---\nMore")).toEqual({ yaml: "", body: "\nText\n---\nMore" });
    expect(split("---\r\n---")).toEqual({ yaml: "", body: "" });
  });

  it("may be the whole note, without a final line break", () => {
    expect(split("---\na: 1\n---")).toEqual({ yaml: "a: 1", body: "" });
  });

  it("may follow a byte-order mark, which stays outside the body", () => {
    const text = "\uFEFF---\na: 1\n---\nBody";
    expect(split(text)).toEqual({ yaml: "a: 1", body: "Body" });
    expect(findFrontmatter(text)?.bodyStart).toBe(text.indexOf("Body"));
  });

  it("is not found anywhere but the top", () => {
    expect(findFrontmatter("Intro\n---\na: 1\n---\nBody")).toBeNull();
    expect(findFrontmatter("\n---\na: 1\n---\n")).toBeNull();
    expect(findFrontmatter(" ---\na: 1\n---\n")).toBeNull();
  });

  it("needs its closing line, and delimiters of exactly three dashes", () => {
    expect(findFrontmatter("---\na: 1\n")).toBeNull();
    expect(findFrontmatter("----\na: 1\n----\n")).toBeNull();
    expect(findFrontmatter("---a\nb: 1\n---\n")).toBeNull();
    expect(findFrontmatter("")).toBeNull();
  });
});
