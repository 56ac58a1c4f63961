import { type App, Notice } from "obsidian";
import { VIEW_TYPE_FOLLOW_UPS } from "./followUpsView";

/** Shows the follow-ups view in the right sidebar, creating it the first time. */
export async function openFollowUps(app: App): Promise<void> {
  const leaf = await app.workspace.ensureSideLeaf(VIEW_TYPE_FOLLOW_UPS, "right", {
    active: true,
    reveal: true,
  });
  await app.workspace.revealLeaf(leaf);
}

/** Opens a note by path, in a new tab when asked; a notice when it no longer exists. */
export async function openNote(app: App, path: string, newTab: boolean): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (file === null) {
    new Notice(`"${path}" no longer exists.`);
    return;
  }
  await app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
}
