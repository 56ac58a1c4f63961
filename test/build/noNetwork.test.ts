// No network, checked on what ships: the built plugin (main.js) and the command line
// (dist/cli.mjs), both built once per run by the project's global set-up (test/support/buildPlugin.ts). Statically, neither names fetch, XMLHttpRequest, WebSocket, EventSource, importScripts,
// navigator.sendBeacon or Obsidian's request/requestUrl anywhere in its syntax tree or calls one in
// its text, and each loads only the modules it should. Dynamically, main.js is loaded into
// obsidian-test-mocks with every one of those replaced by a trap, and driven: layout ready, every
// command, the protocol link, the settings tab, the sidebar with every entry of its menus, the
// notices' buttons. No trap may fire. The scanner and the traps are first shown to catch each API.
import { readFileSync } from "node:fs";
import * as obsidianMocks from "obsidian-test-mocks/obsidian";
import { Editor, TFile } from "obsidian-test-mocks/obsidian";
import { describe, expect, inject, it, vi } from "vitest";
import type InterviewFollowUpPlugin from "../../src/main";
import {
  NETWORK_APIS,
  installNetworkTraps,
  loadBundle,
  modulesLoaded,
  networkCallsInText,
  networkNames,
} from "../support/bundle";
import {
  captureMenus,
  captureNoticeElements,
  clickMenuItem,
  createPlugin,
  loadPlugin,
  menuTitles,
  openModals,
  readVaultFolder,
} from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const main = readFileSync(inject("builtPlugin"), "utf8");
const cli = readFileSync(inject("builtCli"), "utf8");

/**
 * Code that reaches the network each way a bundle could: the syntax-tree scan must see every one;
 * the text scan, the direct calls and constructions (marked true).
 */
const NETWORK_SNIPPETS: [string, boolean][] = [
  ['fetch("https://example.com")', true],
  ["window.fetch(url)", true],
  ['globalThis["fetch"](url)', false],
  ["const get = self.fetch; get(url)", false],
  ["const { fetch: f } = window", false],
  ["new XMLHttpRequest()", true],
  ["new WebSocket(url)", true],
  ["new EventSource(url)", true],
  ["importScripts(url)", true],
  ["navigator.sendBeacon(url, data)", true],
  ['var o = require("obsidian"); o.requestUrl({ url })', true],
  ['var o = __toESM(require("obsidian")); o.request(url)', false],
  ['var o = require("obsidian"); o["request"](url)', false],
  ['const { request: r } = require("obsidian")', false],
];

describe("the scanner", () => {
  it("finds each way a bundle could reach the network", () => {
    for (const [snippet, inText] of NETWORK_SNIPPETS) {
      expect(networkNames(snippet, "x.js"), snippet).not.toEqual([]);
      if (inText) expect(networkCallsInText(snippet), snippet).not.toEqual([]);
    }
  });

  it("does not mistake words in text or other names for network use", () => {
    const innocent = [
      'new Notice("Could not fetch the data; try the WebSocket-free way")',
      "requestAnimationFrame(draw); const prefetch = 1; refetching()",
      'var o = require("obsidian"); o.Notice; o.requestAnimationFrame',
      "const request = makeRequest(); request.send()",
    ];
    for (const snippet of innocent) {
      expect(networkNames(snippet, "x.js"), snippet).toEqual([]);
      expect(networkCallsInText(snippet), snippet).toEqual([]);
    }
  });

  it("lists the modules a bundle loads", () => {
    const code =
      'import a from "node:fs"; export { b } from "yaml"; require("obsidian"); import("http")';
    expect(modulesLoaded(code, "x.mjs")).toEqual(["http", "node:fs", "obsidian", "yaml"]);
    // A require made from a URL, as a bundle loads a package only when it needs it.
    const late =
      'import { createRequire } from "node:module"; createRequire2(import.meta.url)("net")';
    expect(modulesLoaded(late, "x.mjs")).toEqual(["net", "node:module"]);
  });
});

