import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../../src/domain/settings";
import { captureNotices, createPlugin } from "../support/obsidian";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("loading settings", () => {
  it("uses the defaults without a data.json, and says nothing", async () => {
    const notices = captureNotices();
    const { plugin } = createPlugin();
    await plugin.onload();
    expect(plugin.settings).toEqual(defaultSettings());
    expect(notices).toEqual([]);
  });

  it("merges a partial data.json over the defaults", async () => {
    const { plugin } = createPlugin({}, { horizonDays: 3, properties: { date: "when" } });
    await plugin.onload();
    expect(plugin.settings.horizonDays).toBe(3);
    expect(plugin.settings.properties.date).toBe("when");
    expect(plugin.settings.thankYouHours).toBe(24);
  });

  it("gives one notice for a corrupt data.json and uses the defaults, writing nothing", async () => {
    const notices = captureNotices();
    const { plugin } = createPlugin({}, new SyntaxError("Unexpected end of JSON input"));
    const save = vi.spyOn(plugin, "saveData");
    await plugin.onload();
    expect(plugin.settings).toEqual(defaultSettings());
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("Unexpected end of JSON input");
    expect(save).not.toHaveBeenCalled();
  });

  it("gives one notice listing every value replaced by a default", async () => {
    const notices = captureNotices();
    const { plugin } = createPlugin({}, { horizonDays: -1, thankYouHours: "x" });
    await plugin.onload();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('"horizonDays"');
    expect(notices[0]).toContain('"thankYouHours"');
  });
});
