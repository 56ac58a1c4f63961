import { ItemView, type WorkspaceLeaf } from "obsidian";
import { mount, unmount } from "svelte";
import type { FunnelFigures } from "../domain/insights";
import type { SidebarCallbacks } from "../ui/sidebarCallbacks";
import FollowUps from "../ui/FollowUps.svelte";
import { ModelStore } from "../ui/modelStore";
import { SidebarStore } from "../ui/sidebarStore.svelte";
import { type SeenTracker, inView } from "./awayNotice";
import type { FollowUpIndex } from "./followUpIndex";

export const VIEW_TYPE_FOLLOW_UPS = "interview-follow-up";
/**
 * The funnel reads every note, a few milliseconds at 5,000 interviews: it is worked out this long
 * after the last change, so a saved note or the minute's tick redraws the rows at once and a burst
 * of changes counts the notes once.
 */
export const FUNNEL_DELAY_MS = 300;
export const FOLLOW_UPS_ICON = "calendar-clock";

/** What the view needs from the plugin; it keeps no reference to the plugin itself. */
export interface ViewServices {
  index: FollowUpIndex;
  now: () => number;
  callbacks: SidebarCallbacks;
  /** The figures of the funnel at the top of the sidebar at a time; null hides it. */
  funnel?: (now: number) => FunnelFigures | null;
  /** Told when the view comes into view or leaves it; holds the rows marked new. */
  away: SeenTracker;
}

/**
 * The follow-ups sidebar: a Svelte component over a model recomputed whenever the index tells of
 * a change, which includes the plugin's minute tick.
 */
export class FollowUpsView extends ItemView {
  private readonly store = new SidebarStore();
  private readonly funnel = new ModelStore<FunnelFigures | null>(null);
  private component: Record<string, unknown> | null = null;
  private funnelTimer: number | null = null;

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
    this.contentEl.addClass("interview-follow-up-content");
    this.refresh();
    this.updateFunnel();
    this.component = mount(FollowUps, {
      target: this.contentEl,
      props: {
        store: this.store,
        callbacks: this.services.callbacks,
        funnel: this.funnel,
        marks: this.services.away.marks,
      },
    });
    this.register(
      this.services.index.onChange(() => {
        this.refresh();
        this.checkSeen();
      }),
    );
    const { workspace } = this.app;
    this.registerEvent(workspace.on("layout-change", () => this.checkSeen()));
    this.registerEvent(workspace.on("resize", () => this.checkSeen()));
    this.registerEvent(workspace.on("active-leaf-change", () => this.checkSeen()));
    this.checkSeen();
  }

  override onResize(): void {
    this.checkSeen();
  }

  /** Tells the tracker whether the follow-ups are in front of the user now. */
  checkSeen(): void {
    this.services.away.seen(this, inView(this));
  }

  override async onClose(): Promise<void> {
    this.services.away.seen(this, false);
    if (this.funnelTimer !== null) window.clearTimeout(this.funnelTimer);
    this.funnelTimer = null;
    if (this.component !== null) {
      await unmount(this.component);
      this.component = null;
    }
  }

  /** Recomputes the rows from the index at the current time, and the funnel soon after. */
  refresh(): void {
    const { index, now, funnel } = this.services;
    this.store.model = index.sidebar(now());
    if (funnel === undefined || this.funnelTimer !== null) return;
    this.funnelTimer = window.setTimeout(() => {
      this.funnelTimer = null;
      this.updateFunnel();
    }, FUNNEL_DELAY_MS);
  }

  private updateFunnel(): void {
    const figures = this.services.funnel?.(this.services.now()) ?? null;
    // Set only when a figure changes: the minute's tick then draws nothing again.
    if (!sameFigures(this.funnel.model, figures)) this.funnel.model = figures;
  }
}

function sameFigures(a: FunnelFigures | null, b: FunnelFigures | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.interviewed === b.interviewed &&
    a.heardBack === b.heardBack &&
    a.offers === b.offers &&
    a.medianDaysToAnswer === b.medianDaysToAnswer
  );
}
