// The README's "Five-minute walk-through", run as the README tells it, in obsidian-test-mocks.
//
// The README is the script: this file reads its numbered steps and runs the step of the same
// title. A step's words in bold are the words a person sees or presses; each implementation below
// uses the product's words only through `ui(…)`, which records them, and the test checks that
// the bold words of the README step and the recorded words are the same set. A command is found
// by its name, a form field by its label, a button or menu item by its text, so a word changed on
// either side (README or product) fails here. The form's values come from the README's list.
// Time is the plugin's clock (Date, faked) and its minute tick (the interval it registers).
import { readFileSync } from "node:fs";
import type { Editor as EditorOriginal, MarkdownFileInfo } from "obsidian";
import { Editor, type Menu, TFile, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  type Harness,
  captureMenus,
  captureNoticeElements,
  clickMenuItem,
  createPlugin,
  loadPlugin,
  menuTitles,
  openModals,
  openViews,
} from "../support/obsidian";

// ---- The README's steps -------------------------------------------------------------------

interface ReadmeStep {
  title: string;
  text: string;
}

function readmeSteps(): ReadmeStep[] {
  const readme = readFileSync("README.md", "utf8");
  const section = /^## Five-minute walk-through\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Five-minute walk-through"');
  return section
    .split(/^### /m)
    .slice(1)
    .map((chunk) => {
      const end = chunk.indexOf("\n");
      return { title: chunk.slice(0, end).trim(), text: chunk.slice(end + 1) };
    });
}

/** The words in bold, with line breaks inside them read as spaces. */
function boldWords(text: string): string[] {
  return [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => (m[1] ?? "").replace(/\s+/g, " "));
}

/** The step's list of form fields, `- **Label**: value`, with the value in backticks if any. */
function formFields(text: string): { label: string; value: string | null; said: string }[] {
  return [...text.matchAll(/^- \*\*(.+?)\*\*: (.*)$/gm)].map((m) => ({
    label: m[1] ?? "",
    said: m[2] ?? "",
    value: /`([^`]*)`/.exec(m[2] ?? "")?.[1] ?? null,
  }));
}

/** The step's code spans. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "");
}

// ---- The plugin, its clock and what it shows -------------------------------------------------

/** Noon on a Wednesday; "today" in the README. Local time, as the plugin reads it. */
const NOON = new Date(2026, 10, 25, 12, 0);
const TODAY = "2026-11-25";

type Command = {
  name: string;
  callback?: () => void;
  checkCallback?: (checking: boolean) => boolean;
  editorCheckCallback?: (
    checking: boolean,
    editor: EditorOriginal,
    context: MarkdownFileInfo,
  ) => boolean;
};

class TestEditor extends Editor {}

let harness: Harness;
let notices: HTMLElement[];
let menus: Menu[];
let ticks: (() => void)[];
let notePath = "";
let opened: ReturnType<typeof vi.spyOn>;

/** Lets the writes, the metadata cache and Svelte catch up. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

/**
 * Waits for `done` without moving the clock (vi.waitFor advances faked time at each try, and the
 * sidebar's "due in 22 hours" would read 21).
 */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await settle();
  if (!done()) throw new Error("gave up waiting");
  await settle();
}

function command(name: string): Command {
  const commands = (harness.plugin as unknown as { commands__: Map<string, Command> }).commands__;
  const found = [...commands.values()].find((c) => c.name === name);
  if (found === undefined) throw new Error(`no command named "${name}"`);
  return found;
}

function view(): FollowUpsView {
  const [open] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
  if (open === undefined) throw new Error("the sidebar is not open");
  return open;
}

function note(): TFile {
  const file = harness.app.vault.getFileByPath(notePath);
  if (!(file instanceof TFile)) throw new Error(`no note at ${notePath}`);
  return file;
}

function properties(): Record<string, unknown> {
  return harness.app.metadataCache.getFileCache(note())?.frontmatter ?? {};
}

interface Shown {
  action: string;
  label: string;
  who: string;
  when: string;
}

/** The sidebar as a person reads it: each section's title and its rows for our note. */
function sidebar(): Record<string, Shown[]> {
  const shown: Record<string, Shown[]> = {};
  let section = "";
  for (const el of view().contentEl.querySelectorAll<HTMLElement>(
    ".interview-follow-up-section-title, .interview-follow-up-item",
  )) {
    if (el.classList.contains("interview-follow-up-section-title")) {
      section = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join("")
        .trim();
      shown[section] = [];
    } else if (el.dataset.path === notePath) {
      const text = (cls: string) => el.querySelector(`.interview-follow-up-${cls}`)?.textContent;
      shown[section]?.push({
        action: el.dataset.action ?? "",
        label: text("item-label") ?? "",
        who: text("item-who") ?? "",
        when: text("item-when") ?? "",
      });
    }
  }
  return shown;
}

function labelsIn(section: string): string[] {
  return (sidebar()[section] ?? []).map((row) => row.label);
}

function row(action: string): HTMLElement | null {
  return view().contentEl.querySelector<HTMLElement>(
    `[data-path="${notePath}"][data-action="${action}"]`,
  );
}

async function clickDone(action: string): Promise<void> {
  const button = row(action)?.querySelector<HTMLElement>(".interview-follow-up-item-done");
  if (!button) throw new Error(`no ✓ on the ${action} row`);
  button.click();
  await settle();
}

function openMenu(action: string): Menu {
  const more = row(action)?.querySelector<HTMLElement>(".interview-follow-up-item-more");
  if (!more) throw new Error(`no ⋯ on the ${action} row`);
  more.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
  const menu = menus.at(-1);
  if (menu === undefined) throw new Error("no menu opened");
  return menu;
}

function noticeButton(notice: HTMLElement | undefined, text: string): HTMLButtonElement {
  const button = [...(notice?.querySelectorAll("button") ?? [])].find(
    (b) => b.textContent === text,
  );
  if (button === undefined) throw new Error(`no "${text}" button on the notice`);
  return button;
}

/** Advances the clock and lets the plugin's minute tick run. */
function timePasses(to: Date): void {
  vi.setSystemTime(to);
  for (const tick of ticks) tick();
  flushSync();
}

// ---- The steps, by their README titles ----------------------------------------------------

type Ui = (word: string) => string;

const STEPS: Record<string, (ui: Ui, text: string) => Promise<void>> = {
  "1. Create an interview note": async (ui, text) => {
    command(ui("Create interview note")).callback?.();
    const form = openModals().at(-1)?.contentEl.querySelector("form");
    if (!form) throw new Error("the form did not open");
    const fields = formFields(text);
    expect(fields.length).toBeGreaterThan(0);
    const typed: Record<string, string> = {};
    for (const { label, value, said } of fields) {
      const labelEl = [...form.querySelectorAll("label")].find((l) => l.textContent === ui(label));
      const input = labelEl ? document.getElementById(labelEl.htmlFor) : null;
      if (!(input instanceof HTMLInputElement)) throw new Error(`no field labelled "${label}"`);
      if (value === null) {
        // The README promises the value is already there.
        expect(said).toBe("today (already filled in)");
        expect(input.value).toBe(TODAY);
        continue;
      }
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      typed[label] = value;
    }
    flushSync();
    const submit = [...form.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === ui("Create note"),
    );
    if (submit === undefined) throw new Error("no Create note button");
    submit.click();

    const path = codeSpans(text).find((code) => code.startsWith("Interviews/"));
    notePath = (path ?? "").replace("<today>", TODAY);
    await until(() => harness.app.vault.getFileByPath(notePath) !== null);
    expect(openModals()).toHaveLength(0);
    expect(opened).toHaveBeenCalledWith(note(), { active: true });
    expect(properties()).toMatchObject({
      organization: typed.Organization,
      position: typed.Position,
      date: `${TODAY}T${typed["Time (optional)"]}`,
      contact: typed["Contact name"],
      email: typed["Contact email"],
      thank_you_sent: null,
      research_done: null,
      followed_up: null,
    });
    // `type: interview`, `status: interviewed`: each property the README quotes is in the note.
    for (const code of codeSpans(text)) {
      const quoted = /^(\w+): (\w+)$/.exec(code);
      if (quoted) expect(properties()[quoted[1] ?? ""], code).toBe(quoted[2]);
    }
  },

  "2. See it in the sidebar": async (ui) => {
    command(ui("Open follow-ups")).callback?.();
    await until(() => openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView).length > 0);
    expect(sidebar()[ui("Due now")]).toContainEqual({
      action: "thank-you",
      label: ui("Send a thank-you note"),
      who: "Acme Corp · Senior Engineer",
      when: ui("due in 22 hours"),
    });
    expect(labelsIn(ui("Coming up"))).toContain(ui("Research and reflect"));
  },

  "3. Insert the thank-you email": async (ui) => {
    const before = await harness.app.vault.read(note());
    const menu = openMenu("thank-you");
    expect(menuTitles(menu)).toEqual(
      expect.arrayContaining([ui("Open in mail app"), ui("Copy email")]),
    );
    clickMenuItem(menu, ui("Insert email"));
    await settle();
    const after = await harness.app.vault.read(note());
    expect(after.startsWith(before)).toBe(true);
    const added = after.slice(before.length);
    expect(added).toContain(`\n## ${ui("Follow-up emails")}\n`);
    expect(added).toContain("Dear Jane,");
    expect(added).toContain("Acme Corp");

    // In the note, the editor command puts the same email at the cursor.
    const insert = command(ui("Insert follow-up email"));
    const editor = new TestEditor();
    editor.setValue(after);
    editor.setCursor(editor.offsetToPos(after.length));
    const context = { file: note() } as unknown as MarkdownFileInfo;
    expect(insert.editorCheckCallback?.(true, editor, context)).toBe(true);
    insert.editorCheckCallback?.(false, editor, context);
    await settle();
    const count = (text: string) => text.split("Dear Jane,").length - 1;
    expect(count(editor.getValue())).toBe(count(after) + 1);
  },

  "4. Mark it as sent": async (ui) => {
    const offer = notices.find((el) => el.textContent?.includes(ui("The email is in the note.")));
    noticeButton(offer, ui("Mark as sent")).click();
    await settle();
    expect(properties().thank_you_sent).toBe(TODAY);
    expect(row("thank-you")).toBeNull();

    noticeButton(notices.at(-1), ui("Undo")).click();
    await settle();
    expect(properties().thank_you_sent).toBeNull();
    expect(row("thank-you")).not.toBeNull();

    await clickDone("thank-you");
    expect(properties().thank_you_sent).toBe(TODAY);
    expect(row("thank-you")).toBeNull();
  },

  "5. Let time pass": async (ui) => {
    timePasses(new Date(2026, 10, 26, 10, 0));
    expect(labelsIn(ui("Due now"))).toContain(ui("Research and reflect"));
    await clickDone("research");
    expect(properties().research_done).toBe("2026-11-26");
    expect(row("research")).toBeNull();

    // Two weeks after the interview, with no news.
    timePasses(new Date(2026, 11, 9, 10, 0));
    expect(labelsIn("Due now")).toEqual([ui("Send a polite follow-up")]);
    clickMenuItem(openMenu("follow-up"), ui("Heard back"));
    await settle();
    expect(properties().last_heard).toBe("2026-12-09");
    expect(row("follow-up")).toBeNull();
    // The nudge now opens two weeks after the news (a date alone: the end of that day).
    const nudge = harness.plugin.api.followUps().items.find((i) => i.path === notePath);
    expect(nudge).toMatchObject({
      action: "follow-up",
      state: "upcoming",
      opens: new Date(2026, 11, 23, 23, 59, 59, 999).toISOString(),
    });
  },
};

// ---- Running them -------------------------------------------------------------------------

const steps = readmeSteps();

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOON });
  notices = captureNoticeElements();
  menus = captureMenus();
  ticks = [];
  const realSetInterval = window.setInterval.bind(window);
  vi.spyOn(window, "setInterval").mockImplementation(((handler: () => void, ms?: number) => {
    ticks.push(handler);
    return realSetInterval(() => undefined, ms);
  }) as typeof window.setInterval);
  opened = vi.spyOn(WorkspaceLeaf.prototype, "openFile");
  harness = createPlugin();
  await loadPlugin(harness);
});

afterAll(() => {
  for (const modal of openModals()) modal.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the README's five-minute walk-through", () => {
  it("has exactly the steps this test runs, in order", () => {
    expect(steps.map((step) => step.title)).toEqual(Object.keys(STEPS));
  });

  // Steps share one vault and run in order, each from where the last one left off.
  for (const step of steps) {
    it(step.title, async () => {
      const run = STEPS[step.title];
      if (run === undefined) throw new Error(`no test for the README step "${step.title}"`);
      const used = new Set<string>();
      await run((word) => {
        used.add(word);
        return word;
      }, step.text);
      expect([...used].sort(), "the words used on screen").toEqual(
        [...new Set(boldWords(step.text))].sort(),
      );
    });
  }
});
