// The plugin API over the metadata cache gives the same answer as the command line.
import { spawnSync } from "node:child_process";
import { TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Insights } from "../../src/domain/insights";
import { parseWhenText } from "../../src/domain/time";
import type { FollowUps } from "../../src/domain/types";
import { createPlugin, loadPlugin, readVaultFolder } from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");

function cliJson(vault: string): FollowUps;
function cliJson(vault: string, command: "stats"): Insights;
function cliJson(vault: string, command = "due"): FollowUps | Insights {
  const run = spawnSync(
    "node",
    ["dist/cli.mjs", command, vault, "--now", NOW.toISOString(), "--json"],
    {
      encoding: "utf8",
      env: process.env,
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as FollowUps | Insights;
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

describe("api.insights", () => {
  it("equals the command line's stats JSON on examples/vault, with ready: true", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    await loadPlugin(harness);
    const api = harness.plugin.api.insights(NOW);
    expect(api.ready).toBe(true);
    const { ready: _ready, ...rest } = api;
    expect(rest).toEqual(cliJson("examples/vault", "stats"));
    // Enough history to say something.
    expect(api.happened).toBeGreaterThan(20);
    expect(api.heardBack).toBeGreaterThan(5);
    expect(api.medianDaysToAnswer).not.toBeNull();
    expect(api.ghosted).toBeGreaterThan(0);
    expect(api.offers).toBeGreaterThan(0);
    expect(api.organizations.some((o) => o.rounds > 1)).toBe(true);
  });

  it("is ready: false and empty before the layout is ready, then counts every note", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    await loadPlugin(harness, { layoutReady: false });
    expect(harness.plugin.api.insights(NOW)).toMatchObject({
      ready: false,
      interviews: 0,
      responseRate: null,
      organizations: [],
    });
    harness.app.workspace.setLayoutReady__();
    expect(harness.plugin.api.insights(NOW)).toMatchObject({ ready: true, interviews: 24 });
  });

  it("uses the current time when called without one, and follows a note's edit", async () => {
    const harness = createPlugin({
      "Interviews/a.md": "---\norganization: A\ndate: 2026-11-02T10:00Z\n---\n",
    });
    await loadPlugin(harness);
    const before = Date.now();
    const first = harness.plugin.api.insights();
    expect(Date.parse(first.now)).toBeGreaterThanOrEqual(before);
    expect(first).toMatchObject({ happened: 1, heardBack: 0 });
    const file = harness.app.vault.getFileByPath("Interviews/a.md");
    if (!(file instanceof TFile)) throw new Error("missing note");
    await harness.app.vault.modify(
      file,
      "---\norganization: A\ndate: 2026-11-02T10:00Z\nlast_heard: 2026-11-09\n---\n",
    );
    expect(harness.plugin.api.insights(NOW)).toMatchObject({
      heardBack: 1,
      responseRate: 1,
      medianDaysToAnswer: 7,
    });
  });
});

describe("the API's `now` from a careless script", () => {
  const NOTES = { "Interviews/a.md": "---\norganization: A\ndate: 2026-11-02T10:00Z\n---\n" };
  // What scripts hold for a time: Dataview's Luxon dates and Obsidian's moment have a valueOf()
  // in milliseconds; a number; an ISO string.
  const luxonLike = { valueOf: () => NOW.getTime(), toString: () => "2026-11-25T12:00:00.000Z" };

  it.each([
    ["a number of milliseconds", NOW.getTime()],
    ["an ISO string", "2026-11-25T12:00:00Z"],
    ["a Luxon or moment date (valueOf in milliseconds)", luxonLike],
  ])("takes %s as that time", async (_what, now) => {
    const harness = createPlugin(NOTES);
    await loadPlugin(harness);
    const api = harness.plugin.api;
    expect(api.insights(now as unknown as Date).now).toBe(NOW.toISOString());
    expect(api.followUps(now as unknown as Date).now).toBe(NOW.toISOString());
  });

  it.each([
    ["an invalid Date", new Date(Number.NaN)],
    ["an object", { at: 1 }],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a time past the Date range", 9e15],
    ["an object without valueOf", Object.create(null) as object],
    ["a symbol", Symbol("now")],
    ["true", true],
    ["a list", [NOW.getTime()]],
  ])("refuses %s with a TypeError that says what it was given", async (_what, now) => {
    const harness = createPlugin(NOTES);
    await loadPlugin(harness, { layoutReady: false });
    for (const call of [
      () => harness.plugin.api.insights(now as unknown as Date),
      () => harness.plugin.api.followUps(now as unknown as Date),
    ]) {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/interview-follow-up api: `now` .*not a time/);
    }
  });

  it.each(["soon", "hello 2", "1", "2026-02-30", "Nov 25 2026", "2026-11-25T12:00:00.000Z junk"])(
    "reads text as the command line's --now does, refusing %j with the reason",
    async (text) => {
      const harness = createPlugin(NOTES);
      // Before onload has finished too: the placeholder answers as the index will.
      const early = harness.plugin.api;
      await loadPlugin(harness, { layoutReady: false });
      for (const api of [early, harness.plugin.api]) {
        const reason = parseWhenText(text, "start-of-day");
        if (reason.ok) throw new Error(`${text} is a date`);
        for (const call of [
          () => api.insights(text as unknown as Date),
          () => api.followUps(text as unknown as Date),
        ])
          expect(call).toThrow(new TypeError(`interview-follow-up api: \`now\` ${reason.reason}`));
      }
    },
  );

  it("takes a date alone as the start of that day where the machine is, as --now does", async () => {
    const harness = createPlugin(NOTES);
    const early = harness.plugin.api;
    expect(early.followUps("2026-11-25" as unknown as Date)).toEqual({
      now: new Date(2026, 10, 25).toISOString(),
      ready: false,
      items: [],
      problems: [],
    });
    await loadPlugin(harness);
    expect(harness.plugin.api.followUps("2026-11-25" as unknown as Date).now).toBe(
      new Date(2026, 10, 25).toISOString(),
    );
  });

  it("treats undefined and null as now", async () => {
    const harness = createPlugin(NOTES);
    await loadPlugin(harness);
    const before = Date.now();
    for (const now of [undefined, null]) {
      const at = Date.parse(harness.plugin.api.insights(now as unknown as Date).now);
      expect(at).toBeGreaterThanOrEqual(before);
    }
  });
});
