// The follow-ups sidebar running in obsidian-test-mocks: opening, live updates, the minute tick.
import { spawnSync } from "node:child_process";
import { TFile } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FollowUps } from "../../src/domain/types";
import {
  FUNNEL_DELAY_MS,
  FollowUpsView,
  VIEW_TYPE_FOLLOW_UPS,
} from "../../src/obsidian/followUpsView";
import {
  type Harness,
  closeView,
  createPlugin,
  loadPlugin,
  openViews,
  readVaultFolder,
} from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const DAY = 86_400_000;

let intervals: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  intervals = [];
  const real = window.setInterval.bind(window);
  vi.spyOn(window, "setInterval").mockImplementation(((handler: () => void, ms?: number) => {
    intervals.push(handler);
    return real(() => undefined, ms);
  }) as typeof window.setInterval);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function openSidebar(
  files: Record<string, string>,
): Promise<Harness & { view: FollowUpsView }> {
  const harness = createPlugin(files);
  await loadPlugin(harness);
  await harness.plugin.openFollowUps();
  const [view] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
  if (view === undefined) throw new Error("the view did not open");
  return { ...harness, view };
}

/** What the view shows: one "state path action" line per row, in order. */
function rows(view: FollowUpsView): string[] {
  return [...view.contentEl.querySelectorAll<HTMLElement>(".interview-follow-up-item")].map(
    (row) => {
      const state = /interview-follow-up-item-(\w+)/.exec(
        row.className.replace("interview-follow-up-item ", ""),
      )?.[1];
      return `${state ?? "?"} ${row.dataset.path ?? ""} ${row.dataset.action ?? ""}`;
    },
  );
}

const note = (fm: string) => `---\n${fm}\n---\nBody.\n`;

describe("opening the view", () => {
  it("registers the command, the ribbon icon and the view type", async () => {
    const { plugin } = createPlugin();
    await loadPlugin({ plugin, app: plugin.app as never });
    const commands = (plugin as unknown as { commands__: Map<string, { name: string }> })
      .commands__;
    expect(commands.get("open-follow-ups")?.name).toBe("Open follow-ups");
    expect((plugin as unknown as { ribbonActions__: unknown[] }).ribbonActions__).toHaveLength(2);
    expect(
      (plugin as unknown as { views__: Map<string, unknown> }).views__.has(VIEW_TYPE_FOLLOW_UPS),
    ).toBe(true);
  });

  it("opens one view in the right sidebar, titled Follow-ups, and reuses it", async () => {
    const { app, plugin, view } = await openSidebar({});
    expect(view.getDisplayText()).toBe("Follow-ups");
    expect(view.getIcon()).toBe("calendar-clock");
    await plugin.openFollowUps();
    expect(openViews(app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView)).toHaveLength(1);
  });

  it("keeps no reference to the view on the plugin", async () => {
    const { plugin, view } = await openSidebar({});
    expect(Object.values(plugin).includes(view)).toBe(false);
  });
});

describe("on examples/vault", () => {
  it("shows exactly the command line's list within the 7-day horizon", async () => {
    const cli = spawnSync(
      "node",
      ["dist/cli.mjs", "due", "examples/vault", "--now", NOW.toISOString(), "--json"],
      {
        encoding: "utf8",
      },
    );
    const expected = (JSON.parse(cli.stdout) as FollowUps).items
      .filter((i) => i.state !== "upcoming" || Date.parse(i.opens) <= NOW.getTime() + 7 * DAY)
      .map((i) => `${i.state} ${i.path} ${i.action}`);
    const { view } = await openSidebar(readVaultFolder("examples/vault"));
    const shown = rows(view);
    expect([...shown].sort()).toEqual([...expected].sort());
    // Overdue and due keep the command line's order; coming up is ordered by when each opens.
    const notUpcoming = (line: string) => !line.startsWith("upcoming");
    expect(shown.filter(notUpcoming)).toEqual(expected.filter(notUpcoming));
    expect(shown.length).toBeLessThan((JSON.parse(cli.stdout) as FollowUps).items.length);
  });

  it("shows the pipeline and the note it can't read", async () => {
    const { view } = await openSidebar(readVaultFolder("examples/vault"));
    const pipeline = view.contentEl
      .querySelector(".interview-follow-up-pipeline")
      ?.textContent?.replace(/\s+/g, " ");
    expect(pipeline).toContain("1 Scheduled");
    expect(pipeline).toContain("5 Rejected");
    const problems = [...view.contentEl.querySelectorAll(".interview-follow-up-problem")];
    expect(problems).toHaveLength(1);
    expect(problems[0]?.textContent).toContain('"date" is "next tuesday", not a date');
  });

  it("opens the note when a row is clicked", async () => {
    const { app, view } = await openSidebar(readVaultFolder("examples/vault"));
    const row = view.contentEl.querySelector<HTMLElement>(".interview-follow-up-item");
    row?.querySelector<HTMLElement>(".interview-follow-up-item-open")?.click();
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(row?.dataset.path));
  });
});

