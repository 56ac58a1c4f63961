import { Notice, Plugin } from "obsidian";
import { type Settings, defaultSettings, loadSettings } from "./domain/settings";

/** The plugin's lifecycle: load settings; every service is built from here. */
export default class InterviewFollowUpPlugin extends Plugin {
  override settings: Settings = defaultSettings();

  override async onload(): Promise<void> {
    await this.loadSettings();
  }

  async loadSettings(): Promise<void> {
    let stored: unknown;
    try {
      stored = await this.loadData();
    } catch (error) {
      // A data.json that is not JSON: tell the user once, keep the file as it is.
      const detail = error instanceof Error ? error.message : String(error);
      this.notify([`The settings file could not be read (${detail}); the defaults are used.`]);
      return;
    }
    const loaded = loadSettings(stored);
    this.settings = loaded.settings;
    this.notify(loaded.notes);
  }

  private notify(notes: string[]): void {
    if (notes.length === 0) return;
    new Notice(`Interview follow-up: ${notes.join(" ")}`);
  }
}
