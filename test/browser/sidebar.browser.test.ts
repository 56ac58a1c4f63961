/// <reference types="vite/client" />
// The sidebar in a real browser (Debian's Chromium): rendered with the plugin's styles.css over a
// stub of Obsidian's CSS variables, in light and dark; an action clicked; 5,000 items scrolled;
// HTML in properties shown as text. Screenshots go to docs/, labelled as rendered outside Obsidian:
// the README's pictures are the whole sidebar (every row drawn, nothing cut) and its top, cut
// where a section ends.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { parse } from "yaml";
import "../../styles.css";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { type FunnelFigures, funnelOf, insightsOf } from "../../src/domain/insights";
import { ModelStore } from "../../src/ui/modelStore";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";
import FollowUps from "../../src/ui/FollowUps.svelte";
import { rowsOf } from "../../src/ui/rows";
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

function readingsOf(notes: Record<string, Record<string, unknown>>): NoteReading[] {
  return Object.entries(notes).flatMap(([path, fm]) => readNote(path, fm, settings) ?? []);
}

const ICONS: Record<string, string> = { check: "✓", "more-horizontal": "⋯" };

let host: HTMLElement | null = null;
let crop: HTMLElement | null = null;
let component: Record<string, unknown> | null = null;

interface Options {
  /** A usual width, and as tall as its content: every row drawn. */
  whole?: boolean;
  funnel?: FunnelFigures | null;
}

function renderSidebar(
  readings: NoteReading[],
  theme: "light" | "dark",
  { whole = false, funnel = null }: Options = {},
) {
  document.body.className = `theme-${theme}`;
  host = document.createElement("div");
  host.className = whole ? "test-sidebar test-sidebar-whole" : "test-sidebar";
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
  const callbacks = {
    open: vi.fn<SidebarCallbacks["open"]>(),
    done: vi.fn<SidebarCallbacks["done"]>(),
    menu: vi.fn<SidebarCallbacks["menu"]>(),
    restore: vi.fn<SidebarCallbacks["restore"]>(),
    create: vi.fn<SidebarCallbacks["create"]>(),
    formatExact: (ms: number) =>
      new Date(ms).toLocaleString("en-GB", { dateStyle: "full", timeStyle: "short" }),
    icon: (el: HTMLElement, name: string) => {
      el.textContent = ICONS[name] ?? "";
    },
  };
  component = mount(FollowUps, {
    target: content,
    props: { store, callbacks, funnel: new ModelStore<FunnelFigures | null>(funnel) },
  });
  flushSync();
  return { store, callbacks, content };
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  host?.remove();
  host = null;
  crop?.remove();
  crop = null;
  await page.viewport(1000, 800);
});

/** The sections' titles, as read. */
const titles = (content: HTMLElement) =>
  [...content.querySelectorAll(".interview-follow-up-section-title")].map((el) =>
    el.textContent?.replace(/\s+/g, " ").trim(),
  );

/**
 * The README's first picture: the top of the whole sidebar, cut where the overdue section ends
 * (the top of the next section's title), so that no row is cut and its caption names what it shows.
 */
async function pictureTheTop(sidebar: HTMLElement, content: HTMLElement) {
  const next = content
    .querySelector(".interview-follow-up-section-due")
    ?.closest<HTMLElement>(".interview-follow-up-row");
  if (next === undefined || next === null) throw new Error("no Due now section");
  const top = sidebar.getBoundingClientRect().top;
  const cut = next.getBoundingClientRect().top;
  crop = document.createElement("div");
  crop.className = "test-crop";
  crop.style.height = `${cut - top}px`;
  sidebar.before(crop);
  crop.appendChild(sidebar);
  const frame = crop.getBoundingClientRect();
  expect(frame.height).toBeGreaterThan(200);
  // The funnel, the pipeline and the overdue section, and the rest wholly below the cut.
  const shown = (el: Element) => el.getBoundingClientRect().bottom <= frame.bottom + 0.5;
  for (const el of content.querySelectorAll(
    ".interview-follow-up-funnel, .interview-follow-up-pipeline",
  )) {
    expect(shown(el)).toBe(true);
  }
  for (const row of content.querySelectorAll(".interview-follow-up-row")) {
    const r = row.getBoundingClientRect();
    expect(r.bottom <= frame.bottom + 0.5 || r.top >= frame.bottom - 0.5).toBe(true);
  }
  const inPicture = [...content.querySelectorAll(".interview-follow-up-section-title")]
    .filter(shown)
    .map((el) => el.textContent?.replace(/\s+/g, " ").trim());
  expect(inPicture).toEqual(["Overdue 3"]);
  expect(content.querySelectorAll(".interview-follow-up-row-item")).not.toHaveLength(0);
  await page.screenshot({ path: "../../docs/sidebar-top.png", element: crop });
}

