/**
 * The plugin's data.json: read once at start-up and written only when the user changes a
 * setting, so a file that is not JSON, or not a file at all, is reported once and left as it is.
 */

import { type Plugin, Notice, normalizePath } from "obsidian";
import { withSetting } from "../domain/settingRules";
import type { SettingKey, Settings } from "../domain/settings";
import { loadSettings } from "../domain/settingsLoad";
import { isRecord } from "../domain/values";
import { errorMessage } from "../domain/text";

/** One notice for everything loading found, or none. */
function notify(notes: string[]): void {
  if (notes.length === 0) return;
  new Notice(`Interview follow-up: ${notes.join(" ")}`);
}

/**
 * A data.json that is not a file (a folder, say) is reported rather than read: the defaults are
 * used and nothing is written there until the user changes a setting.
 */
async function notAFile(plugin: Plugin): Promise<string | null> {
  const folder = plugin.manifest.dir;
  if (!folder) return null;
  const path = normalizePath(`${folder}/data.json`);
  // A stat that fails says nothing: loadData will say what is wrong, if anything is.
  const type = (await plugin.app.vault.adapter.stat(path).catch(() => null))?.type;
  if (!type || type === "file") return null;
  return `The settings file "${path}" is a ${type}, not a file; the defaults are used. Move it away so that the settings can be saved.`;
}

/** The stored settings merged with the defaults; what could not be used is told in one notice. */
export async function readSettings(plugin: Plugin, defaults: Settings): Promise<Settings> {
  const problem = await notAFile(plugin);
  if (problem !== null) {
    notify([problem]);
    return defaults;
  }
  let stored: unknown;
  try {
    stored = await plugin.loadData();
  } catch (error) {
    // A data.json that is not JSON: tell the user once, keep the file as it is.
    notify([
      `The settings file could not be read (${errorMessage(error)}); the defaults are used.`,
    ]);
    return defaults;
  }
  const loaded = loadSettings(stored);
  notify(loaded.notes);
  return loaded.settings;
}

/**
 * Saves one change (already checked by the settings tab): the new settings, or null with a
 * notice when they could not be saved and nothing changed.
 */
export async function saveSetting(
  plugin: Plugin,
  settings: Settings,
  key: SettingKey,
  value: unknown,
): Promise<Settings | null> {
  const next = withSetting(settings, key, value);
  try {
    // What the file holds beyond these settings (a newer version's, say) stays as it is.
    const stored: unknown = await plugin.loadData().catch(() => 0);
    const kept = isRecord(stored) ? stored : {};
    await plugin.saveData({
      ...kept,
      ...next,
      properties: { ...(isRecord(kept.properties) && kept.properties), ...next.properties },
    });
  } catch (error) {
    new Notice(`The setting could not be saved (${errorMessage(error)}); nothing was changed.`);
    return null;
  }
  return next;
}
