import {
  type App,
  PluginSettingTab,
  type SettingControl,
  Setting,
  type SettingDefinitionItem,
  debounce,
} from "obsidian";
import { type SettingKey, type Settings } from "../domain/settings";
import { checkChange, settingValue } from "../domain/settingRules";
import { parseWeekdays, weekdaysText } from "../domain/weekdayNames";
import { type Field, SETTING_GROUPS } from "./settingGroups";
import { PathSuggest } from "./pathSuggest";

export { SETTING_GROUPS };
export { PathSuggest } from "./pathSuggest";

/**
 * How long typing in a text field must pause before the value is checked and saved. A folder,
 * tag or property name changes which notes are interviews, and reading 50,000 notes again takes
 * about a tenth of a second: on every key that would make typing stutter.
 */
export const TYPING_PAUSE_MS = 400;

/** The field a setting's key belongs to. */
function fieldOf(key: string): Field | undefined {
  return SETTING_GROUPS.flatMap((group) => group.fields).find((field) => field.key === key);
}

/**
 * What a field's typed text means: a number for a number field (empty is not one), weekdays by
 * name for a weekdays field (a word that is no weekday stays text, so the check refuses it).
 */
export function typedValue(field: Field, raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  if (field.kind === "number") return raw.trim() === "" ? Number.NaN : Number(raw);
  if (field.kind !== "weekdays") return raw;
  const days = parseWeekdays(raw);
  return Array.isArray(days) ? days : `${days.unknown} (not a weekday)`;
}

/** What the tab needs from the plugin. */
export interface SettingsHost {
  settings: Settings;
  /** Saves one checked change and applies it at once. */
  changeSetting(key: SettingKey, value: unknown): Promise<void>;
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

  private control(field: Field): SettingControl {
    const { key, kind } = field;
    // Weekdays are typed as names in a text field; every other control gives its value as is.
    const validate = (value: unknown) =>
      this.problem(key, kind === "weekdays" ? typedValue(field, value) : value) ?? undefined;
    return kind === "weekdays"
      ? { type: "text", key, validate }
      : // The other kinds are control types by name; only a number field has a step.
        {
          // A kind added to the fields that is no control type by name fails to compile here.
          type: kind,
          key,
          validate,
          ...(kind === "number" && { step: 1 }),
        };
  }

  override getControlValue(key: string): unknown {
    const value = settingValue(this.host.settings, key as SettingKey);
    return fieldOf(key)?.kind === "weekdays" ? weekdaysText(value as number[]) : value;
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const field = fieldOf(key);
    await this.change(key as SettingKey, field ? typedValue(field, value) : value);
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
    if (Array.isArray(value)) return weekdaysText(value as number[]);
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
      const parse = (raw: string) => typedValue(field, raw);
      // Saved once typing pauses, and at once when the field is left.
      const typed = debounce((raw: string) => void submit(parse(raw), raw), TYPING_PAUSE_MS, true);
      text.onChange((raw) => void typed(raw));
      text.inputEl.addEventListener("blur", () => void typed.run());
      if (field.kind === "folder" || field.kind === "file") {
        new PathSuggest(this.app, text.inputEl, field.kind, (path) => {
          // A picked path replaces what was being typed; the half-typed value is not saved.
          typed.cancel();
          void submit(path, path);
        });
      }
    });
    if (previewEl && field.preview) previewEl.setText(field.preview(this.text(field.key)));
  }
}
