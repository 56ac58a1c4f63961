import { Notice, Plugin, moment } from "obsidian";
import type { InterviewFollowUpApi } from "./api";
import { type Settings, defaultSettings, loadSettings } from "./domain/settings";
import { FollowUpIndex } from "./obsidian/followUpIndex";
import { FOLLOW_UPS_ICON, FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "./obsidian/followUpsView";

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

    this.registerView(
      VIEW_TYPE_FOLLOW_UPS,
      (leaf) =>
        new FollowUpsView(leaf, {
          index,
          settings: () => this.settings,
          openNote: (path, newTab) => this.openNote(path, newTab),
          formatExact: (ms) => moment(ms).format(`${this.settings.dateFormat} HH:mm`),
          now: () => Date.now(),
        }),
    );
    this.addRibbonIcon(FOLLOW_UPS_ICON, "Open follow-ups", () => void this.openFollowUps());
    this.addCommand({
      id: "open-follow-ups",
      name: "Open follow-ups",
      callback: () => void this.openFollowUps(),
    });
  }

  /** Shows the follow-ups view in the right sidebar, creating it the first time. */
  async openFollowUps(): Promise<void> {
    const { workspace } = this.app;
    const leaf = await workspace.ensureSideLeaf(VIEW_TYPE_FOLLOW_UPS, "right", {
      active: true,
      reveal: true,
    });
    await workspace.revealLeaf(leaf);
  }

  async openNote(path: string, newTab: boolean): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (file === null) {
      new Notice(`"${path}" no longer exists.`);
      return;
    }
    await this.app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
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
