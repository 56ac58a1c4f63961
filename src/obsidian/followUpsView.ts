import { ItemView, type WorkspaceLeaf } from "obsidian";
import { mount, unmount } from "svelte";
import { buildSidebarModel } from "../domain/sidebar";
import type { Settings } from "../domain/settings";
import FollowUps from "../ui/FollowUps.svelte";
import { SidebarStore } from "../ui/sidebarStore.svelte";
import type { FollowUpIndex } from "./followUpIndex";

export const VIEW_TYPE_FOLLOW_UPS = "interview-follow-up";
export const FOLLOW_UPS_ICON = "calendar-clock";

/** How often states and relative times are refreshed: time passes without any note changing. */
const TICK_MS = 60_000;

/** What the view needs from the plugin; it keeps no reference to the plugin itself. */
export interface ViewServices {
  index: FollowUpIndex;
  settings: () => Settings;
  openNote: (path: string, newTab: boolean) => Promise<void>;
  formatExact: (ms: number) => string;
  now: () => number;
}

/** The follow-ups sidebar: a Svelte component over a model recomputed on every index change. */
export class FollowUpsView extends ItemView {
  private readonly store = new SidebarStore();
  private component: Record<string, unknown> | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly services: ViewServices,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_FOLLOW_UPS;
  }

  getDisplayText(): string {
    return "Follow-ups";
  }

  override getIcon(): string {
    return FOLLOW_UPS_ICON;
  }

  override async onOpen(): Promise<void> {
    this.refresh();
    this.component = mount(FollowUps, {
      target: this.contentEl,
      props: {
        store: this.store,
        onOpen: (path: string, newTab: boolean) => void this.services.openNote(path, newTab),
        formatExact: this.services.formatExact,
      },
    });
    this.register(this.services.index.onChange(() => this.refresh()));
    this.registerInterval(window.setInterval(() => this.refresh(), TICK_MS));
  }

  override async onClose(): Promise<void> {
    if (this.component !== null) {
      await unmount(this.component);
      this.component = null;
    }
  }

  /** Recomputes what is shown from the index at the current time; reads no note. */
  refresh(): void {
    const { index, settings, now } = this.services;
    this.store.model = buildSidebarModel(index.all(), settings(), now(), index.ready);
  }
}