describe("the sidebar in Chromium", () => {
  it.each(["light", "dark"] as const)(
    "pictures the whole of examples/vault's sidebar in the %s theme",
    async (theme) => {
      const readings = readVault();
      const funnel = funnelOf(insightsOf(readings, new Date(NOW)));
      const { store, content } = renderSidebar(readings, theme, { whole: true, funnel });
      const sidebar = host;
      if (sidebar === null) throw new Error("no sidebar");
      // The list is virtual: every row is drawn once it has measured its height, all of it.
      const rowCount = rowsOf(store.model, false).length;
      const rows = () => [...content.querySelectorAll<HTMLElement>(".interview-follow-up-row")];
      await vi.waitFor(() => expect(rows()).toHaveLength(rowCount));
      // The test's frame as tall as the sidebar, so that the picture holds all of it.
      await page.viewport(1000, Math.ceil(sidebar.getBoundingClientRect().bottom) + 20);
      const frame = sidebar.getBoundingClientRect();
      const expectInside = (el: Element | null, what: string) => {
        const r = el?.getBoundingClientRect();
        expect(r?.height, what).toBeGreaterThan(0);
        expect(r?.top, what).toBeGreaterThanOrEqual(frame.top - 0.5);
        expect(r?.bottom, what).toBeLessThanOrEqual(frame.bottom + 0.5);
        expect(r?.left, what).toBeGreaterThanOrEqual(frame.left - 0.5);
        expect(r?.right, what).toBeLessThanOrEqual(frame.right + 0.5);
      };
      // A usual right sidebar's width (420 px and its border), and nothing left to scroll to.
      expect(frame.width).toBe(421);
      const scroller = content.querySelector<HTMLElement>(".interview-follow-up-scroller");
      expect(scroller?.scrollHeight).toBeLessThanOrEqual(scroller?.clientHeight ?? 0);
      // Header, funnel, pipeline, then every section the README names, in the picture.
      expectInside(sidebar.querySelector(".test-sidebar-header"), "header");
      const funnelEl = content.querySelector(".interview-follow-up-funnel");
      expectInside(funnelEl, "funnel");
      expect(funnelEl?.querySelector("svg")?.getAttribute("aria-label")).toMatch(
        new RegExp(`^${funnel.interviewed} interviews, ${funnel.heardBack} heard back`),
      );
      expectInside(content.querySelector(".interview-follow-up-pipeline"), "pipeline");
      expect(titles(content)).toEqual([
        "Overdue 3",
        "Due now 21",
        "Coming up 8",
        "Can't read 1",
        "Snoozed and dismissed 2",
      ]);
      for (const row of rows()) expectInside(row, row.textContent ?? "");
      // No text cut with an ellipsis: labels, who and warnings whole on their line, a problem's
      // reason whole on its two.
      const texts = content.querySelectorAll<HTMLElement>(
        [
          ".interview-follow-up-item-label",
          ".interview-follow-up-item-who",
          ".interview-follow-up-item-warning",
          ".interview-follow-up-item-when",
          ".interview-follow-up-problem-path",
          ".interview-follow-up-section-title",
        ].join(", "),
      );
      expect(texts.length).toBeGreaterThan(3 * (rowCount - 5));
      for (const el of texts) {
        expect(el.scrollWidth, el.textContent ?? "").toBeLessThanOrEqual(el.clientWidth);
      }
      const reasons = content.querySelectorAll<HTMLElement>(".interview-follow-up-problem-reason");
      expect(reasons).toHaveLength(1);
      for (const el of reasons) {
        expect(el.scrollHeight, el.textContent ?? "").toBeLessThanOrEqual(el.clientHeight);
        expect(el.scrollWidth, el.textContent ?? "").toBeLessThanOrEqual(el.clientWidth);
      }
      // Real layout: rows have the fixed heights the virtual list counts on.
      const items = content.querySelectorAll<HTMLElement>(".interview-follow-up-row-item");
      expect(items).toHaveLength(3 + 21 + 8);
      for (const item of items) expect(item.getBoundingClientRect().height).toBe(56);
      // A warning shares the second line with the organization and position, after them.
      const warning = content.querySelector<HTMLElement>(".interview-follow-up-item-warning");
      const warned = warning?.closest<HTMLElement>(".interview-follow-up-row");
      const label = warned
        ?.querySelector(".interview-follow-up-item-label")
        ?.getBoundingClientRect();
      const who = warned?.querySelector(".interview-follow-up-item-who")?.getBoundingClientRect();
      const box = warning?.getBoundingClientRect();
      expect(warning?.textContent).toBe("No contact email");
      expect(warning?.title).toMatch(/^No contact email: add "email"/);
      expect(box?.top).toBeGreaterThanOrEqual(label?.bottom ?? Infinity);
      expect(box?.bottom).toBeLessThanOrEqual(warned?.getBoundingClientRect().bottom ?? -Infinity);
      expect(box?.left).toBeGreaterThanOrEqual(who?.right ?? Infinity);
      const middle = (r?: DOMRect) => (r ? (r.top + r.bottom) / 2 : NaN);
      expect(Math.abs(middle(box) - middle(who))).toBeLessThan((who?.height ?? 0) / 2);
      // Theme colours come through Obsidian's variables.
      const overdue = content.querySelector<HTMLElement>(".interview-follow-up-item-overdue");
      const border = overdue ? getComputedStyle(overdue).borderLeftColor : "";
      expect(border).toBe(theme === "light" ? "rgb(233, 49, 71)" : "rgb(251, 70, 76)");
      // Every row's time ends at the same place, with or without a ✓ or a menu beside it (the
      // interviews ahead have neither).
      const timeEnds = (withDone: boolean) =>
        [...content.querySelectorAll<HTMLElement>(".interview-follow-up-item")]
          .filter(
            (row) => (row.querySelector(".interview-follow-up-item-done") !== null) === withDone,
          )
          .map((row) =>
            Math.round(row.querySelector("time")?.getBoundingClientRect().right ?? NaN),
          );
      const ends = [...timeEnds(true), ...timeEnds(false)];
      expect(timeEnds(false).length).toBeGreaterThan(0);
      expect(ends).toHaveLength(items.length);
      expect(new Set(ends).size, ends.join(", ")).toBe(1);
      await page.screenshot({ path: `../../docs/sidebar-${theme}.png`, element: sidebar });
      if (theme === "light") await pictureTheTop(sidebar, content);
    },
  );

  it("clicks Mark as done on a row, and the row leaves when the note changes", async () => {
    const readings = readVault();
    const { store, callbacks, content } = renderSidebar(readings, "light");
    const done = content.querySelector<HTMLElement>(
      '[data-action="thank-you"][data-path*="Acme"] .interview-follow-up-item-done',
    );
    if (done === null) throw new Error("no done button");
    await userEvent.click(done);
    expect(callbacks.done).toHaveBeenCalledTimes(1);
    const clicked = callbacks.done.mock.calls[0]?.[0];
    expect(clicked?.path).toContain("Acme Corp");
    // What the index does after the write: the note now has thank_you_sent.
    const acme = readings.map((r) =>
      r.kind === "interview" && r.interview.path === clicked?.path
        ? {
            ...r,
            interview: { ...r.interview, marks: { ...r.interview.marks, thankYouSent: null } },
          }
        : r,
    );
    store.model = buildSidebarModel(acme, settings, NOW, true);
    flushSync();
    expect(content.querySelector('[data-action="thank-you"][data-path*="Acme"]')).toBeNull();
  });

  it("keeps the DOM small while scrolling 5,000 items", async () => {
    const notes: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 5000; i++) {
      notes[`Interviews/${String(i).padStart(4, "0")}.md`] = {
        organization: `Organization ${i}`,
        position: "Engineer",
        email: "a@x.example",
        date: new Date(NOW - 30 * 3_600_000).toISOString(),
        research_done: true,
      };
    }
    const { content } = renderSidebar(readingsOf(notes), "dark");
    const scroller = content.querySelector<HTMLElement>(".interview-follow-up-scroller");
    if (scroller === null) throw new Error("no scroller");
    const visibleRows = Math.ceil(scroller.clientHeight / 56);
    const rendered = () => content.querySelectorAll(".interview-follow-up-row").length;
    expect(rendered()).toBeLessThanOrEqual(visibleRows + 2 * 4 + 1);
    scroller.scrollTop = 32 + 2500 * 56;
    await vi.waitFor(() => expect(content.textContent).toContain("Organization 2500"));
    expect(content.textContent).not.toContain("Organization 0 ");
    expect(rendered()).toBeLessThanOrEqual(visibleRows + 2 * 4 + 1);
    scroller.scrollTop = scroller.scrollHeight;
    await vi.waitFor(() => expect(content.textContent).toContain("Organization 4999"));
    await page.screenshot({
      path: "../../docs/sidebar-5000-items.png",
      element: host ?? document.body,
    });
  });

  it("shows HTML from properties as text, and no script runs", async () => {
    const flag = window as unknown as { injected?: boolean };
    flag.injected = false;
    const { content } = renderSidebar(
      readingsOf({
        "Interviews/x.md": {
          organization: '<img src=x onerror="window.injected=true">',
          position: "<script>window.injected=true</script>",
          email: "<b>bold</b>",
          date: new Date(NOW - 3_600_000).toISOString(),
        },
        "Interviews/<svg onload=window.injected=true>.md": {
          date: "<img src=y onerror=window.injected=true>",
        },
      }),
      "light",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(content.querySelector("img, script, b, svg")).toBeNull();
    expect(content.textContent).toContain('<img src=x onerror="window.injected=true">');
    expect(content.textContent).toContain("<script>window.injected=true</script>");
    expect(flag.injected).toBe(false);
  });
});
