import {
  AbstractInputSuggest,
  type App,
  PluginSettingTab,
  Setting,
  type SettingDefinitionItem,
  TFile,
  TFolder,
  moment,
} from "obsidian";
import {
  DEFAULT_PROPERTY_NAMES,
  type PropertyNames,
  type SettingKey,
  type Settings,
  checkChange,
  settingValue,
} from "../domain/settings";

/** What the tab needs from the plugin. */
export interface SettingsHost {
  settings: Settings;
  /** Saves one checked change and applies it at once. */
  changeSetting(key: SettingKey, value: unknown): Promise<void>;
}

type Kind = "text" | "number" | "toggle" | "folder" | "file";

interface Field {
  key: SettingKey;
  name: string;
  desc: string;
  kind: Kind;
  /** Shows a live preview under the field, from its current value. */
  preview?: (value: string) => string;
}

interface Group {
  /** No heading for the first group: the tab's own title says what it is. */
  heading: string | null;
  fields: Field[];
}

const PROPERTY_LABELS: Readonly<Record<keyof PropertyNames, string>> = {
  organization: "Organisation",
  position: "Position",
  date: "Interview date",
  contact: "Contact",
  email: "Contact email",
  status: "Status",
  interested: "Interested",
  lastHeard: "Last heard",
  thankYouSent: "Thank-you sent",
  researchDone: "Research done",
  followedUp: "Followed up",
  rejectionReplied: "Rejection replied",
  rejectedOn: "Rejected on",
  offerDeadline: "Offer deadline",
  snoozedUntil: "Snoozed until",
  dismissed: "Dismissed",
  previousRound: "Previous round",
};

/** Every setting, grouped as the tab shows them. */
export const SETTING_GROUPS: readonly Group[] = [
  {
    heading: null,
    fields: [
      {
        key: "interviewFolder",
        name: "Interview folder",
        desc: "Every note in this folder and its subfolders is an interview note. Leave empty to use only the type and the tag.",
        kind: "folder",
      },
      {
        key: "typeProperty",
        name: "Type property",
        desc: "A note anywhere in the vault whose property of this name has the value below is an interview note.",
        kind: "text",
      },
      {
        key: "typeValue",
        name: "Type value",
        desc: "Compared ignoring case; a list holding it counts too.",
        kind: "text",
      },
      {
        key: "tag",
        name: "Tag",
        desc: "A note with this tag, or a tag below it such as interview/onsite, is an interview note. Leave empty to turn this off.",
        kind: "text",
      },
    ],
  },
  {
    heading: "Timing",
    fields: [
      {
        key: "thankYouHours",
        name: "Thank-you deadline",
        desc: "Hours after the interview.",
        kind: "number",
      },
      {
        key: "researchOpensDays",
        name: "Research starts",
        desc: "Days after the interview.",
        kind: "number",
      },
      {
        key: "researchDueDays",
        name: "Research deadline",
        desc: "Days after the interview.",
        kind: "number",
      },
      {
        key: "followUpAfterDays",
        name: "Follow up after",
        desc: "Days of silence after the interview or the last news before a polite nudge.",
        kind: "number",
      },
      {
        key: "followUpWindowDays",
        name: "Days to send the follow-up",
        desc: "Days before it is overdue.",
        kind: "number",
      },
      {
        key: "rejectionReplyHours",
        name: "Rejection reply deadline",
        desc: "Hours after the rejection date.",
        kind: "number",
      },
      {
        key: "laterNudge",
        name: "Nudge again",
        desc: "After a follow-up is sent, offer another one later. The follow-up property must then hold the date it was sent.",
        kind: "toggle",
      },
      {
        key: "laterNudgeDays",
        name: "Nudge again after",
        desc: "Days after the last follow-up or news.",
        kind: "number",
      },
    ],
  },
  {
    heading: "Sidebar",
    fields: [
      {
        key: "horizonDays",
        name: "Coming up",
        desc: "How many days ahead the sidebar looks.",
        kind: "number",
      },
      {
        key: "showStatusBar",
        name: "Status bar count",
        desc: "Show the number of follow-ups due in the status bar (desktop).",
        kind: "toggle",
      },
      {
        key: "startupNotice",
        name: "Notice at start-up",
        desc: "One notice with the number of follow-ups due when Obsidian starts.",
        kind: "toggle",
      },
    ],
  },
  {
    heading: "New notes",
    fields: [
      {
        key: "fileNamePattern",
        name: "File name",
        desc: "Placeholders: {{organization}}, {{position}}, {{contact}}, {{email}}, {{date:YYYY-MM-DD}}.",
        kind: "text",
      },
      {
        key: "noteTemplateFile",
        name: "Note template",
        desc: "A note whose body new interview notes start with. Leave empty for the built-in sections.",
        kind: "file",
      },
      {
        key: "openInNewTab",
        name: "Open in a new tab",
        desc: "Otherwise the note opens in the current tab.",
        kind: "toggle",
      },
    ],
  },
  {
    heading: "Emails",
    fields: [
      { key: "myName", name: "Your name", desc: "Signs the emails ({{my_name}}).", kind: "text" },
      {
        key: "dateFormat",
        name: "Date format",
        desc: "How dates are shown and written into emails (moment.js format).",
        kind: "text",
        preview: (format) => `Preview: ${moment().format(format)}`,
      },
      {
        key: "templatesFolder",
        name: "Templates folder",
        desc: "Your own email templates. Notes in it are never interview notes.",
        kind: "folder",
      },
    ],
  },
  {
    heading: "Property names",
    fields: (Object.keys(PROPERTY_LABELS) as (keyof PropertyNames)[]).map((name) => ({
      key: `properties.${name}` as SettingKey,
      name: PROPERTY_LABELS[name],
      desc: `The note property that holds this. Default: ${DEFAULT_PROPERTY_NAMES[name]}.`,
      kind: "text" as const,
    })),
  },
];

