// Pop-out windows: Obsidian can show the sidebar (and open the create form) in a window of its
// own, with its own document and globals. Here that window is an iframe in jsdom: a second
// Window and Document. Focus and keys must work there, and nothing may touch the main document.
import { flushSync, mount, tick, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readNote } from "../../src/domain/interview";
import { buildSidebarModel } from "../../src/domain/livePlan";
import type { NewInterviewForm } from "../../src/domain/newNote";
import { defaultSettings } from "../../src/domain/settings";
import CreateNoteForm from "../../src/ui/CreateNoteForm.svelte";
import FollowUps from "../../src/ui/FollowUps.svelte";
import { SidebarStore } from "../../src/ui/sidebarStore.svelte";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const HOUR = 3_600_000;
const settings = defaultSettings();
const iso = (ms: number) => new Date(ms).toISOString();

let frame: HTMLIFrameElement;
/** The pop-out window's document. */
let popOut: Document;
let target: HTMLElement;
let component: Record<string, unknown> | null = null;
/** The main document as it was before the test: its body's children. */
let mainChildren: Element[];

beforeEach(() => {
  frame = document.createElement("iframe");
  document.body.appendChild(frame);
  const doc = frame.contentDocument;
  if (doc === null) throw new Error("no pop-out document");
  popOut = doc;
  target = popOut.createElement("div");
  popOut.body.appendChild(target);
  mainChildren = [...document.body.children];
});

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  frame.remove();
});

/** Nothing was added to the main document, and its focus never moved. */
function mainUntouched(): void {
  expect([...document.body.children]).toEqual(mainChildren);
  expect(document.body.querySelector(".interview-follow-up-row, form")).toBeNull();
  expect(document.activeElement === document.body || document.activeElement === frame).toBe(true);
}

function modelOf(notes: Record<string, Record<string, unknown>>) {
  const readings = Object.entries(notes).flatMap(
    ([path, fm]) => readNote(path, fm, settings) ?? [],
  );
  return buildSidebarModel(readings, settings, NOW, true);
}

function sidebar(notes: Record<string, Record<string, unknown>>, viewportHeight = 800) {
  const store = new SidebarStore();
  store.model = modelOf(notes);
  const callbacks: SidebarCallbacks = {
    open: vi.fn(),
    done: vi.fn(),
    menu: vi.fn(),
    restore: vi.fn(),
    formatExact: (ms: number) => iso(ms),
    icon: vi.fn(),
    create: vi.fn(),
  };
  component = mount(FollowUps, { target, props: { store, callbacks, viewportHeight } });
  flushSync();
  return store;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const rowIndex = () =>
  (popOut.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-row-index]")?.dataset
    .rowIndex;
const press = (key: string) =>
  popOut.activeElement?.dispatchEvent(
    new (popOut.defaultView as Window & typeof globalThis).KeyboardEvent("keydown", {
      key,
      bubbles: true,
      cancelable: true,
    }),
  );

function rows(count: number) {
  const notes: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < count; i++)
    notes[`Interviews/${String(i).padStart(3, "0")}.md`] = {
      email: "a@x.example",
      organization: `Org ${i}`,
      date: iso(NOW - 30 * HOUR),
      research_done: true,
    };
  return notes;
}

describe("the sidebar in a pop-out window", () => {
  it("renders in the pop-out's document and moves focus there with the arrow keys", async () => {
    sidebar(rows(60), 300);
    expect(target.querySelectorAll(".interview-follow-up-row").length).toBeGreaterThan(0);
    target.querySelector<HTMLElement>('[data-row-index="1"] [data-primary]')?.focus();
    expect(rowIndex()).toBe("1");
    for (let i = 0; i < 12; i++) {
      press("ArrowDown");
      await settle();
    }
    expect(rowIndex()).toBe("13");
    press("ArrowUp");
    await settle();
    expect(rowIndex()).toBe("12");
    mainUntouched();
  });

  it("moves the focus to the row that takes the place of one that leaves", async () => {
    const notes = {
      "Interviews/a.md": { email: "a@x.example", organization: "A", date: iso(NOW - 2 * HOUR) },
      "Interviews/b.md": { email: "b@x.example", organization: "B", date: iso(NOW - HOUR) },
    };
    const store = sidebar(notes);
    const who = () =>
      (popOut.activeElement as HTMLElement | null)
        ?.closest("[data-row-index]")
        ?.querySelector(".interview-follow-up-item-who")?.textContent;
    const rowA = [...target.querySelectorAll<HTMLElement>("[data-row-index]")].find(
      (row) => row.querySelector(".interview-follow-up-item-who")?.textContent?.trim() === "A",
    );
    rowA?.querySelector<HTMLElement>("[data-primary]")?.focus();
    expect(who()?.trim()).toBe("A");
    store.model = modelOf({
      ...notes,
      "Interviews/a.md": { ...notes["Interviews/a.md"], thank_you_sent: true },
    });
    flushSync();
    await settle();
    expect(who()?.trim()).toBe("B");
    mainUntouched();
  });

  it("leaves the focus alone when it is elsewhere in the pop-out", async () => {
    const store = sidebar({
      "Interviews/a.md": { email: "a@x.example", organization: "A", date: iso(NOW - 2 * HOUR) },
    });
    target.querySelector<HTMLElement>("[data-primary]")?.focus();
    const outside = popOut.createElement("button");
    popOut.body.appendChild(outside);
    outside.focus();
    store.model = modelOf({});
    flushSync();
    await settle();
    expect(popOut.activeElement).toBe(outside);
    mainUntouched();
  });
});

describe("the create form in a pop-out window", () => {
  const START: NewInterviewForm = {
    organization: "Acme",
    position: "",
    date: "2026-11-25",
    time: "09:15",
    contact: "Jane",
    email: "jane@acme.example",
    previousRound: "",
  };

  it("focuses a new interviewer's name, and Escape cancels, in the pop-out's document", async () => {
    const onCancel = vi.fn();
    component = mount(CreateNoteForm, {
      target,
      props: { initial: START, onSubmit: vi.fn(), onCancel },
    });
    flushSync();
    const add = [...target.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === "Add interviewer",
    );
    add?.click();
    flushSync();
    await tick();
    await settle();
    const label = [...target.querySelectorAll("label")].find(
      (l) => l.textContent === "Interviewer 2 name",
    );
    expect(label).toBeDefined();
    expect(popOut.activeElement).toBe(popOut.getElementById(label?.htmlFor ?? ""));
    press("Escape");
    expect(onCancel).toHaveBeenCalledOnce();
    mainUntouched();
  });
});
