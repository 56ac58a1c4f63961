// "Create interview note" beside a note whose name differs only in case or in Unicode form.
// A vault on Linux (the mocks' disk too) can hold both; macOS, Windows, iOS and Android cannot,
// so a vault synced there would hold one file for two notes. The new note takes the next name.
import fc from "fast-check";
import type { App } from "obsidian";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/domain/settings";
import { oneLine } from "../../src/domain/text";
import { createInterviewNote } from "../../src/obsidian/createNote";
import { hostileText } from "../support/hostileText";
import { createApp } from "../support/obsidian";

const fold = (path: string) => path.normalize("NFC").toLowerCase();

function form(organization: string) {
  return {
    organization,
    position: "",
    date: "2026-11-20",
    time: "",
    contact: "",
    email: "",
    previousRound: "",
  };
}

const formatDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function create(files: Record<string, string>, organization: string) {
  const app = createApp(files);
  const settings = { ...defaultSettings(), fileNamePattern: "{{organization}}" };
  const file = await createInterviewNote(
    app as unknown as App,
    settings,
    form(organization),
    0,
    formatDate,
  );
  return { app, path: file.path };
}

describe("a new note's name", () => {
  it.each([
    ["in another case", "Interviews/acme corp.md", "Acme Corp", "Interviews/Acme Corp 2.md"],
    ["in capitals", "Interviews/ACME.md", "Acme", "Interviews/Acme 2.md"],
    ["decomposed", "Interviews/Cafe\u0301.md", "Caf\u00e9", "Interviews/Caf\u00e9 2.md"],
  ])("is not one that exists %s", async (_, existing, organization, expected) => {
    const { app, path } = await create({ [existing]: "keep me" }, organization);
    expect(path).toBe(expected);
    expect(await app.vault.adapter.read(existing)).toBe("keep me");
  });

  it("never names a note as one that exists but for case or Unicode form", async () => {
    const cases = [(t: string) => t.toLowerCase(), (t: string) => t.toUpperCase()];
    await fc.assert(
      fc.asyncProperty(
        hostileText().filter((text) => oneLine(text).trim() !== ""),
        fc.constantFrom(...cases),
        fc.constantFrom("NFC", "NFD"),
        async (text, changeCase, form) => {
          // The note the form would make, already there under its name in another case or form.
          const { path: named } = await create({}, text);
          const existing = named.replace(/[^/]+(?=\.md$)/, (n) => changeCase(n).normalize(form));
          const { app, path } = await create({ [existing]: "keep me" }, text);
          expect(fold(path)).not.toBe(fold(existing));
          expect(await app.vault.adapter.read(existing)).toBe("keep me");
        },
      ),
      { numRuns: 150 },
    );
  });
});
