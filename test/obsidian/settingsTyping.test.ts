// Typing in the classic settings tab: a text field is checked and saved once typing pauses, not
// on every key, because some fields make the index read every note again; leaving the field, or
// picking a suggested path, saves at once.
import { AbstractInputSuggest, TextComponent } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import {
  InterviewFollowUpSettingTab,
  type PathSuggest,
  TYPING_PAUSE_MS,
} from "../../src/obsidian/settingsTab";
import { createPlugin, loadPlugin } from "../support/obsidian";

const note = (fm: string) => `---\n${fm}\n---\nBody.\n`;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * The plugin with its classic tab drawn; each text field is found by its setting key, with the
 * callback Obsidian calls on every key press (the mock's inputs do not fire it themselves).
 */
async function drawn() {
  const fields = new Map<string, { input: HTMLInputElement; type: (value: string) => void }>();
  const suggests: PathSuggest[] = [];
  vi.spyOn(TextComponent.prototype, "onChange").mockImplementation(function (
    this: TextComponent,
    callback: (value: string) => unknown,
  ) {
    const key = this.inputEl.closest<HTMLElement>("[data-key]")?.dataset.key;
    const input = this.inputEl;
    if (key !== undefined) fields.set(key, { input, type: (value) => void callback(value) });
    return this;
  });
  vi.spyOn(AbstractInputSuggest.prototype, "constructor2__").mockImplementation(function (
    this: PathSuggest,
  ) {
    suggests.push(this);
  });
  const harness = createPlugin({
    "Jobs/a.md": note("organization: Acme\ndate: 2026-11-24"),
    "Jobs/b.md": note("organization: Globex\ndate: 2026-11-24"),
  });
  const save = vi.spyOn(harness.plugin, "saveData");
  await loadPlugin(harness);
  // The clock is taken over once the plugin has loaded, so that typing can be paced.
  vi.useFakeTimers({ now: new Date("2026-11-25T12:00:00Z") });
  const index = (harness.plugin as unknown as { index: FollowUpIndex }).index;
  const rebuild = vi.spyOn(index, "rebuild");
  const tab = (harness.plugin as unknown as { settingTabs__: InterviewFollowUpSettingTab[] })
    .settingTabs__[0];
  if (!(tab instanceof InterviewFollowUpSettingTab)) throw new Error("no settings tab");
  (tab as unknown as { display(): void }).display();
  const field = (key: string) => {
    const found = fields.get(key);
    if (found === undefined) throw new Error(`no text field for ${key}`);
    return found;
  };
  return { ...harness, save, rebuild, field, suggests, index };
}

/** Types `text` one character at a time, 100 ms apart, as a person would. */
async function typeSlowly(type: (value: string) => void, text: string): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    type(text.slice(0, i));
    await vi.advanceTimersByTimeAsync(100);
  }
}

describe("typing in a text field", () => {
  it("saves and reads the notes again once, when typing pauses", async () => {
    const h = await drawn();
    await typeSlowly(h.field("interviewFolder").type, "Jobs");
    // 100 ms after the last key: nothing is saved yet, and the index has not been rebuilt.
    expect(h.save).not.toHaveBeenCalled();
    expect(h.rebuild).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 100);
    expect(h.save).toHaveBeenCalledTimes(1);
    expect(h.save).toHaveBeenCalledWith(expect.objectContaining({ interviewFolder: "Jobs" }));
    expect(h.rebuild).toHaveBeenCalledTimes(1);
    expect(h.plugin.settings.interviewFolder).toBe("Jobs");
    expect([...h.index.all()].map((reading) => reading.kind)).toEqual(["interview", "interview"]);
  });

  it("saves at once when the field is left", async () => {
    const h = await drawn();
    const { input, type } = h.field("tag");
    type("appl");
    type("apply");
    expect(h.save).not.toHaveBeenCalled();
    input.dispatchEvent(new FocusEvent("blur"));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.save).toHaveBeenCalledTimes(1);
    expect(h.plugin.settings.tag).toBe("apply");
  });

  it("shows a bad value's message when typing pauses, and saves nothing", async () => {
    const h = await drawn();
    h.field("typeProperty").type("");
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
    expect(h.save).not.toHaveBeenCalled();
    const row = h.field("typeProperty").input.closest("[data-key]");
    expect(row?.querySelector(".interview-follow-up-setting-error")?.textContent).toBe(
      "This must not be empty.",
    );
  });

  it("drops what was half typed when a suggested folder is picked", async () => {
    const h = await drawn();
    const { input, type } = h.field("interviewFolder");
    const suggest = h.suggests.find(
      (each) => (each as unknown as { input: HTMLInputElement }).input === input,
    );
    if (suggest === undefined) throw new Error("no folder suggestions on the field");
    type("Jo");
    suggest.selectSuggestion("Jobs");
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2);
    expect(h.save).toHaveBeenCalledTimes(1);
    expect(h.plugin.settings.interviewFolder).toBe("Jobs");
  });
});
