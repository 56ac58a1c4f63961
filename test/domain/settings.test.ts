import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  defaultSettings,
  checkChange,
  settingValue,
  validateSettings,
  withSetting,
} from "../../src/domain/settings";
import { loadSettings, migrateSettings, parseSettingsJson } from "../../src/domain/settingsLoad";

describe("defaults", () => {
  it("match the spec", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      interviewFolder: "Interviews",
      templatesFolder: "Interviews/Templates",
      typeProperty: "type",
      typeValue: "interview",
      tag: "interview",
      thankYouHours: 24,
      researchOpensDays: 1,
      researchDueDays: 14,
      followUpAfterDays: 14,
      followUpWindowDays: 7,
      rejectionReplyHours: 48,
      horizonDays: 7,
      laterNudge: false,
      fileNamePattern: "{{date:YYYY-MM-DD}} {{organization}} - {{position}}",
    });
    expect(DEFAULT_SETTINGS.properties).toMatchObject({
      date: "date",
      lastHeard: "last_heard",
      thankYouSent: "thank_you_sent",
      snoozedUntil: "snoozed_until",
      previousRound: "previous_round",
    });
  });

  it("are valid and cannot be changed through a copy", () => {
    expect(validateSettings(defaultSettings())).toEqual([]);
    const copy = defaultSettings();
    copy.properties.date = "when";
    expect(DEFAULT_SETTINGS.properties.date).toBe("date");
  });
});

describe("loading", () => {
  it("uses the defaults when there is no file", () => {
    expect(loadSettings(null)).toEqual({
      settings: defaultSettings(),
      notes: [],
      migratedFrom: null,
    });
    expect(loadSettings(undefined).notes).toEqual([]);
  });

  it("merges a partial object key by key, property names included", () => {
    const { settings, notes } = loadSettings({
      version: 1,
      horizonDays: 3,
      properties: { date: "interview_date" },
    });
    expect(notes).toEqual([]);
    expect(settings.horizonDays).toBe(3);
    expect(settings.thankYouHours).toBe(24);
    expect(settings.properties.date).toBe("interview_date");
    expect(settings.properties.status).toBe("status");
  });

  it("replaces each invalid value by its default and says so", () => {
    const { settings, notes } = loadSettings({
      version: 1,
      horizonDays: -3,
      thankYouHours: "24",
      laterNudge: "yes",
      properties: { status: "" },
      myName: "Sam",
    });
    expect(settings).toMatchObject({
      horizonDays: 7,
      thankYouHours: 24,
      laterNudge: false,
      myName: "Sam",
    });
    expect(settings.properties.status).toBe("status");
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe(
      'Setting "thankYouHours" must be a whole number from 1 to 720; the default is used.',
    );
  });

  it("tidies folder paths and tags as people type them", () => {
    const { settings } = loadSettings({
      interviewFolder: "/Jobs/Interviews/ ",
      tag: "#job",
      typeValue: " Interview ",
    });
    expect(settings).toMatchObject({
      interviewFolder: "Jobs/Interviews",
      tag: "job",
      typeValue: "Interview",
    });
  });

  it("rejects two roles sharing one property name", () => {
    const { settings, notes } = loadSettings({ properties: { date: "when", lastHeard: "When" } });
    expect(settings.properties).toEqual(DEFAULT_SETTINGS.properties);
    expect(notes[0]).toContain('"When" is already used for date');
  });

  it("rejects a research deadline not after its opening", () => {
    const { settings, notes } = loadSettings({ researchOpensDays: 5, researchDueDays: 5 });
    expect(settings).toMatchObject({ researchOpensDays: 1, researchDueDays: 14 });
    expect(notes).toHaveLength(1);
  });

  it("reports a file that is not a settings object", () => {
    for (const stored of [[1, 2], "text", 42, true]) {
      const { settings, notes } = loadSettings(stored);
      expect(settings).toEqual(defaultSettings());
      expect(notes).toEqual(["The settings file is not a settings object; the defaults are used."]);
    }
  });

  it("reports corrupt JSON once, with the defaults", () => {
    const { settings, notes } = parseSettingsJson('{"horizonDays": 3,');
    expect(settings).toEqual(defaultSettings());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^The settings file is not valid JSON \(.+\); the defaults are used\.$/,
    );
  });

  it("reads JSON with a byte-order mark", () => {
    expect(parseSettingsJson('\uFEFF{"horizonDays": 2}').settings.horizonDays).toBe(2);
  });

  it("ignores inherited keys such as __proto__", () => {
    const { settings } = parseSettingsJson('{"__proto__": {"horizonDays": 99}}');
    expect(settings.horizonDays).toBe(7);
    expect(({} as Record<string, unknown>).horizonDays).toBeUndefined();
  });
});

