/// <reference types="vite/client" />
// The funnel at the top of the sidebar in a real browser (Debian's Chromium), with styles.css over
// the stub of Obsidian's theme variables: legible in light and dark at the narrowest sidebar (every
// text inside the sidebar and its picture, above its bar, at a readable size, with a contrast of
// at least 4.5:1 against what is behind it), scaled with the width. Screenshots go to docs/.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { parse } from "yaml";
import "../../styles.css";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { defaultSettings } from "../../src/domain/settings";
import FollowUps from "../../src/ui/FollowUps.svelte";
import { type FunnelFigures, funnelOf, insightsOf } from "../../src/domain/insights";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";
import { ModelStore } from "../../src/ui/modelStore";
import { SidebarStore } from "../../src/ui/sidebarStore.svelte";
import "./obsidian-theme.css";

const NOW = new Date(2026, 10, 25, 12, 0).getTime();
const settings = defaultSettings();

const vaultFiles = import.meta.glob<string>("../../examples/vault/**/*.md", {
  query: "?raw",
  import: "default",
  eager: true,
});

function readVault(): NoteReading[] {
  return Object.entries(vaultFiles).flatMap(([file, text]) => {
    const path = file.replace("../../examples/vault/", "");
    const block = findFrontmatter(text);
    const frontmatter = block === null ? null : (parse(block.yaml) as Record<string, unknown>);
    return readNote(path, frontmatter, settings) ?? [];
  });
}

const ICONS: Record<string, string> = { check: "✓", "more-horizontal": "⋯" };

let host: HTMLElement | null = null;
let component: Record<string, unknown> | null = null;

function renderSidebar(
  readings: NoteReading[],
  funnel: FunnelFigures,
  theme: "light" | "dark",
  narrow = true,
) {
  document.body.className = `theme-${theme}`;
  host = document.createElement("div");
  host.className = narrow ? "test-sidebar test-sidebar-narrow" : "test-sidebar";
  const header = document.createElement("div");
  header.className = "test-sidebar-header";
  header.textContent = "Rendered outside Obsidian, with a stub of its theme variables";
  host.appendChild(header);
  const content = document.createElement("div");
  content.className = "view-content interview-follow-up-content";
  host.appendChild(content);
  document.body.appendChild(host);
  const store = new SidebarStore();
  store.model = buildSidebarModel(readings, settings, NOW, true);
  const callbacks: SidebarCallbacks = {
    open: vi.fn(),
    done: vi.fn(),
    menu: vi.fn(),
    restore: vi.fn(),
    create: vi.fn(),
    formatExact: (ms: number) => new Date(ms).toISOString(),
    icon: (el: HTMLElement, name: string) => {
      el.textContent = ICONS[name] ?? "";
    },
  };
  component = mount(FollowUps, {
    target: content,
    props: { store, callbacks, funnel: new ModelStore<FunnelFigures | null>(funnel) },
  });
  flushSync();
  const funnelEl = content.querySelector<HTMLElement>(".interview-follow-up-funnel");
  if (funnelEl === null) throw new Error("no funnel");
  return { sidebar: host, funnel: funnelEl };
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  host?.remove();
  host = null;
});

type Rgba = [number, number, number, number];

function rgba(css: string): Rgba {
  const parts = /rgba?\(([^)]+)\)/
    .exec(css)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (parts === undefined || parts.length < 3) throw new Error(`not a colour: ${css}`);
  const [r, g, b, a] = parts.map(Number);
  return [r ?? 0, g ?? 0, b ?? 0, a ?? 1];
}

/** The colour behind an element: its own background or its nearest painted ancestor's. */
function backgroundOf(el: Element): Rgba {
  for (let at: Element | null = el; at !== null; at = at.parentElement) {
    const colour = rgba(getComputedStyle(at).backgroundColor);
    if (colour[3] > 0) return colour;
  }
  return [255, 255, 255, 1];
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
}

