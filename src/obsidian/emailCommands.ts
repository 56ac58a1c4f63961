import type { App, Plugin } from "obsidian";
import { FOLLOW_UP_KINDS, canMarkDone } from "../domain/followUpKinds";
import type { Emails } from "./emails";
import type { FollowUpIndex } from "./followUpIndex";
import type { NoteWriter, Target } from "./noteWriter";
import type { NoticeOffer } from "./noticeOffer";

/** The active note's most urgent follow-up that is due and can be marked done, if any. */
export function mostUrgentDue(app: App, index: FollowUpIndex, now: Date): Target | null {
  const path = app.workspace.getActiveFile()?.path;
  if (path === undefined) return null;
  const item = index
    .followUps(now)
    .items.find((i) => i.path === path && i.state !== "upcoming" && canMarkDone(i.action));
  return item === undefined
    ? null
    : {
        path,
        action: item.action,
        label: FOLLOW_UP_KINDS[item.action].label,
        contact: item.contact ?? null,
      };
}

/**
 * "Insert follow-up email" (in interview notes) and "Mark follow-up as done", and the commands
 * that do what the notices' buttons do, so they can be reached from the keyboard too.
 */
export function registerEmailCommands(
  plugin: Plugin,
  index: FollowUpIndex,
  emails: Emails,
  notes: NoteWriter,
): void {
  plugin.addCommand({
    id: "insert-email",
    name: "Insert follow-up email",
    editorCheckCallback: (checking, editor, context) => {
      const path = context.file?.path;
      const reading = path === undefined ? undefined : index.get(path);
      if (path === undefined || reading?.kind !== "interview") return false;
      if (!checking) {
        // The note's most urgent follow-up's templates are offered first.
        const [urgent] = index.followUps(new Date()).items.filter((i) => i.path === path);
        void emails.choose(urgent?.action ?? null, (template) =>
          emails.insertAtCursor(editor, path, template),
        );
      }
      return true;
    },
  });
  // What the notices' buttons do, for the keyboard.
  const offers: [string, string, Pick<NoticeOffer<unknown>, "pending" | "accept">][] = [
    ["undo-last-change", "Undo the last follow-up change", notes.undo],
    ["mark-last-email-sent", "Mark the last email as sent", emails.markSent],
  ];
  for (const [id, name, offer] of offers) {
    plugin.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        if (!offer.pending) return false;
        if (!checking) void offer.accept();
        return true;
      },
    });
  }
  plugin.addCommand({
    id: "mark-sent",
    name: "Mark follow-up as done",
    checkCallback: (checking) => {
      const target = mostUrgentDue(plugin.app, index, new Date());
      if (target === null) return false;
      if (!checking) void notes.markDone(target);
      return true;
    },
  });
}
