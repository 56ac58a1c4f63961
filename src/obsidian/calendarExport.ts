/**
 * "Export follow-ups to calendar": the follow-ups with a deadline written as an `.ics` file inside
 * the vault (see calendar.ts), rewritten in place through the vault API. With "Keep the calendar
 * file current" on, it is rewritten a little after the follow-ups change, and only when it would
 * say something new (a new DTSTAMP alone is not news: the clock ticks every minute).
 */

import { type App, Component, Notice, type Plugin, TFile, normalizePath } from "obsidian";
import { calendarText, eventCount, sameCalendar } from "../domain/calendar";
import { plural } from "../domain/labels";
import type { Settings } from "../domain/settings";
import { CALENDAR_PATH, SETTING_RULES } from "../domain/settingRules";
import { checkVaultPath } from "../domain/vaultPath";
import { ensureFolder } from "./createNote";
import type { FollowUpIndex } from "./followUpIndex";
import { errorMessage } from "../domain/text";

/** How long the follow-ups must stay unchanged before the file is rewritten. */
export const CALENDAR_REFRESH_MS = 2_000;

export type ExportResult =
  | { ok: true; path: string; events: number; written: boolean }
  | { ok: false; path: string; reason: string };

export class CalendarExport extends Component {
  private timer: number | null = null;
  /** The write under way, so that two never interleave. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly app: App,
    private readonly index: FollowUpIndex,
    private readonly settings: () => Settings,
    private readonly now: () => number = () => Date.now(),
  ) {
    super();
  }

  override onload(): void {
    this.register(this.index.onChange(() => this.schedule()));
    this.register(() => this.cancel());
  }

  private cancel(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }

  /** A refresh after the follow-ups have stopped changing for a moment, when the setting is on. */
  private schedule(): void {
    if (!this.settings().calendarAutoRefresh || !this.index.ready) return;
    this.cancel();
    this.timer = window.setTimeout(() => {
      this.timer = null;
      // The setting may have been turned off while the refresh waited.
      if (!this.settings().calendarAutoRefresh) return;
      void this.write(false).then((result) => {
        if (!result.ok) new Notice(`Could not refresh the calendar file: ${result.reason}`);
      });
    }, CALENDAR_REFRESH_MS);
  }

  /** The command: writes the file now and says how it went. */
  async exportNow(): Promise<ExportResult> {
    const result = await this.write(true);
    new Notice(
      result.ok
        ? `Exported ${plural(result.events, "follow-up")} to ${result.path}.`
        : `Could not export the calendar: ${result.reason}`,
    );
    return result;
  }

  /**
   * Writes the calendar file; `always` rewrites it even when only its DTSTAMPs would change.
   * Never throws: a failure is the result's reason.
   */
  write(always: boolean): Promise<ExportResult> {
    const next = this.writing
      .then(() => this.writeNow(always))
      .catch((error: unknown): ExportResult => {
        const path = this.settings().calendarPath;
        return {
          ok: false,
          path,
          reason: `the calendar could not be made (${errorMessage(error)}).`,
        };
      });
    this.writing = next;
    return next;
  }

  private async writeNow(always: boolean): Promise<ExportResult> {
    const setting = this.settings().calendarPath;
    const problem = SETTING_RULES.calendarPath.check(setting);
    const checked = checkVaultPath(setting, CALENDAR_PATH.example);
    if (problem !== null || !checked.ok) {
      const why = checked.ok ? problem : checked.problem;
      return { ok: false, path: setting, reason: `the setting "${CALENDAR_PATH.name}" ${why}.` };
    }
    const path = normalizePath(checked.path);
    if (!this.index.ready) {
      return { ok: false, path, reason: "the follow-ups are still being read; try again." };
    }
    const text = calendarText(this.index.followUps(new Date(this.now())));
    const events = eventCount(text);
    try {
      const { vault } = this.app;
      const existing = vault.getAbstractFileByPath(path);
      if (existing !== null && !(existing instanceof TFile)) {
        return { ok: false, path, reason: `"${path}" is a folder.` };
      }
      if (existing instanceof TFile) {
        // A read first: with nothing new, the file is not even opened for writing.
        if (!always && sameCalendar(await vault.read(existing), text)) {
          return { ok: true, path, events, written: false };
        }
        let written = false;
        await vault.process(existing, (current) => {
          if (!always && sameCalendar(current, text)) return current;
          written = true;
          return text;
        });
        return { ok: true, path, events, written };
      }
      const slash = path.lastIndexOf("/");
      if (slash > 0) await ensureFolder(this.app, path.slice(0, slash));
      await vault.create(path, text);
      return { ok: true, path, events, written: true };
    } catch (error) {
      return {
        ok: false,
        path,
        reason: `"${path}" could not be written (${errorMessage(error)}).`,
      };
    }
  }
}

/** Adds the calendar export to the plugin: its command, and its refreshes while it is loaded. */
export function registerCalendarExport(
  plugin: Plugin,
  index: FollowUpIndex,
  settings: () => Settings,
): CalendarExport {
  const calendar = plugin.addChild(new CalendarExport(plugin.app, index, settings));
  plugin.addCommand({
    id: "export-follow-ups-to-calendar",
    name: "Export follow-ups to calendar",
    callback: () => void calendar.exportNow(),
  });
  return calendar;
}
