// The settings tab in obsidian-test-mocks: what it shows, what it refuses, what it saves, and
// that each setting changes what the plugin does, at once.
import { TFolder } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_PROPERTY_NAMES,
  SETTINGS_VERSION,
  type SettingKey,
} from "../../src/domain/settings";
import { SETTING_RULES } from "../../src/domain/settingRules";
import type { ActionId, FollowUpItem } from "../../src/domain/types";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  InterviewFollowUpSettingTab,
  PathSuggest,
  SETTING_GROUPS,
  typedValue,
} from "../../src/obsidian/settingsTab";
import { type Harness, createPlugin, loadPlugin, openViews } from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const note = (fm: string) => `---\n${fm}\n---\nBody.\n`;
const DOTS = `must stay inside the vault: ".." and other names made only of dots leave it; write the path from the vault's top folder, such as `;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function setUp(files: Record<string, string> = {}, data: unknown = null) {
  const harness = createPlugin(files, data);
  const save = vi.spyOn(harness.plugin, "saveData");
  await loadPlugin(harness);
  const tab = (harness.plugin as unknown as { settingTabs__: InterviewFollowUpSettingTab[] })
    .settingTabs__[0];
  if (!(tab instanceof InterviewFollowUpSettingTab)) throw new Error("no settings tab");
  return { ...harness, tab, save };
}

const weekdaysField = () => {
  const field = SETTING_GROUPS.flatMap((g) => g.fields).find((f) => f.key === "weekendDays");
  if (field === undefined) throw new Error("no weekend days field");
  return field;
};

/** The tab as Obsidian before 1.13 draws it (display() is deprecated from 1.13 on, not before). */
function drawClassic(tab: InterviewFollowUpSettingTab): void {
  (tab as unknown as { display(): void }).display();
}

const item = (h: Harness, path: string, action: ActionId): FollowUpItem | undefined =>
  h.plugin.api.followUps(NOW).items.find((i) => i.path === path && i.action === action);

const ALL_KEYS = [
  ...Object.keys(SETTING_RULES),
  ...Object.keys(DEFAULT_PROPERTY_NAMES).map((name) => `properties.${name}`),
].sort();

