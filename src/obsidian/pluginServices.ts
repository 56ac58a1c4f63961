/**
 * The plugin's long-lived services and the sidebar's callbacks, built once at load: what
 * `main.ts` registers. Nothing here holds the plugin itself, only the app and what it is given.
 */

import { type App, type Component, moment, setIcon } from "obsidian";
import type { InterviewFollowUpApi } from "../api";
import { earlierRoundChoices } from "../domain/earlierRounds";
import { type FunnelFigures, funnelOf, insightsOf } from "../domain/insights";
import { type NewInterviewForm, emptyNewInterview } from "../domain/newNote";
import type { Settings } from "../domain/settings";
import { parseWhenText } from "../domain/time";
import type { SidebarCallbacks } from "../ui/sidebarCallbacks";
import { createAndOpenNote } from "./createNote";
import { CreateNoteModal } from "./createNoteModal";
import { Emails } from "./emails";
import { FollowUpIndex } from "./followUpIndex";
import { showItemMenu } from "./itemMenu";
import { openNote } from "./navigation";
import { NoteWriter } from "./noteWriter";

export interface PluginServices {
  index: FollowUpIndex;
  notes: NoteWriter;
  emails: Emails;
  sidebar: SidebarCallbacks;
  api: InterviewFollowUpApi;
  /** The sidebar's funnel at a time: the insights' figures. */
  funnel: (now: number) => FunnelFigures | null;
  /** Opens the "Create interview note" form with these values. */
  openCreateForm: (initial: NewInterviewForm) => void;
}

/** Builds the services; the index is a child of `owner`, so its events end with the plugin. */
export function buildServices(
  app: App,
  owner: Component,
  settings: () => Settings,
): PluginServices {
  const now = () => Date.now();
  const formatExact = (ms: number) => moment(ms).format(`${settings().dateFormat} HH:mm`);
  const formatDate = (ms: number) => moment(ms).format(settings().dateFormat);
  const index = owner.addChild(new FollowUpIndex(app, settings));
  const notes = new NoteWriter(app, settings, now, formatExact);
  const emails = new Emails(app, settings, index, notes, now, formatDate);
  const openCreateForm = (initial: NewInterviewForm) =>
    new CreateNoteModal(
      app,
      initial,
      () => earlierRoundChoices(index.all()),
      (input) =>
        createAndOpenNote(app, settings(), input, (ms, format) => moment(ms).format(format)),
    ).open();
  const sidebar: SidebarCallbacks = {
    open: (path, newTab) => void openNote(app, path, newTab),
    done: (item) => void notes.markDone(item),
    menu: (item, anchor, event) =>
      showItemMenu(item, notes, emails, () => void openNote(app, item.path, false), anchor, event),
    restore: (entry) => void notes.restore(entry),
    formatExact,
    icon: (el, name) => setIcon(el, name),
    create: () => openCreateForm(emptyNewInterview(Date.now())),
  };
  const api: InterviewFollowUpApi = {
    followUps: (at?: Date) => index.followUps(apiTime(at)),
    insights: (at?: Date) => insightsOf(index.all(), apiTime(at), index.ready),
  };
  const funnel = (at: number) => funnelOf(insightsOf(index.all(), new Date(at), index.ready));
  return { index, notes, emails, sidebar, api, funnel, openCreateForm };
}

/**
 * The `now` a script gave the API as a Date: none (undefined or null) is the current time; a
 * Date, a number of milliseconds, an object whose `valueOf()` is milliseconds (Dataview's Luxon
 * dates, Obsidian's moment), or text as the command line's `--now` reads it (a date alone is
 * its start) is that time. Anything else, or a time outside what a Date holds, is refused with a
 * TypeError that says so, rather than one from deep inside.
 */
export function apiTime(now: unknown): Date {
  if (now === undefined || now === null) return new Date();
  if (typeof now === "string") {
    const read = parseWhenText(now, "start-of-day");
    if (!read.ok) throw new TypeError(`interview-follow-up api: \`now\` ${read.reason}`);
    return new Date(read.when.ms);
  }
  let ms: unknown = Number.NaN;
  try {
    ms = now.valueOf();
  } catch {
    // A symbol, an object without valueOf, or one whose valueOf throws: not a time.
  }
  // Only a number is a time: not true, nor a list or an object that stands for itself.
  if (typeof ms !== "number") ms = Number.NaN;
  const date = new Date(ms as number); // Invalid for NaN, ±Infinity and past ±8.64e15 alike.
  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`interview-follow-up api: \`now\` (a ${typeof now}) is not a time`);
  }
  return date;
}
