/**
 * What a follow-up's controls do, the same in the sidebar's row and on the board's card: open the
 * note, draw an icon, open the follow-up's menu. The components keep only their markup.
 */

import type { SidebarItem } from "../domain/sidebar";
import type { SidebarCallbacks } from "./sidebarCallbacks";

/** Opens the note, in a new tab when Ctrl or Cmd is held. */
export function openNote(
  callbacks: SidebarCallbacks,
  path: string,
  event: MouseEvent | KeyboardEvent,
): void {
  callbacks.open(path, event.ctrlKey || event.metaKey);
}

/**
 * Enter opens the note, handled here so that it opens the same way everywhere, with no second,
 * synthetic click.
 */
export function openOnEnter(callbacks: SidebarCallbacks, path: string, event: KeyboardEvent): void {
  if (event.key !== "Enter") return;
  event.preventDefault();
  openNote(callbacks, path, event);
}

/** Shows the follow-up's menu at the pointer, or under its button when opened from the keyboard. */
export function openItemMenu(
  callbacks: SidebarCallbacks,
  item: SidebarItem,
  event: MouseEvent,
): void {
  event.preventDefault();
  const anchor = event.currentTarget as HTMLElement;
  // A click from the keyboard (Enter or Space on the button) has no pointer position.
  callbacks.menu(item, anchor, event.detail === 0 ? null : event);
}

/** A Svelte action's body: draws the named icon into `el`, and again when the name changes. */
export function drawIcon(
  callbacks: SidebarCallbacks,
  el: HTMLElement,
  name: string,
): { update: (name: string) => void } {
  const draw = (next: string) => callbacks.icon(el, next);
  draw(name);
  return { update: draw };
}
