import type { SidebarModel } from "../domain/sidebar";
import { ModelStore } from "./modelStore";

/**
 * The sidebar's state, shared by the view class (which replaces the model on every change and
 * every minute) and the components (which subscribe to it); see `ModelStore`.
 */
export class SidebarStore extends ModelStore<SidebarModel> {
  constructor() {
    super({
      ready: false,
      now: 0,
      sections: [],
      pipeline: [],
      problems: [],
      hidden: [],
      horizonDays: 7,
    });
  }
}