/** Suggests vault folders (or Markdown files) as the user types a path. */
export class PathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly kind: "folder" | "file",
    private readonly pick: (path: string) => void,
  ) {
    super(app, input);
  }

  protected getSuggestions(query: string): string[] {
    const lower = query.toLowerCase();
    const paths = this.app.vault
      .getAllLoadedFiles()
      .filter((file) =>
        this.kind === "folder"
          ? file instanceof TFolder && !file.isRoot()
          : file instanceof TFile && file.extension === "md",
      )
      .map((file) => (file instanceof TFile ? file.path.replace(/\.md$/, "") : file.path));
    return paths
      .filter((path) => path.toLowerCase().includes(lower))
      .sort()
      .slice(0, 50);
  }

  renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }

  override selectSuggestion(path: string): void {
    this.input.value = path;
    this.pick(path);
    this.close();
  }
}

/**
 * The settings tab. On Obsidian 1.13 and later it is declared with `getSettingDefinitions()`
 * (rendered natively and found by the settings search); on earlier versions `display()` draws
 * the same groups with the classic `Setting` API. Both check each change with the domain's
 * `checkChange` and save nothing that fails it.
 */
export class InterviewFollowUpSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: ConstructorParameters<typeof PluginSettingTab>[1],
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return SETTING_GROUPS.map((group) => ({
      type: "group" as const,
      ...(group.heading === null ? {} : { heading: group.heading }),
      items: group.fields.map((field) => ({
        name: field.name,
        desc: field.preview ? `${field.desc} ${field.preview(this.text(field.key))}` : field.desc,
        control: this.control(field),
      })),
    }));
  }

  private control(field: Field) {
    const validate = (value: unknown) => this.problem(field.key, value) ?? undefined;
    const key = field.key;
    switch (field.kind) {
      case "toggle":
        return { type: "toggle" as const, key, validate };
      case "number":
        return { type: "number" as const, key, validate, step: 1 };
      case "folder":
        return { type: "folder" as const, key, validate };
      case "file":
        return { type: "file" as const, key, validate };
      case "text":
        return { type: "text" as const, key, validate };
    }
  }

  override getControlValue(key: string): unknown {
    return settingValue(this.host.settings, key as SettingKey);
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    await this.change(key as SettingKey, value);
  }

  /** The message for a value that cannot be saved, or null. */
  problem(key: SettingKey, value: unknown): string | null {
    const message = checkChange(this.host.settings, key, value);
    return message === null ? null : `This ${message}.`;
  }

  /** Saves a change if it passes the checks; returns the message to show when it does not. */
  async change(key: SettingKey, value: unknown): Promise<string | null> {
    const problem = this.problem(key, value);
    if (problem !== null) return problem;
    await this.host.changeSetting(key, value);
    return null;
  }

  private text(key: SettingKey): string {
    const value = settingValue(this.host.settings, key);
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  }

  /** The classic tab, for Obsidian versions before declarative settings. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of SETTING_GROUPS) {
      if (group.heading !== null) new Setting(containerEl).setName(group.heading).setHeading();
      for (const field of group.fields) this.drawField(containerEl, field);
    }
  }

  private drawField(containerEl: HTMLElement, field: Field): void {
    const setting = new Setting(containerEl).setName(field.name).setDesc(field.desc);
    setting.settingEl.dataset.key = field.key;
    const previewEl = field.preview
      ? setting.descEl.createDiv({ cls: "interview-follow-up-setting-preview" })
      : null;
    const errorEl = setting.descEl.createDiv({ cls: "interview-follow-up-setting-error" });
    const show = (message: string | null, raw: string) => {
      errorEl.setText(message ?? "");
      if (previewEl && field.preview) previewEl.setText(message === null ? field.preview(raw) : "");
    };
    const submit = async (value: unknown, raw: string) =>
      show(await this.change(field.key, value), raw);
    if (field.kind === "toggle") {
      setting.addToggle((toggle) =>
        toggle
          .setValue(Boolean(settingValue(this.host.settings, field.key)))
          .onChange((value) => void submit(value, "")),
      );
      return;
    }
    setting.addText((text) => {
      text.setValue(this.text(field.key));
      if (field.kind === "number") text.inputEl.type = "number";
      const parse = (raw: string) =>
        field.kind === "number" ? (raw.trim() === "" ? Number.NaN : Number(raw)) : raw;
      text.onChange((raw) => void submit(parse(raw), raw));
      if (field.kind === "folder" || field.kind === "file") {
        new PathSuggest(this.app, text.inputEl, field.kind, (path) => void submit(path, path));
      }
    });
    if (previewEl && field.preview) previewEl.setText(field.preview(this.text(field.key)));
  }
}
