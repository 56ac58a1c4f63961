// Data safety over 520 generated notes (test/support/noteCorpus.ts, one fixed seed): CRLF, LF and
// both; a byte-order mark; trailing spaces; no final newline; `---` in code fences and as rules;
// lines over 20,000 characters; unicode; properties of every YAML type in any order; YAML that does
// not parse. Every write of the plugin keeps the body byte for byte and every other property's
// value and order, and its Undo gives the properties back exactly:
// - through obsidian-test-mocks, with the plugin's own writers (`pluginWriters`): mark as done,
//   snooze, dismiss, bring back, the quick statuses and Undo (NoteWriter → processFrontMatter);
//   an email from the sidebar (Emails → Vault.process) and at the cursor (Emails → Editor).
//
// Where the mock cannot stand in for Obsidian, the plugin's own part is tested directly:
// - Notes that start with a byte-order mark: the mock's processFrontMatter does not see their
//   frontmatter (it would write a second block above it). For these, the change each write makes
//   inside processFrontMatter (the domain function from src/domain/edits.ts) is applied to the
//   parsed properties and checked the same way. Emails go through Vault.process on the raw text,
//   which the mock does hold, so those notes take that path like the others.
// - The mock rewrites the delimiters and YAML with "\n" whatever the note used, and drops YAML
//   comments; Obsidian may normalise the YAML as well (the spec allows it). So properties are
//   compared as parsed values in order, and the body byte for byte.
// - Notes whose YAML does not parse: processFrontMatter throws, in the mock as in Obsidian; the
//   plugin must leave the note byte-identical and say so.
import { isDeepStrictEqual } from "node:util";
import { Editor, TFile } from "obsidian-test-mocks/obsidian";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import {
  type Change,
  type QuickStatus,
  applyChanges,
  dismiss,
  markDone,
  quickStatus,
  snooze,
  undismiss,
  unsnooze,
} from "../../src/domain/edits";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { FOLLOW_UP_KINDS, canMarkDone } from "../../src/domain/followUpKinds";
import { type PropertyNames, defaultSettings } from "../../src/domain/settings";
import { appendEmail } from "../../src/domain/emailInNote";
import { BUILT_IN_TEMPLATES, type EmailTemplate } from "../../src/domain/templates";
import { ACTION_IDS, type ActionId } from "../../src/domain/types";
import type { Emails } from "../../src/obsidian/emails";
import type { NoteWriter } from "../../src/obsidian/noteWriter";
import { copyRecord } from "../support/arbitraries";
import { type Feature, type GeneratedNote, generateNotes } from "../support/noteCorpus";
import {
  type Harness,
  captureNoticeElements,
  createPlugin,
  loadPlugin,
  pluginWriters,
} from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const SEED = 20261125;
const NOTES = generateNotes(SEED, 520);
const settings = defaultSettings();
const names = settings.properties;
/** Each test writes to every note of the vault; the mock takes a few milliseconds a write. */
const TIMEOUT_MS = 120_000;

let notices: HTMLElement[];

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  notices = captureNoticeElements();
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Writers = { notes: NoteWriter; emails: Emails };
type Target = Parameters<NoteWriter["dismiss"]>[0];
type Hidden = Parameters<NoteWriter["restore"]>[0];

/** A sidebar item for a note, as the sidebar hands one to the writers. */
function item(path: string, action: ActionId): Target {
  return {
    path,
    action,
    state: "due",
    label: FOLLOW_UP_KINDS[action].label,
    organization: "",
    position: "",
    warning: null,
    contact: null,
    opens: 0,
    deadline: null,
  };
}

function hidden(path: string, action: ActionId | null): Hidden {
  return {
    key: `${path}:${action ?? "snoozed"}`,
    path,
    kind: action === null ? "snoozed" : "dismissed",
    action,
    label: action === null ? "" : FOLLOW_UP_KINDS[action].label,
    organization: "",
    position: "",
    until: null,
  };
}

/** One kind of property write, varied over the notes by their number. */
interface PropertyWrite {
  name: string;
  /** The write as the sidebar makes it. */
  run(writers: Writers, path: string, i: number): Promise<void>;
  /** What the plugin changes inside processFrontMatter: the domain function it runs there. */
  plan(frontmatter: Record<string, unknown>, i: number): Change[];
  /** The only properties it may change. */
  touches(i: number): (keyof PropertyNames)[];
  /** How many of the notes it must change (and so offer to undo), so the test cannot pass empty. */
  changesAtLeast: number;
}

