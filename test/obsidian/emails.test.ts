// Emails in obsidian-test-mocks: from the sidebar's menu into the note, the mail app and the
// clipboard; the editor command; "Mark as sent" offered, never done by itself.
import { Editor, SuggestModal, TFile } from "obsidian-test-mocks/obsidian";
import type { Editor as EditorOriginal, MarkdownFileInfo } from "obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  captureMenus,
  captureNoticeElements,
  clickMenuItem,
  createPlugin,
  loadPlugin,
  menuTitles,
  openModals,
  openViews,
} from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const PATH = "Interviews/acme.md";
const NOTE = [
  "---",
  "type: interview",
  "organization: Acme Corp",
  "position: Senior Engineer",
  "date: 2026-11-25T09:00Z",
  "contact: Jane Doe",
  "email: jane@acme.example",
  "---",
  "# Acme",
  "",
  "Notes with trailing spaces   ",
  "no final newline",
].join("\n");

type Commands = {
  commands__: Map<
    string,
    {
      checkCallback?: (checking: boolean) => boolean;
      editorCheckCallback?: (
        checking: boolean,
        editor: EditorOriginal,
        ctx: MarkdownFileInfo,
      ) => boolean;
    }
  >;
};

class TestEditor extends Editor {}

/** The template chooser, as the test drives it. */
interface Chooser {
  getSuggestions(query: string): { name: string }[];
  onChooseSuggestion(template: unknown, event: unknown): void;
}

let notices: HTMLElement[];
let menus: ReturnType<typeof captureMenus>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  notices = captureNoticeElements();
  menus = captureMenus();
});

