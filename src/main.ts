import { Notice, Platform, Plugin, moment, normalizePath, setIcon } from "obsidian";
import type { InterviewFollowUpApi } from "./api";
import { type SettingKey, type Settings, defaultSettings, withSetting } from "./domain/settings";
import { loadSettings } from "./domain/settingsLoad";
import { InterviewFollowUpSettingTab, type SettingsHost } from "./obsidian/settingsTab";
import { FollowUpIndex } from "./obsidian/followUpIndex";
import { FOLLOW_UPS_ICON, FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "./obsidian/followUpsView";
import { showItemMenu } from "./obsidian/itemMenu";
import { NoteActions } from "./obsidian/noteActions";
import { registerEmailCommands } from "./obsidian/emailCommands";
import { Emails } from "./obsidian/emails";
import { StatusBarCount } from "./obsidian/statusBar";
import { createInterviewNote } from "./obsidian/createNote";
import { CreateNoteModal, type RoundChoice } from "./obsidian/createNoteModal";
import { type NewInterview, emptyNewInterview, prefillFromLink } from "./domain/newNote";
import type { SidebarActions } from "./ui/actions";

/** States change as time passes, with no note changing: refresh them every minute. */
const TICK_MS = 60_000;
const CREATE_ICON = "file-plus-2";

/** The plugin's lifecycle: load settings, build the services, register what the user sees. */
/** Settings that change which notes are read, or how: the index reads every note again. */
const REREAD: ReadonlySet<string> = new Set([
  "typeProperty",
  "typeValue",
  "tag",
  "interviewFolder",
  "templatesFolder",
  "noteTemplateFile",
  "laterNudge",
]);

export default class InterviewFollowUpPlugin extends Plugin implements SettingsHost {
  override settings: Settings = defaultSettings();

  /** For other plugins and scripts; see src/api.ts. */
  api: InterviewFollowUpApi = {
    followUps: () => ({ now: new Date().toISOString(), ready: false, items: [], problems: [] }),
  };

  override async onload(): Promise<void> {
    await this.loadSettings();
    const settings = () => this.settings;
    const now = () => Date.now();
    const formatExact = (ms: number) => moment(ms).format(`${this.settings.dateFormat} HH:mm`);

    const index = this.addChild(new FollowUpIndex(this.app, settings));
    this.index = index;
    this.api = { followUps: (at?: Date) => index.followUps(at) };
    this.registerInterval(window.setInterval(() => index.tick(), TICK_MS));

    const notes = new NoteActions(this.app, settings, now, formatExact);
    const formatDate = (ms: number) => moment(ms).format(this.settings.dateFormat);
    const emails = new Emails(this.app, settings, index, notes, now, formatDate);
    const actions: SidebarActions = {
      open: (path, newTab) => void this.openNote(path, newTab),
      done: (item) => void notes.markDone(item),
      menu: (item, anchor, event) =>
        showItemMenu(
          item,
          notes,
          emails,
          () => void this.openNote(item.path, false),
          anchor,
          event,
        ),
      restore: (entry) => void notes.restore(entry),
      formatExact,
      icon: (el, name) => setIcon(el, name),
      create: () => this.openCreateForm(emptyNewInterview(Date.now())),
    };
    this.registerView(
      VIEW_TYPE_FOLLOW_UPS,
      (leaf) => new FollowUpsView(leaf, { index, now, actions }),
    );
    this.addRibbonIcon(FOLLOW_UPS_ICON, "Open follow-ups", () => void this.openFollowUps());
    this.addCommand({
      id: "open-follow-ups",
      name: "Open follow-ups",
      callback: () => void this.openFollowUps(),
    });

    this.addRibbonIcon(CREATE_ICON, "Create interview note", () =>
      this.openCreateForm(emptyNewInterview(Date.now())),
    );
    this.addCommand({
      id: "create-interview-note",
      name: "Create interview note",
      callback: () => this.openCreateForm(emptyNewInterview(Date.now())),
    });
    // obsidian://interview-follow-up?organization=…&position=…&date=…&contact=…&email=…
    // opens the form filled in; the note is only created when the user submits it.
    this.registerObsidianProtocolHandler("interview-follow-up", (params) =>
      this.openCreateForm(prefillFromLink(params, Date.now())),
    );

    registerEmailCommands(this, index, emails, notes);

    this.addSettingTab(new InterviewFollowUpSettingTab(this.app, this, this));

    if (Platform.isDesktop) {
      this.addChild(
        new StatusBarCount(
          this.addStatusBarItem(),
          index,
          settings,
          now,
          () => void this.openFollowUps(),
        ),
      );
    }
    this.app.workspace.onLayoutReady(() => {
      // The index has been built by now (its own layout-ready callback was registered first).
      if (!this.settings.startupNotice) return;
      const count = index.dueCount(Date.now());
      if (count > 0)
        new Notice(
          count === 1 ? "1 interview follow-up is due." : `${count} interview follow-ups are due.`,
        );
    });
  }

  /** The index, once loaded; the create form lists its interview notes as earlier rounds. */
  private index: FollowUpIndex | null = null;

  /** Opens the "Create interview note" form with these values. */
  openCreateForm(initial: NewInterview): void {
    new CreateNoteModal(
      this.app,
      initial,
      () => this.roundChoices(),
      (input) => this.createNote(input),
    ).open();
  }

  private roundChoices(): RoundChoice[] {
    const choices: RoundChoice[] = [];
    for (const reading of this.index?.all() ?? []) {
      if (reading.kind !== "interview") continue;
      const { path, organization, position, contact, email } = reading.interview;
      choices.push({
        path,
        previousRound: path.replace(/\.md$/, ""),
        organization,
        position,
        contact,
        email,
      });
    }
    return choices.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
  }

  /** Creates and opens the note; false (with a notice) when it could not be created. */
  private async createNote(input: NewInterview): Promise<boolean> {
    try {
      const file = await createInterviewNote(
        this.app,
        this.settings,
        input,
        Date.now(),
        (ms, format) => moment(ms).format(format),
      );
      await this.app.workspace
        .getLeaf(this.settings.openInNewTab ? "tab" : false)
        .openFile(file, { active: true });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      new Notice(`The interview note could not be created: ${detail}.`);
      return false;
    }
    return true;
  }

  /**
   * Saves one change from the settings tab (already checked there) and applies it at once: the
   * index reads the notes again when recognition or property names change; otherwise the views
   * and the status bar just recompute. This is the only place data.json is written, so a
   * corrupt file is left as it is until the user changes a setting.
   */
  async changeSetting(key: SettingKey, value: unknown): Promise<void> {
    const next = withSetting(this.settings, key, value);
    try {
      await this.saveData(next);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      new Notice(`The setting could not be saved (${detail}); nothing was changed.`);
      return;
    }
    this.settings = next;
    if (REREAD.has(key) || key.startsWith("properties.")) this.index?.rebuild();
    else this.index?.tick();
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
    const notAFile = await this.settingsFileProblem();
    if (notAFile !== null) {
      this.notify([notAFile]);
      return;
    }
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

  /**
   * A data.json that is not a file (a folder, say) is reported rather than read: the defaults are
   * used and nothing is written there until the user changes a setting.
   */
  private async settingsFileProblem(): Promise<string | null> {
    const folder = this.manifest.dir;
    if (folder === undefined || folder === "") return null;
    const path = normalizePath(`${folder}/data.json`);
    let type: string | undefined;
    try {
      type = (await this.app.vault.adapter.stat(path))?.type;
    } catch {
      return null; // loadData will say what is wrong, if anything is.
    }
    if (type === undefined || type === "file") return null;
    return `The settings file "${path}" is a ${type}, not a file; the defaults are used. Move it away so that the settings can be saved.`;
  }

  private notify(notes: string[]): void {
    if (notes.length === 0) return;
    new Notice(`Interview follow-up: ${notes.join(" ")}`);
  }
}
