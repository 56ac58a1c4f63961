// "Export follow-ups to calendar" in the mocks: the sample vault's follow-ups written into the vault
// as the same file the command line prints, read back event for event by ical.js; the file
// rewritten in place, its folders created, a bad path or a folder in the way refused with a
// notice; and the refresh setting: off by default, on it rewrites the file a little after the
// follow-ups change, and not when only the clock has moved.
import { spawnSync } from "node:child_process";
import { TFile, TFolder } from "obsidian-test-mocks/obsidian";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eventCount } from "../../src/domain/calendar";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { CALENDAR_REFRESH_MS } from "../../src/obsidian/calendarExport";
import {
  type Harness,
  captureNotices,
  createPlugin,
  loadPlugin,
  readVaultFolder,
} from "../support/obsidian";
import { compareWithFollowUps, parseEvents } from "../support/ics";

const NOW = new Date("2026-11-25T12:00:00Z");
const PATH = DEFAULT_SETTINGS.calendarPath;

type Commands = { commands__: Map<string, { name: string; callback?: () => unknown }> };

beforeAll(() => {
  // Days are read in this process's zone; the command line below runs in UTC too.
  process.env.TZ = "UTC";
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function command(harness: Harness) {
  const found = (harness.plugin as unknown as Commands).commands__.get(
    "export-follow-ups-to-calendar",
  );
  if (found?.callback === undefined) throw new Error("no export command");
  return found;
}

/** Runs the command and waits for its write to finish. */
async function exportCalendar(harness: Harness): Promise<void> {
  command(harness).callback?.();
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await vi.waitFor(() => expect(harness.app.vault.getAbstractFileByPath(PATH)).not.toBeNull());
}

async function fileText(harness: Harness, path = PATH): Promise<string> {
  const file = harness.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no file at ${path}`);
  return harness.app.vault.read(file);
}

function cliIcs(): string {
  const run = spawnSync(
    "node",
    ["dist/cli.mjs", "due", "examples/vault", "--now", NOW.toISOString(), "--ics"],
    { encoding: "utf8", env: { ...process.env, TZ: "UTC" } },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

async function sampleVault(data: unknown = null): Promise<Harness> {
  const harness = createPlugin(readVaultFolder("examples/vault"), data);
  await loadPlugin(harness);
  return harness;
}

describe("Export follow-ups to calendar", () => {
  it("writes the sample vault's follow-ups, the same file the command line prints", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const notices = captureNotices();
    const harness = await sampleVault();
    expect(command(harness).name).toBe("Export follow-ups to calendar");
    await exportCalendar(harness);
    const text = await fileText(harness);
    expect(text).toBe(cliIcs());
    const events = parseEvents(text);
    expect(compareWithFollowUps(events, harness.plugin.api.followUps(NOW))).toEqual([]);
    expect(events.length).toBeGreaterThan(10);
    await vi.waitFor(() =>
      expect(notices).toContain(`Exported ${eventCount(text)} follow-ups to ${PATH}.`),
    );
  });

  it("rewrites the same file in place, with what changed in the notes", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const harness = await sampleVault();
    await exportCalendar(harness);
    const file = harness.app.vault.getAbstractFileByPath(PATH);
    const before = await fileText(harness);
    const note = harness.app.vault.getFileByPath(
      "Interviews/2026-11-24 Acme Corp - Senior Engineer.md",
    );
    if (note === null) throw new Error("no Acme note");
    const noteText = await harness.app.vault.read(note);
    await harness.app.vault.modify(note, noteText.replace(/Acme Corp/g, "Acme Renamed"));
    const process = vi.spyOn(harness.app.vault, "process");
    const create = vi.spyOn(harness.app.vault, "create");
    command(harness).callback?.();
    await vi.waitFor(() => expect(process).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () => expect(await fileText(harness)).not.toBe(before));
    expect(create).not.toHaveBeenCalled();
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBe(file);
    expect(await fileText(harness)).toContain("Acme Renamed");
  });

  it("creates the folders of its path, and refuses a path that leaves the vault or is a folder", async () => {
    const notices = captureNotices();
    const harness = await sampleVault({ calendarPath: "Calendars/Jobs/interviews.ics" });
    command(harness).callback?.();
    await vi.waitFor(() =>
      expect(
        harness.app.vault.getAbstractFileByPath("Calendars/Jobs/interviews.ics"),
      ).toBeInstanceOf(TFile),
    );
    expect(harness.app.vault.getAbstractFileByPath("Calendars/Jobs")).toBeInstanceOf(TFolder);

    const files = () => harness.app.vault.getFiles().length;
    const count = files();
    harness.plugin.settings = { ...harness.plugin.settings, calendarPath: "../outside.ics" };
    command(harness).callback?.();
    await vi.waitFor(() =>
      expect(notices.at(-1)).toMatch(/^Could not export the calendar: .*"Calendar file".*vault/),
    );
    harness.plugin.settings = { ...harness.plugin.settings, calendarPath: "Interviews/notes.md" };
    command(harness).callback?.();
    await vi.waitFor(() => expect(notices.at(-1)).toContain("ending in .ics"));
    await harness.app.vault.createFolder("Taken.ics");
    harness.plugin.settings = { ...harness.plugin.settings, calendarPath: "Taken.ics" };
    command(harness).callback?.();
    await vi.waitFor(() => expect(notices.at(-1)).toContain('"Taken.ics" is a folder'));
    expect(files()).toBe(count);
  });

  it("says so in a notice, and keeps working, when the follow-ups cannot be worked out", async () => {
    const notices = captureNotices();
    const harness = await sampleVault();
    const index = (harness.plugin as unknown as { index: { followUps(): unknown } }).index;
    const broken = vi.spyOn(index, "followUps").mockImplementationOnce(() => {
      throw new Error("boom");
    });
    command(harness).callback?.();
    await vi.waitFor(() =>
      expect(notices.at(-1)).toBe(
        "Could not export the calendar: the calendar could not be made (boom).",
      ),
    );
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBeNull();
    broken.mockRestore();
    await exportCalendar(harness);
    await vi.waitFor(() => expect(notices.at(-1)).toMatch(/^Exported \d+ follow-ups to /));
  });

  it("loads a bad path from data.json as the default, and shows the setting in the tab", async () => {
    const harness = await sampleVault({ calendarPath: "/etc/cal.ics", calendarAutoRefresh: "yes" });
    expect(harness.plugin.settings.calendarPath).toBe(PATH);
    expect(harness.plugin.settings.calendarAutoRefresh).toBe(false);
  });
});

describe("Keep the calendar file current", () => {
  async function loaded(data: unknown) {
    const harness = createPlugin(readVaultFolder("examples/vault"), data);
    await loadPlugin(harness, { layoutReady: false });
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], now: NOW });
    harness.app.workspace.setLayoutReady__();
    return harness;
  }

  it("is off by default: changes write nothing", async () => {
    const harness = await loaded(null);
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS * 5);
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBeNull();
  });

  it("writes the file once the follow-ups settle, again when they change, not when only time passes", async () => {
    const harness = await loaded({ calendarAutoRefresh: true });
    const process = vi.spyOn(harness.app.vault, "process");
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS - 100);
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBeInstanceOf(TFile);
    const first = await fileText(harness);
    expect(parseEvents(first).length).toBeGreaterThan(10);

    // Minutes pass: the index ticks, the text differs only in DTSTAMP, and nothing is written.
    const index = (harness.plugin as unknown as { index: { tick(): void } }).index;
    for (let minute = 0; minute < 3; minute++) {
      vi.setSystemTime(NOW.getTime() + (minute + 1) * 60_000);
      index.tick();
      await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS * 2);
    }
    expect(process).not.toHaveBeenCalled();
    expect(await fileText(harness)).toBe(first);

    // Two quick changes to a note: one write, after the second.
    const note = harness.app.vault.getFileByPath(
      "Interviews/2026-11-24 Acme Corp - Senior Engineer.md",
    );
    if (note === null) throw new Error("no Acme note");
    const text = await harness.app.vault.read(note);
    await harness.app.vault.modify(note, text.replace(/Acme Corp/g, "Acme One"));
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS / 2);
    await harness.app.vault.modify(note, text.replace(/Acme Corp/g, "Acme Two"));
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS / 2);
    expect(process).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS);
    expect(process).toHaveBeenCalledTimes(1);
    const now = await fileText(harness);
    expect(now).toContain("Acme Two");
    expect(now).not.toContain("Acme One");
  });

  it("writes nothing once the setting is turned off, even while a refresh waits", async () => {
    const harness = await loaded({ calendarAutoRefresh: true });
    // The follow-ups were read a moment ago: a refresh is waiting for them to settle.
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS / 2);
    const plugin = harness.plugin as unknown as {
      changeSetting(key: string, value: unknown): Promise<void>;
    };
    await plugin.changeSetting("calendarAutoRefresh", false);
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS * 3);
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBeNull();
  });

  it("stops with the plugin", async () => {
    const harness = await loaded({ calendarAutoRefresh: true });
    harness.plugin.unload();
    await vi.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS * 3);
    expect(harness.app.vault.getAbstractFileByPath(PATH)).toBeNull();
  });
});
