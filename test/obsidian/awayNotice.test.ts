// "Since you were away" in obsidian-test-mocks: one notice after an absence, its button, the
// rows marked new until the sidebar has been seen, and the last-seen time kept on this device.
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LAST_SEEN_KEY } from "../../src/domain/awayDigest";
import { SEEN_MS } from "../../src/obsidian/awayNotice";
import type { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  type Harness,
  captureNoticeElements,
  closeView,
  createPlugin,
  loadPlugin,
  openViews,
  showView,
} from "../support/obsidian";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const HOUR = 3_600_000;
const note = (fm: string) => `---\n${fm}\n---\n`;
// Interviews yesterday evening: their thank-yous opened overnight, due until tonight.
const FILES = {
  "Interviews/a.md": note("organization: Acme\ndate: 2026-11-24T18:00Z\nemail: a@x.example"),
  "Interviews/b.md": note("organization: Bolt\ndate: 2026-11-24T19:00Z\nemail: b@x.example"),
  // A follow-up due for days, unchanged overnight.
  "Interviews/c.md": note("organization: Cask\ndate: 2026-11-05T10:00Z\nemail: c@x.example"),
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A plugin whose device last saw the follow-ups at `lastSeen` (or never, or garbage). */
async function start(
  lastSeen: unknown,
  data: unknown = null,
  files: Record<string, string> = FILES,
): Promise<Harness & { notices: HTMLElement[] }> {
  const notices = captureNoticeElements();
  const harness = createPlugin(files, data);
  if (lastSeen !== undefined) harness.app.saveLocalStorage(LAST_SEEN_KEY, lastSeen);
  await loadPlugin(harness);
  return { ...harness, notices };
}

function view(harness: Harness): FollowUpsView {
  const [found] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
  if (found === undefined) throw new Error("the view did not open");
  return found;
}

/** The rows marked new, as "path action", and what a screen reader hears of them. */
function marked(harness: Harness): { rows: string[]; spoken: string[] } {
  flushSync();
  const rows = [
    ...view(harness).contentEl.querySelectorAll<HTMLElement>(".interview-follow-up-item"),
  ].filter((row) => row.querySelector(".interview-follow-up-item-new") !== null);
  return {
    rows: rows.map((row) => `${row.dataset.path ?? ""} ${row.dataset.action ?? ""}`),
    spoken: rows.map(
      (row) => row.querySelector("[data-primary]")?.getAttribute("aria-label") ?? "",
    ),
  };
}

function tick(harness: Harness): void {
  (harness.plugin as unknown as { index: FollowUpIndex }).index.tick();
}

const lastSeen = (harness: Harness): unknown => harness.app.loadLocalStorage(LAST_SEEN_KEY);

describe("after an absence", () => {
  it("shows exactly one notice, which opens the sidebar", async () => {
    const harness = await start(NOW - 20 * HOUR);
    expect(harness.notices.map((el) => el.textContent)).toEqual([
      "While you were away: 2 follow-ups became dueOpen follow-ups",
    ]);
    tick(harness);
    harness.app.workspace.trigger("layout-change");
    expect(harness.notices).toHaveLength(1);
    expect(openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView)).toHaveLength(0);
    harness.notices[0]?.querySelector("button")?.click();
    await vi.waitFor(() =>
      expect(openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView)).toHaveLength(1),
    );
  });

  it("marks the rows that changed, for the eye and for screen readers, until seen", async () => {
    const harness = await start(NOW - 20 * HOUR);
    await harness.plugin.openFollowUps();
    const v = view(harness);
    // Opened behind another tab: not seen yet, so the marks stay.
    showView(harness.app, v, false);
    vi.setSystemTime(NOW + 5 * 60_000);
    tick(harness);
    expect(marked(harness).rows).toEqual([
      "Interviews/a.md thank-you",
      "Interviews/b.md thank-you",
    ]);
    expect(marked(harness).spoken.every((label) => label.startsWith("New: "))).toBe(true);
    const unmarked = v.contentEl.querySelector<HTMLElement>(
      '[data-path="Interviews/c.md"] [data-primary]',
    );
    expect(unmarked?.getAttribute("aria-label")).not.toMatch(/^New/);

    // In view: still marked while the user reads, and the time of this look is kept.
    showView(harness.app, v, true);
    expect(marked(harness).rows).toHaveLength(2);
    expect(lastSeen(harness)).toBe(NOW + 5 * 60_000);
    vi.setSystemTime(NOW + 5 * 60_000 + SEEN_MS);
    tick(harness);
    expect(marked(harness).rows).toEqual([]);
  });

  it("clears the marks when the sidebar leaves the view after being seen", async () => {
    const harness = await start(NOW - 20 * HOUR);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), true);
    expect(marked(harness).rows).toHaveLength(2);
    showView(harness.app, view(harness), false);
    expect(marked(harness).rows).toEqual([]);
    showView(harness.app, view(harness), true);
    expect(marked(harness).rows).toEqual([]);
  });

  it("clears the marks at once when the setting is turned off while they are shown", async () => {
    const harness = await start(NOW - 20 * HOUR);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), false);
    expect(marked(harness).rows).toHaveLength(2);
    await harness.plugin.changeSetting("awaySummary", false);
    expect(marked(harness).rows).toEqual([]);
    // Turned on again, nothing comes back: the marks were of that start-up.
    await harness.plugin.changeSetting("awaySummary", true);
    expect(marked(harness).rows).toEqual([]);
  });

  it("marks each of a panel's thank-yous apart, by the person it is for", async () => {
    const harness = await start(NOW - 20 * HOUR, null, {
      "Interviews/p.md": note(
        "organization: Panel\ndate: 2026-11-24T18:00Z\ncontact:\n  - Ann <ann@x.example>\n  - Bob <bob@x.example>",
      ),
      "Interviews/c.md": FILES["Interviews/c.md"],
    });
    expect(harness.notices.map((el) => el.textContent)).toEqual([
      "While you were away: 2 follow-ups became dueOpen follow-ups",
    ]);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), false);
    expect(marked(harness).rows).toEqual([
      "Interviews/p.md thank-you",
      "Interviews/p.md thank-you",
    ]);
    expect(marked(harness).spoken.map((s) => /Ann|Bob/.exec(s)?.[0])).toEqual(["Ann", "Bob"]);
  });

  it("still clears the marks and keeps the time when the clock is set back while in view", async () => {
    const harness = await start(NOW - 20 * HOUR);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), true);
    expect(marked(harness).rows).toHaveLength(2);
    const back = NOW - 3 * HOUR;
    vi.setSystemTime(back);
    tick(harness);
    vi.setSystemTime(back + SEEN_MS);
    tick(harness);
    expect(marked(harness).rows).toEqual([]);
    vi.setSystemTime(back + 2 * 60_000);
    tick(harness);
    expect(lastSeen(harness)).toBe(back + 2 * 60_000);
  });

  it("keeps the time the sidebar was last in view, and at unload with it in view", async () => {
    const harness = await start(NOW - 20 * HOUR);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), true);
    vi.setSystemTime(NOW + 10 * 60_000);
    tick(harness);
    expect(lastSeen(harness)).toBe(NOW + 10 * 60_000);
    vi.setSystemTime(NOW + 10 * 60_000 + 5_000);
    harness.plugin.unload();
    expect(lastSeen(harness)).toBe(NOW + 10 * 60_000 + 5_000);
  });

  it("does not count a closed sidebar as in view", async () => {
    const harness = await start(NOW - 20 * HOUR);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), true);
    await closeView(view(harness));
    vi.setSystemTime(NOW + 3 * HOUR);
    harness.plugin.unload();
    expect(lastSeen(harness)).toBe(NOW);
  });
});

