import { Platform, Plugin } from "obsidian";
import type { InterviewFollowUpApi } from "./api";
import { rereadsNotes } from "./domain/settingRules";
import { type SettingKey, type Settings, defaultSettings } from "./domain/settings";
import { computeFollowUps } from "./domain/followups";
import { insightsOf } from "./domain/insights";
import { emptyNewInterview, formFromLink } from "./domain/newNote";
import { registerCalendarExport } from "./obsidian/calendarExport";
import { AwaySummary } from "./obsidian/awayNotice";
import { registerPipelineView } from "./obsidian/basesPipelineView";
import { registerEmailCommands } from "./obsidian/emailCommands";
import type { FollowUpIndex } from "./obsidian/followUpIndex";
import { FOLLOW_UPS_ICON, FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "./obsidian/followUpsView";
import { openFollowUps } from "./obsidian/navigation";
import { registerObsidianCli } from "./obsidian/obsidianCli";
import { apiTime, buildServices } from "./obsidian/pluginServices";
import { readSettings, saveSetting } from "./obsidian/settingsFile";
import { InterviewFollowUpSettingTab, type SettingsHost } from "./obsidian/settingsTab";
import { StatusBarCount } from "./obsidian/statusBar";

/** States change as time passes, with no note changing: refresh them every minute. */
const TICK_MS = 60_000;
const CREATE_ICON = "file-plus-2";

/** The plugin's lifecycle: load settings, build the services, register what the user sees. */
export default class InterviewFollowUpPlugin extends Plugin implements SettingsHost {
  override settings: Settings = defaultSettings();

  /** For other plugins and scripts; see src/api.ts. */
  api: InterviewFollowUpApi = {
    followUps: (now) => computeFollowUps([], this.settings, apiTime(now), false),
    insights: (now) => insightsOf([], apiTime(now), false),
  };

  /** The index, once loaded: a settings change may ask it to read every note again. */
  private index: FollowUpIndex | null = null;

  override async onload(): Promise<void> {
    this.settings = await readSettings(this, defaultSettings());
    const services = buildServices(this.app, this, () => this.settings);
    const { index, openCreateForm } = services;
    this.index = index;
    this.api = services.api;
    this.registerInterval(window.setInterval(() => index.tick(), TICK_MS));
    const openSidebar = () => void this.openFollowUps();
    const createForm = () => openCreateForm(emptyNewInterview(Date.now()));
    // "Since you were away": its one notice waits for the index (see awayNotice.ts).
    const away = this.addChild(
      new AwaySummary(
        this.app,
        index,
        () => this.settings,
        () => Date.now(),
        openSidebar,
      ),
    );

    this.registerView(
      VIEW_TYPE_FOLLOW_UPS,
      (leaf) =>
        new FollowUpsView(leaf, {
          index,
          now: Date.now,
          callbacks: services.sidebar,
          funnel: services.funnel,
          away,
        }),
    );
    this.addRibbonIcon(FOLLOW_UPS_ICON, "Open follow-ups", openSidebar);
    this.addCommand({ id: "open-follow-ups", name: "Open follow-ups", callback: openSidebar });
    this.addRibbonIcon(CREATE_ICON, "Create interview note", createForm);
    this.addCommand({
      id: "create-interview-note",
      name: "Create interview note",
      callback: createForm,
    });
    // obsidian://interview-follow-up?organization=…&position=…&date=…&contact=…&email=…
    // (&contact2=…&email2=… for a panel, &decision_by=… for the day they will decide by)
    // opens the form filled in; the note is only created when the user submits it.
    this.registerObsidianProtocolHandler("interview-follow-up", (params) =>
      openCreateForm(formFromLink(params, Date.now())),
    );
    registerEmailCommands(this, index, services.emails, services.notes);
    registerCalendarExport(this, index, () => this.settings);
    // Where the app has them: Bases views (1.10) and Obsidian's command line (1.12.2).
    const settings = () => this.settings;
    registerPipelineView(this, { index, settings, now: Date.now, callbacks: services.sidebar });
    // Like the due list: `ready` only while the index is still not built.
    registerObsidianCli(this, index, (at) =>
      insightsOf(index.all(), at, index.ready ? undefined : false),
    );
    this.addSettingTab(new InterviewFollowUpSettingTab(this.app, this, this));

    if (Platform.isDesktop) {
      const el = this.addStatusBarItem();
      this.addChild(new StatusBarCount(el, index, () => this.settings, Date.now, openSidebar));
    }
  }

  /**
   * Saves one change from the settings tab (already checked there) and applies it at once: the
   * index reads the notes again when the setting says so; otherwise the views and the status
   * bar just recompute. This is the only place data.json is written.
   */
  async changeSetting(key: SettingKey, value: unknown): Promise<void> {
    const next = await saveSetting(this, this.settings, key, value);
    if (next === null) return;
    this.settings = next;
    if (rereadsNotes(key)) this.index?.rebuild();
    else this.index?.tick();
  }

  /** Shows the follow-ups view in the right sidebar, creating it the first time. */
  async openFollowUps(): Promise<void> {
    await openFollowUps(this.app);
  }
}
