import { Menu } from "obsidian";
import type { SidebarItem } from "../domain/sidebar";
import type { EmailTemplate } from "../domain/templates";
import type { Emails } from "./emails";
import type { NoteActions } from "./noteActions";

const SNOOZES: readonly [number, string][] = [
  [1, "Snooze for 1 day"],
  [3, "Snooze for 3 days"],
  [7, "Snooze for 1 week"],
];

/** The menu of one follow-up: what to do with it, and quick changes of the interview's status. */
export function showItemMenu(
  item: SidebarItem,
  actions: NoteActions,
  emails: Emails,
  openNote: () => void,
  anchor: HTMLElement,
  event: MouseEvent | null,
): void {
  const menu = new Menu();
  if (item.action === "offer-decision") {
    menu.addItem((i) =>
      i
        .setTitle("Accepted")
        .setIcon("check")
        .onClick(() => void actions.quick(item.path, "accepted", "Offer accepted.")),
    );
    menu.addItem((i) =>
      i
        .setTitle("Declined")
        .setIcon("x")
        .onClick(() => void actions.quick(item.path, "declined", "Offer declined.")),
    );
  } else if (item.action !== "upcoming-interview") {
    menu.addItem((i) =>
      i
        .setTitle("Mark as done")
        .setIcon("check")
        .onClick(() => void actions.markDone(item)),
    );
  }
  if (item.action !== "upcoming-interview") {
    menu.addSeparator();
    const email = (title: string, icon: string, send: (template: EmailTemplate) => Promise<void>) =>
      menu.addItem((i) =>
        i
          .setTitle(title)
          .setIcon(icon)
          .onClick(() => void emails.choose(item.action, (template) => void send(template))),
      );
    email("Insert email", "mail-plus", (template) => emails.insertIntoNote(item, template));
    email("Open in mail app", "mail", (template) => emails.openInMailApp(item, template));
    email("Copy email", "copy", (template) => emails.copy(item, template));
    menu.addSeparator();
    for (const [days, title] of SNOOZES) {
      menu.addItem((i) =>
        i
          .setTitle(title)
          .setIcon("alarm-clock")
          .onClick(() => void actions.snooze(item, days)),
      );
    }
    menu.addItem((i) =>
      i
        .setTitle("Dismiss")
        .setIcon("eye-off")
        .onClick(() => void actions.dismiss(item)),
    );
    menu.addSeparator();
    menu.addItem((i) =>
      i
        .setTitle("Heard back")
        .setIcon("message-circle")
        .onClick(() => void actions.quick(item.path, "heard-back", "Noted: you heard back today.")),
    );
    menu.addItem((i) =>
      i
        .setTitle("Rejected")
        .setIcon("circle-slash")
        .onClick(() => void actions.quick(item.path, "rejected", "Marked as rejected.")),
    );
    menu.addItem((i) =>
      i
        .setTitle("Got an offer")
        .setIcon("party-popper")
        .onClick(() => void actions.quick(item.path, "offer", "Marked as an offer.")),
    );
    menu.addSeparator();
  }
  menu.addItem((i) => i.setTitle("Open note").setIcon("file-text").onClick(openNote));
  if (event !== null) {
    menu.showAtMouseEvent(event);
  } else {
    const rect = anchor.getBoundingClientRect();
    menu.showAtPosition({ x: rect.left, y: rect.bottom });
  }
}