afterEach(() => {
  for (const modal of openModals()) modal.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function setUp(files: Record<string, string> = {}, data: unknown = { myName: "Sam Lee" }) {
  const harness = createPlugin({ [PATH]: NOTE, ...files }, data);
  await loadPlugin(harness);
  await harness.plugin.openFollowUps();
  const [view] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
  const file = harness.app.vault.getFileByPath(PATH);
  if (view === undefined || !(file instanceof TFile)) throw new Error("set-up failed");
  const read = () => harness.app.vault.read(file);
  return { ...harness, view, file, read };
}

async function menuOf(view: FollowUpsView, action: string) {
  view.contentEl
    .querySelector<HTMLElement>(
      `[data-path="${PATH}"][data-action="${action}"] .interview-follow-up-item-more`,
    )
    ?.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
  const menu = menus.at(-1);
  if (menu === undefined) throw new Error("no menu");
  return menu;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

function button(text: string): HTMLButtonElement {
  const found = notices
    .flatMap((el) => [...el.querySelectorAll("button")])
    .filter((b) => b.textContent === text)
    .at(-1);
  if (found === undefined) throw new Error(`no notice button "${text}"`);
  return found;
}

describe("from the sidebar", () => {
  it("offers Insert email, Open in mail app and Copy email", async () => {
    const { view } = await setUp();
    const titles = menuTitles(await menuOf(view, "thank-you"));
    expect(titles).toEqual(
      expect.arrayContaining(["Insert email", "Open in mail app", "Copy email"]),
    );
  });

  it("inserts the filled email under Follow-up emails, leaving every other byte", async () => {
    const { view, read } = await setUp();
    clickMenuItem(await menuOf(view, "thank-you"), "Insert email");
    await settle();
    const after = await read();
    expect(after.startsWith(NOTE)).toBe(true);
    const added = after.slice(NOTE.length);
    expect(
      added.startsWith(
        "\n\n## Follow-up emails\n\n### Thank-you note\n\n**Subject:** Thank you: Senior Engineer interview\n\nDear Jane,",
      ),
    ).toBe(true);
    expect(added).toContain("role at Acme Corp.");
    expect(added.trimEnd().endsWith("Sam Lee")).toBe(true);
  });

  it("offers Mark as sent and never marks by itself", async () => {
    const { view, read, app } = await setUp();
    clickMenuItem(await menuOf(view, "thank-you"), "Insert email");
    await settle();
    const fm = () =>
      app.metadataCache.getFileCache(app.vault.getFileByPath(PATH) as never)?.frontmatter;
    expect(fm()?.thank_you_sent).toBeUndefined();
    button("Mark as sent").click();
    await settle();
    expect(fm()?.thank_you_sent).toBe("2026-11-25");
    expect((await read()).includes("## Follow-up emails")).toBe(true);
  });

  it("opens the mail app with the address, subject and body encoded", async () => {
    const { view } = await setUp();
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    clickMenuItem(await menuOf(view, "thank-you"), "Open in mail app");
    await settle();
    const href = String(open.mock.calls[0]?.[0]);
    const url = new URL(href);
    expect(decodeURIComponent(url.pathname)).toBe("jane@acme.example");
    expect(url.searchParams.get("subject")).toBe("Thank you: Senior Engineer interview");
    expect(url.searchParams.get("body")).toContain("Dear Jane,\r\n\r\nThank you");
    expect(button("Mark as sent")).toBeDefined();
  });

  it("puts a body too long for a link on the clipboard, keeping address and subject in the link", async () => {
    const long = `---\naction: thank-you\nsubject: Long one\n---\n${"Thank you. ".repeat(300)}`;
    const { view } = await setUp({ "Interviews/Templates/Long thanks.md": long });
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    clickMenuItem(await menuOf(view, "thank-you"), "Open in mail app");
    await settle();
    expect(String(open.mock.calls[0]?.[0])).toBe("mailto:jane%40acme.example?subject=Long%20one");
    expect(await navigator.clipboard.readText()).toBe("Thank you. ".repeat(300).trimEnd());
    expect(notices.at(-1)?.textContent).toContain("its body is on the clipboard");
  });

  it("copies the subject and body", async () => {
    const { view } = await setUp();
    clickMenuItem(await menuOf(view, "thank-you"), "Copy email");
    await settle();
    const text = await navigator.clipboard.readText();
    expect(text.startsWith("Subject: Thank you: Senior Engineer interview\n\nDear Jane,")).toBe(
      true,
    );
  });

  it("uses the user's template for a follow-up instead of the built-in one, naming missing values", async () => {
    const mine =
      "---\naction: thank-you\nsubject: Thanks {{contact_first_name}}\n---\nHi {{contact_first_name}}, re {{salary}}.";
    const { view, read } = await setUp({ "Interviews/Templates/Mine.md": mine });
    clickMenuItem(await menuOf(view, "thank-you"), "Insert email");
    await settle();
    expect(
      (await read()).endsWith("### Mine\n\n**Subject:** Thanks Jane\n\nHi Jane, re {{salary}}.\n"),
    ).toBe(true);
    expect(notices.at(-1)?.textContent).toContain("No value for {{salary}}");
  });

  it("asks which template when a follow-up has several, the due one's first", async () => {
    const { view } = await setUp({
      "Interviews/Templates/A.md": "---\naction: thank-you\n---\nA",
      "Interviews/Templates/B.md": "---\naction: thank-you\n---\nB",
    });
    clickMenuItem(await menuOf(view, "thank-you"), "Copy email");
    await settle();
    const opened = openModals().at(-1);
    expect(opened).toBeInstanceOf(SuggestModal);
    const modal = opened as unknown as Chooser;
    const names = modal.getSuggestions("").map((t) => t.name);
    expect(names.slice(0, 2)).toEqual(["A", "B"]);
    expect(names).toContain("Polite follow-up");
    modal.onChooseSuggestion(modal.getSuggestions("B")[0], new MouseEvent("click"));
    await settle();
    expect(await navigator.clipboard.readText()).toBe("Subject: \n\nB");
  });
});

describe("reaching the notices' buttons from the keyboard", () => {
  it("Mark the last email as sent, and Undo the last follow-up change, are commands too", async () => {
    const { view, plugin, app } = await setUp();
    const commands = (plugin as unknown as Commands).commands__;
    const markLast = commands.get("mark-last-email-sent");
    const undoLast = commands.get("undo-last-change");
    expect(markLast?.checkCallback?.(true)).toBe(false);
    expect(undoLast?.checkCallback?.(true)).toBe(false);
    clickMenuItem(await menuOf(view, "thank-you"), "Copy email");
    await settle();
    expect(markLast?.checkCallback?.(true)).toBe(true);
    markLast?.checkCallback?.(false);
    await settle();
    const fm = () =>
      app.metadataCache.getFileCache(app.vault.getFileByPath(PATH) as never)?.frontmatter;
    expect(fm()?.thank_you_sent).toBe("2026-11-25");
    expect(markLast?.checkCallback?.(true)).toBe(false);
    expect(undoLast?.checkCallback?.(true)).toBe(true);
    undoLast?.checkCallback?.(false);
    await settle();
    expect(fm()?.thank_you_sent).toBeUndefined();
    expect(undoLast?.checkCallback?.(true)).toBe(false);
  });
});

describe("settings used by emails", () => {
  it("signs with the name from settings and writes dates in the chosen format, as soon as they change", async () => {
    const { view, plugin } = await setUp();
    const tab = (
      plugin as unknown as {
        settingTabs__: { change(key: string, value: unknown): Promise<string | null> }[];
      }
    ).settingTabs__[0];
    expect(await tab?.change("myName", "Alex Kim")).toBeNull();
    expect(await tab?.change("dateFormat", "YYYY/MM/DD")).toBeNull();
    clickMenuItem(await menuOf(view, "thank-you"), "Copy email");
    await settle();
    const text = await navigator.clipboard.readText();
    expect(text.trimEnd().endsWith("Alex Kim")).toBe(true);
    expect(text).toContain("on 2026/11/25 about");
  });
});

describe("the editor commands", () => {
  it("insert-email is offered only in interview notes, and inserts after the properties as one undo step", async () => {
    const { plugin, file } = await setUp({ "Daily/x.md": "just a note" });
    const command = (plugin as unknown as Commands).commands__.get("insert-email");
    const editor = new TestEditor();
    editor.setValue(NOTE);
    editor.setCursor({ line: 2, ch: 3 });
    const other = plugin.app.vault.getFileByPath("Daily/x.md");
    expect(command?.editorCheckCallback?.(true, editor as never, { file: other } as never)).toBe(
      false,
    );
    expect(command?.editorCheckCallback?.(true, editor as never, { file } as never)).toBe(true);
    command?.editorCheckCallback?.(false, editor, { file } as never);
    await settle();
    const text = editor.getValue();
    const bodyStart = NOTE.indexOf("# Acme");
    expect(text.slice(0, bodyStart)).toBe(NOTE.slice(0, bodyStart));
    expect(
      text
        .slice(bodyStart)
        .startsWith("**Subject:** Thank you: Senior Engineer interview\n\nDear Jane,"),
    ).toBe(true);
    expect(text.endsWith(NOTE.slice(bodyStart))).toBe(true);
    editor.undo();
    expect(editor.getValue()).toBe(NOTE);
  });

  it("mark-sent marks the active note's most urgent due follow-up done", async () => {
    const { plugin, app } = await setUp();
    const command = (plugin as unknown as Commands).commands__.get("mark-sent");
    expect(command?.checkCallback?.(true)).toBe(false);
    await app.workspace.openLinkText(PATH, "", false);
    expect(command?.checkCallback?.(true)).toBe(true);
    command?.checkCallback?.(false);
    await settle();
    const fm = app.metadataCache.getFileCache(app.vault.getFileByPath(PATH) as never)?.frontmatter;
    expect(fm?.thank_you_sent).toBe("2026-11-25");
  });
});
