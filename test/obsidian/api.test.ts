// The plugin API over the metadata cache gives the same answer as the command line.
import { spawnSync } from "node:child_process";
import { TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FollowUps } from "../../src/domain/types";
import { createPlugin, loadPlugin, readVaultFolder } from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");

function cliJson(vault: string): FollowUps {
  const run = spawnSync(
    "node",
    ["dist/cli.mjs", "due", vault, "--now", NOW.toISOString(), "--json"],
    {
      encoding: "utf8",
      env: process.env,
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as FollowUps;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("api.followUps", () => {
  it("equals the command line's JSON on examples/vault, with ready: true", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    await loadPlugin(harness);
    const api = harness.plugin.api.followUps(NOW);
    expect(api.ready).toBe(true);
    const { ready: _ready, ...rest } = api;
    expect(rest).toEqual(cliJson("examples/vault"));
    expect(api.items.length).toBeGreaterThan(10);
    expect(api.problems).toHaveLength(1);
  });

  it("is ready: false and empty before the layout is ready, and scans nothing before then", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    const getFileCache = vi.spyOn(harness.app.metadataCache, "getFileCache");
    const getMarkdownFiles = vi.spyOn(harness.app.vault, "getMarkdownFiles");
    const reads = [
      vi.spyOn(harness.app.vault, "read"),
      vi.spyOn(harness.app.vault, "cachedRead"),
      vi.spyOn(harness.app.vault.adapter, "read"),
    ];
    await loadPlugin(harness, { layoutReady: false });
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    const before = harness.plugin.api.followUps(NOW);
    expect(before).toMatchObject({ ready: false, items: [], problems: [] });
    expect(getFileCache).not.toHaveBeenCalled();
    expect(getMarkdownFiles).not.toHaveBeenCalled();
    harness.app.workspace.setLayoutReady__();
    expect(harness.plugin.api.followUps(NOW).ready).toBe(true);
    expect(getMarkdownFiles).toHaveBeenCalledTimes(1);
  });

  it("uses the current time when called without one", async () => {
    const harness = createPlugin({});
    await loadPlugin(harness);
    const before = Date.now();
    const now = Date.parse(harness.plugin.api.followUps().now);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("returns a new object each time", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    await loadPlugin(harness);
    const first = harness.plugin.api.followUps(NOW);
    first.items.length = 0;
    expect(harness.plugin.api.followUps(NOW).items.length).toBeGreaterThan(0);
  });

  it("follows a note's edit, rename and deletion one note at a time", async () => {
    const harness = createPlugin({
      "Interviews/a.md": "---\norganization: A\ndate: 2026-11-25T10:00Z\nemail: a@a.example\n---\n",
    });
    await loadPlugin(harness);
    const { vault } = harness.app;
    const file = vault.getFileByPath("Interviews/a.md");
    if (!(file instanceof TFile)) throw new Error("missing note");
    const paths = () => [...new Set(harness.plugin.api.followUps(NOW).items.map((i) => i.path))];
    const getMarkdownFiles = vi.spyOn(vault, "getMarkdownFiles");

    await vault.modify(
      file,
      "---\norganization: A\ndate: 2026-11-25T10:00Z\nstatus: withdrawn\n---\n",
    );
    expect(paths()).toEqual([]);
    await vault.modify(file, "---\norganization: A\ndate: 2026-11-25T10:00Z\n---\n");
    expect(paths()).toEqual(["Interviews/a.md"]);
    await vault.rename(file, "Interviews/b.md");
    expect(paths()).toEqual(["Interviews/b.md"]);
    await harness.app.fileManager.trashFile(file);
    expect(paths()).toEqual([]);
    expect(getMarkdownFiles).not.toHaveBeenCalled();
  });
});
