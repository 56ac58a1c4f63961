// "Create interview note" in obsidian-test-mocks: the command, the form in its modal, the note it
// writes (read back through the metadata cache), names that collide, folders that are missing,
// the obsidian:// link, and the sidebar's empty state.
import { TFile, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  type Harness,
  captureNotices,
  createPlugin,
  loadPlugin,
  openModals,
  openViews,
} from "../support/obsidian";

const NOW = new Date(2026, 10, 25, 9, 8);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  for (const modal of openModals()) modal.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Handlers = {
  obsidianProtocolHandlers__: Map<string, (params: Record<string, string>) => void>;
};
type Commands = { commands__: Map<string, { name: string; callback?: () => void }> };

function runCommand(harness: Harness, id: string): void {
  const command = (harness.plugin as unknown as Commands).commands__.get(id);
  if (command?.callback === undefined) throw new Error(`no command ${id}`);
  command.callback();
}

function form(): HTMLFormElement {
  const modal = openModals().at(-1);
  const el = modal?.contentEl.querySelector("form");
  if (!el) throw new Error("no form open");
  return el;
}

function fill(values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    const labelEl = [...form().querySelectorAll("label")].find((l) => l.textContent === label);
    const input = labelEl ? document.getElementById(labelEl.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`no field ${label}`);
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  flushSync();
}

async function submitAndWait(harness: Harness, count: number): Promise<TFile[]> {
  form().requestSubmit();
  await vi.waitFor(() => expect(harness.app.vault.getMarkdownFiles().length).toBe(count));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return harness.app.vault.getMarkdownFiles();
}

async function setUp(files: Record<string, string> = {}, data: unknown = null): Promise<Harness> {
  const harness = createPlugin(files, data);
  await loadPlugin(harness);
  return harness;
}

describe("the command", () => {
  it("is Create interview note, and opens the form with now rounded to the quarter hour", async () => {
    const harness = await setUp();
    expect(
      (harness.plugin as unknown as Commands).commands__.get("create-interview-note")?.name,
    ).toBe("Create interview note");
    runCommand(harness, "create-interview-note");
    expect(openModals()).toHaveLength(1);
    expect(openModals()[0]?.titleEl.textContent).toBe("Create interview note");
    const date = form().querySelector<HTMLInputElement>('input[type="date"]');
    const time = form().querySelector<HTMLInputElement>('input[type="time"]');
    expect(date?.value).toBe("2026-11-25");
    expect(time?.value).toBe("09:15");
  });
});

