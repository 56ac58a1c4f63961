// "Create interview note" in obsidian-test-mocks: the command, the form in its modal, the note it
// writes (read back through the metadata cache), names that collide, folders that are missing,
// the obsidian:// link, and the sidebar's empty state.
import { TFile, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { earlierRoundChoices } from "../../src/domain/earlierRounds";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  type Commands,
  type Handlers,
  fill,
  form,
  runCommand,
  setUp,
  submitAndWait,
} from "../support/createNoteForm";
import { captureNotices, openModals, openViews } from "../support/obsidian";

const NOW = new Date(2026, 10, 25, 9, 8);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  for (const modal of openModals()) modal.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

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
      Organization: hostile,
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
      fill({ Organization: "Acme", Position: "Dev" });
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
    fill({ Organization: "Acme" });
    const [file] = await submitAndWait(harness, 1);
    expect(file?.path).toBe("Career/Job search/Interviews/2026-11-25 Acme.md");
    expect(harness.app.vault.getFolderByPath("Career/Job search")).not.toBeNull();
  });

  it("makes an unsafe organization into a safe file name", async () => {
    const harness = await setUp({}, { fileNamePattern: "{{organization}} {{position}}" });
    runCommand(harness, "create-interview-note");
    fill({ Organization: "..A/B:C*D?", Position: "" });
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
    fill({ Organization: "Acme" });
    const files = await submitAndWait(harness, 2);
    const file = files.find((f) => f.path.startsWith("Interviews/"));
    if (file === undefined) throw new Error("no note");
    const text = await harness.app.vault.read(file);
    expect(text.endsWith("\n---\n# Acme\n\nMy own sections.\n")).toBe(true);
    const fm = harness.app.metadataCache.getFileCache(file)?.frontmatter;
    expect(fm?.tags).toEqual(["job"]);
    expect(fm?.organization).toBe("Acme");
  });

  it("says so when the note template's properties cannot be read, and uses its text", async () => {
    const notices = captureNotices();
    const harness = await setUp(
      { "Meta/T.md": "---\ntags: [job, interview\nsource: referral\n---\n# {{organization}}\n" },
      { noteTemplateFile: "Meta/T" },
    );
    runCommand(harness, "create-interview-note");
    fill({ Organization: "Acme" });
    const files = await submitAndWait(harness, 2);
    const file = files.find((f) => f.path.startsWith("Interviews/"));
    if (file === undefined) throw new Error("no note");
    expect((await harness.app.vault.read(file)).endsWith("\n---\n# Acme\n")).toBe(true);
    expect(notices).toContain(
      'The properties of the note template "Meta/T.md" could not be read; only its text is used.',
    );
  });

  it.each(["---\n---\nBody\n", "---\n# fill in later\n---\nBody\n"])(
    "says nothing of a properties block that is empty or comments alone: %j",
    async (template) => {
      const notices = captureNotices();
      const harness = await setUp({ "Meta/T.md": template }, { noteTemplateFile: "Meta/T" });
      runCommand(harness, "create-interview-note");
      fill({ Organization: "Acme" });
      await submitAndWait(harness, 2);
      expect(notices.filter((n) => n.includes("note template"))).toEqual([]);
    },
  );

  it("keeps the form open, with what was typed, when the note cannot be created", async () => {
    const harness = await setUp();
    const notices = captureNotices();
    vi.spyOn(harness.app.vault, "create").mockRejectedValue(new Error("disk full"));
    runCommand(harness, "create-interview-note");
    fill({ Organization: "Acme" });
    form().requestSubmit();
    await vi.waitFor(() => expect(notices.some((n) => n.includes("disk full"))).toBe(true));
    expect(openModals()).toHaveLength(1);
    expect(form().querySelector("input")?.value).toBe("Acme");
  });

  it("opens in the current tab when the setting says so", async () => {
    const harness = await setUp({}, { openInNewTab: false });
    const getLeaf = vi.spyOn(harness.app.workspace, "getLeaf");
    runCommand(harness, "create-interview-note");
    fill({ Organization: "Acme" });
    await submitAndWait(harness, 1);
    await vi.waitFor(() => expect(getLeaf).toHaveBeenCalledWith(false));
  });

  it("offers the existing interview notes as the earlier round", async () => {
    const harness = await setUp({
      "Interviews/Round 1.md":
        "---\norganization: Acme\nposition: Dev\ndate: 2026-11-10\ncontact: Jane\n---\n",
    });
    runCommand(harness, "create-interview-note");
    // What the form's earlier-round field lists: the plugin's index, read as the form reads it.
    const index = (harness.plugin as unknown as { index: { all(): Iterable<NoteReading> } }).index;
    const choices = earlierRoundChoices(index.all());
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
    // The empty ones: They will decide by, and the earlier round.
    expect(values).toEqual(["Acme", "Dev", "2026-12-01", "10:30", "Jane", "j@a.example", "", ""]);
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

describe("a panel and the day they will decide by", () => {
  it("come from a link into the form, and into the note as lists and a date", async () => {
    const harness = await setUp();
    const handler = (harness.plugin as unknown as Handlers).obsidianProtocolHandlers__.get(
      "interview-follow-up",
    );
    handler?.({
      organization: "Acme",
      date: "2026-12-01T10:30",
      contact: "Jane",
      email: "j@a.example",
      contact2: "Bob: the boss",
      contact3: "- Ann #1",
      email3: "ann@a.example",
      decision_by: "2026-12-08",
    });
    fill({ "Interviewer 2 email": "bob@a.example" });
    const [file] = await submitAndWait(harness, 1);
    if (!(file instanceof TFile)) throw new Error("no note");
    const fm = harness.app.metadataCache.getFileCache(file)?.frontmatter;
    expect(fm).toMatchObject({
      contact: ["Jane", "Bob: the boss", "- Ann #1"],
      email: ["j@a.example", "bob@a.example", "ann@a.example"],
      thanked: [],
      decision_by: "2026-12-08",
    });
    expect(readNote(file.path, fm, defaultSettings())?.kind).toBe("interview");
  });

  it("keep a note template's own property of the same name out, and its others in", async () => {
    const harness = await setUp(
      {
        "Meta/T.md": "---\ntags: [job]\nthanked: [someone]\n---\nBody\n",
      },
      { noteTemplateFile: "Meta/T" },
    );
    runCommand(harness, "create-interview-note");
    fill({ Organization: "Acme", "Contact name": "Jane" });
    const add = [...form().querySelectorAll("button")].find(
      (b) => b.textContent === "Add interviewer",
    );
    add?.click();
    flushSync();
    fill({ "Interviewer 2 name": "Bob" });
    const files = await submitAndWait(harness, 2);
    const file = files.find((f) => f.path.startsWith("Interviews/"));
    if (file === undefined) throw new Error("no note");
    const fm = harness.app.metadataCache.getFileCache(file)?.frontmatter;
    expect(fm).toMatchObject({ contact: ["Jane", "Bob"], thanked: [], tags: ["job"] });
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
