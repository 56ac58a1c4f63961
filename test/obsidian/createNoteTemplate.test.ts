// "Create interview note" with a note template of an odd shape: a byte-order mark before its text,
// and properties the form writes too, under property names that YAML has to quote.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { fill, runCommand, setUp, submitAndWait } from "../support/createNoteForm";
import type { Harness } from "../support/obsidian";
import { openModals } from "../support/obsidian";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(2026, 10, 25, 9, 8) });
});

afterEach(() => {
  for (const modal of openModals()) modal.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

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
