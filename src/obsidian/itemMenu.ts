import { Menu } from "obsidian";
import type { QuickStatus } from "../domain/edits";
import { FOLLOW_UP_KINDS, doneAction } from "../domain/followUpKinds";
import type { SidebarItem } from "../domain/sidebar";
import type { EmailTemplate } from "../domain/templates";
import type { Emails } from "./emails";
import type { NoteWriter } from "./noteWriter";

const SNOOZES: readonly [number, string][] = [
  [1, "Snooze for 1 day"],
  [3, "Snooze for 3 days"],
  [7, "Snooze for 1 week"],
];

/** The menu of one follow-up: what to do with it, and quick changes of the interview's status. */
export function showItemMenu(
  item: SidebarItem,
  writer: NoteWriter,
  emails: Emails,
  openNote: () => void,
  anchor: HTMLElement,
  event: MouseEvent | null,
): void {
  const menu = new Menu();
  const add = (title: string, icon: string, run: () => unknown) =>
    menu.addItem((i) =>
      i
        .setTitle(title)
        .setIcon(icon)
        .onClick(() => void run()),
    );
  const quick = (title: string, icon: string, kind: QuickStatus, message: string) =>
    add(title, icon, () => writer.quick(item.path, kind, message));
  const kind = FOLLOW_UP_KINDS[item.action];
  for (const answer of kind.menu?.answers ?? [])
    quick(answer.title, answer.icon, answer.status, answer.done);
  const done = doneAction(item.action, item.label);
  if (done !== null) add(done.title, done.icon, () => writer.markDone(item));
  if (kind.menu !== null) {
    menu.addSeparator();
    const email = (title: string, icon: string, send: (template: EmailTemplate) => Promise<void>) =>
      add(title, icon, () => emails.choose(item.action, (template) => void send(template)));
    email("Insert email", "mail-plus", (template) => emails.insertIntoNote(item, template));
    email("Open in mail app", "mail", (template) => emails.openInMailApp(item, template));
    email("Copy email", "copy", (template) => emails.copy(item, template));
    menu.addSeparator();
    for (const [days, title] of SNOOZES) add(title, "alarm-clock", () => writer.snooze(item, days));
    add("Dismiss", "eye-off", () => writer.dismiss(item));
    menu.addSeparator();
    quick("Heard back", "message-circle", "heard-back", "Noted: you heard back today.");
    quick("Rejected", "circle-slash", "rejected", "Marked as rejected.");
    quick("Got an offer", "party-popper", "offer", "Marked as an offer.");
    menu.addSeparator();
  }
  add("Open note", "file-text", openNote);
  if (event !== null) {
    menu.showAtMouseEvent(event);
  } else {
    const rect = anchor.getBoundingClientRect();
    menu.showAtPosition({ x: rect.left, y: rect.bottom });
  }
}
