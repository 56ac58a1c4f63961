// The status bar count, and the old start-up count notice gone, in obsidian-test-mocks.
import { TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import { captureNotices, createPlugin, loadPlugin, openViews } from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const note = (fm: string) => `---\n${fm}\n---\n`;
const due = (name: string) =>
  note(`organization: ${name}\ndate: 2026-11-25T10:00Z\nemail: a@x.example`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function statusItems(plugin: object): HTMLElement[] {
  return (plugin as { statusBarItems__: HTMLElement[] }).statusBarItems__;
}

const hidden = (el: HTMLElement | undefined) => el?.hasClass("interview-follow-up-is-hidden");

describe("the status bar", () => {
  it("counts due and overdue follow-ups, says one or many, and hides at zero", async () => {
    const harness = createPlugin({ "Interviews/a.md": due("A") });
    await loadPlugin(harness);
    const [item] = statusItems(harness.plugin);
    expect(item?.textContent).toBe("1 follow-up due");
    expect(hidden(item)).toBe(false);
    await harness.app.vault.create("Interviews/b.md", due("B"));
    expect(item?.textContent).toBe("2 follow-ups due");
    for (const path of ["Interviews/a.md", "Interviews/b.md"]) {
      const file = harness.app.vault.getFileByPath(path);
      if (!(file instanceof TFile)) throw new Error("missing");
      await harness.app.vault.modify(
        file,
        note("organization: X\ndate: 2026-11-25T10:00Z\nstatus: withdrawn"),
      );
    }
    expect(hidden(item)).toBe(true);
  });

  it("does not count what is only coming up", async () => {
    const harness = createPlugin({
      "Interviews/a.md": note("organization: A\ndate: 2026-11-26T10:00Z"),
    });
    await loadPlugin(harness);
    expect(hidden(statusItems(harness.plugin)[0])).toBe(true);
  });

  it("opens the sidebar when clicked", async () => {
    const harness = createPlugin({ "Interviews/a.md": due("A") });
    await loadPlugin(harness);
    statusItems(harness.plugin)[0]?.click();
    await vi.waitFor(() =>
      expect(openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView)).toHaveLength(1),
    );
  });

  it("stays hidden when turned off in settings", async () => {
    const harness = createPlugin({ "Interviews/a.md": due("A") }, { showStatusBar: false });
    await loadPlugin(harness);
    expect(hidden(statusItems(harness.plugin)[0])).toBe(true);
  });
});

describe("the old start-up count notice", () => {
  const files = {
    "Interviews/a.md": due("A"),
    "Interviews/b.md": due("B"),
    "Interviews/c.md": due("C"),
  };

  // Replaced by "since you were away" (awayNotice.test.ts): one notice after an absence only.
  it.each([[null], [{ version: 2, startupNotice: true }], [{ startupNotice: true }]])(
    "is gone: with %j and no absence on record, start-up is quiet",
    async (data) => {
      const notices = captureNotices();
      await loadPlugin(createPlugin(files, data));
      expect(notices).toEqual([]);
    },
  );
});
