import { type App, Notice, type TFile } from "obsidian";
import { NoticeOffer } from "./noticeOffer";
import {
  type Change,
  type QuickStatus,
  applyChanges,
  changedSince,
  dismiss,
  markDone,
  quickStatus,
  snooze,
  undismiss,
  unsnooze,
  writtenBy,
} from "../domain/edits";
import { doneAction } from "../domain/followUpKinds";
import type { Settings } from "../domain/settings";
import type { HiddenEntry, SidebarItem } from "../domain/sidebar";
import type { Frontmatter } from "../domain/values";
import type { ActionId } from "../domain/types";
import { errorMessage } from "../domain/text";

/** What an action needs to know of a follow-up. */
export interface Target {
  path: string;
  action: ActionId;
  label: string;
  /** The one person of a panel it is for; null or absent otherwise. */
  contact?: string | null;
}

/** How long the notice with the Undo button stays. */
const UNDO_NOTICE_MS = 10_000;

/**
 * Every write the sidebar makes to a note's properties. Each goes through
 * `FileManager.processFrontMatter`, so the body and the other properties are left as they are,
 * and each is followed by a notice with an Undo button that puts back exactly what it changed,
 * provided that the note still holds exactly what the write left there.
 */
export class NoteWriter {
  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
    private readonly now: () => number,
    private readonly formatExact: (ms: number) => string,
  ) {}

  markDone(item: Target): Promise<void> {
    const contact = item.contact ?? null;
    const label = contact === null ? item.label : `${item.label} to ${contact}`;
    const notice = doneAction(item.action, label)?.notice ?? `Marked done: ${label}.`;
    return this.write(item.path, notice, (fm) =>
      markDone(item.action, fm, this.settings(), this.now(), contact),
    );
  }

  snooze(item: SidebarItem, days: number): Promise<void> {
    const date = new Date(this.now());
    date.setDate(date.getDate() + days);
    const until = date.getTime();
    return this.write(item.path, `Snoozed until ${this.formatExact(until)}.`, (fm) =>
      snooze(fm, this.settings(), until),
    );
  }

  dismiss(item: SidebarItem): Promise<void> {
    return this.write(item.path, `Dismissed: ${item.label}.`, (fm) =>
      dismiss(item.action, fm, this.settings()),
    );
  }

  quick(path: string, kind: QuickStatus, message: string): Promise<void> {
    return this.write(path, message, (fm) => quickStatus(kind, fm, this.settings(), this.now()));
  }

  restore(entry: HiddenEntry): Promise<void> {
    const { action } = entry;
    if (entry.kind === "snoozed" || action === null) {
      return this.write(entry.path, "The snooze is over.", (fm) => unsnooze(fm, this.settings()));
    }
    return this.write(entry.path, `Brought back: ${entry.label}.`, (fm) =>
      undismiss(action, fm, this.settings()),
    );
  }

  /** Applies the planned changes to one note, then offers to undo them. */
  private async write(
    path: string,
    message: string,
    plan: (fm: Frontmatter) => Change[],
  ): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (file === null) {
      new Notice(`"${path}" no longer exists.`);
      return;
    }
    const done = await this.apply(file, plan);
    if (done === null || done.undo.length === 0) return;
    this.undo.show(`${message} `, [], { file, ...done });
  }

  /**
   * Runs the plan inside `processFrontMatter`. Returns the changes that undo it and what it left
   * in the note, or null when the note could not be changed (said in a notice) or when `plan`
   * threw `Untouched` (the note is then left as it was, not even rewritten).
   */
  private async apply(file: TFile, plan: (fm: Frontmatter) => Change[]): Promise<Done | null> {
    let done: Done = { undo: [], written: [] };
    try {
      await this.app.fileManager.processFrontMatter(
        file,
        (frontmatter: Record<string, unknown>) => {
          const changes = plan(frontmatter);
          // Nothing to write (done or dismissed already, say): the note is not even rewritten.
          if (changes.length === 0)
            throw new Untouched(`"${file.path}" already says so: nothing was changed.`);
          const undo = applyChanges(frontmatter, changes);
          done = { undo, written: writtenBy(frontmatter, changes) };
        },
      );
    } catch (error) {
      if (error instanceof Untouched) {
        new Notice(error.message);
        return null;
      }
      new Notice(`Could not change "${file.path}": ${errorMessage(error)}. The note is unchanged.`);
      return null;
    }
    return done;
  }

  /**
   * The latest change's Undo, offered in a notice and by the command. It puts the old values
   * back only when every property the change wrote still holds what it wrote; otherwise it
   * changes nothing and says which properties were changed since.
   */
  readonly undo = new NoticeOffer<{ file: TFile } & Done>("Undo", UNDO_NOTICE_MS, (last) =>
    this.apply(last.file, (frontmatter) => {
      const changed = changedSince(frontmatter, last.written);
      if (changed.length > 0) throw new Untouched(nothingUndone(last.file.path, changed));
      return last.undo;
    }),
  );
}

/** A write's undo, and what the write left in the note (see `writtenBy`). */
interface Done {
  undo: Change[];
  written: Change[];
}

/** Thrown inside `processFrontMatter` to leave the note exactly as it is, with a message. */
class Untouched extends Error {}

function nothingUndone(path: string, keys: string[]): string {
  const names = keys.map((key) => `"${key}"`);
  const list =
    names.length === 1
      ? names.join("")
      : `${names.slice(0, -1).join(", ")} and ${names.slice(-1).join("")}`;
  const verb = names.length === 1 ? "was" : "were";
  return `Nothing was undone: ${list} in "${path}" ${verb} changed since. The note is left as it is.`;
}