const DONE_ACTIONS = ACTION_IDS.filter((action) => canMarkDone(action));
const SNOOZE_DAYS = [1, 3, 7];
const QUICK_TOUCHES: Record<QuickStatus, (keyof PropertyNames)[]> = {
  "heard-back": ["lastHeard"],
  rejected: ["status", "rejectedOn"],
  offer: ["status"],
  accepted: ["status"],
  declined: ["status"],
  withdrawn: ["status"],
  closed: ["status"],
  ghosted: ["status"],
};
const QUICK = Object.keys(QUICK_TOUCHES) as QuickStatus[];

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** The properties "mark as done" may change for a kind: its mark, or what its answer sets. */
function doneTouches(action: ActionId): (keyof PropertyNames)[] {
  const done = FOLLOW_UP_KINDS[action].done;
  if (done === null) return [];
  return done.writes === "date" ? [done.property] : QUICK_TOUCHES[done.answer.status];
}

function snoozeEnd(days: number): number {
  const date = new Date(NOW);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

const WRITES: PropertyWrite[] = [
  {
    name: "mark as done",
    changesAtLeast: 400,
    run: (w, path, i) => w.notes.markDone(item(path, at(DONE_ACTIONS, i))),
    plan: (fm, i) => markDone(at(DONE_ACTIONS, i), fm, settings, NOW.getTime()),
    touches: (i) => doneTouches(at(DONE_ACTIONS, i)),
  },
  {
    name: "snooze",
    changesAtLeast: 400,
    run: (w, path, i) => w.notes.snooze(item(path, "thank-you"), at(SNOOZE_DAYS, i)),
    plan: (fm, i) => snooze(fm, settings, snoozeEnd(at(SNOOZE_DAYS, i))),
    touches: () => ["snoozedUntil"],
  },
  {
    name: "dismiss",
    changesAtLeast: 400,
    run: (w, path, i) => w.notes.dismiss(item(path, at(ACTION_IDS, i))),
    plan: (fm, i) => dismiss(at(ACTION_IDS, i), fm, settings),
    touches: () => ["dismissed"],
  },
  {
    name: "bring back (a dismissed follow-up, a snoozed note)",
    // Only notes with a dismissed list or a snooze have something to bring back.
    changesAtLeast: 60,
    run: (w, path, i) => w.notes.restore(hidden(path, i % 2 === 0 ? at(ACTION_IDS, i) : null)),
    plan: (fm, i) =>
      i % 2 === 0 ? undismiss(at(ACTION_IDS, i), fm, settings) : unsnooze(fm, settings),
    touches: (i) => [i % 2 === 0 ? "dismissed" : "snoozedUntil"],
  },
  {
    name: "quick status (heard back, rejected, offer, accepted, declined)",
    changesAtLeast: 400,
    run: (w, path, i) => w.notes.quick(path, at(QUICK, i), "Done."),
    plan: (fm, i) => quickStatus(at(QUICK, i), fm, settings, NOW.getTime()),
    touches: (i) => QUICK_TOUCHES[at(QUICK, i)],
  },
];

function parseProperties(yaml: string): Record<string, unknown> {
  const parsed: unknown = parse(yaml);
  return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
}

function split(text: string): { properties: Record<string, unknown>; body: string } {
  const block = findFrontmatter(text);
  if (block === null) throw new Error("no frontmatter");
  return { properties: parseProperties(block.yaml), body: text.slice(block.bodyStart) };
}

/**
 * What is wrong with `after`, the properties after a write, against `before` and the write's
 * plan (empty when nothing is): its keys and values in order must be exactly those of `before`
 * with the plan applied, and the keys that changed must be among the ones it may touch.
 */
function propertyProblems(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  write: PropertyWrite,
  i: number,
): string[] {
  const problems: string[] = [];
  const expected = copyRecord(before);
  applyChanges(expected, write.plan(expected, i));
  if (!isDeepStrictEqual(Object.entries(after), Object.entries(expected))) {
    problems.push(
      `properties ${JSON.stringify(Object.entries(after))}, expected ${JSON.stringify(Object.entries(expected))}`,
    );
  }
  const allowed = write.touches(i).map((key) => names[key].toLowerCase());
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const same =
      Object.prototype.hasOwnProperty.call(before, key) ===
        Object.prototype.hasOwnProperty.call(after, key) &&
      isDeepStrictEqual(before[key], after[key]);
    if (!same && !allowed.includes(key.toLowerCase())) problems.push(`changed "${key}"`);
  }
  return problems;
}

async function setUp(): Promise<{ harness: Harness; writers: Writers }> {
  const files = Object.fromEntries(NOTES.map((note) => [note.path, note.text]));
  const harness = createPlugin(files, { myName: "Sam Lee" });
  await loadPlugin(harness);
  return { harness, writers: pluginWriters(harness) };
}

function fileOf(harness: Harness, note: GeneratedNote): TFile {
  const file = harness.app.vault.getFileByPath(note.path);
  if (!(file instanceof TFile)) throw new Error(`missing ${note.path}`);
  return file;
}

