/**
 * The one settings object: its keys, defaults, validation, merging and versioned migration.
 * The plugin and the command line both read settings through `loadSettings`.
 */

import { checkVaultPath } from "./vaultPath";

/** The note properties the plugin reads and writes, mapped to the names used in the vault. */
export interface PropertyNames {
  organization: string;
  position: string;
  date: string;
  contact: string;
  email: string;
  status: string;
  interested: string;
  lastHeard: string;
  thankYouSent: string;
  researchDone: string;
  followedUp: string;
  rejectionReplied: string;
  rejectedOn: string;
  offerDeadline: string;
  snoozedUntil: string;
  dismissed: string;
  previousRound: string;
}

export interface Settings {
  /** The settings format version, for migration. */
  version: number;
  /** A note whose `typeProperty` equals `typeValue` (any case, or a list holding it) is an interview. */
  typeProperty: string;
  typeValue: string;
  /** A note tagged with this tag, or a tag below it (`interview/onsite`), is an interview. */
  tag: string;
  /** Every note in this folder (and its subfolders) is an interview; empty turns this off. */
  interviewFolder: string;
  /** Templates live here; notes in it are never interviews. */
  templatesFolder: string;
  /** Optional note used as the body of new interview notes. */
  noteTemplateFile: string;
  properties: PropertyNames;
  /** Timings of the follow-up rules. Hours are exact; days are calendar days. */
  thankYouHours: number;
  researchOpensDays: number;
  researchDueDays: number;
  followUpAfterDays: number;
  followUpWindowDays: number;
  rejectionReplyHours: number;
  /** The later nudge: once followed up, nudge again after `laterNudgeDays` days. */
  laterNudge: boolean;
  laterNudgeDays: number;
  /** How far ahead the sidebar's "Coming up" looks, in days. */
  horizonDays: number;
  myName: string;
  /** A moment.js format for dates shown to people and written into emails. */
  dateFormat: string;
  fileNamePattern: string;
  openInNewTab: boolean;
  showStatusBar: boolean;
  startupNotice: boolean;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_PROPERTY_NAMES: Readonly<PropertyNames> = Object.freeze({
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
  rejectedOn: "rejected_on",
  offerDeadline: "offer_deadline",
  snoozedUntil: "snoozed_until",
  dismissed: "dismissed",
  previousRound: "previous_round",
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  typeProperty: "type",
  typeValue: "interview",
  tag: "interview",
  interviewFolder: "Interviews",
  templatesFolder: "Interviews/Templates",
  noteTemplateFile: "",
  properties: DEFAULT_PROPERTY_NAMES,
  thankYouHours: 24,
  researchOpensDays: 1,
  researchDueDays: 14,
  followUpAfterDays: 14,
  followUpWindowDays: 7,
  rejectionReplyHours: 48,
  laterNudge: false,
  laterNudgeDays: 14,
  horizonDays: 7,
  myName: "",
  dateFormat: "dddd D MMMM YYYY",
  fileNamePattern: "{{date:YYYY-MM-DD}} {{organization}} - {{position}}",
  openInNewTab: true,
  showStatusBar: true,
  startupNotice: false,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, properties: { ...DEFAULT_PROPERTY_NAMES } };
}

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

const momentFormat: Check = (value) => {
  const problem = text({ required: true })(value);
  if (problem) return problem;
  return /[YMDdHhms]/.test(value as string) ? null : "must contain a date token such as YYYY or D";
};

const fileNamePattern: Check = (value) => {
  const problem = text({ required: true })(value);
  if (problem) return problem;
  return /{{[^{}]+}}/.test(value as string)
    ? null
    : "must contain a placeholder such as {{organization}}, or every note gets the same name";
};

export type ScalarKey = Exclude<keyof Settings, "version" | "properties">;

export const SETTING_CHECKS: Readonly<Record<ScalarKey, Check>> = {
  typeProperty: propertyName,
  typeValue: text({ required: true }),
  tag: text({ required: false }),
  interviewFolder: vaultPathSetting("interviewFolder"),
  templatesFolder: vaultPathSetting("templatesFolder"),
  noteTemplateFile: vaultPathSetting("noteTemplateFile"),
  thankYouHours: wholeNumber(1, 720),
  researchOpensDays: wholeNumber(0, 365),
  researchDueDays: wholeNumber(1, 365),
  followUpAfterDays: wholeNumber(1, 365),
  followUpWindowDays: wholeNumber(1, 365),
  rejectionReplyHours: wholeNumber(1, 720),
  laterNudge: boolean,
  laterNudgeDays: wholeNumber(1, 365),
  horizonDays: wholeNumber(0, 365),
  myName: text({ required: false }),
  dateFormat: momentFormat,
  fileNamePattern,
  openInNewTab: boolean,
  showStatusBar: boolean,
  startupNotice: boolean,
};

export const SCALAR_KEYS = Object.keys(SETTING_CHECKS) as ScalarKey[];
export const PROPERTY_KEYS = Object.keys(DEFAULT_PROPERTY_NAMES) as (keyof PropertyNames)[];

export function tidy(key: ScalarKey, value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (isPathKey(key)) {
    // Spaces around names and doubled or trailing slashes go; a path that is refused is kept as
    // typed, so that the check that follows reports what was written.
    const checked = checkVaultPath(value, PATH_SETTINGS[key].example);
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
    const message = SETTING_CHECKS[key](settings[key]);
    if (message) problems.push({ key, message });
  }
  for (const key of PROPERTY_KEYS) {
    const message = propertyName(settings.properties[key]);
    if (message) problems.push({ key: `properties.${key}`, message });
  }
  return problems.length > 0 ? problems : crossChecks(settings);
}

/** The key of any one setting, with property names as `properties.<name>`. */
export type SettingKey = ScalarKey | `properties.${keyof PropertyNames}`;

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
    return clash ? `is already the name of the ${clash} property` : null;
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
