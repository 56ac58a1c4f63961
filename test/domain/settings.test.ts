import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  type Settings,
  defaultSettings,
} from "../../src/domain/settings";
import {
  checkChange,
  settingValue,
  validateSettings,
  withSetting,
} from "../../src/domain/settingRules";
import { loadSettings, migrateSettings, parseSettingsJson } from "../../src/domain/settingsLoad";

const DOTS = `must stay inside the vault: ".." and other names made only of dots leave it; write the path from the vault's top folder, such as `;

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
      maxNudges: 2,
      nudgeGapDays: 7,
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

  it("are the README's, every one of them", () => {
    const { properties, ...scalars } = DEFAULT_SETTINGS;
    expect(scalars).toEqual({
      version: SETTINGS_VERSION,
      typeProperty: "type",
      typeValue: "interview",
      tag: "interview",
      interviewFolder: "Interviews",
      templatesFolder: "Interviews/Templates",
      noteTemplateFile: "",
      thankYouHours: 24,
      researchOpensDays: 1,
      researchDueDays: 14,
      followUpAfterDays: 14,
      followUpWindowDays: 7,
      decisionGraceDays: 1,
      weekendDays: [0, 6],
      maxNudges: 2,
      nudgeGapDays: 7,
      ghostAfterDays: 14,
      rejectionReplyHours: 48,
      reconnectAfterDays: 90,
      horizonDays: 7,
      myName: "",
      dateFormat: "dddd D MMMM YYYY",
      fileNamePattern: "{{date:YYYY-MM-DD}} {{organization}} - {{position}}",
      openInNewTab: true,
      showStatusBar: true,
      calendarPath: "Interviews/follow-ups.ics",
      calendarAutoRefresh: false,
      awaySummary: true,
      awaySummaryHours: 12,
    });
    expect(properties).toEqual({
      organization: "organization",
      position: "position",
      date: "date",
      contact: "contact",
      email: "email",
      status: "status",
      interested: "interested",
      lastHeard: "last_heard",
      thankYouSent: "thank_you_sent",
      researchDone: "research_done",
      followedUp: "followed_up",
      rejectionReplied: "rejection_replied",
      reconnected: "reconnected",
      rejectedOn: "rejected_on",
      offerDeadline: "offer_deadline",
      offerHeadsUp: "offer_heads_up",
      snoozedUntil: "snoozed_until",
      dismissed: "dismissed",
      previousRound: "previous_round",
      decisionBy: "decision_by",
      thanked: "thanked",
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
      version: 2,
      horizonDays: -3,
      thankYouHours: "24",
      maxNudges: "yes",
      properties: { status: "" },
      myName: "Sam",
    });
    expect(settings).toMatchObject({
      horizonDays: 7,
      thankYouHours: 24,
      maxNudges: 2,
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
      interviewFolder: " Jobs//Interviews/ ",
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

  it("reads JSON with a byte-order mark, and keeps one inside a value", () => {
    expect(parseSettingsJson('\uFEFF{"horizonDays": 2}').settings.horizonDays).toBe(2);
    expect(parseSettingsJson('{"myName": "\uFEFFSam"}').settings.myName).toBe("\uFEFFSam");
  });

  it("reports properties that are not a map of names, and keeps the default names", () => {
    for (const properties of [null, "date", [1], 3]) {
      const { settings, notes } = loadSettings({ properties });
      expect(settings.properties).toEqual(DEFAULT_SETTINGS.properties);
      expect(notes).toEqual([
        'Setting "properties" must be a map of property names; the defaults are used.',
      ]);
    }
  });

  it("trims property names, and names the one it could not use", () => {
    const { settings, notes } = loadSettings({ properties: { date: " when ", status: "#stage" } });
    expect(settings.properties.date).toBe("when");
    expect(settings.properties.status).toBe("status");
    expect(notes).toEqual([
      'Property name "status" must be a property name (no colon, no leading # or -); the default is used.',
    ]);
  });

  it("says which research timing it replaced", () => {
    expect(loadSettings({ researchOpensDays: 5, researchDueDays: 5 }).notes).toEqual([
      'Setting "researchDueDays" must be later than the day research opens; the default timings are used.',
    ]);
  });

  it("reports text settings that are not text", () => {
    const { settings, notes } = loadSettings({ myName: 5, dateFormat: ["D"], fileNamePattern: 7 });
    expect(settings).toMatchObject({
      myName: "",
      dateFormat: DEFAULT_SETTINGS.dateFormat,
      fileNamePattern: DEFAULT_SETTINGS.fileNamePattern,
    });
    expect(notes).toEqual([
      'Setting "myName" must be text; the default is used.',
      'Setting "dateFormat" must be text; the default is used.',
      'Setting "fileNamePattern" must be text; the default is used.',
    ]);
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

  it.each([["1"], ["2"], [1.5], [-1], [null], [true]])(
    "reads the version %j, which is not a format number, as a file without one",
    (version) => {
      const loaded = loadSettings({ version, horizonDays: 4 });
      expect(migrateSettings({ version }).from).toBe(0);
      expect(loaded.migratedFrom).toBe(0);
      expect(loaded.notes).toEqual([]);
      expect(loaded.settings.horizonDays).toBe(4);
    },
  );

  it("reads a data.json written by version 1: the later nudge becomes a number of nudges", () => {
    const text = readFileSync(join(__dirname, "../fixtures/data-v1.json"), "utf8");
    const stored = JSON.parse(text) as Record<string, unknown>;
    const loaded = parseSettingsJson(text);
    expect(loaded.notes).toEqual([]);
    expect(loaded.migratedFrom).toBe(1);
    const { laterNudge, laterNudgeDays, properties, startupNotice, ...kept } = stored;
    expect(laterNudge).toBe(true);
    // "On" offered a nudge and then more: three in all; its days are the gap between them.
    expect(loaded.settings).toMatchObject({ ...kept, version: SETTINGS_VERSION, maxNudges: 3 });
    // Its start-up notice, on, becomes the notice of what changed while away, on.
    expect(startupNotice).toBe(true);
    expect(loaded.settings.awaySummary).toBe(true);
    expect(Object.keys(loaded.settings)).not.toContain("startupNotice");
    expect(loaded.settings.nudgeGapDays).toBe(laterNudgeDays);
    expect(loaded.settings.properties).toEqual({
      ...DEFAULT_SETTINGS.properties,
      ...(properties as object),
    });
    expect(Object.keys(loaded.settings)).not.toContain("laterNudge");
    expect(Object.keys(loaded.settings)).not.toContain("laterNudgeDays");
  });

  it("reads a data.json written by version 2: the start-up notice, off by default, leaves the away notice on", () => {
    const text = readFileSync(join(__dirname, "../fixtures/data-v2.json"), "utf8");
    const stored = JSON.parse(text) as Record<string, unknown>;
    const loaded = parseSettingsJson(text);
    expect(loaded.notes).toEqual([]);
    expect(loaded.migratedFrom).toBe(2);
    const { startupNotice, properties, ...kept } = stored;
    expect(startupNotice).toBe(false);
    expect(loaded.settings).toMatchObject({
      ...kept,
      version: SETTINGS_VERSION,
      awaySummary: true,
      awaySummaryHours: 12,
    });
    expect(loaded.settings.properties).toEqual({
      ...DEFAULT_SETTINGS.properties,
      ...(properties as object),
    });
    expect(Object.keys(loaded.settings)).not.toContain("startupNotice");
  });

  it.each([
    [{ version: 2, startupNotice: false }, true],
    [{ version: 2, startupNotice: true }, true],
    [{ version: 2 }, true],
    [{ version: 2, startupNotice: "no" }, true],
    [{ version: 2, startupNotice: false, awaySummary: true }, true],
    [{ version: 2, startupNotice: true, awaySummary: false }, false],
    [{ startupNotice: false }, true],
  ])("the start-up notice of %j gives awaySummary %j", (stored, expected) => {
    const loaded = loadSettings(stored);
    expect(loaded.settings.awaySummary).toBe(expected);
    expect(loaded.notes).toEqual([]);
    expect(migrateSettings(stored).raw).not.toHaveProperty("startupNotice");
  });

  it.each([
    [{ laterNudge: false }, { maxNudges: 1, nudgeGapDays: 7 }],
    [{ laterNudge: true }, { maxNudges: 3, nudgeGapDays: 7 }],
    [
      { laterNudge: true, laterNudgeDays: 4 },
      { maxNudges: 3, nudgeGapDays: 4 },
    ],
    [
      { laterNudge: "yes", laterNudgeDays: 4 },
      { maxNudges: 2, nudgeGapDays: 4 },
    ],
    [{}, { maxNudges: 2, nudgeGapDays: 7 }],
    // What was already written under the new names wins over the old ones.
    [
      { laterNudge: true, maxNudges: 5, nudgeGapDays: 2, laterNudgeDays: 9 },
      { maxNudges: 5, nudgeGapDays: 2 },
    ],
  ])("migrates version 1's %j to %j", (old, expected) => {
    const loaded = loadSettings({ version: 1, ...old });
    expect(loaded.settings).toMatchObject(expected);
    expect(loaded.notes).toEqual([]);
  });

  it("reports a version-1 gap that is no number of days, under its new name", () => {
    const loaded = loadSettings({ version: 1, laterNudge: true, laterNudgeDays: "soon" });
    expect(loaded.settings.nudgeGapDays).toBe(7);
    expect(loaded.notes).toEqual([
      'Setting "nudgeGapDays" must be a whole number from 1 to 365; the default is used.',
    ]);
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
    ["nudgeGapDays", 400, "must be a whole number from 1 to 365"],
    ["maxNudges", 0, "must be a whole number from 1 to 10"],
    ["maxNudges", 11, "must be a whole number from 1 to 10"],
    ["typeProperty", "", "must not be empty"],
    ["typeProperty", "a: b", "must be a property name (no colon, no leading # or -)"],
    ["interviewFolder", "../outside", `${DOTS}"Jobs/Interviews"`],
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
    ["horizonDays", 365, null],
    ["horizonDays", 366, "must be a whole number from 0 to 365"],
    ["thankYouHours", 720, null],
    ["thankYouHours", 721, "must be a whole number from 1 to 720"],
    ["horizonDays", "7", "must be a whole number from 0 to 365"],
    ["awaySummaryHours", 0, "must be a whole number from 1 to 720"],
    ["awaySummaryHours", 1, null],
    ["awaySummaryHours", 720, null],
    ["awaySummaryHours", 721, "must be a whole number from 1 to 720"],
    ["awaySummaryHours", 1.5, "must be a whole number from 1 to 720"],
    ["awaySummary", "on", "must be true or false"],
    ["myName", 5, "must be text"],
    ["typeValue", "  ", "must not be empty"],
    ["tag", "", null],
    ["dateFormat", "", "must not be empty"],
    ["dateFormat", 5, "must be text"],
    ["dateFormat", "YYYY\nMM", "must be on one line"],
    ["fileNamePattern", "", "must not be empty"],
    ["fileNamePattern", 5, "must be text"],
    ["fileNamePattern", "{{organization}}\n", null],
    ["interviewFolder", "Jobs\nOld", "must be on one line"],
    ["interviewFolder", 5, "must be text"],
    ["templatesFolder", "Jobs/../..", `${DOTS}"Interviews/Templates"`],
    ["noteTemplateFile", "Meta/../../Note", `${DOTS}"Templates/Interview"`],
    ["properties.date", "   ", "must not be empty"],
    ["properties.date", 5, "must be text"],
    ["properties.date", "#date", "must be a property name (no colon, no leading # or -)"],
    ["properties.date", " #date", "must be a property name (no colon, no leading # or -)"],
    ["properties.date", "-date", "must be a property name (no colon, no leading # or -)"],
    ["properties.date", "date#", null],
    ["properties.date", "date-", null],
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
    ["interviewFolder", "Jobs/", null],
    [
      "interviewFolder",
      "/Jobs/",
      `must be inside the vault, so it cannot start with "/"; write the path from the vault's top folder, such as "Jobs/Interviews"`,
    ],
  ] as const)("%s = %j → %j", (key, value, expected) => {
    expect(checkChange(settings, key, value)).toBe(expected);
  });

  it("judges a change by its own problems, not by another setting's", () => {
    const clash: Settings = {
      ...defaultSettings(),
      properties: { ...defaultSettings().properties, lastHeard: "date" },
    };
    expect(checkChange(clash, "horizonDays", 3)).toBeNull();
    expect(checkChange(clash, "researchOpensDays", 2)).toBeNull();
    expect(checkChange(clash, "researchOpensDays", 14)).toBe(
      "must be earlier than the research deadline",
    );
    const late: Settings = { ...defaultSettings(), researchOpensDays: 14 };
    expect(checkChange(late, "horizonDays", 3)).toBeNull();
  });

  it("tells names apart as Obsidian does, by their lower case", () => {
    // Upper case would make the Turkish dotless ı and the i one letter; they are two.
    const names = { ...settings.properties, date: "tarih", lastHeard: "tarıh" };
    expect(validateSettings({ ...settings, properties: names })).toEqual([]);
    const withTarih = { ...settings, properties: { ...settings.properties, lastHeard: "tarıh" } };
    expect(checkChange(withTarih, "properties.date", "TARIH")).toBeNull();
    expect(checkChange(withTarih, "properties.date", "TARıH")).toBe(
      "is already the name of the lastHeard property",
    );
  });

  it("reports a property name it cannot use when checking the whole object", () => {
    const names = { ...settings.properties, date: "", status: "a:b" };
    expect(validateSettings({ ...settings, properties: names })).toEqual([
      { key: "properties.date", message: "must not be empty" },
      {
        key: "properties.status",
        message: "must be a property name (no colon, no leading # or -)",
      },
    ]);
  });

  it("refuses a folder that climbs out of the vault, however it is spaced", () => {
    expect(validateSettings({ ...settings, interviewFolder: "Jobs/ .. /x" })).toEqual([
      { key: "interviewFolder", message: `${DOTS}"Jobs/Interviews"` },
    ]);
  });

  it("tidies a changed value as loading does", () => {
    expect(withSetting(settings, "interviewFolder", " Jobs/ ").interviewFolder).toBe("Jobs");
    expect(withSetting(settings, "interviewFolder", "./Jobs/./2026/").interviewFolder).toBe(
      "Jobs/2026",
    );
    expect(withSetting(settings, "templatesFolder", "Jobs//T/ ").templatesFolder).toBe("Jobs/T");
    expect(withSetting(settings, "noteTemplateFile", " Meta / Note ").noteTemplateFile).toBe(
      "Meta/Note",
    );
    // As Obsidian's normalizePath: non-breaking spaces are spaces, and names are NFC.
    expect(
      withSetting(settings, "interviewFolder", "Caf\u0065\u0301\u00a0Jobs").interviewFolder,
    ).toBe("Caf\u00e9 Jobs");
    // A refused path is kept as written, so that the check reports what was typed.
    expect(withSetting(settings, "interviewFolder", "/abs/").interviewFolder).toBe("/abs/");
    expect(withSetting(settings, "tag", " #job ").tag).toBe("job");
    expect(withSetting(settings, "tag", "c#").tag).toBe("c#");
    expect(withSetting(settings, "typeValue", " #1 pick ").typeValue).toBe("#1 pick");
    expect(withSetting(settings, "dateFormat", " D MMMM ").dateFormat).toBe("D MMMM");
    // A name is kept as typed: the field must not eat the space before the next word.
    expect(withSetting(settings, "myName", "Sam ").myName).toBe("Sam ");
    expect(withSetting(settings, "properties.date", " when ").properties.date).toBe("when");
    expect(settingValue(withSetting(settings, "tag", "#job"), "tag")).toBe("job");
    expect(settings.interviewFolder).toBe("Interviews");
  });
});
