// The sidebar's Svelte components in jsdom: what is shown for a model, and what clicks do.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { buildSidebarModel } from "../../src/domain/sidebar";
import FollowUps from "../../src/ui/FollowUps.svelte";
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

function render(store: SidebarStore) {
  target = document.createElement("div");
  document.body.appendChild(target);
  const onOpen = vi.fn<(path: string, newTab: boolean) => void>();
  component = mount(FollowUps, {
    target,
    props: { store, onOpen, formatExact: (ms: number) => `exact:${new Date(ms).toISOString()}` },
  });
  flushSync();
  return { onOpen };
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
    const titles = [...target.querySelectorAll(".interview-follow-up-section-title")].map((h) =>
      h.textContent?.replace(/\s+/g, " ").trim(),
    );
    expect(titles).toEqual(["Overdue 1", "Due now 2", "Coming up 4"]);
    const overdue = target.querySelector(".interview-follow-up-section-overdue");
    expect(overdue?.textContent).toContain("Send a thank-you note");
    expect(overdue?.textContent).toContain("Late");
  });

  it("hides empty sections", () => {
    render(
      storeWith(
        modelOf({
          "Interviews/now.md": { ...base, date: iso(NOW - 2 * HOUR), research_done: true },
        }),
      ),
    );
    expect(target.querySelector(".interview-follow-up-section-overdue")).toBeNull();
    expect(target.querySelector(".interview-follow-up-section-due")).not.toBeNull();
  });
});

describe("horizon", () => {
  it("lists coming-up items only within the horizon", () => {
    const notes = { "Interviews/a.md": { ...base, organization: "A", date: iso(NOW - 2 * HOUR) } };
    // research opens in 22 h, the nudge in 13 days 22 h
    render(storeWith(modelOf(notes)));
    const upcoming = target.querySelector(".interview-follow-up-section-upcoming");
    expect(upcoming?.textContent).toContain("Research and reflect");
    expect(upcoming?.textContent).not.toContain("Send a polite follow-up");
  });
});

describe("relative times", () => {
  it.each([
    [{ date: iso(NOW + 3 * HOUR) }, "thank-you", "in 3 hours"],
    [{ date: iso(NOW - 2 * HOUR) }, "thank-you", "due in 22 hours"],
    [{ date: iso(NOW - 24 * HOUR - 2 * 24 * HOUR) }, "thank-you", "2 days overdue"],
    [{ date: iso(NOW - HOUR), status: "offer" }, "offer-decision", "now"],
  ])("%j → %s says %j, with the exact time on hover", (fm, action, text) => {
    render(storeWith(modelOf({ "Interviews/a.md": { ...base, ...fm } })));
    const row = target.querySelector(`[data-action="${action}"]`);
    const time = row?.querySelector("time");
    expect(time?.textContent).toBe(text);
    expect(time?.getAttribute("title")).toMatch(/^exact:2026-/);
    expect(row?.getAttribute("aria-label")).toContain(text);
  });
});

describe("empty, loading and problem states", () => {
  it("says it is reading notes before the index is ready", () => {
    render(storeWith(modelOf({}, NOW, false)));
    expect(target.textContent).toContain("Reading your notes…");
    expect(target.querySelector(".interview-follow-up-empty")).toBeNull();
  });

  it("says there is nothing to follow up, naming the horizon", () => {
    render(storeWith(modelOf({})));
    expect(target.querySelector(".interview-follow-up-empty")?.textContent).toContain(
      "Nothing to follow up in the next 7 days.",
    );
  });

  it("lists the notes it can't read with their reasons, and opens them on click", () => {
    const { onOpen } = render(
      storeWith(modelOf({ "Interviews/bad.md": { date: "soon", organization: "Bad" } })),
    );
    const problem = target.querySelector<HTMLButtonElement>(".interview-follow-up-problem");
    expect(problem?.textContent).toContain("Interviews/bad.md");
    expect(problem?.textContent).toContain('"date" is "soon", not a date');
    problem?.click();
    expect(onOpen).toHaveBeenCalledWith("Interviews/bad.md", false);
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
    const entries = [...target.querySelectorAll(".interview-follow-up-pipeline-entry")].map((li) =>
      li.textContent?.replace(/\s+/g, " ").trim(),
    );
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

describe("opening notes", () => {
  const notes = { "Interviews/a.md": { ...base, date: iso(NOW - HOUR), research_done: true } };

  it("opens the note on click, in a new tab with Ctrl or Cmd", () => {
    const { onOpen } = render(storeWith(modelOf(notes)));
    const row = target.querySelector<HTMLButtonElement>('[data-action="thank-you"]');
    row?.click();
    row?.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    row?.dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
    expect(onOpen.mock.calls).toEqual([
      ["Interviews/a.md", false],
      ["Interviews/a.md", true],
      ["Interviews/a.md", true],
    ]);
  });

  it("opens the note on Enter, and rows are buttons reachable by Tab", () => {
    const { onOpen } = render(storeWith(modelOf(notes)));
    const row = target.querySelector<HTMLButtonElement>('[data-action="thank-you"]');
    expect(row?.tagName).toBe("BUTTON");
    row?.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }),
    );
    expect(onOpen).toHaveBeenCalledWith("Interviews/a.md", false);
    row?.dispatchEvent(new KeyboardEvent("keydown", { key: "x", bubbles: true }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});

describe("updates", () => {
  it("re-renders when the store's model is replaced", () => {
    const store = storeWith(modelOf({}));
    render(store);
    expect(target.querySelectorAll(".interview-follow-up-item")).toHaveLength(0);
    store.model = modelOf({ "Interviews/a.md": { ...base, date: iso(NOW - HOUR) } });
    flushSync();
    expect(target.querySelectorAll(".interview-follow-up-item").length).toBeGreaterThan(0);
  });
});