describe("what the tab shows", () => {
  it("declares every setting, once, in groups with headings between them", async () => {
    const { tab } = await setUp();
    const groups = tab.getSettingDefinitions() as {
      heading?: string;
      items: { control: { key: string } }[];
    }[];
    expect(groups[0]?.heading).toBeUndefined();
    expect(groups.slice(1).map((g) => g.heading)).toEqual([
      "Timing",
      "Sidebar",
      "New notes",
      "Emails",
      "Calendar",
      "Property names",
    ]);
    const keys = groups.flatMap((g) => g.items.map((i) => i.control.key)).sort();
    expect(keys).toEqual(ALL_KEYS);
  });

  it("draws the same settings with the classic API, no heading first", async () => {
    const { tab } = await setUp();
    drawClassic(tab);
    // Each Setting is one child of the tab's container (the mock gives them no setting-item class).
    const items = [...tab.containerEl.children] as HTMLElement[];
    expect(items[0]?.classList.contains("setting-item-heading")).toBe(false);
    const headings = items
      .filter((el) => el.classList.contains("setting-item-heading"))
      .map((el) => el.textContent?.trim());
    expect(headings).toEqual([
      "Timing",
      "Sidebar",
      "New notes",
      "Emails",
      "Calendar",
      "Property names",
    ]);
    const keys = items
      .map((el) => el.dataset.key)
      .filter((key): key is string => key !== undefined)
      .sort();
    expect(keys).toEqual(ALL_KEYS);
  });

  it("writes its labels in sentence case", () => {
    for (const group of SETTING_GROUPS) {
      for (const text of [group.heading ?? "Ok", ...group.fields.map((f) => f.name)]) {
        expect(text.slice(1)).toBe(text.slice(1).toLowerCase());
      }
    }
  });

  it("previews the date format live, and shows a bad one inline without saving it", async () => {
    const { tab, save } = await setUp();
    drawClassic(tab);
    const row = tab.containerEl.querySelector<HTMLElement>('[data-key="dateFormat"]');
    expect(row?.querySelector(".interview-follow-up-setting-preview")?.textContent).toBe(
      "Preview: Wednesday 25 November 2026",
    );
    const message = await tab.change("dateFormat", "Week");
    expect(message).toBe("This must contain a date token such as YYYY or D.");
    expect(save).not.toHaveBeenCalled();
    expect(await tab.change("dateFormat", "D MMM YYYY")).toBeNull();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("suggests vault folders and notes for path fields", async () => {
    const { app } = await setUp({
      "Jobs/2026/a.md": "x",
      "Meta/Template.md": "y",
      "Other.txt": "z",
    });
    expect(app.vault.getAbstractFileByPath("Jobs")).toBeInstanceOf(TFolder);
    const input = document.createElement("input");
    const folders = new PathSuggest(app.asOriginalType__(), input, "folder", () => undefined);
    const files = new PathSuggest(app.asOriginalType__(), input, "file", () => undefined);
    const suggest = (s: PathSuggest, q: string) =>
      (s as unknown as { getSuggestions(q: string): string[] }).getSuggestions(q);
    expect(suggest(folders, "jo")).toEqual(["Jobs", "Jobs/2026"]);
    expect(suggest(files, "temp")).toEqual(["Meta/Template"]);
  });
});

describe("refusing and saving", () => {
  it.each([
    ["horizonDays", -1, "This must be a whole number from 0 to 365."],
    ["thankYouHours", Number.NaN, "This must be a whole number from 1 to 720."],
    ["typeProperty", "", "This must not be empty."],
    ["interviewFolder", "../x", `This ${DOTS}"Jobs/Interviews".`],
    [
      "templatesFolder",
      "C:\\Templates",
      `This must be inside the vault, not on a drive such as "C:"; write the path from the vault's top folder, such as "Interviews/Templates".`,
    ],
    ["researchOpensDays", 20, "This must be earlier than the research deadline."],
    ["researchDueDays", 1, "This must be later than the day research opens."],
    ["properties.lastHeard", "DATE", "This is already the name of the date property."],
    [
      "fileNamePattern",
      "same",
      "This must contain a placeholder such as {{organization}}, or every note gets the same name.",
    ],
  ])("refuses %s = %j inline and saves nothing", async (key, value, message) => {
    const { tab, save, plugin } = await setUp();
    const before = structuredClone(plugin.settings);
    expect(await tab.change(key as SettingKey, value)).toBe(message);
    expect(save).not.toHaveBeenCalled();
    expect(plugin.settings).toEqual(before);
  });

  it("saves the whole settings object, with its version, on a good change", async () => {
    const { tab, save } = await setUp({}, { horizonDays: 3 });
    expect(await tab.change("horizonDays", 10)).toBeNull();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ version: SETTINGS_VERSION, horizonDays: 10 }),
    );
  });

  it("goes through the same checks from the 1.13 declarative path", async () => {
    const { tab, save, plugin } = await setUp();
    await tab.setControlValue("horizonDays", -5);
    expect(save).not.toHaveBeenCalled();
    await tab.setControlValue("properties.date", "when");
    expect(plugin.settings.properties.date).toBe("when");
    expect(tab.getControlValue("properties.date")).toBe("when");
  });

  it("migrates an old file when loading without writing it, and writes it on the first change", async () => {
    const { plugin, tab, save } = await setUp({}, { horizonDays: 4 });
    expect(plugin.settings).toMatchObject({ version: SETTINGS_VERSION, horizonDays: 4 });
    expect(save).not.toHaveBeenCalled();
    await tab.change("awaySummary", false);
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ version: SETTINGS_VERSION, horizonDays: 4, awaySummary: false }),
    );
  });
});

