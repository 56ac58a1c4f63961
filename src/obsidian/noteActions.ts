import { type App, Notice, type TFile } from "obsidian";
import { NoticeOffer } from "./noticeOffer";
import {
  type Change,
  type QuickStatus,
  applyChanges,
  dismiss,
  markDone,
  quickStatus,
  snooze,
  undismiss,
  unsnooze,
} from "../domain/edits";
import type { Settings } from "../domain/settings";
import type { HiddenEntry, SidebarItem } from "../domain/sidebar";
import type { Frontmatter } from "../domain/values";
import type { ActionId } from "../domain/types";

/** What an action needs to know of a follow-up. */
export interface Target {
  path: string;
  action: ActionId;
  label: string;
}

/** How long the notice with the Undo button stays. */
const UNDO_NOTICE_MS = 10_000;

/**
 * Every write the sidebar makes to a note's properties. Each goes through
 * `FileManager.processFrontMatter`, so the body and the other properties are left as they are,
 * and each is followed by a notice with an Undo button that puts back exactly what it changed.
 */
export class NoteActions {
  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
    private readonly now: () => number,
    private readonly formatExact: (ms: number) => string,
  ) {}

  markDone(item: Target): Promise<void> {
    return this.write(item.path, `Marked done: ${item.label}.`, (fm) =>
      markDone(item.action, fm, this.settings(), this.now()),
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
    const undo = await this.apply(file, plan);
    if (undo === null || undo.length === 0) return;
    this.offerUndo(file, message, undo);
  }

  private async apply(file: TFile, plan: (fm: Frontmatter) => Change[]): Promise<Change[] | null> {
    let undo: Change[] = [];
    try {
      await this.app.fileManager.processFrontMatter(
        file,
        (frontmatter: Record<string, unknown>) => {
          undo = applyChanges(frontmatter, plan(frontmatter));
        },
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      new Notice(`Could not change "${file.path}": ${detail}. The note is unchanged.`);
      return null;
    }
    return undo;
  }

  /** The latest change's Undo, offered in a notice and by the command. */
  readonly undo = new NoticeOffer<{ file: TFile; undo: Change[] }>("Undo", UNDO_NOTICE_MS, (last) =>
    this.apply(last.file, () => last.undo),
  );

  private offerUndo(file: TFile, message: string, undo: Change[]): void {
    this.undo.show(`${message} `, [], { file, undo });
  }
}
