// The live index against a fresh build: any sequence of edits, creations, deletions, renames
// (into, out of and within the interview folder, to another extension), the cache's `resolved`,
// settings changes and clock jumps, with disk checks still under way between them, leaves the
// index, the sidebar and the API exactly as building them afresh from the same vault would.
import fc from "fast-check";
import type { App as AppOriginal, TFile } from "obsidian";
import type { App } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it } from "vitest";
import { type Settings, defaultSettings } from "../../src/domain/settings";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { createApp } from "../support/obsidian";

const START = Date.parse("2026-11-25T12:00:00Z");
const HOUR = 3_600_000;

const PATHS = [
  "Interviews/a.md",
  "Interviews/b.md",
  "Interviews/Sub/c.md",
  "Interviews/Templates/t.md",
  "Notes/d.md",
  "Notes/e.md",
  "Interviews/f.txt",
];

const note = (yaml: string) => `---\n${yaml}\n---\nBody.\n`;
const TEXTS = [
  note("organization: Acme\nposition: Dev\ndate: 2026-11-20T10:00\nemail: a@acme.example"),
  note("organization: Acme\nposition: Dev\ndate: 2026-11-24\nstatus: waiting"),
  note("type: interview\norganization: Globex\ndate: 2026-11-26T09:00"),
  note("organization: Initech\ndate: 2026-11-10\nstatus: offer\noffer_deadline: 2026-11-27"),
  note("organization: Umbrella\ndate: 2026-11-18\nsnoozed_until: 2026-11-25T18:00"),
  note("organization: Hooli\ndate: 2026-11-01\ndismissed: [thank-you, research]"),
  note("organization: [Acme\ndate: 2026-11-01"),
  note("organization: Acme\n  date: : :"),
  note("date: 2026-13-45\norganization: Bad date"),
  note("title: an index page"),
  "No properties at all.\n",
  "",
];

const SETTINGS: Settings[] = [
  defaultSettings(),
  { ...defaultSettings(), interviewFolder: "Interviews/Sub" },
  { ...defaultSettings(), horizonDays: 1 },
];

/** Lets every disk read and the notifications after it run. */
const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

interface World {
  app: App;
  /** The cache has said it resolved every file. */
  resolved: boolean;
  index: FollowUpIndex;
  settings: Settings;
  now: number;
}

const loaded: FollowUpIndex[] = [];
afterEach(() => {
  for (const index of loaded.splice(0)) index.unload();
});

function indexOver(world: { app: App; settings: Settings }): FollowUpIndex {
  const index = new FollowUpIndex(world.app as unknown as AppOriginal, () => world.settings);
  index.load();
  loaded.push(index);
  return index;
}

async function ensureFolder(app: App, path: string): Promise<void> {
  const folder = path.slice(0, path.lastIndexOf("/"));
  if (folder !== "" && app.vault.getAbstractFileByPath(folder) === null)
    await app.vault.createFolder(folder);
}

const fileAt = (app: App, path: string) => app.vault.getFileByPath(path) as unknown as TFile | null;

type Step =
  | { kind: "write"; path: string; text: string }
  | { kind: "delete"; path: string }
  | { kind: "rename"; from: string; to: string }
  | { kind: "resolved" }
  | { kind: "settings"; which: number }
  | { kind: "clock"; hours: number }
  | { kind: "settle" };

const path = fc.constantFrom(...PATHS);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("write" as const),
      path,
      text: fc.constantFrom(...TEXTS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), path }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("rename" as const), from: path, to: path }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "resolved" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("settings" as const), which: fc.nat(2) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("clock" as const),
      hours: fc.integer({ min: -48, max: 400 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "settle" as const }) },
);

async function run(world: World, s: Step): Promise<void> {
  const { app } = world;
  switch (s.kind) {
    case "write": {
      const file = fileAt(app, s.path);
      if (file === null) {
        await ensureFolder(app, s.path);
        await app.vault.create(s.path, s.text);
      } else await app.vault.modify(file as never, s.text);
      return;
    }
    case "delete": {
      const file = fileAt(app, s.path);
      if (file !== null) await app.fileManager.trashFile(file as never);
      return;
    }
    case "rename": {
      const file = fileAt(app, s.from);
      if (file === null || fileAt(app, s.to) !== null) return;
      await ensureFolder(app, s.to);
      await app.vault.rename(file as never, s.to);
      // Obsidian indexes a file that became a note (the mock's cache does not).
      if (!s.from.endsWith(".md") && s.to.endsWith(".md"))
        (app.metadataCache as unknown as { parseFileMetadata(f: unknown): void }).parseFileMetadata(
          file,
        );
      return;
    }
    case "resolved":
      world.resolved = true;
      app.metadataCache.trigger("resolved");
      return;
    case "settings":
      // As the plugin does: a setting that changes which notes are interviews reads them again.
      world.settings = SETTINGS[s.which] as Settings;
      world.index.rebuild();
      return;
    case "clock":
      world.now += s.hours * HOUR;
      world.index.tick();
      return;
    case "settle":
      await settle();
      await sameAsFresh(world);
  }
}

/** Builds a second index over the same vault, as a start-up now would, and compares. */
async function sameAsFresh(world: World): Promise<void> {
  const fresh = indexOver(world);
  if (world.resolved) world.app.metadataCache.trigger("resolved");
  await settle();
  expect(seen(world.index, world.now)).toEqual(seen(fresh, world.now));
  fresh.unload();
}

/** Disk reads that end after 0 to 3 turns of the event loop, in the order `delays` gives. */
function slowReads(app: App, delays: number[]): void {
  const vault = app.vault;
  const read = vault.cachedRead.bind(vault);
  let next = 0;
  vault.cachedRead = async (file) => {
    const turns = delays[next++ % delays.length] as number;
    for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    return read(file);
  };
}

/** What a user or a script can see of an index at `now`. */
function seen(index: FollowUpIndex, now: number) {
  const readings = [...index.all()].map((r) =>
    r.kind === "problem" ? { path: r.path, reason: r.reason } : r.interview.path,
  );
  readings.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    readings,
    ready: index.ready,
    followUps: index.followUps(new Date(now)),
    sidebar: index.sidebar(now),
    due: index.dueCount(now),
  };
}

describe("the live index", () => {
  it("shows what a fresh build shows after any sequence of vault events", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...TEXTS), { minLength: PATHS.length, maxLength: PATHS.length }),
        fc.array(step, { maxLength: 25 }),
        fc.array(fc.nat(3), { minLength: 1 }),
        async (texts, steps, delays) => {
          const files: Record<string, string> = {};
          PATHS.forEach((p, i) => {
            if (i % 2 === 0) files[p] = texts[i] as string;
          });
          const app = createApp(files);
          slowReads(app, delays);
          const world = { app, resolved: false, settings: SETTINGS[0], now: START } as World;
          world.index = indexOver(world);
          app.workspace.setLayoutReady__();
          // The sidebar is open from the start: its plan is then kept current note by note.
          world.index.sidebar(world.now);
          for (const s of steps) {
            await run(world, s);
            world.index.sidebar(world.now);
          }
          world.resolved = true;
          app.metadataCache.trigger("resolved");
          await settle();
          await sameAsFresh(world);
          for (const index of loaded.splice(0)) index.unload();
        },
      ),
      { numRuns: 300 },
    );
  });
});
