/**
 * What each setting accepts, tidied as loading tidies it, and what changing it does; checks of a
 * whole settings object and of one change, as the settings tab makes it.
 */

import {
  PROPERTY_KEYS,
  SCALAR_KEYS,
  type PropertyNames,
  type ScalarKey,
  type SettingKey,
  type Settings,
  type TimingKey,
} from "./settings";
import { checkWeekendDays, tidyWeekendDays } from "./businessDays";
import { type TimingSetting, timingSettings } from "./followUpKinds";
import { checkVaultPath } from "./vaultPath";
import { wantedTag } from "./recognise";
import { fillsFromForm } from "./newNote";

type Check = (value: unknown) => string | null;

function wholeNumber(min: number, max: number): Check {
  return (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
      ? null
      : `must be a whole number from ${min} to ${max}`;
}

const boolean: Check = (value) => (typeof value === "boolean" ? null : "must be true or false");

function text(options: { required: boolean }): Check {
  return (value) => {
    if (typeof value !== "string") return "must be text";
    if (options.required && value.trim() === "") return "must not be empty";
    if (/[\r\n]/.test(value)) return "must be on one line";
    return null;
  };
}

/**
 * A note's tags are split at spaces and commas (recognise.ts): a tag holding one, or nothing but
 * a #, would never match a note.
 */
const tag: Check = (value) => {
  const problem = text({ required: false })(value);
  if (problem) return problem;
  const wanted = wantedTag(value as string);
  return /[\s,]/.test(wanted) || (wanted === "" && (value as string).trim() !== "")
    ? "must be one tag, without spaces or commas"
    : null;
};

/** A name usable as a YAML key in a note's properties. */
export const propertyName: Check = (value) => {
  const problem = text({ required: true })(value);
  if (problem) return problem;
  const name = (value as string).trim();
  if (name.includes(":") || name.startsWith("#") || name.startsWith("-")) {
    return "must be a property name (no colon, no leading # or -)";
  }
  return null;
};

/** The folder and note settings: the name the settings tab shows, and a value to suggest. */
export const PATH_SETTINGS = {
  interviewFolder: { name: "Interview folder", example: "Jobs/Interviews" },
  templatesFolder: { name: "Templates folder", example: "Interviews/Templates" },
  noteTemplateFile: { name: "Note template", example: "Templates/Interview" },
} as const;

export type PathKey = keyof typeof PATH_SETTINGS;

export function isPathKey(key: string): key is PathKey {
  return Object.prototype.hasOwnProperty.call(PATH_SETTINGS, key);
}

/** A path inside the vault (see vaultPath.ts). Empty is allowed: every path setting is optional. */
function vaultPathSetting(key: PathKey): Check {
  return (value) => {
    const problem = text({ required: false })(value);
    if (problem) return problem;
    const checked = checkVaultPath(value as string, PATH_SETTINGS[key].example);
    return checked.ok ? null : checked.problem;
  };
}

/** The calendar file's setting, as the settings tab names it, and a value to suggest. */
export const CALENDAR_PATH = { name: "Calendar file", example: "Interviews/follow-ups.ics" };

/** A `.ics` file inside the vault (see vaultPath.ts); it cannot be empty. */
const calendarPath: Check = (value) => {
  const problem = text({ required: true })(value);
  if (problem) return problem;
  const checked = checkVaultPath(value as string, CALENDAR_PATH.example);
  if (!checked.ok) return checked.problem;
  return /[^/]\.ics$/i.test(checked.path)
    ? null
    : `must be a file name ending in .ics, such as "${CALENDAR_PATH.example}"`;
};

const momentFormat: Check = (value) => {
  const problem = text({ required: true })(value);
  if (problem) return problem;
  return /[YMDdHhms]/.test(value as string) ? null : "must contain a date token such as YYYY or D";
};

const fileNamePattern: Check = (value) => {
  const problem = text({ required: true })(value);
  if (problem) return problem;
  // {{title}} or a typo stays as typed in every name.
  return fillsFromForm(value as string)
    ? null
    : "must contain a placeholder such as {{organization}}, or every note gets the same name";
};

export interface SettingRule {
  /** What the setting accepts: null, or what is wrong with a value ("must be …"). */
  check: Check;
  /**
   * Changing it changes which notes are interview notes, or how they are read: the index then
   * reads every note again. Otherwise the plan is only worked out again.
   */
  rereadsNotes: boolean;
}

/** What a timing setting accepts, as its kind declares it. */
function timingCheck(setting: TimingSetting): Check {
  return setting.accepts === "weekdays"
    ? checkWeekendDays
    : wholeNumber(setting.accepts.min, setting.accepts.max);
}

/** The timing settings' rules, from the kinds that declare them: changing one only replans. */
function timingRules(): Record<TimingKey, SettingRule> {
  const rules: Partial<Record<TimingKey, SettingRule>> = {};
  for (const setting of timingSettings()) {
    rules[setting.key] = { check: timingCheck(setting), rereadsNotes: false };
  }
  return rules as Record<TimingKey, SettingRule>;
}

/**
 * Every scalar setting's rule, declared once, by its key: the timings by their kinds (a test
 * checks that each is declared by exactly one), the others here.
 */
export const SETTING_RULES: Readonly<Record<ScalarKey, SettingRule>> = {
  ...timingRules(),
  typeProperty: { check: propertyName, rereadsNotes: true },
  typeValue: { check: text({ required: true }), rereadsNotes: true },
  tag: { check: tag, rereadsNotes: true },
  interviewFolder: { check: vaultPathSetting("interviewFolder"), rereadsNotes: true },
  templatesFolder: { check: vaultPathSetting("templatesFolder"), rereadsNotes: true },
  noteTemplateFile: { check: vaultPathSetting("noteTemplateFile"), rereadsNotes: true },
  horizonDays: { check: wholeNumber(0, 365), rereadsNotes: false },
  myName: { check: text({ required: false }), rereadsNotes: false },
  dateFormat: { check: momentFormat, rereadsNotes: false },
  fileNamePattern: { check: fileNamePattern, rereadsNotes: false },
  openInNewTab: { check: boolean, rereadsNotes: false },
  showStatusBar: { check: boolean, rereadsNotes: false },
  calendarPath: { check: calendarPath, rereadsNotes: false },
  calendarAutoRefresh: { check: boolean, rereadsNotes: false },
  awaySummary: { check: boolean, rereadsNotes: false },
  awaySummaryHours: { check: wholeNumber(1, 720), rereadsNotes: false },
};

/** True when changing this setting means reading every note again (property names always do). */
export function rereadsNotes(key: SettingKey): boolean {
  return key.startsWith("properties.") || SETTING_RULES[key as ScalarKey].rereadsNotes;
}

export function tidy(key: ScalarKey, value: unknown): unknown {
  if (key === "weekendDays") return tidyWeekendDays(value);
  if (typeof value !== "string") return value;
  if (isPathKey(key) || key === "calendarPath") {
    // Spaces around names and doubled or trailing slashes go; a path that is refused is kept as
    // typed, so that the check that follows reports what was written.
    const example = isPathKey(key) ? PATH_SETTINGS[key].example : CALENDAR_PATH.example;
    const checked = checkVaultPath(value, example);
    return checked.ok ? checked.path : value;
  }
  if (key === "tag") return value.trim().replace(/^#/, "");
  return key === "myName" ? value : value.trim();
}

export interface SettingProblem {
  /** The setting's key, or `properties.<key>` for a property name. */
  key: string;
  message: string;
}

/** Rules that involve more than one setting. */
export function crossChecks(settings: Settings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  if (settings.researchDueDays <= settings.researchOpensDays) {
    problems.push({
      key: "researchDueDays",
      message: "must be later than the day research opens",
    });
  }
  // The type property is the note's too: a second key of the same name would not be YAML.
  const type = settings.typeProperty.toLowerCase();
  const same = PROPERTY_KEYS.find((key) => settings.properties[key].toLowerCase() === type);
  if (same)
    problems.push({ key: "typeProperty", message: `is already the name of the ${same} property` });
  const seen = new Map<string, keyof PropertyNames>();
  for (const key of PROPERTY_KEYS) {
    const name = settings.properties[key].toLowerCase();
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        key: `properties.${key}`,
        message: `"${settings.properties[key]}" is already used for ${first}`,
      });
    } else {
      seen.set(name, key);
    }
  }
  return problems;
}

