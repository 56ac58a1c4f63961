// An empty templates folder means "no templates of your own". In Obsidian normalizePath("") is
// "/", the vault's root, so a plugin that looked the setting up as it is would offer every note
// of the vault as an email template (and report each odd one). The support layer gives the mock
// Obsidian's normalizePath, so this vault, with notes at its root, shows the difference.
import { afterEach, describe, expect, it, vi } from "vitest";
import { allTemplates } from "../../src/domain/templates";
import { captureNotices, createPlugin, loadPlugin, pluginWriters } from "../support/obsidian";

const VAULT = {
  "Shopping.md": "Milk, eggs.\n",
  "Odd.md": "---\naction: banana\n---\nA note that is not a template.\n",
  "Daily/2026-11-25.md": "---\naction: thank-you\n---\nToday.\n",
  "Interviews/Acme.md": "---\norganization: Acme\ndate: 2026-11-24T10:00Z\n---\nBody.\n",
  "Root interview.md": "---\ntype: interview\norganization: Root\ndate: 2026-11-24T10:00Z\n---\n",
};

afterEach(() => {
  vi.restoreAllMocks();
});

async function templatesWith(templatesFolder: string) {
  const notices = captureNotices();
  const harness = createPlugin(VAULT, { templatesFolder });
  await loadPlugin(harness);
  const templates = await pluginWriters(harness).emails.templates();
  return { harness, notices, templates };
}

describe("an empty templates folder", () => {
  it("offers the built-in templates only, and reports no note of the vault", async () => {
    const { templates, notices } = await templatesWith("");
    expect(templates).toEqual(allTemplates([]));
    expect(notices).toEqual([]);
  });

  it("still excludes no note from being an interview", async () => {
    const { harness } = await templatesWith("");
    const paths = [...harness.plugin.api.followUps(new Date("2026-11-25T12:00Z")).items].map(
      (item) => item.path,
    );
    expect(new Set(paths)).toEqual(new Set(["Interviews/Acme.md", "Root interview.md"]));
  });

  it("differs from a folder that is set: its notes are offered", async () => {
    const { templates } = await templatesWith("Daily");
    expect(templates.map((t) => t.id)).toContain("Daily/2026-11-25.md");
    expect(templates).not.toEqual(allTemplates([]));
  });
});
