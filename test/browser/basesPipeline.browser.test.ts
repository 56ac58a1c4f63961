/// <reference types="vite/client" />
// The "Interview pipeline" Bases view's board in a real browser (Debian's Chromium): the sample
// vault's Base (its filter evaluated by support/queryFilter.ts) on a board with the plugin's
// styles.css over a stub of Obsidian's theme variables; columns side by side, cards that fit,
// the theme's colours, an action clicked, hostile text shown as text. The screenshot goes to
// docs/bases-pipeline.png, labelled as rendered outside Obsidian.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { parse } from "yaml";
import "../../styles.css";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { readNote } from "../../src/domain/interview";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { type BoardNote, buildBoard } from "../../src/domain/pipelineBoard";
import { defaultSettings } from "../../src/domain/settings";
import { BoardStore } from "../../src/ui/boardStore";
import PipelineBoard from "../../src/ui/PipelineBoard.svelte";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";
import { basesFilterHolds } from "../support/queryFilter";
import "./obsidian-theme.css";

const NOW = new Date(2026, 10, 25, 12, 0).getTime();
const settings = defaultSettings();

const vaultFiles = import.meta.glob<string>("../../examples/vault/**/*.md", {
  query: "?raw",
  import: "default",
  eager: true,
});
const baseText = import.meta.glob<string>("../../examples/vault/Interviews.base", {
  query: "?raw",
  import: "default",
  eager: true,
});

interface Note {
  path: string;
  frontmatter: Record<string, unknown>;
}

function vault(): Note[] {
  return Object.entries(vaultFiles).map(([file, text]) => {
    const block = findFrontmatter(text);
    const frontmatter = (block === null ? {} : (parse(block.yaml) ?? {})) as Record<
      string,
      unknown
    >;
    return { path: file.replace("../../examples/vault/", ""), frontmatter };
  });
}

/** The board Bases would show for these notes under the sample Base's filter, at NOW. */
function boardOf(notes: Note[]) {
  const base = parse(Object.values(baseText)[0] ?? "") as { filters: unknown };
  const selected = notes
    .filter((note) => basesFilterHolds(base.filters, note))
    .sort((a, b) => a.path.localeCompare(b.path));
  const readings = notes.flatMap((note) => readNote(note.path, note.frontmatter, settings) ?? []);
  const byPath = new Map(
    readings.map((r) => [r.kind === "interview" ? r.interview.path : r.path, r]),
  );
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const boardNotes: BoardNote[] = selected.map((note) => ({
    path: note.path,
    name: note.path.replace(/^.*\//, "").replace(/\.md$/, ""),
    reading: byPath.get(note.path),
    values: {
      organization: text(note.frontmatter["organization"]),
      position: text(note.frontmatter["position"]),
      status: text(note.frontmatter["status"]),
    },
  }));
  const model = buildSidebarModel(readings, settings, NOW, true);
  return buildBoard([{ label: null, notes: boardNotes }], model, false);
}

const ICONS: Record<string, string> = { check: "✓", "more-horizontal": "⋯" };

let host: HTMLElement | null = null;
let component: Record<string, unknown> | null = null;

function render(notes: Note[], theme: "light" | "dark") {
  document.body.className = `theme-${theme}`;
  host = document.createElement("div");
  host.className = "test-base";
  const header = document.createElement("div");
  header.className = "test-sidebar-header";
  header.textContent =
    "Interviews.base, Interview pipeline view: rendered outside Obsidian, with a stub of its theme variables";
  host.appendChild(header);
  const content = document.createElement("div");
  content.className = "interview-follow-up-content";
  host.appendChild(content);
  document.body.appendChild(host);
  const store = new BoardStore();
  store.model = boardOf(notes);
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
  component = mount(PipelineBoard, { target: content, props: { store, callbacks } });
  flushSync();
  return { callbacks, content, store };
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  host?.remove();
  host = null;
});

describe("the pipeline board in Chromium", () => {
  it.each(["light", "dark"] as const)(
    "lays out the sample vault's Base in the %s theme",
    async (theme) => {
      const { content } = render(vault(), theme);
      const columns = [
        ...content.querySelectorAll<HTMLElement>(".interview-follow-up-board-column"),
      ];
      expect(columns.map((c) => c.dataset.status).slice(0, 5)).toEqual([
        "none",
        "scheduled",
        "interviewed",
        "waiting",
        "offer",
      ]);
      // Side by side, top-aligned, none overlapping the next.
      const boxes = columns.map((c) => c.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]?.top).toBe(boxes[0]?.top);
        expect(boxes[i]?.left).toBeGreaterThanOrEqual(boxes[i - 1]?.right ?? Infinity);
      }
      // Every card fits its column: nothing spills sideways, every card has its text.
      const cards = [...content.querySelectorAll<HTMLElement>(".interview-follow-up-card")];
      expect(cards.length).toBeGreaterThan(15);
      for (const card of cards) {
        const column = card.closest(".interview-follow-up-board-column")?.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(column?.left ?? Infinity);
        expect(box.right).toBeLessThanOrEqual(column?.right ?? -Infinity);
        expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
        expect(box.height).toBeGreaterThan(30);
      }
      // Theme colours come through Obsidian's variables.
      const overdue = content.querySelector<HTMLElement>(".interview-follow-up-card-overdue");
      const border = overdue ? getComputedStyle(overdue).borderLeftColor : "";
      expect(border).toBe(theme === "light" ? "rgb(233, 49, 71)" : "rgb(251, 70, 76)");
      if (theme === "light")
        await page.screenshot({
          path: "../../docs/bases-pipeline.png",
          element: host ?? document.body,
        });
    },
  );

  it("clicks a card's one-click answer and its title", async () => {
    const { callbacks, content } = render(vault(), "light");
    const acme = content.querySelector<HTMLElement>('.interview-follow-up-card[data-path*="Acme"]');
    const done = acme?.querySelector<HTMLElement>(".interview-follow-up-item-done");
    if (!acme || !done) throw new Error("no Acme card with a done button");
    await userEvent.click(done);
    expect(callbacks.done).toHaveBeenCalledTimes(1);
    expect(callbacks.done.mock.calls[0]?.[0].path).toContain("Acme Corp");
    const open = acme.querySelector<HTMLElement>(".interview-follow-up-card-open");
    if (!open) throw new Error("no title button");
    await userEvent.click(open);
    expect(callbacks.open).toHaveBeenCalledWith(expect.stringContaining("Acme Corp"), false);
  });

  it("shows HTML and long text from properties as text, inside the card", async () => {
    const flag = window as unknown as { injected?: boolean };
    flag.injected = false;
    const long = "Supercalifragilisticexpialidocious".repeat(6);
    const { content } = render(
      [
        {
          path: "Interviews/x.md",
          frontmatter: {
            organization: '<img src=x onerror="window.injected=true">',
            position: long,
            date: "2026-11-24T10:00",
            status: "interviewed",
            email: "a@x.example",
          },
        },
      ],
      "light",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(flag.injected).toBe(false);
    expect(content.querySelector("img")).toBeNull();
    const card = content.querySelector<HTMLElement>(".interview-follow-up-card");
    expect(card?.textContent).toContain("<img src=x");
    expect(card && card.scrollWidth <= card.clientWidth + 1).toBe(true);
  });
});
