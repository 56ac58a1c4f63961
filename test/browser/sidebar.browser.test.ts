/// <reference types="vite/client" />
// The sidebar in a real browser (Debian's Chromium): rendered with the plugin's styles.css over a
// stub of Obsidian's CSS variables, in light and dark; an action clicked; 5,000 items scrolled;
// HTML in properties shown as text. Screenshots go to docs/, labelled as rendered outside Obsidian.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { parse } from "yaml";
import "../../styles.css";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { buildSidebarModel } from "../../src/domain/livePlan";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";
import FollowUps from "../../src/ui/FollowUps.svelte";
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
let component: Record<string, unknown> | null = null;

function renderSidebar(readings: NoteReading[], theme: "light" | "dark") {
  document.body.className = `theme-${theme}`;
  host = document.createElement("div");
  host.className = "test-sidebar";
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
  component = mount(FollowUps, { target: content, props: { store, callbacks } });
  flushSync();
  return { store, callbacks, content };
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  host?.remove();
  host = null;
});

describe("the sidebar in Chromium", () => {
  it.each(["light", "dark"] as const)("renders examples/vault in the %s theme", async (theme) => {
    const { content } = renderSidebar(readVault(), theme);
    const titles = () =>
      [...content.querySelectorAll(".interview-follow-up-section-title")].map((el) =>
        el.textContent?.replace(/\s+/g, " ").trim(),
      );
    expect(titles().slice(0, 2)).toEqual(["Overdue 3", "Due now 21"]);
    // Real layout: rows have the fixed heights the virtual list counts on.
    const item = content.querySelector<HTMLElement>(".interview-follow-up-row-item");
    expect(item?.getBoundingClientRect().height).toBe(56);
    // A warning shares the second line with the organization, inside the same fixed height.
    const warning = content.querySelector<HTMLElement>(".interview-follow-up-item-warning");
    const warned = warning?.closest<HTMLElement>(".interview-follow-up-row");
    const label = warned?.querySelector<HTMLElement>(".interview-follow-up-item-label");
    expect(warned?.getBoundingClientRect().height).toBe(56);
    const box = warning?.getBoundingClientRect();
    expect(box?.top).toBeGreaterThanOrEqual(label?.getBoundingClientRect().bottom ?? Infinity);
    expect(box?.bottom).toBeLessThanOrEqual(warned?.getBoundingClientRect().bottom ?? -Infinity);
    expect(box?.width).toBeGreaterThan(0);
    // Theme colours come through Obsidian's variables.
    const overdue = content.querySelector<HTMLElement>(".interview-follow-up-item-overdue");
    const border = overdue ? getComputedStyle(overdue).borderLeftColor : "";
    expect(border).toBe(theme === "light" ? "rgb(233, 49, 71)" : "rgb(251, 70, 76)");
    await page.screenshot({
      path: `../../docs/sidebar-${theme}.png`,
      element: host ?? document.body,
    });
    // The list is virtual: the last section's title is in the DOM once scrolled to.
    const scroller = content.querySelector<HTMLElement>(".interview-follow-up-scroller");
    if (scroller === null) throw new Error("no scroller");
    // Every row's time ends at the same place, with or without a ✓ or a menu beside it: the
    // rows at the top (all with a ✓) and those at the bottom (interviews ahead: none).
    const timeEnds = (withDone: boolean) =>
      [...content.querySelectorAll<HTMLElement>(".interview-follow-up-item")]
        .filter(
          (row) => (row.querySelector(".interview-follow-up-item-done") !== null) === withDone,
        )
        .map((row) => Math.round(row.querySelector("time")?.getBoundingClientRect().right ?? NaN));
    const topEnds = timeEnds(true);
    scroller.scrollTop = scroller.scrollHeight;
    await vi.waitFor(() => expect(titles()).toContain("Coming up 8"));
    const ends = [...topEnds, ...timeEnds(true), ...timeEnds(false)];
    expect(timeEnds(false).length).toBeGreaterThan(0);
    expect(new Set(ends).size, ends.join(", ")).toBe(1);
  });

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
