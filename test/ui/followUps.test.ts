// The sidebar's Svelte components in jsdom: what is shown for a model, and what clicks do.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { itemKey } from "../../src/domain/awayDigest";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { buildSidebarModel } from "../../src/domain/livePlan";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";
import FollowUps from "../../src/ui/FollowUps.svelte";
import { NewMarks } from "../../src/ui/newMarks";
import { ROW_HEIGHTS } from "../../src/ui/rows";
import { SidebarStore } from "../../src/ui/sidebarStore.svelte";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const HOUR = 3_600_000;
const settings = defaultSettings();

function modelOf(notes: Record<string, Record<string, unknown>>, now = NOW, ready = true) {
  const readings = Object.entries(notes).flatMap(
    ([path, fm]) => readNote(path, fm, settings) ?? [],
  );
  return buildSidebarModel(readings, settings, now, ready);
}

let target: HTMLElement;
let component: Record<string, unknown> | null = null;

function render(store: SidebarStore, viewportHeight = 800) {
  target = document.createElement("div");
  document.body.appendChild(target);
  const callbacks = {
    open: vi.fn<SidebarCallbacks["open"]>(),
    done: vi.fn<SidebarCallbacks["done"]>(),
    menu: vi.fn<SidebarCallbacks["menu"]>(),
    restore: vi.fn<SidebarCallbacks["restore"]>(),
    formatExact: (ms: number) => `exact:${new Date(ms).toISOString()}`,
    icon: vi.fn<SidebarCallbacks["icon"]>(),
    create: vi.fn<SidebarCallbacks["create"]>(),
  };
  component = mount(FollowUps, { target, props: { store, callbacks, viewportHeight } });
  flushSync();
  return callbacks;
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  target.remove();
});

const storeWith = (model = modelOf({})) => {
  const store = new SidebarStore();
  store.model = model;
  return store;
};

const iso = (ms: number) => new Date(ms).toISOString();
const base = { email: "a@x.example" };
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** Each rendered row as text: section titles as "# Title n", items as "label | who". */
function outline(): string[] {
  return [...target.querySelectorAll(".interview-follow-up-row")].map((row) => {
    const title = row.querySelector(".interview-follow-up-section-title");
    if (title) return `# ${text(title)}`;
    const label = row.querySelector(".interview-follow-up-item-label");
    if (label)
      return `${text(label)} | ${text(row.querySelector(".interview-follow-up-item-who"))}`;
    return text(row);
  });
}