/** WCAG's contrast ratio of a text colour (blended over its background) and the background. */
function contrast(text: Rgba, background: Rgba): number {
  const a = text[3];
  const blended: Rgba = [0, 1, 2].map(
    (i) => (text[i] ?? 0) * a + (background[i] ?? 0) * (1 - a),
  ) as unknown as Rgba;
  const [hi, lo] = [luminance(blended), luminance(background)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Every text of the funnel is inside the sidebar and its box, readable and of enough contrast. */
function expectLegible(sidebar: HTMLElement, funnel: HTMLElement) {
  const bounds = sidebar.getBoundingClientRect();
  const box = funnel.getBoundingClientRect();
  const svg = funnel.querySelector("svg");
  const texts = [
    ...funnel.querySelectorAll<SVGTextElement | SVGTSpanElement>("text, tspan"),
    ...funnel.querySelectorAll<HTMLElement>("p"),
  ].filter((el) => (el.textContent ?? "") !== "");
  expect(texts.length).toBeGreaterThan(0);
  for (const el of texts) {
    const r = el.getBoundingClientRect();
    const what = el.textContent ?? "";
    expect(r.width, what).toBeGreaterThan(0);
    expect(r.left, what).toBeGreaterThanOrEqual(Math.max(bounds.left, box.left) - 0.5);
    expect(r.right, what).toBeLessThanOrEqual(Math.min(bounds.right, box.right) + 0.5);
    if (svg !== null && el instanceof SVGElement) {
      const s = svg.getBoundingClientRect();
      expect(r.left, what).toBeGreaterThanOrEqual(s.left - 0.5);
      expect(r.right, what).toBeLessThanOrEqual(s.right + 0.5);
      expect(r.top, what).toBeGreaterThanOrEqual(s.top - 0.5);
      expect(r.bottom, what).toBeLessThanOrEqual(s.bottom + 0.5);
    }
    const style = getComputedStyle(el);
    expect(parseFloat(style.fontSize), what).toBeGreaterThanOrEqual(11);
    const colour = rgba(el instanceof SVGElement ? style.fill : style.color);
    expect(contrast(colour, backgroundOf(el)), what).toBeGreaterThanOrEqual(4.5);
  }
  // The bars stand out from the sidebar (WCAG's 3:1 for graphics), in either theme.
  for (const rect of funnel.querySelectorAll("rect")) {
    const style = getComputedStyle(rect);
    const fill = rgba(style.fill);
    fill[3] *= parseFloat(style.fillOpacity) * parseFloat(style.opacity);
    expect(contrast(fill, backgroundOf(rect))).toBeGreaterThanOrEqual(3);
  }
  // Each stage's text sits above its own bar, not over it.
  for (const rect of funnel.querySelectorAll("rect")) {
    const text = [...funnel.querySelectorAll("text")].find(
      (t) => t.getBoundingClientRect().bottom <= rect.getBoundingClientRect().top + 0.5,
    );
    expect(text).toBeDefined();
    for (const t of funnel.querySelectorAll("text")) {
      const tr = t.getBoundingClientRect();
      const rr = rect.getBoundingClientRect();
      expect(tr.bottom <= rr.top + 0.5 || tr.top >= rr.bottom - 0.5, t.textContent ?? "").toBe(
        true,
      );
    }
  }
}

const hard: [string, FunnelFigures][] = [
  ["the issue's example", { interviewed: 12, heardBack: 7, offers: 2, medianDaysToAnswer: 6 }],
  [
    "long numbers",
    { interviewed: 99_999, heardBack: 99_998, offers: 1, medianDaysToAnswer: 12_345 },
  ],
  ["huge numbers", { interviewed: 1e21, heardBack: 9e20, offers: 8e20, medianDaysToAnswer: 1e9 }],
  ["no answers", { interviewed: 1, heardBack: 0, offers: 0, medianDaysToAnswer: null }],
  ["no interviews", { interviewed: 0, heardBack: 0, offers: 0, medianDaysToAnswer: null }],
];

describe("the funnel in Chromium", () => {
  it.each(["light", "dark"] as const)(
    "is legible at the narrowest sidebar in the %s theme (examples/vault)",
    async (theme) => {
      const readings = readVault();
      const figures = funnelOf(insightsOf(readings, new Date(NOW)));
      const { sidebar, funnel } = renderSidebar(readings, figures, theme);
      // 200 px and its 1 px border.
      expect(sidebar.getBoundingClientRect().width).toBe(201);
      expect(funnel.querySelector("svg")?.getAttribute("aria-label")).toMatch(
        /^\d+ interviews, \d+ heard back \(\d+%\), \d+ offers? \(\d+%\); /,
      );
      expectLegible(sidebar, funnel);
      // The bars take their colour from the theme's accent.
      const bar = funnel.querySelector("rect");
      expect(bar === null ? "" : getComputedStyle(bar).fill).toBe("rgb(138, 92, 245)");
      await page.screenshot({ path: `../../docs/insights-${theme}.png`, element: sidebar });
    },
  );

  it.each(hard.flatMap(([name]) => (["light", "dark"] as const).map((theme) => [name, theme])))(
    "is legible at the narrowest sidebar with %s (%s theme)",
    (name, theme) => {
      const figures = hard.find(([n]) => n === name)?.[1];
      if (figures === undefined) throw new Error(name);
      const { sidebar, funnel } = renderSidebar([], figures, theme as "light" | "dark");
      expectLegible(sidebar, funnel);
    },
  );

  it("scales with the sidebar's width: no fixed pixel width", () => {
    const figures = { interviewed: 12, heardBack: 6, offers: 3, medianDaysToAnswer: 6 };
    const widths = [true, false].map((narrow) => {
      const { funnel } = renderSidebar([], figures, "light", narrow);
      const svg = funnel.querySelector("svg")?.getBoundingClientRect().width ?? 0;
      const [all, half] = [...funnel.querySelectorAll("rect")].map(
        (r) => r.getBoundingClientRect().width,
      );
      expect(all).toBeCloseTo(svg, 0);
      expect(half).toBeCloseTo(svg / 2, 0);
      expect(svg).toBeCloseTo(funnel.getBoundingClientRect().width - 8, 0);
      void unmount(component ?? {});
      component = null;
      host?.remove();
      return svg;
    });
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) * 1.5);
  });
});
