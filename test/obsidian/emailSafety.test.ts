// Emails that cannot hurt a note, in obsidian-test-mocks: "Insert follow-up email" through the
// mock's Editor over every note shape (support/noteShapes.ts) with the cursor or a selection
// anywhere, the frontmatter's lines included; the sidebar's insertion into properties left open;
// and the mail link for text no link can hold (lone surrogates, a subject of thousands of
// characters), which never throws and never passes 1,800 characters.
import fc from "fast-check";
import { Editor, TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { MAILTO_LIMIT } from "../../src/domain/mailto";
import { BUILT_IN_TEMPLATES, type EmailTemplate } from "../../src/domain/templates";
import {
  captureNoticeElements,
  createPlugin,
  loadPlugin,
  pluginWriters,
} from "../support/obsidian";
import { emailArb, noteShapeArb } from "../support/noteShapes";
import { PROPERTY_RUNS } from "../support/propertyRuns";

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
].join("\n");

class TestEditor extends Editor {}

let notices: HTMLElement[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  notices = captureNoticeElements();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function setUp(files: Record<string, string> = {}, data: unknown = { myName: "Sam Lee" }) {
  const harness = createPlugin({ [PATH]: NOTE, ...files }, data);
  await loadPlugin(harness);
  return { ...harness, ...pluginWriters(harness) };
}

/** A template whose text is the generated email's, placeholders and all. */
function templateOf(email: { subject: string; body: string }): EmailTemplate {
  return { id: "T/x.md", name: "Mine", action: "thank-you", ...email };
}

describe("Insert follow-up email, through the editor", () => {
  it("keeps the properties exactly and every other byte, wherever the cursor or selection is", async () => {
    const { emails } = await setUp();
    await fc.assert(
      fc.asyncProperty(noteShapeArb, emailArb, fc.nat(), fc.nat(), async (shape, mail, a, h) => {
        const { text } = shape;
        const editor = new TestEditor();
        editor.setValue(text);
        // A selection from anywhere to anywhere (a cursor when both ends meet).
        const [anchor, head] = [a % (text.length + 1), h % (text.length + 1)];
        editor.setSelection(editor.offsetToPos(anchor), editor.offsetToPos(head));
        const email = emails.insertAtCursor(editor, PATH, templateOf(mail));
        const after = editor.getValue();
        expect(findFrontmatter(after)?.yaml ?? null).toBe(shape.yaml);
        if (email === null) {
          // Refused only where properties are left open, and then nothing changes.
          expect(shape.yaml).toBeNull();
          expect(after).toBe(text);
          expect(notices.at(-1)?.textContent).toContain("its properties are not closed");
          return;
        }
        // Only inserted: the text before the insertion and after it are the note's, in order.
        let common = 0;
        while (common < text.length && text[common] === after[common]) common++;
        const added = after.length - text.length;
        expect(added).toBeGreaterThan(0);
        // Somewhere in the body (its place is ambiguous when it repeats what surrounds it).
        const wanted = `**Subject:** ${email.subject}${shape.eol}`;
        let found = false;
        for (let at = common; at >= shape.bodyStart && !found; at--)
          found =
            after.slice(at + added) === text.slice(at) &&
            after.slice(at, at + added).includes(wanted);
        expect(found).toBe(true);
      }),
      { ...PROPERTY_RUNS, numRuns: Math.min(PROPERTY_RUNS.numRuns, 300) },
    );
  });

  it("refuses, saying why, where a --- line of the email would close properties left open", async () => {
    const { emails } = await setUp();
    const open = "---\nstatus: waiting\nBody";
    const editor = new TestEditor();
    editor.setValue(open);
    editor.setCursor(editor.offsetToPos(open.length));
    expect(
      emails.insertAtCursor(editor, PATH, templateOf({ subject: "S", body: "a\n---\nb" })),
    ).toBeNull();
    expect(editor.getValue()).toBe(open);
    expect(notices.at(-1)?.textContent).toContain(`"${PATH}"`);
  });
});

describe("Insert email, from the sidebar", () => {
  const target = { path: "Interviews/open.md", action: "thank-you" as const, label: "Thank-you" };

  it("leaves properties left open untouched when the email has a --- line, and says so", async () => {
    const open = "---\nstatus: waiting\n\nBody";
    const { emails, app } = await setUp({ [target.path]: open });
    const file = app.vault.getFileByPath(target.path);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await emails.insertIntoNote(target, templateOf({ subject: "S", body: "Hi\n---\nBye" }));
    expect(await app.vault.read(file)).toBe(open);
    expect(notices.at(-1)?.textContent).toContain("its properties are not closed");
    expect(notices.some((n) => n.textContent?.includes("Mark as sent"))).toBe(false);
    await emails.insertIntoNote(target, templateOf({ subject: "S", body: "Hi" }));
    expect(await app.vault.read(file)).toContain(`${open}\n\n## Follow-up emails`);
  });

  it("keeps a closing --- that ends the note on its own line", async () => {
    const ended = "---\nstatus: waiting\n---";
    const { emails, app } = await setUp({ [target.path]: ended });
    const file = app.vault.getFileByPath(target.path);
    if (!(file instanceof TFile)) throw new Error("missing note");
    await emails.insertIntoNote(target, BUILT_IN_TEMPLATES[0] as EmailTemplate);
    const after = await app.vault.read(file);
    expect(after.startsWith(`${ended}\n\n## Follow-up emails\n`)).toBe(true);
    expect(findFrontmatter(after)?.yaml).toBe("status: waiting");
  });
});

describe("Open in mail app", () => {
  const subject = `Thanks {{my_name}} 🚀 100% %41 ${"é".repeat(500)}👨‍👩‍👧 end`;

  it("never throws on lone surrogates, cuts a subject too long after a whole character, and copies the whole email", async () => {
    const template = `---\naction: thank-you\nsubject: "${subject}"\n---\nDear {{contact_first_name}}, {{my_name}}`;
    const { app, plugin } = await setUp(
      { "Interviews/Templates/Long.md": template },
      { myName: "Sam \uD800 Lee\uDC00" },
    );
    const { emails } = pluginWriters({ app, plugin });
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const [mine] = (await emails.templates()).filter((t) => t.name === "Long");
    if (mine === undefined) throw new Error("the template was not read");
    await emails.openInMailApp({ path: PATH, action: "thank-you", label: "x" }, mine);
    const href = String(open.mock.calls[0]?.[0]);
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(
      href.startsWith("mailto:jane%40acme.example?subject=Thanks%20Sam%20%EF%BF%BD%20Lee"),
    ).toBe(true);
    const shown = decodeURIComponent(href.split("?subject=")[1] ?? "");
    expect(shown.endsWith("é…")).toBe(true);
    const clip = await navigator.clipboard.readText();
    expect(clip).toBe(
      // The subject is one line of well-formed text (a lone surrogate is U+FFFD, as in the link).
      `Subject: ${subject.replace("{{my_name}}", "Sam \uFFFD Lee\uFFFD")}\n\nDear Jane, Sam \uD800 Lee\uDC00`,
    );
    expect(notices.at(-1)?.textContent).toContain("its subject and body are on the clipboard");
  });
});
