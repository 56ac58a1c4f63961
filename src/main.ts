import { Notice, Plugin } from "obsidian";
import type { InterviewFollowUpApi } from "./api";
import { type Settings, defaultSettings, loadSettings } from "./domain/settings";
import { FollowUpIndex } from "./obsidian/followUpIndex";

/** The plugin's lifecycle: load settings, build the services, register what the user sees. */
export default class InterviewFollowUpPlugin extends Plugin {
  override settings: Settings = defaultSettings();

  /** For other plugins and scripts; see src/api.ts. */
  api: InterviewFollowUpApi = {
    followUps: () => ({ now: new Date().toISOString(), ready: false, items: [], problems: [] }),
  };

  override async onload(): Promise<void> {
    await this.loadSettings();
    const index = this.addChild(new FollowUpIndex(this.app, () => this.settings));
    this.api = { followUps: (now?: Date) => index.followUps(now) };
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