describe("each setting takes effect at once", () => {
  const T = "2026-11-24T10:00Z";
  const basic = `organization: Acme\ndate: ${T}\nemail: a@acme.example`;

  it("property names: the index reads the notes again under the new name", async () => {
    const h = await setUp({ "Interviews/a.md": note(`organization: Acme\nwhen: ${T}`) });
    expect(h.plugin.api.followUps(NOW).problems[0]?.reason).toMatch(/No interview date/);
    await h.tab.change("properties.date", "when");
    expect(item(h, "Interviews/a.md", "thank-you")).toBeDefined();
    expect(h.plugin.api.followUps(NOW).problems).toEqual([]);
  });

  it("interview folder, templates folder, type and tag change which notes are interviews", async () => {
    const h = await setUp({
      "Jobs/a.md": note(basic),
      "Notes/b.md": note(`kind: job\n${basic}`),
      "Notes/c.md": note(`tags: [applying]\n${basic}`),
      "Interviews/Templates/t.md": note(basic),
    });
    const paths = () => [...new Set(h.plugin.api.followUps(NOW).items.map((i) => i.path))].sort();
    expect(paths()).toEqual([]);
    await h.tab.change("interviewFolder", "Jobs");
    expect(paths()).toEqual(["Jobs/a.md"]);
    await h.tab.change("typeProperty", "kind");
    await h.tab.change("typeValue", "job");
    expect(paths()).toEqual(["Jobs/a.md", "Notes/b.md"]);
    await h.tab.change("tag", "applying");
    expect(paths()).toEqual(["Jobs/a.md", "Notes/b.md", "Notes/c.md"]);
    await h.tab.change("interviewFolder", "Interviews");
    expect(paths()).toEqual(["Notes/b.md", "Notes/c.md"]);
    await h.tab.change("templatesFolder", "Elsewhere");
    expect(paths()).toEqual(["Interviews/Templates/t.md", "Notes/b.md", "Notes/c.md"]);
  });

  it.each([
    ["thankYouHours", 48, "thank-you", "deadline", "2026-11-26T10:00:00.000Z"],
    ["researchOpensDays", 2, "research", "opens", "2026-11-26T10:00:00.000Z"],
    ["researchDueDays", 10, "research", "deadline", "2026-12-04T10:00:00.000Z"],
    ["followUpAfterDays", 10, "follow-up", "opens", "2026-12-04T10:00:00.000Z"],
    ["followUpWindowDays", 3, "follow-up", "deadline", "2026-12-11T10:00:00.000Z"],
  ] as const)("%s = %d moves the %s's %s", async (key, value, action, field, expected) => {
    const h = await setUp({ "Interviews/a.md": note(basic) });
    const before = item(h, "Interviews/a.md", action)?.[field];
    await h.tab.change(key, value);
    const after = item(h, "Interviews/a.md", action)?.[field];
    expect(after).toBe(expected);
    expect(after).not.toBe(before);
  });

  it("rejectionReplyHours moves the rejection reply's deadline", async () => {
    const h = await setUp({
      "Interviews/a.md": note(`${basic}\nstatus: rejected\nrejected_on: 2026-11-25T09:00Z`),
    });
    expect(item(h, "Interviews/a.md", "rejection-reply")?.deadline).toBe(
      "2026-11-27T09:00:00.000Z",
    );
    await h.tab.change("rejectionReplyHours", 24);
    expect(item(h, "Interviews/a.md", "rejection-reply")?.deadline).toBe(
      "2026-11-26T09:00:00.000Z",
    );
  });

  it("weekend days are shown and typed as weekday names, and a word that is none is refused", async () => {
    const h = await setUp({ "Interviews/a.md": note(`${basic}\ndecision_by: 2026-11-26`) });
    expect(h.tab.getControlValue("weekendDays")).toBe("Saturday, Sunday");
    // Thursday the 26th: the next business day is Friday the 27th.
    expect(item(h, "Interviews/a.md", "follow-up")?.opens).toBe(
      new Date(2026, 10, 27).toISOString(),
    );
    await h.tab.setControlValue("weekendDays", "Fri, Sat");
    expect(h.plugin.settings.weekendDays).toEqual([5, 6]);
    expect(h.tab.getControlValue("weekendDays")).toBe("Friday, Saturday");
    expect(item(h, "Interviews/a.md", "follow-up")?.opens).toBe(
      new Date(2026, 10, 29).toISOString(),
    );
    expect(await h.tab.change("weekendDays", typedValue(weekdaysField(), "Sundae"))).toBe(
      "This must be a list of weekdays, from 0 (Sunday) to 6 (Saturday).",
    );
    expect(h.plugin.settings.weekendDays).toEqual([5, 6]);
  });

  it("the number of nudges and the days between them bring the follow-up back", async () => {
    const h = await setUp({ "Interviews/a.md": note(`${basic}\nfollowed_up: 2026-11-20T10:00Z`) });
    await h.tab.change("maxNudges", 1);
    expect(item(h, "Interviews/a.md", "follow-up")).toBeUndefined();
    await h.tab.change("maxNudges", 3);
    expect(item(h, "Interviews/a.md", "follow-up")?.opens).toBe("2026-11-27T10:00:00.000Z");
    await h.tab.change("nudgeGapDays", 5);
    expect(item(h, "Interviews/a.md", "follow-up")?.opens).toBe("2026-11-25T10:00:00.000Z");
  });

  it("the horizon and the date format change the open sidebar, the status bar toggle the status bar", async () => {
    const h = await setUp({ "Interviews/a.md": note(basic) });
    await h.plugin.openFollowUps();
    const [view] = openViews(h.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
    if (view === undefined) throw new Error("no view");
    const has = (action: string) =>
      view.contentEl.querySelector(`[data-action="${action}"]`) !== null;
    expect(has("follow-up")).toBe(false);
    await h.tab.change("horizonDays", 30);
    flushSync();
    expect(has("follow-up")).toBe(true);
    await h.tab.change("dateFormat", "YYYY/MM/DD");
    flushSync();
    expect(
      view.contentEl.querySelector('[data-action="thank-you"] time')?.getAttribute("title"),
    ).toMatch(/^2026\/11\/25 \d\d:\d\d$/);
    const status = (h.plugin as unknown as { statusBarItems__: HTMLElement[] }).statusBarItems__[0];
    expect(status?.hasClass("interview-follow-up-is-hidden")).toBe(false);
    await h.tab.change("showStatusBar", false);
    expect(status?.hasClass("interview-follow-up-is-hidden")).toBe(true);
  });
});