describe("no notice", () => {
  it.each([
    ["the absence is short", NOW - 2 * HOUR, null],
    ["it is turned off", NOW - 20 * HOUR, { awaySummary: false }],
    ["the absence is shorter than the hours set", NOW - 20 * HOUR, { awaySummaryHours: 24 }],
  ])("when %s", async (_why, seen, data) => {
    const harness = await start(seen, data);
    expect(harness.notices).toEqual([]);
  });

  it("when nothing changed", async () => {
    const harness = await start(NOW - 20 * HOUR, null, {
      "Interviews/c.md": FILES["Interviews/c.md"],
    });
    expect(harness.notices).toEqual([]);
  });

  it("and no marks when it is turned off", async () => {
    const harness = await start(NOW - 20 * HOUR, { awaySummary: false });
    await harness.plugin.openFollowUps();
    expect(marked(harness).rows).toEqual([]);
  });

  it("on the first run, which keeps its time as the starting point", async () => {
    const harness = await start(undefined);
    expect(harness.notices).toEqual([]);
    expect(lastSeen(harness)).toBe(NOW);
  });

  it.each([["yesterday"], [-5], [1.5], [{ at: NOW - 20 * HOUR }], [[NOW]], [Number.NaN]])(
    "for a stored time it cannot read (%j), which it replaces without a throw",
    async (stored) => {
      const harness = await start(stored);
      expect(harness.notices).toEqual([]);
      expect(lastSeen(harness)).toBe(NOW);
    },
  );

  it("when the stored time is in the future (a clock set back)", async () => {
    const harness = await start(NOW + 48 * HOUR);
    expect(harness.notices).toEqual([]);
  });

  it("when local storage throws, and the plugin still loads", async () => {
    const notices = captureNoticeElements();
    const harness = createPlugin(FILES);
    vi.spyOn(harness.app, "loadLocalStorage").mockImplementation(() => {
      throw new Error("storage is off");
    });
    vi.spyOn(harness.app, "saveLocalStorage").mockImplementation(() => {
      throw new Error("storage is full");
    });
    await loadPlugin(harness);
    await harness.plugin.openFollowUps();
    showView(harness.app, view(harness), true);
    expect(notices).toEqual([]);
    const row = '[data-path="Interviews/a.md"][data-action="thank-you"]';
    expect(view(harness).contentEl.querySelector(row)).not.toBeNull();
    expect(marked(harness).rows).toEqual([]);
  });
});

describe("the notice waits for the index", () => {
  it("and shows once the layout is ready, not before", async () => {
    const notices = captureNoticeElements();
    const harness = createPlugin(FILES);
    harness.app.saveLocalStorage(LAST_SEEN_KEY, NOW - 20 * HOUR);
    await loadPlugin(harness, { layoutReady: false });
    expect(notices).toEqual([]);
    harness.app.workspace.setLayoutReady__();
    expect(notices).toHaveLength(1);
  });
});
