// "Create interview note" with hostile input, in obsidian-test-mocks: a second submit while the
// first is busy, values from a link or a paste with line breaks, controls and lone surrogates,
// names Windows would refuse, and input that skips the form's checks (issue #16, items 4, 7, 8).
import { TFile } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../../src/domain/settings";
import {
  type Handlers,
  fill,
  form,
  formClock,
  runCommand,
  setUp,
  submitAndWait,
} from "../support/createNoteForm";
import { type Harness, captureNotices } from "../support/obsidian";

formClock();

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
    fill({ Organization: "Acme" });
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
    fill({ Organization: "Acme" });
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
      // They will decide by
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
    fill({ Organization: "Acme \uD800", Position: "\uDFFFDev" });
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
    fill({ Organization: "con" });
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
    ).rejects.toThrow("Enter the organization.");
    expect(harness.app.vault.getMarkdownFiles()).toHaveLength(0);
  });
});