/** Failures are gathered per note and checked once, so one report lists every note that failed. */
function expectNone(failures: string[]): void {
  expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
}

describe("the generated notes", () => {
  it("cover every awkward case, many times, and their frontmatter is found where it ends", () => {
    const counts = new Map<Feature, number>();
    for (const note of NOTES) {
      for (const feature of note.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    }
    const all: Feature[] = [
      "bom",
      "crlf",
      "lf",
      "mixed-eol",
      "no-final-newline",
      "trailing-spaces",
      "fence-with-rule",
      "rule",
      "long-line",
      "unicode",
      "line-separator",
      "empty-body",
      "emails-section",
      "section-after-emails",
      "recased-key",
      "comment",
      "block-scalar",
      "nested",
      "invalid-yaml",
    ];
    for (const feature of all) expect(counts.get(feature) ?? 0, feature).toBeGreaterThanOrEqual(15);
    expect(counts.get("crlf")).toBeGreaterThanOrEqual(150);
    expect(NOTES.filter((note) => !note.features.has("bom")).length).toBeGreaterThanOrEqual(450);
    for (const note of NOTES)
      expect(findFrontmatter(note.text)?.bodyStart, note.path).toBe(note.bodyStart);
  });
});

describe.each(WRITES)("$name", (write) => {
  it(
    "keeps the body byte for byte and every other property; Undo restores the properties",
    async () => {
      const { harness, writers } = await setUp();
      const failures: string[] = [];
      let checked = 0;
      let undone = 0;
      for (const [i, note] of NOTES.entries()) {
        if (note.features.has("bom")) continue;
        const file = fileOf(harness, note);
        const before = await harness.app.vault.read(file);
        const shown = notices.length;
        await write.run(writers, note.path, i);
        const after = await harness.app.vault.read(file);
        if (note.features.has("invalid-yaml")) {
          if (after !== before) failures.push(`${note.path}: changed although its YAML is broken`);
          const said = notices.slice(shown).map((n) => n.textContent ?? "");
          if (!said.some((text) => text.includes("The note is unchanged.")))
            failures.push(
              `${note.path}: no notice that it could not be changed (${said.join(" | ")})`,
            );
          continue;
        }
        checked++;
        const a = split(before);
        const b = split(after);
        if (b.body !== a.body) failures.push(`${note.path}: body changed`);
        for (const p of propertyProblems(a.properties, b.properties, write, i))
          failures.push(`${note.path}: ${p}`);
        if (!writers.notes.undo.pending) continue;
        undone++;
        await writers.notes.undo.accept();
        const c = split(await harness.app.vault.read(file));
        if (c.body !== a.body) failures.push(`${note.path}: body changed by Undo`);
        if (!isDeepStrictEqual(Object.entries(c.properties), Object.entries(a.properties)))
          failures.push(
            `${note.path}: Undo gave back ${JSON.stringify(Object.entries(c.properties))}`,
          );
      }
      expectNone(failures);
      expect(checked).toBeGreaterThanOrEqual(430);
      expect(undone).toBeGreaterThanOrEqual(write.changesAtLeast);
    },
    TIMEOUT_MS,
  );

  it("changes only its own properties in notes with a byte-order mark (its part, tested directly)", () => {
    const failures: string[] = [];
    const bom = NOTES.map((note, i) => ({ note, i })).filter(({ note }) =>
      note.features.has("bom"),
    );
    for (const { note, i } of bom) {
      const block = findFrontmatter(note.text);
      if (block === null) {
        failures.push(`${note.path}: frontmatter not found after the byte-order mark`);
        continue;
      }
      if (note.features.has("invalid-yaml")) {
        // Obsidian cannot parse these either; processFrontMatter throws before the plugin's part runs.
        expect(() => parseProperties(block.yaml)).toThrow();
        continue;
      }
      const properties = parseProperties(block.yaml);
      const record = copyRecord(properties);
      const undo = applyChanges(record, write.plan(record, i));
      for (const p of propertyProblems(properties, record, write, i))
        failures.push(`${note.path}: ${p}`);
      applyChanges(record, undo);
      if (!isDeepStrictEqual(Object.entries(record), Object.entries(properties)))
        failures.push(`${note.path}: undo gave back ${JSON.stringify(Object.entries(record))}`);
    }
    expectNone(failures);
    expect(bom.length).toBeGreaterThanOrEqual(15);
  });
});

/** A user's template: braces, replacement patterns and CRLF in its text. */
const USER_TEMPLATE: EmailTemplate = {
  id: "Interviews/Templates/Mine.md",
  name: "Mine",
  action: null,
  subject: "About {{position}} {not a placeholder} $& $1",
  body: "Hello {{contact_first_name}},\r\n\r\n{{ salary }} and {{nothing}} {{{{}}}} $' $`\r\n---\r\nBye",
};
const TEMPLATES = [...BUILT_IN_TEMPLATES, USER_TEMPLATE];

/** How many line breaks of each kind a text has: a bare "\n", and a "\r" not followed by "\n". */
function breaks(text: string): { bareLf: number; bareCr: number } {
  return {
    bareLf: (text.match(/(?<!\r)\n/g) ?? []).length,
    bareCr: (text.match(/\r(?!\n)/g) ?? []).length,
  };
}

describe("inserting an email", () => {
  it(
    "from the sidebar (Vault.process) only adds the email, in the body, with the note's line breaks",
    async () => {
      const { harness, writers } = await setUp();
      const failures: string[] = [];
      for (const [i, note] of NOTES.entries()) {
        const template = at(TEMPLATES, i);
        const target = { path: note.path, action: template.action ?? "thank-you", label: "x" };
        const file = fileOf(harness, note);
        const before = await harness.app.vault.read(file);
        const email = writers.emails.render(note.path, template);
        await writers.emails.insertIntoNote(target, template);
        const after = await harness.app.vault.read(file);
        if (after !== appendEmail(before, email, template.name))
          failures.push(`${note.path}: not the email appended`);
        // Whatever appendEmail does, the note must be the old text with one run inserted, in the body.
        let common = 0;
        while (common < before.length && before[common] === after[common]) common++;
        const added = after.length - before.length;
        if (after.slice(common + added) !== before.slice(common))
          failures.push(`${note.path}: text around the email changed`);
        if (common < note.bodyStart) failures.push(`${note.path}: inserted inside the frontmatter`);
        if (!after.slice(common, common + added).includes(`**Subject:** ${email.subject}`))
          failures.push(`${note.path}: the subject is not in what was added`);
        // The email's line breaks are the note's: no bare "\n" added to a CRLF note, no "\r" to an LF one.
        const [x, y] = [breaks(before), breaks(after)];
        const crlf = before.includes("\r\n");
        if (crlf ? y.bareLf !== x.bareLf : after.split("\r").length !== before.split("\r").length)
          failures.push(`${note.path}: line breaks of the email do not match the note's`);
        if (y.bareCr !== x.bareCr) failures.push(`${note.path}: a lone "\\r" appeared`);
      }
      expectNone(failures);
    },
    TIMEOUT_MS,
  );

  it(
    "at the cursor (Editor) goes where the cursor is, or just after the properties, in the note's line breaks, and changes nothing else",
    async () => {
      const { writers } = await setUp();
      class TestEditor extends Editor {}
      const failures: string[] = [];
      for (const [i, note] of NOTES.entries()) {
        const template = at(TEMPLATES, i);
        const text = note.text;
        // The start, inside the properties, the end of the properties, inside the body, the end.
        const spots = [0, 1 + ((i * 7919) % Math.max(1, note.bodyStart - 1)), note.bodyStart];
        const bodyLength = text.length - note.bodyStart;
        spots.push(note.bodyStart + ((i * 104729) % (bodyLength + 1)), text.length);
        const offset = at(spots, i);
        const editor = new TestEditor();
        editor.setValue(text);
        editor.setCursor(editor.offsetToPos(offset));
        const email = writers.emails.insertAtCursor(editor, note.path, template);
        if (email === null) {
          failures.push(`${note.path}: refused to insert`);
          continue;
        }
        // After the properties; past a byte-order mark or the CR of a CRLF; on a line of its own
        // after a closing "---" that ends the note; in the note's line breaks.
        let where = offset < note.bodyStart ? note.bodyStart : offset;
        if (where === 0 && text.startsWith("\uFEFF")) where = 1;
        if (text[where - 1] === "\r" && text[where] === "\n") where++;
        const eol = text.includes("\r\n") ? "\r\n" : "\n";
        const ownLine = note.bodyStart > 0 && where === note.bodyStart && text[where - 1] !== "\n";
        const lines = `**Subject:** ${email.subject}\n\n${email.body}\n`.replace(/\r?\n/g, eol);
        const expected = `${text.slice(0, where)}${ownLine ? eol : ""}${lines}${text.slice(where)}`;
        const after = editor.getValue();
        if (after !== expected)
          failures.push(`${note.path}: cursor at ${offset}, not inserted at ${where}`);
        // The YAML text itself is the same (some notes' YAML does not parse).
        if (findFrontmatter(after)?.yaml !== findFrontmatter(text)?.yaml)
          failures.push(`${note.path}: the properties changed`);
      }
      expectNone(failures);
    },
    TIMEOUT_MS,
  );
});
