import type { HiddenEntry, SidebarItem } from "../domain/sidebar";

/**
 * Everything the sidebar's components can ask for. The view class implements these with the
 * vault and Obsidian's UI; the components never touch either.
 */
export interface SidebarCallbacks {
  /** Open a note, in a new tab when asked (Ctrl or Cmd held). */
  open(path: string, newTab: boolean): void;
  /** Mark the follow-up done. */
  done(item: SidebarItem): void;
  /** Show the item's menu at the pointer, or under `anchor` when opened from the keyboard. */
  menu(item: SidebarItem, anchor: HTMLElement, event: MouseEvent | null): void;
  /** Bring back a snoozed note or a dismissed follow-up. */
  restore(entry: HiddenEntry): void;
  /** The exact local date and time of a moment, for hovers. */
  formatExact(ms: number): string;
  /** Open the "Create interview note" form. */
  create(): void;
  /** Draw a named icon into an element. */
  icon(el: HTMLElement, name: string): void;
}