describe("live updates", () => {
  const acme = "Interviews/acme.md";
  const files = {
    [acme]: note("organization: Acme\ndate: 2026-11-25T10:00Z\nemail: a@acme.example"),
  };

  it("follows a property change", async () => {
    const { app, view } = await openSidebar(files);
    expect(rows(view)).toContain(`due ${acme} thank-you`);
    const file = app.vault.getFileByPath(acme);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await app.vault.modify(
      file,
      note("organization: Acme\ndate: 2026-11-25T10:00Z\nthank_you_sent: 2026-11-25"),
    );
    expect(rows(view)).not.toContain(`due ${acme} thank-you`);
    await app.vault.modify(
      file,
      note("organization: Acme\ndate: 2026-11-25T10:00Z\nstatus: withdrawn"),
    );
    expect(rows(view)).toEqual([]);
    expect(view.contentEl.textContent).toContain("Nothing to follow up in the next 7 days.");
  });

  it("follows a rename and a deletion", async () => {
    const { app, view } = await openSidebar(files);
    const file = app.vault.getFileByPath(acme);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await app.vault.rename(file, "Interviews/acme-renamed.md");
    expect(rows(view).some((r) => r.includes("Interviews/acme-renamed.md"))).toBe(true);
    expect(rows(view).some((r) => r.includes(acme))).toBe(false);
    await app.fileManager.trashFile(file);
    expect(rows(view)).toEqual([]);
  });

  it("drops a note renamed to something that is not a note", async () => {
    const { app, view } = await openSidebar(files);
    const file = app.vault.getFileByPath(acme);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await app.vault.rename(file, "Interviews/acme.txt");
    flushSync();
    expect(rows(view)).toEqual([]);
  });

  it("shows a note whose YAML breaks, with the parser's reason, and drops it when fixed", async () => {
    const { app, view } = await openSidebar(files);
    const file = app.vault.getFileByPath(acme);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await app.vault.modify(file, note("organization: [Acme\ndate: 2026-11-25T10:00Z"));
    await vi.waitFor(() =>
      expect(view.contentEl.querySelector(".interview-follow-up-problem")).not.toBeNull(),
    );
    expect(view.contentEl.querySelector(".interview-follow-up-problem")?.textContent).toContain(
      "Its properties are not valid YAML",
    );
    await app.vault.modify(file, note("organization: Acme\ndate: 2026-11-25T10:00Z"));
    expect(view.contentEl.querySelector(".interview-follow-up-problem")).toBeNull();
  });

  it("moves an item from due to overdue on the minute tick, reading no note", async () => {
    const { app, view } = await openSidebar(files);
    expect(rows(view)).toContain(`due ${acme} thank-you`);
    const getFileCache = vi.spyOn(app.metadataCache, "getFileCache");
    vi.setSystemTime(new Date("2026-11-26T10:00:00Z"));
    expect(rows(view)).toContain(`due ${acme} thank-you`);
    expect(intervals).toHaveLength(1);
    for (const tick of intervals) tick();
    flushSync();
    expect(rows(view)).toContain(`overdue ${acme} thank-you`);
    expect(getFileCache).not.toHaveBeenCalled();
  });

  it("draws the funnel at the top and redraws it when a note hears back", async () => {
    const { app, view } = await openSidebar(files);
    const label = () =>
      view.contentEl.querySelector(".interview-follow-up-funnel svg")?.getAttribute("aria-label");
    expect(label()).toBe("1 interview, 0 heard back (0%), 0 offers (0%); no answers yet");
    const file = app.vault.getFileByPath(acme);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await app.vault.modify(
      file,
      note(
        "organization: Acme\ndate: 2026-11-22T10:00Z\nstatus: offer\nlast_heard: 2026-11-25T10:00Z",
      ),
    );
    flushSync();
    // The rows first; the funnel a moment later, once for the burst of changes.
    expect(label()).toBe("1 interview, 0 heard back (0%), 0 offers (0%); no answers yet");
    await vi.waitFor(() => {
      flushSync();
      expect(label()).toBe(
        "1 interview, 1 heard back (100%), 1 offer (100%); median 3 days to an answer",
      );
    });
    // An interview counts once its time has passed: the minute's tick redraws the funnel.
    await app.vault.create(
      "Interviews/later.md",
      note("organization: Later\ndate: 2026-11-25T13:00Z"),
    );
    // Once the funnel's own timer has run, the interview ahead is still not counted.
    await new Promise((done) => setTimeout(done, 2 * FUNNEL_DELAY_MS));
    flushSync();
    expect(label()).toMatch(/^1 interview,/);
    vi.setSystemTime(new Date("2026-11-25T13:01:00Z"));
    for (const tick of intervals) tick();
    await vi.waitFor(() => {
      flushSync();
      expect(label()).toBe(
        "2 interviews, 1 heard back (50%), 1 offer (50%); median 3 days to an answer",
      );
    });
  });

  it("empties its content when closed", async () => {
    const { view } = await openSidebar(files);
    expect(view.contentEl.childElementCount).toBeGreaterThan(0);
    await closeView(view);
    expect(view.contentEl.childElementCount).toBe(0);
  });
});