/** Validates a whole settings object; an empty list means it can be saved as it is. */
export function validateSettings(settings: Settings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const key of SCALAR_KEYS) {
    const message = SETTING_RULES[key].check(settings[key]);
    if (message) problems.push({ key, message });
  }
  for (const key of PROPERTY_KEYS) {
    const message = propertyName(settings.properties[key]);
    if (message) problems.push({ key: `properties.${key}`, message });
  }
  return problems.length > 0 ? problems : crossChecks(settings);
}

/** Reads one setting by key. */
export function settingValue(settings: Settings, key: SettingKey): unknown {
  if (key.startsWith("properties.")) {
    return settings.properties[key.slice("properties.".length) as keyof PropertyNames];
  }
  return settings[key as ScalarKey];
}

/** A copy of the settings with one value changed (tidied as loading would tidy it). */
export function withSetting(settings: Settings, key: SettingKey, value: unknown): Settings {
  const next: Settings = { ...settings, properties: { ...settings.properties } };
  if (key.startsWith("properties.")) {
    const name = key.slice("properties.".length) as keyof PropertyNames;
    next.properties[name] = typeof value === "string" ? value.trim() : (value as string);
  } else {
    (next as unknown as Record<string, unknown>)[key] = tidy(key as ScalarKey, value);
  }
  return next;
}

/**
 * Checks one change as the settings tab makes it, against all the other settings: the message
 * to show under the field, or null when the change can be saved.
 */
export function checkChange(settings: Settings, key: SettingKey, value: unknown): string | null {
  const next = withSetting(settings, key, value);
  if (key.startsWith("properties.")) {
    const own = propertyName(value);
    if (own) return own;
    const name = String(settingValue(next, key)).toLowerCase();
    const clash = (Object.keys(next.properties) as (keyof PropertyNames)[]).find(
      (other) => `properties.${other}` !== key && next.properties[other].toLowerCase() === name,
    );
    if (clash) return `is already the name of the ${clash} property`;
    return name === next.typeProperty.toLowerCase() ? "is already the type property" : null;
  }
  const problems = validateSettings(next);
  const own = problems.find((problem) => problem.key === key);
  if (own) return own.message;
  if (
    key === "researchOpensDays" &&
    problems.some((problem) => problem.key === "researchDueDays")
  ) {
    return "must be earlier than the research deadline";
  }
  return null;
}
