// A write with nothing left to do, because the note already says it (a follow-up marked done
// with a date the user wrote, dismissed already, a snooze already over): the note is not even
// rewritten, so its formatting and comments stay as they were, and a notice says why nothing
// changed instead of the action silently doing nothing.
import { TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SidebarItem } from "../../src/domain/sidebar";
import { captureNotices, createPlugin, loadPlugin, pluginWriters } from "../support/obsidian";

const PATH = "Interviews/acme.md";
// A comment and a flow list: what a rewrite of the properties would not keep as written.
const TEXT = [
  "---",
  "type: interview  # mine",
  "organization: Acme",
  "date: 2026-11-24T09:00",
  "status: interviewed",
  "thank_you_sent: 2026-11-24",
  "dismissed: [research]",
  "---",
  "Body",
  "",
].join("\n");

let notices: string[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-25T12:00:00Z") });
  notices = captureNotices();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("a write the note already holds", () => {
  it.each([
    ["mark as done, with the date the user wrote", "thank-you"],
    ["dismiss, when dismissed already", "research"],
  ])("%s: the note stays byte for byte, and a notice says so", async (_what, action) => {
    const harness = createPlugin({ [PATH]: TEXT }, null);
    await loadPlugin(harness);
    const { notes } = pluginWriters(harness);
    const item = { path: PATH, action, label: "It" } as SidebarItem;
    if (action === "thank-you") await notes.markDone(item);
    else await notes.dismiss(item);
    const file = harness.app.vault.getFileByPath(PATH);
    if (!(file instanceof TFile)) throw new Error("missing note");
    expect(await harness.app.vault.read(file)).toBe(TEXT);
    expect(notices).toContain(`"${PATH}" already says so: nothing was changed.`);
  });
});