describe("migration", () => {
  it("brings a file without a version to the current one", () => {
    const { raw, from } = migrateSettings({ horizonDays: 4 });
    expect(from).toBe(0);
    expect(raw).toEqual({ horizonDays: 4, version: SETTINGS_VERSION });
    const loaded = loadSettings({ horizonDays: 4 });
    expect(loaded.migratedFrom).toBe(0);
    expect(loaded.settings.version).toBe(SETTINGS_VERSION);
    expect(loaded.settings.horizonDays).toBe(4);
  });

  it("leaves a current file alone", () => {
    expect(migrateSettings({ version: SETTINGS_VERSION, horizonDays: 4 }).from).toBe(
      SETTINGS_VERSION,
    );
    expect(loadSettings({ version: SETTINGS_VERSION }).migratedFrom).toBeNull();
  });

  it("reads what it knows of a newer file and says so", () => {
    const { settings, notes } = loadSettings({
      version: SETTINGS_VERSION + 1,
      horizonDays: 4,
      futureKey: 1,
    });
    expect(settings.horizonDays).toBe(4);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(notes[0]).toContain("newer version of the plugin");
  });
});

describe("checking one setting", () => {
  it.each([
    ["horizonDays", 0, null],
    ["horizonDays", 3.5, "must be a whole number from 0 to 365"],
    ["thankYouHours", 0, "must be a whole number from 1 to 720"],
    ["laterNudgeDays", 400, "must be a whole number from 1 to 365"],
    ["typeProperty", "", "must not be empty"],
    ["typeProperty", "a: b", "must be a property name (no colon, no leading # or -)"],
    ["interviewFolder", "../outside", "must be a folder inside the vault"],
    ["interviewFolder", "", null],
    ["myName", "Sam\nSmith", "must be on one line"],
    ["dateFormat", "Week", "must contain a date token such as YYYY or D"],
    ["dateFormat", "D MMMM YYYY", null],
    [
      "fileNamePattern",
      "interview",
      "must contain a placeholder such as {{organization}}, or every note gets the same name",
    ],
    ["openInNewTab", "yes", "must be true or false"],
  ] as const)("%s = %j → %j", (key, value, expected) => {
    expect(checkChange(defaultSettings(), key, value)).toBe(expected);
  });
});

describe("checking one change against the others", () => {
  const settings = defaultSettings();

  it.each([
    ["horizonDays", 3, null],
    ["horizonDays", -3, "must be a whole number from 0 to 365"],
    ["researchOpensDays", 14, "must be earlier than the research deadline"],
    ["researchDueDays", 1, "must be later than the day research opens"],
    ["researchDueDays", 2, null],
    ["properties.date", "when", null],
    ["properties.date", "Last_Heard", "is already the name of the lastHeard property"],
    ["properties.date", "a: b", "must be a property name (no colon, no leading # or -)"],
    ["interviewFolder", "/Jobs/", null],
  ] as const)("%s = %j → %j", (key, value, expected) => {
    expect(checkChange(settings, key, value)).toBe(expected);
  });

  it("tidies a changed value as loading does", () => {
    expect(withSetting(settings, "interviewFolder", "/Jobs/ ").interviewFolder).toBe("Jobs");
    expect(withSetting(settings, "properties.date", " when ").properties.date).toBe("when");
    expect(settingValue(withSetting(settings, "tag", "#job"), "tag")).toBe("job");
    expect(settings.interviewFolder).toBe("Interviews");
  });
});
