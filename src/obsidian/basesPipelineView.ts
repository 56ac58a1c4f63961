/**
 * The "Interview pipeline" view type of Bases (Obsidian 1.10 and later): the Base's notes (its
 * filters already applied, its sort and groups as the Base gives them) on a board with a column
 * per status, each card with the note's next follow-up and the sidebar's row actions. On an app
 * without `registerBasesView` nothing is registered and the rest of the plugin works as before.
 */

import {
  type BasesEntry,
  BasesView,
  type Plugin,
  type QueryController,
  type Value,
  requireApiVersion,
} from "obsidian";
import { mount, unmount } from "svelte";
import { type BoardGroup, type BoardNote, buildBoard } from "../domain/pipelineBoard";
import type { Settings } from "../domain/settings";
import { BoardStore } from "../ui/boardStore";
import PipelineBoard from "../ui/PipelineBoard.svelte";
import type { SidebarCallbacks } from "../ui/sidebarCallbacks";
import type { FollowUpIndex } from "./followUpIndex";

export const PIPELINE_VIEW_TYPE = "interview-follow-up-pipeline";
export const PIPELINE_VIEW_NAME = "Interview pipeline";
const PIPELINE_ICON = "square-kanban";

export interface PipelineServices {
  index: FollowUpIndex;
  settings: () => Settings;
  now: () => number;
  callbacks: SidebarCallbacks;
}

/**
 * The view's class, made only where the app has Bases views (an older app has no `BasesView` to
 * extend): every use of Bases is inside this version check, where the linter can see it.
 */
function pipelineViewClass() {
  if (requireApiVersion("1.10.0")) {
    /** A Base's value as text: empty for no value (the Base's null would read "null"). */
    const textOf = (value: Value | null): string =>
      value === null || !value.isTruthy() ? "" : value.toString();

    /**
     * One entry of the Base as the board needs it. The Base's values are read only when asked
     * for: the board places a note the plugin reads by its own reading, so at 5,000 interviews
     * the Base's properties are looked up only for the few notes that are not interview notes.
     */
    const noteOf = (entry: BasesEntry, services: PipelineServices): BoardNote => {
      const { file } = entry;
      let values: BoardNote["values"] | undefined;
      return {
        path: file.path,
        name: file.basename,
        reading: services.index.get(file.path),
        get values() {
          if (values === undefined) {
            const { properties } = services.settings();
            const value = (name: string) => textOf(entry.getValue(`note.${name}`));
            values = {
              organization: value(properties.organization),
              position: value(properties.position),
              status: value(properties.status),
            };
          }
          return values;
        },
      };
    };

    return class PipelineBasesView extends BasesView {
      readonly type = PIPELINE_VIEW_TYPE;
      private readonly store = new BoardStore();
      private readonly el: HTMLElement;
      private component: Record<string, unknown> | null = null;

      constructor(
        controller: QueryController,
        containerEl: HTMLElement,
        private readonly services: PipelineServices,
      ) {
        super(controller);
        this.el = containerEl.createDiv({ cls: "interview-follow-up-content" });
      }

      override onload(): void {
        this.component = mount(PipelineBoard, {
          target: this.el,
          props: { store: this.store, callbacks: this.services.callbacks },
        });
        // Follow-ups change with time and with edits the Base does not see as its own results.
        this.register(this.services.index.onChange(() => this.refresh()));
        this.refresh();
      }

      override onunload(): void {
        if (this.component !== null) void unmount(this.component);
        this.component = null;
        this.el.remove();
      }

      onDataUpdated(): void {
        this.refresh();
      }

      /** Draws the board from the Base's latest results and the follow-ups at the current time. */
      refresh(): void {
        const { services } = this;
        // Before the Base's first results there is nothing to draw.
        const data = this.data as BasesView["data"] | undefined;
        if (data === undefined) return;
        const grouped = data.groupedData;
        // Ungrouped, the Base gives one group without a key: the board has no lane titles then.
        const groups: BoardGroup[] = grouped.map((group) => ({
          label:
            group.hasKey() && group.key !== undefined
              ? group.key.toString()
              : grouped.length > 1
                ? "No value"
                : null,
          notes: group.entries.map((entry) => noteOf(entry, services)),
        }));
        const sorted = this.config.getSort().length > 0;
        this.store.model = buildBoard(groups, services.index.sidebar(services.now()), sorted);
      }
    };
  }
  return null;
}

/** Registers the view type where the app supports it; true when Bases took it. */
export function registerPipelineView(plugin: Plugin, services: PipelineServices): boolean {
  const host = plugin as Partial<Pick<Plugin, "registerBasesView">>;
  // The version for older apps; the method too, should an app report the version without it.
  if (requireApiVersion("1.10.0") && typeof host.registerBasesView === "function") {
    const View = pipelineViewClass();
    if (View === null) return false;
    return plugin.registerBasesView(PIPELINE_VIEW_TYPE, {
      name: PIPELINE_VIEW_NAME,
      icon: PIPELINE_ICON,
      factory: (controller, containerEl) => new View(controller, containerEl, services),
    });
  }
  return false;
}
