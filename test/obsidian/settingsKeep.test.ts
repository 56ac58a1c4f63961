// Saving one setting keeps what data.json holds beyond this version's settings: the keys of a
// newer version (synced from another device), of a property name it added, or written by hand.
// Loading says "settings it does not know are ignored"; ignored, not deleted on the next change.
import fc from "fast-check";
import type { Plugin } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SETTINGS_VERSION, type Settings, defaultSettings } from "../../src/domain/settings";
import { loadSettings } from "../../src/domain/settingsLoad";
import { isRecord } from "../../src/domain/values";
import { saveSetting } from "../../src/obsidian/settingsFile";
import { InterviewFollowUpSettingTab } from "../../src/obsidian/settingsTab";
import { createPlugin, loadPlugin } from "../support/obsidian";
import { storedSettingsArb } from "../support/settingsArbitraries";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Saves one change over a data.json that holds `stored`; gives what is written. */
async function saveOver(stored: unknown, settings: Settings): Promise<Record<string, unknown>> {
  let written: unknown;
  const plugin = {
    loadData: () =>
      stored instanceof Error ? Promise.reject(stored) : Promise.resolve(structuredClone(stored)),
    saveData: (data: unknown) => {
      written = JSON.parse(JSON.stringify(data));
      return Promise.resolve();
    },
  } as unknown as Plugin;
  await saveSetting(plugin, settings, "horizonDays", 9);
  if (!isRecord(written)) throw new Error("nothing written");
  return written;
}

describe("saving a setting", () => {
  it("keeps a newer version's settings and property names in data.json", async () => {
    const stored = {
      version: SETTINGS_VERSION + 1,
      horizonDays: 4,
      quietHours: { from: 22, to: 7 },
      properties: { date: "when", offerReceived: "offer_on" },
    };
    const harness = createPlugin({}, stored);
    const { plugin } = harness;
    const save = vi.spyOn(plugin, "saveData");
    await loadPlugin(harness);
    const tab = (plugin as unknown as { settingTabs__: InterviewFollowUpSettingTab[] })
      .settingTabs__[0];
    expect(await tab?.change("awaySummary", false)).toBeNull();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        horizonDays: 4,
        awaySummary: false,
        quietHours: { from: 22, to: 7 },
        properties: expect.objectContaining({ date: "when", offerReceived: "offer_on" }) as object,
      }),
    );
  });

  it("writes exactly the settings over a file that is no settings object", async () => {
    const settings = defaultSettings();
    const expected = JSON.parse(JSON.stringify({ ...settings, horizonDays: 9 })) as object;
    for (const stored of [null, "text", [1, 2], 7, new SyntaxError("Unexpected end of JSON")])
      expect(await saveOver(stored, settings)).toEqual(expected);
  });

  it("keeps every key it does not know, and writes its own values for those it knows", async () => {
    await fc.assert(
      fc.asyncProperty(storedSettingsArb, async (stored) => {
        const settings = loadSettings(stored).settings;
        const written = await saveOver(stored, settings);
        const own = JSON.parse(JSON.stringify({ ...settings, horizonDays: 9 })) as Settings;
        const { properties: ownNames, ...ownScalars } = own;
        expect(written).toMatchObject(ownScalars);
        expect(written.properties).toMatchObject(ownNames);
        if (!isRecord(stored)) return;
        const clean = JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
        for (const [key, value] of Object.entries(clean))
          if (!(key in own)) expect(written[key]).toEqual(value);
        if (isRecord(clean.properties))
          for (const [key, value] of Object.entries(clean.properties))
            if (!(key in ownNames)) expect((written.properties as never)[key]).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
