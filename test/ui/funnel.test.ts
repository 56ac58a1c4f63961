// The funnel component in jsdom: what it draws and says for figures, and its place in the sidebar.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { defaultSettings } from "../../src/domain/settings";
import FollowUps from "../../src/ui/FollowUps.svelte";
import Funnel from "../../src/ui/Funnel.svelte";
import type { FunnelFigures } from "../../src/domain/insights";
import { ModelStore } from "../../src/ui/modelStore";
import { SidebarStore } from "../../src/ui/sidebarStore.svelte";
import { quietCallbacks } from "../support/callbacks";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const settings = defaultSettings();

let target: HTMLElement;
let component: Record<string, unknown> | null = null;

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  target.remove();
});

function renderFunnel(figures: FunnelFigures) {
  target = document.createElement("div");
  document.body.appendChild(target);
  component = mount(Funnel, { target, props: { figures } });
  flushSync();
}

const callbacks = quietCallbacks();

function renderSidebar(funnel: FunnelFigures | null | undefined, ready = true) {
  target = document.createElement("div");
  document.body.appendChild(target);
  const store = new SidebarStore();
  store.model = buildSidebarModel([], settings, NOW, ready);
  const props =
    funnel === undefined
      ? { store, callbacks }
      : { store, callbacks, funnel: new ModelStore<FunnelFigures | null>(funnel) };
  component = mount(FollowUps, { target, props: { ...props, viewportHeight: 400 } });
  flushSync();
}

const figures = (
  interviewed: number,
  heardBack: number,
  offers: number,
  medianDaysToAnswer: number | null,
): FunnelFigures => ({ interviewed, heardBack, offers, medianDaysToAnswer });

describe("the funnel", () => {
  it("draws three stages, narrowing, with a sentence for screen readers", () => {
    renderFunnel(figures(12, 7, 2, 6));
    const svg = target.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-label")).toBe(
      "12 interviews, 7 heard back (58%), 2 offers (17%); median 6 days to an answer",
    );
    expect(svg?.getAttribute("width")).toBe("100%");
    const labels = [...target.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toEqual(["12 interviews", "7 heard back · 58%", "2 offers · 17%"]);
    const widths = [...target.querySelectorAll("rect")].map((r) =>
      parseFloat(r.getAttribute("width") ?? ""),
    );
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBe(100);
    expect(widths[1]).toBeLessThan(widths[0] ?? 0);
    expect(widths[2]).toBeLessThan(widths[1] ?? 0);
    for (const rect of target.querySelectorAll("rect")) {
      expect(rect.getAttribute("width")).toMatch(/^\d+(\.\d+)?%$/);
      expect(rect.getAttribute("x")).toMatch(/^\d+(\.\d+)?%$/);
    }
    const median = target.querySelector(".interview-follow-up-funnel-median");
    expect(median?.textContent).toBe("Median answer: 6 days");
    // Said once: the sentence on the picture already holds the median.
    expect(median?.getAttribute("aria-hidden")).toBe("true");
    // No inline style, no <style>.
    expect(target.querySelector("[style], style")).toBeNull();
  });

  it("says no interviews yet plainly, with no picture", () => {
    renderFunnel(figures(0, 0, 0, null));
    expect(target.querySelector("svg")).toBeNull();
    expect(target.textContent?.trim()).toBe("No interviews yet.");
  });

  it("says no answers yet when there is no median, and draws no bar for nobody", () => {
    renderFunnel(figures(3, 0, 0, null));
    expect(target.querySelector(".interview-follow-up-funnel-median")?.textContent).toBe(
      "No answers yet",
    );
    expect(target.querySelectorAll("rect")).toHaveLength(1);
    expect(target.querySelector("svg")?.getAttribute("aria-label")).toContain("no answers yet");
  });

  it("shows impossible figures as numbers, clamped, never NaN", () => {
    renderFunnel(figures(5, 50, Infinity, -3));
    expect(target.textContent).not.toMatch(/NaN|Infinity|-/);
    const labels = [...target.querySelectorAll("text")].map((t) => t.textContent);
    // Heard back cannot pass the interviews; an infinite count is no count.
    expect(labels).toEqual(["5 interviews", "5 heard back · 100%", "0 offers · 0%"]);
    expect(target.querySelectorAll("rect")).toHaveLength(2);
    expect(target.querySelector(".interview-follow-up-funnel-median")?.textContent).toBe(
      "Median answer: under a day",
    );
  });
});

describe("in the sidebar", () => {
  it("comes first, above the pipeline and the list", () => {
    renderSidebar(figures(4, 2, 1, 3));
    const view = target.querySelector(".interview-follow-up-view");
    expect(view?.firstElementChild?.classList.contains("interview-follow-up-funnel")).toBe(true);
  });

  it("is hidden when null or not given, and while notes are being read", () => {
    renderSidebar(null);
    expect(target.querySelector(".interview-follow-up-funnel")).toBeNull();
    void unmount(component ?? {});
    component = null;
    target.remove();
    renderSidebar(undefined);
    expect(target.querySelector(".interview-follow-up-funnel")).toBeNull();
    void unmount(component ?? {});
    component = null;
    target.remove();
    renderSidebar(figures(4, 2, 1, 3), false);
    expect(target.querySelector(".interview-follow-up-funnel")).toBeNull();
  });
});
