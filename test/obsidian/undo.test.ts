// Undo never destroys what the user wrote (src/obsidian/noteActions.ts): it puts a property back
// only while the note still holds exactly what the write left there. When the property was
// changed, removed, re-added or its list edited since (here through processFrontMatter, as
// Obsidian's property editor does, or by editing the text), Undo leaves the note byte for byte
// as it is and says which properties changed. Each notice's button undoes its own write.
import { Notice, TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/domain/frontmatter";
import type { HiddenEntry, SidebarItem } from "../../src/domain/sidebar";
import type { NoteWriter } from "../../src/obsidian/noteWriter";
import { createPlugin, loadPlugin, pluginWriters } from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const A = "Interviews/acme.md";
const B = "Interviews/globex.md";
const BODY = "# Notes\n\n---\n\ntrailing   \nlast line";

function note(organization: string, extra = ""): string {
  return [
    "---",
    "type: interview",
    `organization: ${organization}`,
    "date: 2026-11-24T09:00",
    "status: interviewed",
    "dismissed:",
    "  - research",
    "snoozed_until: 2026-11-20T09:00",
    ...(extra === "" ? [] : [extra]),
    "---",
    BODY,
  ].join("\n");
}

/** Every notice: its text (a plain message, or what was put into it) and its element. */
let notices: { text: () => string; el: HTMLElement }[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  notices = [];
  vi.spyOn(Notice.prototype, "constructor__").mockImplementation(function (
    this: Notice,
    message: unknown,
  ) {
    const el = this.messageEl;
    const plain = typeof message === "string" ? message : "";
    notices.push({ el, text: () => plain + (el.textContent ?? "") });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function setUp() {
  const harness = createPlugin({ [A]: note("Acme Corp"), [B]: note("Globex") });
  await loadPlugin(harness);
  const { notes } = pluginWriters(harness);
  const fileOf = (path: string) => {
    const file = harness.app.vault.getFileByPath(path);
    if (!(file instanceof TFile)) throw new Error(`missing ${path}`);
    return file;
  };
  const read = (path = A) => harness.app.vault.read(fileOf(path));
  /** Someone else changes the note's properties, as Obsidian's property editor does. */
  const edit = (change: (fm: Record<string, unknown>) => void, path = A) =>
    harness.app.fileManager.processFrontMatter(fileOf(path), change);
  return { harness, notes, read, edit, fileOf };
}

function properties(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (block === null) throw new Error("no frontmatter");
  return parse(block.yaml) as Record<string, unknown>;
}

function body(text: string): string {
  return text.slice(findFrontmatter(text)?.bodyStart ?? 0);
}

/** Clicks the Undo button of the `index`th notice that has one (the last by default). */
async function clickUndo(index = -1): Promise<void> {
  const offers = notices.filter((n) => n.el.querySelector("button") !== null);
  const button = offers.at(index)?.el.querySelector("button");
  if (!button || button.textContent !== "Undo") throw new Error("no Undo button");
  button.click();
  await vi.waitFor(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

type Write = (notes: NoteWriter) => Promise<void>;
const target = { path: A, action: "thank-you" as const, label: "Thank-you note" };
const markDone: Write = (notes) => notes.markDone(target);
const dismiss: Write = (notes) =>
  notes.dismiss({ path: A, action: "follow-up", label: "Follow-up" } as SidebarItem);
const unsnooze: Write = (notes) =>
  notes.restore({ path: A, kind: "snoozed", action: null, label: "Acme" } as HiddenEntry);
const rejected: Write = (notes) => notes.quick(A, "rejected", "Marked as rejected.");

describe("Undo after someone else changed what the write wrote", () => {
  const cases: [string, Write, (fm: Record<string, unknown>) => void, string[]][] = [
    ["a date changed", markDone, (fm) => (fm.thank_you_sent = "2026-11-26"), ["thank_you_sent"]],
    ["a date removed", markDone, (fm) => delete fm.thank_you_sent, ["thank_you_sent"]],
    ["a list edited", dismiss, (fm) => (fm.dismissed = ["research"]), ["dismissed"]],
    [
      "a list grown",
      dismiss,
      (fm) => (fm.dismissed = ["research", "follow-up", "thank-you"]),
      ["dismissed"],
    ],
    [
      "a removed property put back",
      unsnooze,
      (fm) => (fm.snoozed_until = "2026-12-01T09:00"),
      ["snoozed_until"],
    ],
    ["one of two changed", rejected, (fm) => (fm.rejected_on = "2026-11-20"), ["rejected_on"]],
    [
      "both of two changed",
      rejected,
      (fm) => Object.assign(fm, { status: "offer", rejected_on: "2026-11-20" }),
      ["status", "rejected_on"],
    ],
  ];

  it.each(cases)("%s: changes nothing and says so", async (_, write, change, keys) => {
    const { notes, read, edit } = await setUp();
    await write(notes);
    await edit(change);
    const edited = await read();
    await clickUndo();
    expect(await read()).toBe(edited);
    const message = notices.at(-1)?.text() ?? "";
    expect(message).toMatch(/^Nothing was undone: /);
    for (const key of keys) expect(message).toContain(`"${key}"`);
    expect(message).toContain(`"${A}"`);
    expect(notes.undo.pending).toBe(false);
  });

  it("a value edited in the note's text counts too, and so does the keyboard command's Undo", async () => {
    const { notes, read, harness, fileOf } = await setUp();
    await markDone(notes);
    const text = await read();
    const edited = text.replace(
      "thank_you_sent: 2026-11-25",
      "thank_you_sent: 2026-11-25 # sent late",
    );
    expect(edited).not.toBe(text);
    await harness.app.vault.modify(fileOf(A), edited);
    await notes.undo.accept();
    // A comment does not change the value: YAML reads the same date, so Undo goes ahead.
    expect(properties(await read()).thank_you_sent).toBeUndefined();
    await markDone(notes);
    // Changed by hand, with a comment that a rewrite of the YAML would drop: it stays.
    const byHand = (await read()).replace(
      "thank_you_sent: 2026-11-25",
      "thank_you_sent: 2026-11-24 # mine",
    );
    expect(byHand).toContain("# mine");
    await harness.app.vault.modify(fileOf(A), byHand);
    const changed = await read();
    await notes.undo.accept();
    expect(await read()).toBe(changed);
  });
});

describe("Undo when nothing the write wrote was changed since", () => {
  it.each([
    ["mark as done", markDone],
    ["dismiss", dismiss],
    ["bring back a snoozed note", unsnooze],
    ["rejected", rejected],
  ])("%s: restores the properties exactly, keeping the user's other edits", async (_, write) => {
    const { notes, read, edit } = await setUp();
    const before = properties(await read());
    await write(notes);
    await edit((fm) => (fm.custom = "mine"));
    await clickUndo();
    expect(properties(await read())).toEqual({ ...before, custom: "mine" });
    expect(body(await read())).toBe(BODY);
    expect(notices.some((n) => n.text().startsWith("Nothing was undone"))).toBe(false);
  });

  it("an identical value written again is no change", async () => {
    const { notes, read, edit } = await setUp();
    const before = properties(await read());
    await dismiss(notes);
    await edit((fm) => (fm.dismissed = ["research", "follow-up"]));
    await clickUndo();
    expect(properties(await read())).toEqual(before);
  });
});

describe("each notice's Undo", () => {
  it("undoes its own write, even after a newer one on another note", async () => {
    const { notes, read } = await setUp();
    const [a, b] = [await read(A), await read(B)];
    await markDone(notes);
    await notes.quick(B, "heard-back", "Noted.");
    const bAfter = await read(B);
    await clickUndo(0);
    expect(properties(await read(A))).toEqual(properties(a));
    expect(await read(B)).toBe(bAfter);
    // The newer offer is still there for the command, and takes back only its own write.
    expect(notes.undo.pending).toBe(true);
    await notes.undo.accept();
    expect(properties(await read(B))).toEqual(properties(b));
  });

  it("acts once, however often it is pressed", async () => {
    const { notes, read, edit } = await setUp();
    await markDone(notes);
    await clickUndo();
    await edit((fm) => (fm.thank_you_sent = "2026-11-25"));
    const again = await read();
    await clickUndo(0);
    expect(await read()).toBe(again);
  });
});
