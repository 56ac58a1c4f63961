import type { SidebarModel } from "../domain/sidebar";

/**
 * The sidebar's state, shared by the view class (which replaces the model on every change and
 * every minute) and the components (which read it). The model is replaced whole, never edited,
 * so it is held raw: no deep proxy over thousands of items.
 */
export class SidebarStore {
  model: SidebarModel = $state.raw({
    ready: false,
    now: 0,
    sections: [],
    pipeline: [],
    problems: [],
    hidden: [],
    horizonDays: 7,
  });
}
