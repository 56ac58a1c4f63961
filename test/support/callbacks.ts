// The sidebar's and the board's callbacks for mounting their components in a test or the bench.
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";

/** Callbacks that do nothing (times as ISO text), with any of them replaced by `given`. */
export function quietCallbacks(given: Partial<SidebarCallbacks> = {}): SidebarCallbacks {
  return {
    open: () => undefined,
    done: () => undefined,
    menu: () => undefined,
    restore: () => undefined,
    create: () => undefined,
    formatExact: (ms) => new Date(ms).toISOString(),
    icon: () => undefined,
    ...given,
  };
}