describe("the traps", () => {
  it("catch each network API called by code loaded like the bundle", () => {
    const traps = installNetworkTraps(obsidianMocks);
    try {
      const calls = [
        'fetch("u")',
        'window.fetch("u")',
        'new XMLHttpRequest("u")',
        'new WebSocket("u")',
        'new EventSource("u")',
        'importScripts("u")',
        'navigator.sendBeacon("u")',
        'require("obsidian").requestUrl("u")',
        'require("obsidian").request("u")',
      ];
      const code = calls.map((call) => `try { ${call} } catch {}`).join("\n");
      loadBundle(code, "snippet.js", { obsidian: traps.obsidian });
      expect(traps.calls.map((call) => call.split("(")[0])).toEqual([
        "fetch",
        "fetch",
        "XMLHttpRequest",
        "WebSocket",
        "EventSource",
        "importScripts",
        "sendBeacon",
        "requestUrl",
        "request",
      ]);
    } finally {
      traps.restore();
    }
  });
});

describe("main.js", () => {
  it("names no network API, calls none, and loads nothing but obsidian", () => {
    expect(main.length).toBeGreaterThan(10_000);
    expect(networkNames(main, "main.js")).toEqual([]);
    expect(networkCallsInText(main)).toEqual([]);
    expect(modulesLoaded(main, "main.js")).toEqual(["obsidian"]);
  });

  it("uses no network API while it runs: layout ready, commands, link, settings, sidebar and menus", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const notices = captureNoticeElements();
    const menus = captureMenus();
    const opened: string[] = [];
    vi.spyOn(window, "open").mockImplementation((url?: string | URL) => {
      opened.push(String(url));
      return null;
    });
    const traps = installNetworkTraps(obsidianMocks);
    try {
      const { exports, required } = loadBundle(main, "main.js", { obsidian: traps.obsidian });
      expect(new Set(required)).toEqual(new Set(["obsidian"]));
      const files = readVaultFolder("examples/vault");
      const pluginClass = exports.default as typeof InterviewFollowUpPlugin;
      const harness = createPlugin(files, { myName: "Sam Lee" }, pluginClass);
      await loadPlugin(harness);
      const { app, plugin } = harness;
      app.metadataCache.trigger("resolved");
      await plugin.openFollowUps();
      await settle();

      const ran = await runEveryCommand(harness.plugin, app);
      expect(ran).toBeGreaterThanOrEqual(4);
      const link = (plugin as unknown as Handlers).obsidianProtocolHandlers__.get(
        "interview-follow-up",
      );
      link?.({ organization: "Linked Co", position: "Tester", date: "2026-12-01" });
      await chooseOrClose();
      const tab = (plugin as unknown as { settingTabs__: { display(): void }[] }).settingTabs__[0];
      tab?.display();

      const clicked = await clickEveryMenuEntry(app, menus);
      for (const entry of [
        "Insert email",
        "Open in mail app",
        "Copy email",
        "Snooze for 1 day",
        "Dismiss",
        "Heard back",
        "Rejected",
        "Got an offer",
        "Mark as done",
        "Accepted",
        "Declined",
        "Open note",
      ])
        expect(clicked).toContain(entry);
      // The notices' buttons (Undo, Mark as sent), and the commands again now that offers are pending.
      for (const notice of notices)
        for (const button of notice.querySelectorAll("button")) button.click();
      await settle();
      await runEveryCommand(harness.plugin, app);

      expect(traps.calls).toEqual([]);
      expect(opened.filter((url) => !url.startsWith("mailto:"))).toEqual([]);
      // Nothing on the page loads from elsewhere by itself.
      const loading = [...document.querySelectorAll("[src], [srcset], link[href], form[action]")];
      expect(loading.map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
      // It did run: notes were written and a note was created.
      const texts = await Promise.all(app.vault.getMarkdownFiles().map((f) => app.vault.read(f)));
      expect(texts.some((text) => /^thank_you_sent: /m.test(text))).toBe(true);
      expect(app.vault.getMarkdownFiles().length).toBeGreaterThan(Object.keys(files).length);
    } finally {
      traps.restore();
      for (const modal of openModals()) modal.close();
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});

describe("dist/cli.mjs", () => {
  it("names no network API, calls none, and loads only the file system, paths and yaml", () => {
    expect(cli.length).toBeGreaterThan(1_000);
    expect(networkNames(cli, "cli.mjs")).toEqual([]);
    expect(networkCallsInText(cli)).toEqual([]);
    const allowed = [
      "node:fs",
      "node:fs/promises",
      // createRequire, for `yaml` only when a note needs it (cli/yamlPackage.ts)
      "node:module",
      "node:path",
      "node:process",
      "node:url",
      "yaml",
    ];
    const loaded = modulesLoaded(cli, "cli.mjs");
    expect(loaded.filter((m) => !allowed.includes(m))).toEqual([]);
    expect(loaded).toContain("yaml");
  });
});

it("checks every API the issue names", () => {
  expect([...NETWORK_APIS].sort()).toEqual(
    [
      "EventSource",
      "WebSocket",
      "XMLHttpRequest",
      "fetch",
      "importScripts",
      "requestUrl",
      "sendBeacon",
    ].sort(),
  );
});

type Handlers = {
  obsidianProtocolHandlers__: Map<string, (params: Record<string, string>) => void>;
};
type Command = {
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean;
  editorCheckCallback?: (checking: boolean, editor: unknown, ctx: unknown) => boolean;
};
type App = ReturnType<typeof createPlugin>["app"];

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Fills and submits an open create-note form, or picks the first template, then closes what is left. */
async function chooseOrClose(): Promise<void> {
  for (const modal of openModals()) {
    const form = modal.contentEl.querySelector("form");
    const chooser = modal as unknown as {
      getSuggestions?: (query: string) => unknown[];
      onChooseSuggestion?: (item: unknown, event: unknown) => void;
    };
    if (form !== null) {
      form.requestSubmit();
    } else if (chooser.getSuggestions && chooser.onChooseSuggestion) {
      const [first] = chooser.getSuggestions("");
      if (first !== undefined) chooser.onChooseSuggestion(first, new MouseEvent("click"));
    }
    await settle();
    modal.close();
  }
}

/** Runs each command the way Obsidian would, when it says it can run; returns how many ran. */
async function runEveryCommand(plugin: unknown, app: App): Promise<number> {
  const commands = (plugin as { commands__: Map<string, Command> }).commands__;
  const note = app.vault
    .getMarkdownFiles()
    .find((file) => file.path.startsWith("Interviews/") && file.path.includes("Acme"));
  if (!(note instanceof TFile)) throw new Error("no interview note in the example vault");
  await app.workspace.getLeaf(false).openFile(note);
  class TestEditor extends Editor {}
  const editor = new TestEditor();
  editor.setValue(await app.vault.read(note));
  let ran = 0;
  for (const command of commands.values()) {
    if (command.callback) {
      await command.callback();
      ran++;
    } else if (command.checkCallback?.(true)) {
      command.checkCallback(false);
      ran++;
    } else if (command.editorCheckCallback?.(true, editor, { file: note })) {
      command.editorCheckCallback(false, editor, { file: note });
      ran++;
    }
    await settle();
    await chooseOrClose();
  }
  return ran;
}

/**
 * Clicks every distinct entry of the sidebar's item menus at least once: opens the menu of each
 * row in turn and clicks the first entry not clicked yet, until no row offers a new one (an entry
 * such as Mark as done removes its row, so each click starts again from the rows shown then).
 * Returns the entries clicked.
 */
async function clickEveryMenuEntry(
  app: App,
  menus: ReturnType<typeof captureMenus>,
): Promise<string[]> {
  const content = () => app.workspace.getLeavesOfType("interview-follow-up")[0]?.view?.containerEl;
  const rows = () => [
    ...(content()?.querySelectorAll<HTMLElement>("[data-path][data-action]") ?? []),
  ];
  expect(rows().length).toBeGreaterThan(0);
  const clicked: string[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const row of rows()) {
      const count = menus.length;
      row
        .querySelector<HTMLElement>(".interview-follow-up-item-more")
        ?.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
      const menu = menus.at(-1);
      if (menu === undefined || menus.length === count) continue;
      const title = menuTitles(menu).find((t) => !clicked.includes(t));
      if (title === undefined) continue;
      clickMenuItem(menu, title);
      clicked.push(title);
      await settle();
      await chooseOrClose();
      progress = true;
      break;
    }
  }
  rows()[0]?.querySelector<HTMLElement>(".interview-follow-up-item-done")?.click();
  await settle();
  return clicked;
}