describe("the note it creates", () => {
  it("has the form's values as properties the metadata cache reads back, for hostile input, and opens", async () => {
    const harness = await setUp();
    const openFile = vi.spyOn(WorkspaceLeaf.prototype, "openFile");
    const hostile = 'Acme "Q": #1 - [[x]] 🚀 \\ {{organization}}';
    runCommand(harness, "create-interview-note");
    fill({
      Organisation: hostile,
      Position: "- Lead: Platform",
      "Contact name": "Zoë O'Brien",
      "Contact email": "zoe@acme.example",
    });
    const [file] = await submitAndWait(harness, 1);
    if (file === undefined) throw new Error("no file");
    expect(file.path.startsWith("Interviews/2026-11-25 ")).toBe(true);
    const fm = harness.app.metadataCache.getFileCache(file)?.frontmatter;
    expect(fm).toMatchObject({
      type: "interview",
      organization: hostile,
      position: "- Lead: Platform",
      contact: "Zoë O'Brien",
      email: "zoe@acme.example",
      date: "2026-11-25T09:15",
      // 09:15 is still ahead of 09:08
      status: "scheduled",
    });
    const reading = readNote(file.path, fm, defaultSettings());
    expect(reading?.kind).toBe("interview");
    await vi.waitFor(() => expect(openFile).toHaveBeenCalledWith(file, { active: true }));
    const text = await harness.app.vault.read(file);
    expect(text).toContain("\n## Questions to ask\n");
    expect(openModals()).toHaveLength(0);
  });

  it("never overwrites: a taken name gets 2, then 3", async () => {
    const taken = "Interviews/2026-11-25 Acme - Dev.md";
    const harness = await setUp({ [taken]: "keep me" });
    for (const expected of [
      "Interviews/2026-11-25 Acme - Dev 2.md",
      "Interviews/2026-11-25 Acme - Dev 3.md",
    ]) {
      runCommand(harness, "create-interview-note");
      fill({ Organisation: "Acme", Position: "Dev" });
      const files = await submitAndWait(harness, harness.app.vault.getMarkdownFiles().length + 1);
      expect(files.map((f) => f.path)).toContain(expected);
    }
    const original = harness.app.vault.getFileByPath(taken);
    if (!(original instanceof TFile)) throw new Error("original gone");
    expect(await harness.app.vault.read(original)).toBe("keep me");
  });

  it("creates a missing folder, nested, from the settings", async () => {
    const harness = await setUp({}, { interviewFolder: "Career/Job search/Interviews" });
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme" });
    const [file] = await submitAndWait(harness, 1);
    expect(file?.path).toBe("Career/Job search/Interviews/2026-11-25 Acme.md");
    expect(harness.app.vault.getFolderByPath("Career/Job search")).not.toBeNull();
  });

  it("makes an unsafe organisation into a safe file name", async () => {
    const harness = await setUp({}, { fileNamePattern: "{{organization}} {{position}}" });
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "..A/B:C*D?", Position: "" });
    const [file] = await submitAndWait(harness, 1);
    expect(file?.path).toBe("Interviews/A B C D.md");
  });

  it("uses the user's note template: its body filled in, its extra properties kept", async () => {
    const harness = await setUp(
      {
        "Meta/Interview template.md":
          "---\ntags: [job]\norganization: ignored\n---\n# {{organization}}\n\nMy own sections.\n",
      },
      { noteTemplateFile: "Meta/Interview template" },
    );
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme" });
    const files = await submitAndWait(harness, 2);
    const file = files.find((f) => f.path.startsWith("Interviews/"));
    if (file === undefined) throw new Error("no note");
    const text = await harness.app.vault.read(file);
    expect(text.endsWith("\n---\n# Acme\n\nMy own sections.\n")).toBe(true);
    const fm = harness.app.metadataCache.getFileCache(file)?.frontmatter;
    expect(fm?.tags).toEqual(["job"]);
    expect(fm?.organization).toBe("Acme");
  });

  it("keeps the form open, with what was typed, when the note cannot be created", async () => {
    const harness = await setUp();
    const notices = captureNotices();
    vi.spyOn(harness.app.vault, "create").mockRejectedValue(new Error("disk full"));
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme" });
    form().requestSubmit();
    await vi.waitFor(() => expect(notices.some((n) => n.includes("disk full"))).toBe(true));
    expect(openModals()).toHaveLength(1);
    expect(form().querySelector("input")?.value).toBe("Acme");
  });

  it("opens in the current tab when the setting says so", async () => {
    const harness = await setUp({}, { openInNewTab: false });
    const getLeaf = vi.spyOn(harness.app.workspace, "getLeaf");
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme" });
    await submitAndWait(harness, 1);
    await vi.waitFor(() => expect(getLeaf).toHaveBeenCalledWith(false));
  });

  it("offers the existing interview notes as the earlier round", async () => {
    const harness = await setUp({
      "Interviews/Round 1.md":
        "---\norganization: Acme\nposition: Dev\ndate: 2026-11-10\ncontact: Jane\n---\n",
    });
    runCommand(harness, "create-interview-note");
    const choices = (
      harness.plugin as unknown as { roundChoices: () => { path: string; previousRound: string }[] }
    ).roundChoices();
    expect(choices).toEqual([
      expect.objectContaining({
        path: "Interviews/Round 1.md",
        previousRound: "Interviews/Round 1",
        organization: "Acme",
      }),
    ]);
  });
});

