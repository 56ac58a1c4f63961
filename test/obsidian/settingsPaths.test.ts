// Folder and note settings in the plugin: the settings tab refuses a path that leaves the vault,
// typed or picked, with the check's own message; a data.json holding one loads with the default
// in its place, says so in exactly one notice and is not written; a data.json that is a folder is
// reported and not read.
import fc from "fast-check";
import { TextComponent } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { PATH_SETTINGS, type PathKey } from "../../src/domain/settingRules";
import { checkVaultPath } from "../../src/domain/vaultPath";
import { InterviewFollowUpSettingTab, TYPING_PAUSE_MS } from "../../src/obsidian/settingsTab";
import { captureNotices, createPlugin, loadPlugin, manifest } from "../support/obsidian";

const PATH_KEYS = Object.keys(PATH_SETTINGS) as PathKey[];

/** Values that leave the vault, one of each kind the check refuses. */
const LEAVING = [
  "../Jobs",
  "Jobs/../..",
  "Jobs/ .. /x",
  "..\\Jobs",
  "\\..\\Jobs",
  "/home/me/Jobs",
  "C:",
  "c:\\Users\\Jobs",
  "file:///etc",
  "obsidian://open?vault=x",
  "http://example.com/Jobs",
  "%2e%2e/Jobs",
  "~/Jobs",
];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function tabOf(plugin: unknown): InterviewFollowUpSettingTab {
  const tab = (plugin as { settingTabs__: InterviewFollowUpSettingTab[] }).settingTabs__[0];
  if (!(tab instanceof InterviewFollowUpSettingTab)) throw new Error("no settings tab");
  return tab;
}

/** The classic tab drawn, with a way to type into each text field (mock inputs fire nothing). */
async function drawn() {
  const typers = new Map<string, (value: string) => void>();
  vi.spyOn(TextComponent.prototype, "onChange").mockImplementation(function (
    this: TextComponent,
    callback: (value: string) => unknown,
  ) {
    const key = this.inputEl.closest<HTMLElement>("[data-key]")?.dataset.key;
    if (key !== undefined) typers.set(key, (value) => void callback(value));
    return this;
  });
  const harness = createPlugin({ "Jobs/a.md": "---\norganization: Acme\n---\n" });
  const save = vi.spyOn(harness.plugin, "saveData");
  await loadPlugin(harness);
  vi.useFakeTimers();
  const tab = tabOf(harness.plugin);
  (tab as unknown as { display(): void }).display();
  const type = async (key: string, value: string) => {
    const typer = typers.get(key);
    if (typer === undefined) throw new Error(`no text field for ${key}`);
    typer(value);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
  };
  const shown = (key: string) =>
    tab.containerEl.querySelector(`[data-key="${key}"] .interview-follow-up-setting-error`)
      ?.textContent;
  return { ...harness, save, tab, type, shown };
}

