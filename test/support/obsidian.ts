// The one support layer over obsidian-test-mocks: building a plugin over an in-memory vault,
// and filling the gaps listed in test/README.md.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  PluginManifest,
  TAbstractFile,
  Vault as VaultOriginal,
  View as ViewOriginal,
  WorkspaceLeaf as WorkspaceLeafOriginal,
} from "obsidian";
import { App, Menu, type Modal, Notice } from "obsidian-test-mocks/obsidian";
import { vi } from "vitest";
import InterviewFollowUpPlugin from "../../src/main";
import { Emails } from "../../src/obsidian/emails";
import type { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { NoteWriter } from "../../src/obsidian/noteWriter";

export const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;

export interface Harness {
  app: App;
  plugin: InterviewFollowUpPlugin;
}

/**
 * An app over an in-memory vault, with the metadata cache following renames and deletions as
 * Obsidian's does (the mock's keeps the entry under the old path).
 */
export function createApp(files: Record<string, string> = {}): App {
  const app = App.createConfigured__({ files });
  const cache = app.metadataCache.cache__;
  // The mock's own typings lose the event overloads; Obsidian's have them.
  const vault = app.vault as unknown as VaultOriginal;
  vault.on("rename", (file: TAbstractFile, oldPath: string) => {
    const entry = cache.get(oldPath);
    cache.delete(oldPath);
    if (entry !== undefined) cache.set(file.path, entry);
  });
  vault.on("delete", (file: TAbstractFile) => {
    cache.delete(file.path);
  });
  return app;
}

/**
 * A plugin instance over a vault of the given files. `data` is what `loadData` returns:
 * `null` for no data.json (the mock would give `{}`), or an Error to throw as a corrupt file does.
 * `pluginClass` is the plugin built from src/ unless given (the no-network test gives the one
 * from the built main.js).
 */
export function createPlugin(
  files: Record<string, string> = {},
  data: unknown = null,
  pluginClass: typeof InterviewFollowUpPlugin = InterviewFollowUpPlugin,
): Harness {
  const app = createApp(files);
  const plugin = new pluginClass(app.asOriginalType__(), manifest);
  vi.spyOn(plugin, "loadData").mockImplementation(() =>
    data instanceof Error ? Promise.reject(data) : Promise.resolve(structuredClone(data)),
  );
  installViews(app, plugin);
  return { app, plugin };
}

/** Records the message of every Notice shown while the returned list is alive. */
export function captureNotices(): string[] {
  const messages: string[] = [];
  vi.spyOn(Notice.prototype, "constructor__").mockImplementation((message: unknown) => {
    messages.push(typeof message === "string" ? message : String((message as Node).textContent));
  });
  return messages;
}

/** Every Markdown note of a vault folder on disk, as path → text (dot-folders skipped). */
export function readVaultFolder(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) files[path] = readFileSync(join(root, path), "utf8");
    }
  };
  walk("");
  return files;
}

/**
 * Loads the plugin as Obsidian does (`load()` runs `onload` and then loads its children) and
 * waits for the settings to be read. Pass `layoutReady: false` to stop before the layout is ready.
 */
export async function loadPlugin(
  harness: Harness,
  options: { layoutReady?: boolean } = {},
): Promise<void> {
  harness.plugin.load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (options.layoutReady !== false) harness.app.workspace.setLayoutReady__();
}

/**
 * The plugin's two writers over a loaded harness, built as main.ts builds them: `NoteWriter`
 * (properties, through processFrontMatter, with Undo) and `Emails` (emails into a note, through
 * Vault.process), over the plugin's app, settings and index. For tests that write to many notes
 * without going through the sidebar's rows and menus (a row exists only for a shown item).
 */
export function pluginWriters(harness: Harness): { notes: NoteWriter; emails: Emails } {
  const { app, plugin } = harness;
  const index = (plugin as unknown as { index: FollowUpIndex | null }).index;
  if (index === null) throw new Error("load the plugin before taking its writers");
  const settings = () => plugin.settings;
  const now = () => Date.now();
  const format = (ms: number) => new Date(ms).toISOString();
  const original = app.asOriginalType__();
  const notes = new NoteWriter(original, settings, now, format);
  return { notes, emails: new Emails(original, settings, index, notes, now, format) };
}