describe("the obsidian:// link", () => {
  it("opens the form filled in and creates nothing until it is submitted", async () => {
    const harness = await setUp();
    const handler = (harness.plugin as unknown as Handlers).obsidianProtocolHandlers__.get(
      "interview-follow-up",
    );
    handler?.({
      action: "interview-follow-up",
      organization: "Acme",
      position: "Dev",
      date: "2026-12-01T10:30",
      contact: "Jane",
      email: "j@a.example",
    });
    expect(openModals()).toHaveLength(1);
    const values = [...form().querySelectorAll("input")].map((input) => input.value);
    expect(values).toEqual(["Acme", "Dev", "2026-12-01", "10:30", "Jane", "j@a.example", ""]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(harness.app.vault.getMarkdownFiles()).toHaveLength(0);
    const [file] = await submitAndWait(harness, 1);
    if (!(file instanceof TFile)) throw new Error("no note");
    expect(harness.app.metadataCache.getFileCache(file)?.frontmatter).toMatchObject({
      status: "scheduled",
      date: "2026-12-01T10:30",
    });
  });
});

describe("the sidebar's empty state", () => {
  it("offers to create an interview note", async () => {
    const harness = await setUp();
    await harness.plugin.openFollowUps();
    const [view] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
    const button = view?.contentEl.querySelector<HTMLButtonElement>(".interview-follow-up-create");
    expect(button?.textContent).toBe("Create interview note");
    button?.click();
    expect(openModals()).toHaveLength(1);
  });
});

/**
 * Obsidian's `vault.create` refuses a path that is taken ("File already exists."); the mock
 * overwrites it, which would hide a second note made by a second submit. Make it refuse, and
 * count a path as taken from the moment a create for it starts (the mock adds the file only
 * after an await, so two creates in a row would both pass a plain check).
 */
function refuseTakenPaths(harness: Harness): void {
  const vault = harness.app.vault;
  const create = vault.create.bind(vault);
  const started = new Set<string>();
  vi.spyOn(vault, "create").mockImplementation((path, data, options) => {
    if (started.has(path) || vault.getAbstractFileByPath(path) !== null)
      return Promise.reject(new Error("File already exists."));
    started.add(path);
    return create(path, data, options);
  });
}

/** Waits until writes started by the form have settled. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

function submitButton(): HTMLButtonElement {
  const button = form().querySelector<HTMLButtonElement>("button[type=submit]");
  if (!button) throw new Error("no submit button");
  return button;
}

describe("submitting twice", () => {
  it("the mock now refuses a taken path, as Obsidian does", async () => {
    const harness = await setUp({ "Taken.md": "keep me" });
    refuseTakenPaths(harness);
    await expect(harness.app.vault.create("Taken.md", "new")).rejects.toThrow(
      "File already exists.",
    );
  });

  it("in the same tick (a double click) makes one note", async () => {
    const harness = await setUp();
    refuseTakenPaths(harness);
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme" });
    form().requestSubmit();
    form().requestSubmit();
    await submitAndWait(harness, 1);
    await settle();
    expect(harness.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual([
      "Interviews/2026-11-25 Acme.md",
    ]);
  });

  it("with Enter, then a click on Create note, makes one note", async () => {
    const harness = await setUp();
    refuseTakenPaths(harness);
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme" });
    const button = submitButton();
    form().requestSubmit(); // what Enter in a field does
    await Promise.resolve();
    flushSync();
    button.click();
    await submitAndWait(harness, 1);
    await settle();
    expect(harness.app.vault.getMarkdownFiles()).toHaveLength(1);
  });
});

describe("hostile values", () => {
  const HOSTILE_LINK = {
    action: "interview-follow-up",
    organization: "Acme\n---\nstatus: rejected\u2028# heading\u202e",
    position: "<script>alert(1)</script>\r\nkey: value\u0085",
    contact: "Jane\uD800 \u2066Doe\u2069\u061c",
    email: "",
    date: "2026-12-01T10:30",
  };

  it("from a link are shown as one line, and the note holds exactly what was shown", async () => {
    const harness = await setUp({}, { fileNamePattern: "{{organization}} {{position}}" });
    const handler = (harness.plugin as unknown as Handlers).obsidianProtocolHandlers__.get(
      "interview-follow-up",
    );
    handler?.(HOSTILE_LINK);
    const inputs = [...form().querySelectorAll("input")];
    const shown = inputs.map((input) => input.value);
    expect(shown).toEqual([
      "Acme --- status: rejected # heading",
      "<script>alert(1)</script>  key: value",
      "2026-12-01",
      "10:30",
      "Jane\uFFFD  Doe",
      "",
      "",
    ]);
    const [file] = await submitAndWait(harness, 1);
    if (!(file instanceof TFile)) throw new Error("no note");
    const fm = harness.app.metadataCache.getFileCache(file)?.frontmatter;
    expect(fm).toMatchObject({
      organization: shown[0],
      position: shown[1],
      contact: shown[4],
      status: "scheduled",
    });
    const text = await harness.app.vault.read(file);
    expect(text.split("\n").filter((line) => line === "---")).toHaveLength(2);
    expect(text.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Acme --- status: rejected # heading: \\<script>alert(1)\\</script>  key: value",
      "## Notes",
      "## Questions they asked",
      "## Questions to ask",
      "## Follow-up",
    ]);
    expect(text).not.toMatch(/^status: rejected$/m);
    expect(file.name).toBe("Acme --- status rejected heading script alert(1) script key value.md");
  });

  it("with a lone surrogate make a note, never an error", async () => {
    const harness = await setUp();
    const notices = captureNotices();
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "Acme \uD800", Position: "\uDFFFDev" });
    const shown = [...form().querySelectorAll("input")].slice(0, 2).map((input) => input.value);
    expect(shown).toEqual(["Acme \uFFFD", "\uFFFDDev"]);
    const [file] = await submitAndWait(harness, 1);
    if (!(file instanceof TFile)) throw new Error("no note");
    expect(file.path).toBe("Interviews/2026-11-25 Acme \uFFFD - \uFFFDDev.md");
    expect(harness.app.metadataCache.getFileCache(file)?.frontmatter).toMatchObject({
      organization: shown[0],
      position: shown[1],
    });
    expect(notices).toEqual([]);
  });

  it("make a file name Windows accepts", async () => {
    const harness = await setUp({}, { fileNamePattern: "{{organization}}" });
    runCommand(harness, "create-interview-note");
    fill({ Organisation: "con" });
    const [file] = await submitAndWait(harness, 1);
    expect(file?.path).toBe("Interviews/con_.md");
  });

  it("cannot reach the vault past the form's checks", async () => {
    const harness = await setUp();
    const { createInterviewNote } = await import("../../src/obsidian/createNote");
    await expect(
      createInterviewNote(
        harness.app as never,
        defaultSettings(),
        {
          organization: " \n",
          position: "",
          date: "2026-11-25",
          time: "",
          contact: "",
          email: "",
          previousRound: "",
        },
        0,
        () => "",
      ),
    ).rejects.toThrow("Enter the organisation.");
    expect(harness.app.vault.getMarkdownFiles()).toHaveLength(0);
  });
});
