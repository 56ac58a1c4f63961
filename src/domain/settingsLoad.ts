/**
 * Reading stored settings: versioned migration, merging over the defaults key by key, and
 * reporting (never throwing on) a corrupt or invalid file. The plugin and the command line both
 * load settings through here.
 */

import {
  DEFAULT_PROPERTY_NAMES,
  DEFAULT_SETTINGS,
  PROPERTY_KEYS,
  SCALAR_KEYS,
  SETTINGS_VERSION,
  type Settings,
  defaultSettings,
} from "./settings";
import {
  PATH_SETTINGS,
  type PathKey,
  SETTING_RULES,
  crossChecks,
  isPathKey,
  propertyName,
  tidy,
} from "./settingRules";
import { errorMessage } from "./text";
import { isRecord } from "./values";

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Version 1's on/off "later nudge" becomes a number of nudges: off was one nudge, on was a nudge
 * and then more (three). Its gap becomes the gap between nudges. A value the user already wrote
 * under the new names wins. An on/off value that is not true or false says nothing: the default
 * number of nudges applies; a gap is kept as written, for the checks to judge.
 */
function nudgesFromLaterNudge(raw: Record<string, unknown>): Record<string, unknown> {
  const { laterNudge, laterNudgeDays, ...rest } = raw;
  const next: Record<string, unknown> = { ...rest, version: 2 };
  if (own(raw, "maxNudges") === undefined && typeof laterNudge === "boolean") {
    next.maxNudges = laterNudge ? 3 : 1;
  }
  if (own(raw, "nudgeGapDays") === undefined && laterNudgeDays !== undefined) {
    next.nudgeGapDays = laterNudgeDays;
  }
  return next;
}

/**
 * Version 2's start-up count notice gives way to the "since you were away" notice. The old one
 * was off unless turned on, and the whole settings object is saved on any change, so a stored
 * `false` is nearly always its default, not a choice against the new notice: `awaySummary`
 * keeps its own default (on) or what the user already wrote under the new name.
 */
function awayFromStartupNotice(raw: Record<string, unknown>): Record<string, unknown> {
  const { startupNotice: _replaced, ...rest } = raw;
  return { ...rest, version: 3 };
}

/**
 * Migrations, indexed by the version they start from: `MIGRATIONS[0]` turns a version-0
 * object into version 1. Version 0 is a file without a `version` key (hand-written, or from a
 * pre-release build); its keys already mean what version 1's mean.
 */
const MIGRATIONS: ReadonlyArray<(raw: Record<string, unknown>) => Record<string, unknown>> = [
  (raw) => ({ ...raw, version: 1 }),
  nudgesFromLaterNudge,
  awayFromStartupNotice,
];

export interface LoadedSettings {
  settings: Settings;
  /** Things the user should be told once: corrupt file, values replaced by defaults. */
  notes: string[];
  /** The version the stored object had, when it was migrated to the current one. */
  migratedFrom: number | null;
}

/** Brings a stored object to the current version. Exposed for tests and for the plugin. */
export function migrateSettings(raw: Record<string, unknown>): {
  raw: Record<string, unknown>;
  from: number;
} {
  const stored = own(raw, "version");
  const from = typeof stored === "number" && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  let current = raw;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) current = step(current);
  }
  return { raw: current, from };
}

/** How much of a refused path a message quotes: enough to find it in data.json. */
const QUOTED_LENGTH = 80;

/**
 * A refused folder or note path: which setting (its key in data.json and its name in the
 * settings tab), what was written, what is wrong, what to write, and what is used meanwhile.
 */
function pathNote(key: PathKey, value: unknown, message: string): string {
  const written = typeof value === "string" ? ` ${quoteOnOneLine(value)}` : "";
  const fallback = DEFAULT_SETTINGS[key];
  const meanwhile =
    fallback === "" ? "It is left empty for now." : `The default "${fallback}" is used for now.`;
  return `Setting "${key}" (${PATH_SETTINGS[key].name})${written} ${message}. ${meanwhile}`;
}

/**
 * A value in quotes, shortened, with every control character and line separator escaped, so
 * that the message stays one line (JSON escapes only the C0 controls).
 */
function quoteOnOneLine(value: string): string {
  const short = value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH)}…` : value;
  return JSON.stringify(short).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Turns what was stored (already parsed JSON, or null/undefined when there is no file) into
 * settings: migrated, merged over the defaults key by key, and with every invalid value
 * replaced by its default and reported.
 */
export function loadSettings(stored: unknown): LoadedSettings {
  const settings = defaultSettings();
  if (stored === null || stored === undefined) return { settings, notes: [], migratedFrom: null };
  if (!isRecord(stored)) {
    return {
      settings,
      notes: ["The settings file is not a settings object; the defaults are used."],
      migratedFrom: null,
    };
  }
  const notes: string[] = [];
  const { raw, from } = migrateSettings(stored);
  if (from > SETTINGS_VERSION) {
    notes.push(
      `The settings were saved by a newer version of the plugin (format ${from}); settings it does not know are ignored.`,
    );
  }
  const mutable = settings as unknown as Record<string, unknown>;
  for (const key of SCALAR_KEYS) {
    const value = own(raw, key);
    if (value === undefined) continue;
    const tidied = tidy(key, value);
    const message = SETTING_RULES[key].check(tidied);
    if (message) {
      notes.push(
        isPathKey(key)
          ? pathNote(key, value, message)
          : `Setting "${key}" ${message}; the default is used.`,
      );
    } else mutable[key] = tidied;
  }
  const properties = own(raw, "properties");
  if (properties !== undefined && !isRecord(properties)) {
    notes.push('Setting "properties" must be a map of property names; the defaults are used.');
  } else if (properties !== undefined) {
    for (const key of PROPERTY_KEYS) {
      const value = own(properties, key);
      if (value === undefined) continue;
      const message = propertyName(value);
      if (message) notes.push(`Property name "${key}" ${message}; the default is used.`);
      else settings.properties[key] = (value as string).trim();
    }
  }
  // A type property named as a property goes back to "type", unless it is "type" already.
  const typeClash = crossChecks(settings).find((problem) => problem.key === "typeProperty");
  const type = DEFAULT_SETTINGS.typeProperty;
  if (typeClash && settings.typeProperty !== type) {
    notes.push(`Setting "typeProperty" ${typeClash.message}; "${type}" is used.`);
    settings.typeProperty = type;
  }
  for (const problem of crossChecks(settings)) {
    if (problem.key === "typeProperty" || problem.key.startsWith("properties.")) {
      // Two roles sharing one name cannot be told apart; the defaults are all distinct, and
      // none is "type". A property named "type" is the one the type property clashes with.
      const why =
        problem.key === "typeProperty" ? `"${type}" is the type property's name` : problem.message;
      notes.push(`Property name ${why}; the default property names are used.`);
      settings.properties = { ...DEFAULT_PROPERTY_NAMES };
      break;
    }
    notes.push(`Setting "${problem.key}" ${problem.message}; the default timings are used.`);
    settings.researchOpensDays = DEFAULT_SETTINGS.researchOpensDays;
    settings.researchDueDays = DEFAULT_SETTINGS.researchDueDays;
  }
  return { settings, notes, migratedFrom: from < SETTINGS_VERSION ? from : null };
}

/** Reads the text of a `data.json` file. A file that is not JSON is reported, never thrown. */
export function parseSettingsJson(text: string): LoadedSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      settings: defaultSettings(),
      notes: [
        `The settings file is not valid JSON (${errorMessage(error)}); the defaults are used.`,
      ],
      migratedFrom: null,
    };
  }
  return loadSettings(parsed);
}