type ViewFactory = (leaf: WorkspaceLeafOriginal) => ViewOriginal;

/**
 * Makes `ensureSideLeaf` behave as Obsidian's: reuse the leaf of that type, or create one and
 * open the plugin's registered view in it (the mock leaves views uncreated and never calls
 * `onOpen`).
 */
function installViews(app: App, plugin: InterviewFollowUpPlugin): void {
  const factories = (plugin as unknown as { views__: Map<string, ViewFactory> }).views__;
  const workspace = app.workspace;
  workspace.ensureSideLeaf = async (type: string) => {
    const existing = workspace.getLeavesOfType(type)[0];
    if (existing !== undefined) return existing;
    const leaf = workspace.getRightLeaf(false);
    if (leaf === null) throw new Error("the mock made no right leaf");
    await leaf.setViewState({ type, active: true });
    const factory = factories.get(type);
    if (factory !== undefined) {
      const view = factory(leaf as unknown as WorkspaceLeafOriginal);
      leaf.view = view;
      view.load();
      await (view as unknown as Opened).onOpen();
    }
    return leaf;
  };
}

/** `onOpen`/`onClose` are protected in Obsidian's typings; Obsidian calls them, and so do we. */
interface Opened {
  onOpen(): Promise<void>;
  onClose(): Promise<void>;
}

/** Closes a view as Obsidian does when its leaf is closed. */
export async function closeView(view: ViewOriginal): Promise<void> {
  await (view as unknown as Opened).onClose();
  view.unload();
}

/** The plugin's views of a type that are open, found as the plugin itself should find them. */
export function openViews<T>(
  app: App,
  type: string,
  ctor: abstract new (...args: never[]) => T,
): T[] {
  return app.workspace
    .getLeavesOfType(type)
    .map((leaf) => leaf.view)
    .filter((view): view is T & ViewOriginal => view instanceof ctor);
}

/** Records every Notice shown, so a test can read it and press its buttons. */
export function captureNoticeElements(): HTMLElement[] {
  const shown: HTMLElement[] = [];
  vi.spyOn(Notice.prototype, "constructor__").mockImplementation(function (this: Notice) {
    shown.push(this.messageEl);
  });
  return shown;
}

/** Records every Menu shown, at the pointer or at a position. */
export function captureMenus(): Menu[] {
  const shown: Menu[] = [];
  const record = function (this: Menu) {
    shown.push(this);
    return this;
  };
  vi.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(record);
  vi.spyOn(Menu.prototype, "showAtPosition").mockImplementation(record);
  return shown;
}

function titleOf(title: string | DocumentFragment): string {
  return typeof title === "string" ? title : (title.textContent ?? "");
}

/** The titles of a menu's items, separators left out. */
export function menuTitles(menu: Menu): string[] {
  return menu.menuItems__.map((item) => titleOf(item.title__));
}

/** Runs the click handler of the menu item with this title. */
export function clickMenuItem(menu: Menu, title: string): void {
  const item = menu.menuItems__.find((candidate) => titleOf(candidate.title__) === title);
  if (item === undefined)
    throw new Error(`no menu item "${title}" in ${menuTitles(menu).join(", ")}`);
  (item.onClick__ as ((event: MouseEvent) => unknown) | null)?.(new MouseEvent("click"));
}

/** The modals open now, oldest first. */
export function openModals(): Modal[] {
  return [...((globalThis as { openedModals__?: Set<Modal> }).openedModals__ ?? [])];
}

/**
 * Puts a view in front of the user or takes it away. jsdom lays nothing out, so Obsidian's
 * `isShown()` (an offset parent) is false for every element: the view's own container says what
 * the test wants, and the workspace tells of a layout change, as Obsidian does when a sidebar
 * opens, collapses or switches tabs.
 */
export function showView(app: App, view: ViewOriginal, shown: boolean): void {
  Object.defineProperty(view.containerEl, "isShown", {
    configurable: true,
    value: () => shown,
  });
  (app.workspace as unknown as { trigger(name: string): void }).trigger("layout-change");
}