describe("notes not yet in the metadata cache", () => {
  it("are not called unreadable before the cache has resolved", async () => {
    const harness = createPlugin({
      "Interviews/late.md": note("organization: Late\ndate: 2026-11-25T10:00Z"),
      "Interviews/broken.md": "---\norganization: [Broken\n---\n",
    });
    const cache = harness.app.metadataCache.cache__;
    const late = cache.get("Interviews/late.md");
    cache.delete("Interviews/late.md");
    cache.delete("Interviews/broken.md");
    await loadPlugin(harness);
    expect(harness.plugin.api.followUps(NOW)).toMatchObject({ items: [], problems: [] });
    if (late !== undefined) cache.set("Interviews/late.md", late);
    harness.app.metadataCache.trigger("resolved");
    await vi.waitFor(() => expect(harness.plugin.api.followUps(NOW).problems).toHaveLength(1));
    const result = harness.plugin.api.followUps(NOW);
    expect(result.problems[0]?.path).toBe("Interviews/broken.md");
    expect(result.items.map((i) => i.path)).toContain("Interviews/late.md");
  });

  it("a note the cache never indexed is read from disk, not taken as refused by it", async () => {
    const harness = createPlugin({
      "Interviews/unindexed.md": note("organization: Unindexed\ndate: 2026-11-25T10:00Z"),
      "Interviews/broken.md": "---\norganization: [Broken\n---\n",
    });
    const cache = harness.app.metadataCache.cache__;
    cache.delete("Interviews/unindexed.md");
    await loadPlugin(harness);
    harness.app.metadataCache.trigger("resolved");
    await vi.waitFor(() => expect(harness.plugin.api.followUps(NOW).ready).toBe(true));
    // Its YAML parses: with no cache entry at all, nothing says Obsidian refused it.
    expect(harness.plugin.api.followUps(NOW).problems.map((p) => p.path)).toEqual([
      "Interviews/broken.md",
    ]);
  });
});