describe("the settings tab", () => {
  it.each(PATH_KEYS)("refuses every kind of path that leaves the vault in %s", async (key) => {
    const h = await drawn();
    const before = structuredClone(h.plugin.settings);
    for (const value of LEAVING) {
      await h.type(key, value);
      const checked = checkVaultPath(value, PATH_SETTINGS[key].example);
      if (checked.ok) throw new Error(`${value} should be refused`);
      expect(h.shown(key)).toBe(`This ${checked.problem}.`);
      expect(h.shown(key)).toContain(`such as "${PATH_SETTINGS[key].example}"`);
    }
    expect(h.save).not.toHaveBeenCalled();
    expect(h.plugin.settings).toEqual(before);
    // A good value clears the message and is saved, tidied.
    await h.type(key, " Jobs/ ");
    expect(h.shown(key)).toBe("");
    expect(h.save).toHaveBeenCalledTimes(1);
    expect(h.plugin.settings[key]).toBe("Jobs");
  });

  it("refuses the same paths through the declarative controls of Obsidian 1.13", async () => {
    const harness = createPlugin();
    const save = vi.spyOn(harness.plugin, "saveData");
    await loadPlugin(harness);
    const tab = tabOf(harness.plugin);
    const controls = (
      tab.getSettingDefinitions() as {
        items: { control: { key: string; validate: (v: unknown) => string | undefined } }[];
      }[]
    ).flatMap((group) => group.items.map((item) => item.control));
    for (const key of PATH_KEYS) {
      const control = controls.find((c) => c.key === key);
      for (const value of LEAVING) {
        expect(control?.validate(value)).toMatch(/^This must .*; write .*\.$/);
        await tab.setControlValue(key, value);
      }
      expect(control?.validate("Jobs")).toBeUndefined();
    }
    expect(save).not.toHaveBeenCalled();
  });

  it("accepts a path exactly when the path check does", async () => {
    const harness = createPlugin();
    await loadPlugin(harness);
    const tab = tabOf(harness.plugin);
    const piece = fc.constantFrom(
      "..",
      ".",
      "Jobs",
      "/",
      "\\",
      "C:",
      "%2e",
      "~",
      " ",
      "\u00a0",
      "é",
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PATH_KEYS),
        fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join("")),
        (key, value) => {
          const checked = checkVaultPath(value, PATH_SETTINGS[key].example);
          expect(tab.problem(key, value)).toBe(checked.ok ? null : `This ${checked.problem}.`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a data.json with a path that leaves the vault", () => {
  it("uses the default instead, says so in one notice naming each setting, and writes nothing", async () => {
    const bad = fc.constantFrom(...LEAVING);
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { interviewFolder: bad, templatesFolder: bad, noteTemplateFile: bad },
          { requiredKeys: [] },
        ),
        fc.integer({ min: 0, max: 365 }),
        async (paths, horizonDays) => {
          const wrong = Object.keys(paths) as PathKey[];
          fc.pre(wrong.length > 0);
          const notices = captureNotices();
          const harness = createPlugin({}, { ...paths, horizonDays });
          const save = vi.spyOn(harness.plugin, "saveData");
          await loadPlugin(harness);
          const { settings } = harness.plugin;
          for (const key of PATH_KEYS) expect(settings[key]).toBe(DEFAULT_SETTINGS[key]);
          // The rest of the file is kept.
          expect(settings.horizonDays).toBe(horizonDays);
          expect(notices).toHaveLength(1);
          for (const key of wrong) {
            expect(notices[0]).toContain(`Setting "${key}" (${PATH_SETTINGS[key].name})`);
            expect(notices[0]).toContain(JSON.stringify(paths[key]));
          }
          expect(save).not.toHaveBeenCalled();
          harness.plugin.unload();
          vi.restoreAllMocks();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a data.json that is not a file", () => {
  const dir = ".obsidian/plugins/interview-follow-up";

  type Adapter = ReturnType<typeof createPlugin>["app"]["vault"]["adapter"];

  async function withSettingsEntry(make: (adapter: Adapter) => Promise<void>) {
    const notices = captureNotices();
    const harness = createPlugin({}, { interviewFolder: "Jobs" });
    harness.plugin.manifest = { ...manifest, dir };
    await make(harness.app.vault.adapter);
    const load = vi.spyOn(harness.plugin, "loadData");
    const save = vi.spyOn(harness.plugin, "saveData");
    await loadPlugin(harness);
    return { ...harness, notices, load, save };
  }

  it("is reported once and not read when it is a folder; the defaults are used", async () => {
    const h = await withSettingsEntry((adapter) => adapter.mkdir(`${dir}/data.json`));
    expect(h.load).not.toHaveBeenCalled();
    expect(h.notices).toEqual([
      `Interview follow-up: The settings file "${dir}/data.json" is a folder, not a file; the defaults are used. Move it away so that the settings can be saved.`,
    ]);
    expect(h.plugin.settings.interviewFolder).toBe(DEFAULT_SETTINGS.interviewFolder);
    expect(h.save).not.toHaveBeenCalled();
  });

  it("is read as usual when it is a file", async () => {
    const h = await withSettingsEntry((adapter) => adapter.write(`${dir}/data.json`, "{}"));
    expect(h.load).toHaveBeenCalledTimes(1);
    expect(h.notices).toEqual([]);
    expect(h.plugin.settings.interviewFolder).toBe("Jobs");
  });
});