/** Lets the focus move that a key press starts finish: it waits for the list to render. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const openButton = (action: string) =>
  target.querySelector<HTMLButtonElement>(
    `[data-action="${action}"] .interview-follow-up-item-open`,
  );

describe("grouping", () => {
  it("shows Overdue, Due now and Coming up in that order, each with its count", () => {
    render(
      storeWith(
        modelOf({
          "Interviews/old.md": {
            ...base,
            organization: "Old",
            date: iso(NOW - 30 * HOUR),
            thank_you_sent: true,
            research_done: true,
          },
          "Interviews/late.md": { ...base, organization: "Late", date: iso(NOW - 25 * HOUR) },
          "Interviews/now.md": { ...base, organization: "Now", date: iso(NOW - 2 * HOUR) },
          "Interviews/soon.md": { ...base, organization: "Soon", date: iso(NOW + 3 * HOUR) },
        }),
      ),
    );
    expect(outline()).toEqual([
      "# Overdue 1",
      "Send a thank-you note | Late",
      "# Due now 2",
      "Send a thank-you note | Now",
      "Research and reflect | Late",
      "# Coming up 4",
      "Interview coming up | Soon",
      "Send a thank-you note | Soon",
      "Research and reflect | Now",
      "Research and reflect | Soon",
    ]);
  });

  it("hides empty sections", () => {
    render(
      storeWith(
        modelOf({
          "Interviews/now.md": { ...base, date: iso(NOW - 2 * HOUR), research_done: true },
        }),
      ),
    );
    expect(outline().filter((line) => line.startsWith("#"))).toEqual(["# Due now 1"]);
  });
});

describe("horizon", () => {
  it("lists coming-up items only within the horizon", () => {
    // research opens in 22 h, the nudge in 13 days 22 h
    render(
      storeWith(
        modelOf({ "Interviews/a.md": { ...base, organization: "A", date: iso(NOW - 2 * HOUR) } }),
      ),
    );
    expect(outline()).toContain("Research and reflect | A");
    expect(outline()).not.toContain("Send a polite follow-up | A");
  });
});

describe("relative times", () => {
  it.each([
    [{ date: iso(NOW + 3 * HOUR) }, "thank-you", "in 3 hours"],
    [{ date: iso(NOW - 2 * HOUR) }, "thank-you", "due in 22 hours"],
    [{ date: iso(NOW - 24 * HOUR - 2 * 24 * HOUR) }, "thank-you", "2 days overdue"],
    [{ date: iso(NOW - HOUR), status: "offer" }, "offer-decision", "now"],
  ])("%j → %s says %j, with the exact time on hover", (fm, action, expected) => {
    render(storeWith(modelOf({ "Interviews/a.md": { ...base, ...fm } })));
    const time = openButton(action)?.querySelector("time");
    expect(time?.textContent).toBe(expected);
    expect(time?.getAttribute("title")).toMatch(/^exact:2026-/);
    expect(openButton(action)?.getAttribute("aria-label")).toContain(expected);
  });
});

describe("empty, loading and problem states", () => {
  it("says it is reading notes before the index is ready", () => {
    render(storeWith(modelOf({}, NOW, false)));
    expect(target.textContent).toContain("Reading your notes…");
    expect(target.querySelector(".interview-follow-up-empty")).toBeNull();
  });

  it("says there is nothing to follow up, naming the horizon, and offers to create a note", () => {
    const callbacks = render(storeWith(modelOf({})));
    expect(
      text(target.querySelector(".interview-follow-up-empty .interview-follow-up-message")),
    ).toBe("Nothing to follow up in the next 7 days.");
    target.querySelector<HTMLButtonElement>(".interview-follow-up-empty button")?.click();
    expect(callbacks.create).toHaveBeenCalledTimes(1);
  });

  it("lists the notes it can't read with their reasons, and opens them on click", () => {
    const callbacks = render(
      storeWith(modelOf({ "Interviews/bad.md": { date: "soon", organization: "Bad" } })),
    );
    expect(outline()[0]).toBe("# Can't read 1");
    const problem = target.querySelector<HTMLButtonElement>(".interview-follow-up-problem");
    expect(problem?.textContent).toContain("Interviews/bad.md");
    expect(problem?.textContent).toContain('"date" is "soon", not a date');
    problem?.click();
    expect(callbacks.open).toHaveBeenCalledWith("Interviews/bad.md", false);
  });

  it("shows the pipeline by status", () => {
    render(
      storeWith(
        modelOf({
          "Interviews/a.md": { date: iso(NOW), status: "waiting", organization: "A" },
          "Interviews/b.md": { date: iso(NOW), status: "pending", organization: "B" },
          "Interviews/c.md": { date: iso(NOW), organization: "C" },
        }),
      ),
    );
    const entries = [...target.querySelectorAll(".interview-follow-up-pipeline-entry")].map(text);
    expect(entries).toEqual(["1 No status", "2 Waiting"]);
  });
});

describe("text is shown as text", () => {
  it("renders HTML in properties literally and creates no element", () => {
    const html = "<img src=x onerror=alert(1)>";
    render(
      storeWith(
        modelOf({
          "Interviews/x.md": {
            date: iso(NOW - HOUR),
            organization: html,
            position: "<b>bold</b>",
            email: html,
          },
          "Interviews/<script>.md": { date: "<script>alert(1)</script>", organization: "Y" },
        }),
      ),
    );
    expect(target.querySelector("img, b, script")).toBeNull();
    expect(target.textContent).toContain(html);
    expect(target.textContent).toContain("<b>bold</b>");
    expect(target.textContent).toContain('"<script>alert(1)</script>"');
  });
});

describe("acting on an item", () => {
  const notes = { "Interviews/a.md": { ...base, date: iso(NOW - HOUR), research_done: true } };

  it("opens the note on click, in a new tab with Ctrl or Cmd", () => {
    const callbacks = render(storeWith(modelOf(notes)));
    const row = openButton("thank-you");
    row?.click();
    row?.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    row?.dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
    expect(callbacks.open.mock.calls).toEqual([
      ["Interviews/a.md", false],
      ["Interviews/a.md", true],
      ["Interviews/a.md", true],
    ]);
  });

  it("opens the note on Enter; every control is a labelled button", () => {
    const callbacks = render(storeWith(modelOf(notes)));
    openButton("thank-you")?.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }),
    );
    expect(callbacks.open).toHaveBeenCalledWith("Interviews/a.md", false);
    const controls = [...target.querySelectorAll("[data-action] button")];
    expect(controls.length).toBe(3);
    for (const control of controls) expect(control.getAttribute("aria-label")).toBeTruthy();
  });

  it("marks it done in one click, with an icon and a label", () => {
    const callbacks = render(storeWith(modelOf(notes)));
    const done = target.querySelector<HTMLButtonElement>(
      '[data-action="thank-you"] .interview-follow-up-item-done',
    );
    expect(done?.getAttribute("aria-label")).toBe("Mark as done: Send a thank-you note");
    done?.click();
    expect(callbacks.done).toHaveBeenCalledWith(
      expect.objectContaining({ path: "Interviews/a.md", action: "thank-you" }),
    );
    expect(callbacks.icon).toHaveBeenCalledWith(done, "check");
  });

  it("opens the menu at the pointer, or under the button from the keyboard, and on right-click", () => {
    const callbacks = render(storeWith(modelOf(notes)));
    const more = target.querySelector<HTMLButtonElement>(
      '[data-action="thank-you"] .interview-follow-up-item-more',
    );
    more?.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
    more?.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 0 }));
    target
      .querySelector('[data-action="thank-you"]')
      ?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, detail: 1 }));
    expect(callbacks.menu).toHaveBeenCalledTimes(3);
    expect(callbacks.menu.mock.calls[0]?.[2]).toBeInstanceOf(MouseEvent);
    expect(callbacks.menu.mock.calls[1]?.[2]).toBeNull();
    expect(callbacks.menu.mock.calls[1]?.[1]).toBe(more);
  });

  it("offers only Open for an upcoming interview, and no one-click done for an offer", () => {
    render(
      storeWith(
        modelOf({
          "Interviews/a.md": { ...base, date: iso(NOW + HOUR) },
          "Interviews/b.md": { ...base, date: iso(NOW - HOUR), status: "offer" },
        }),
      ),
    );
    const interview = target.querySelector('[data-action="upcoming-interview"]');
    expect(interview?.querySelectorAll("button")).toHaveLength(1);
    const offer = target.querySelector('[data-action="offer-decision"]');
    expect(offer?.querySelector(".interview-follow-up-item-done")).toBeNull();
    expect(offer?.querySelector(".interview-follow-up-item-more")).not.toBeNull();
  });
});

describe("snoozed and dismissed", () => {
  const notes = {
    "Interviews/s.md": {
      ...base,
      organization: "Snoozy",
      date: iso(NOW - HOUR),
      snoozed_until: "2026-12-01T09:00",
    },
    "Interviews/d.md": {
      ...base,
      organization: "Dismo",
      date: iso(NOW - HOUR),
      dismissed: ["research"],
    },
  };

  it("is a collapsed section that opens and brings items back", () => {
    const callbacks = render(storeWith(modelOf(notes)));
    const toggle = target.querySelector<HTMLButtonElement>(".interview-follow-up-section-toggle");
    expect(text(toggle)).toBe("Snoozed and dismissed 2");
    expect(toggle?.getAttribute("aria-expanded")).toBe("false");
    expect(target.querySelector(".interview-follow-up-hidden")).toBeNull();
    toggle?.click();
    flushSync();
    expect(toggle?.getAttribute("aria-expanded")).toBe("true");
    const hidden = [...target.querySelectorAll(".interview-follow-up-hidden")].map(text);
    expect(hidden[0]).toContain("Dismissed: Research and reflect");
    expect(hidden[0]).toContain("Dismo");
    expect(hidden[1]).toMatch(/^Snoozed until exact:.* Snoozy/);
    target
      .querySelector<HTMLButtonElement>('[data-kind="snoozed"] .interview-follow-up-restore')
      ?.click();
    expect(callbacks.restore).toHaveBeenCalledWith(
      expect.objectContaining({ path: "Interviews/s.md", kind: "snoozed" }),
    );
  });
});

describe("long lists", () => {
  function many(count: number) {
    const notes: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < count; i++) {
      notes[`Interviews/${String(i).padStart(5, "0")}.md`] = {
        ...base,
        organization: `Org ${i}`,
        date: iso(NOW - 30 * HOUR),
        research_done: true,
      };
    }
    return modelOf(notes);
  }

  it("renders only the rows that fit the viewport, plus a small overscan, for 5,000 items", () => {
    const viewport = 800;
    render(storeWith(many(5000)), viewport);
    const rendered = target.querySelectorAll(".interview-follow-up-row").length;
    expect(target.querySelectorAll("[data-action]").length).toBeLessThanOrEqual(
      Math.ceil(viewport / ROW_HEIGHTS.item) + 8,
    );
    expect(rendered).toBeGreaterThan(viewport / ROW_HEIGHTS.item - 1);
    const rows = target.querySelector<HTMLElement>(".interview-follow-up-rows");
    expect(rows?.style.getPropertyValue("--interview-follow-up-total")).toBe(
      `${ROW_HEIGHTS.header + 5000 * ROW_HEIGHTS.item}px`,
    );
  });

  it("renders the rows under the scroll position", () => {
    render(storeWith(many(5000)), 800);
    const scroller = target.querySelector<HTMLElement>(".interview-follow-up-scroller");
    if (!scroller) throw new Error("no scroller");
    scroller.scrollTop = ROW_HEIGHTS.header + 2500 * ROW_HEIGHTS.item;
    scroller.dispatchEvent(new Event("scroll"));
    flushSync();
    const labels = [...target.querySelectorAll(".interview-follow-up-item-who")].map(text);
    expect(labels).toContain("Org 2500");
    expect(labels).not.toContain("Org 0");
    expect(target.querySelectorAll("[data-action]").length).toBeLessThanOrEqual(
      Math.ceil(800 / ROW_HEIGHTS.item) + 8,
    );
  });

  it("moves focus with the arrow keys, past the rendered rows", async () => {
    render(storeWith(many(100)), 300);
    const first = target.querySelector<HTMLElement>('[data-row-index="1"] [data-primary]');
    first?.focus();
    for (let i = 0; i < 20; i++) {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }),
      );
      await settle();
    }
    const focused = document.activeElement?.closest<HTMLElement>("[data-row-index]");
    expect(focused?.dataset.rowIndex).toBe("21");
    document.activeElement?.dispatchEvent(
      new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true, cancelable: true }),
    );
    await settle();
    expect(document.activeElement?.closest<HTMLElement>("[data-row-index]")?.dataset.rowIndex).toBe(
      "20",
    );
  });
});

describe("updates", () => {
  it("re-renders when the store's model is replaced", () => {
    const store = storeWith(modelOf({}));
    render(store);
    expect(target.querySelectorAll("[data-action]")).toHaveLength(0);
    store.model = modelOf({ "Interviews/a.md": { ...base, date: iso(NOW - HOUR) } });
    flushSync();
    expect(target.querySelectorAll("[data-action]").length).toBeGreaterThan(0);
  });
});

describe("focus", () => {
  it("moves to the row that takes the place of one that leaves while focused", async () => {
    const notes = {
      "Interviews/a.md": { ...base, organization: "A", date: iso(NOW - 2 * HOUR) },
      "Interviews/b.md": { ...base, organization: "B", date: iso(NOW - HOUR) },
    };
    const store = storeWith(modelOf(notes));
    render(store);
    const rowOf = (who: string) =>
      [...target.querySelectorAll<HTMLElement>("[data-row-index]")].find(
        (row) => text(row.querySelector(".interview-follow-up-item-who")) === who,
      );
    rowOf("A")?.querySelector<HTMLElement>("[data-primary]")?.focus();
    expect(document.activeElement?.closest("[data-row-index]")).toBe(rowOf("A"));
    // A's thank-you is marked done: the note changes and its row leaves the list.
    store.model = modelOf({
      ...notes,
      "Interviews/a.md": { ...notes["Interviews/a.md"], thank_you_sent: true },
    });
    flushSync();
    await settle();
    const now = document.activeElement?.closest<HTMLElement>("[data-row-index]");
    expect(now).not.toBeNull();
    expect(now?.isConnected).toBe(true);
    expect(document.activeElement).not.toBe(document.body);
  });

  it("leaves the focus alone when it is elsewhere", async () => {
    const notes = { "Interviews/a.md": { ...base, organization: "A", date: iso(NOW - 2 * HOUR) } };
    const store = storeWith(modelOf(notes));
    render(store);
    const outside = document.createElement("button");
    document.body.appendChild(outside);
    outside.focus();
    store.model = modelOf({});
    flushSync();
    await settle();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});

describe("rows marked new", () => {
  it("show the mark and say it, for exactly the rows marked, and follow the marks", () => {
    const notes = {
      "Interviews/a.md": { type: "interview", organization: "A", date: "2026-11-25T10:00Z" },
      "Interviews/b.md": { type: "interview", organization: "B", date: "2026-11-25T09:00Z" },
    };
    const marks = new NewMarks();
    target = document.createElement("div");
    document.body.appendChild(target);
    const callbacks = {
      formatExact: (ms: number) => new Date(ms).toISOString(),
      icon: vi.fn(),
    } as unknown as SidebarCallbacks;
    const store = new SidebarStore();
    store.model = modelOf(notes);
    component = mount(FollowUps, { target, props: { store, callbacks, marks } });
    flushSync();
    const newRows = () =>
      [...target.querySelectorAll<HTMLElement>(".interview-follow-up-item")]
        .filter((row) => row.querySelector(".interview-follow-up-item-new") !== null)
        .map((row) => `${row.dataset.path} ${row.dataset.action}`);
    const spoken = (path: string) =>
      target
        .querySelector(`[data-path="${path}"][data-action="thank-you"] [data-primary]`)
        ?.getAttribute("aria-label");
    expect(newRows()).toEqual([]);
    marks.keys = new Set([itemKey({ path: "Interviews/b.md", action: "thank-you" })]);
    flushSync();
    expect(newRows()).toEqual(["Interviews/b.md thank-you"]);
    expect(spoken("Interviews/b.md")).toMatch(/^New: /);
    expect(spoken("Interviews/a.md")).not.toMatch(/New/);
    // The row keeps its kind's height: the mark sits in the label's line.
    const mark = target.querySelector(".interview-follow-up-item-new");
    expect(mark?.parentElement?.classList.contains("interview-follow-up-item-label")).toBe(true);
    marks.keys = new Set();
    flushSync();
    expect(newRows()).toEqual([]);
    expect(spoken("Interviews/b.md")).not.toMatch(/New/);
  });
});
