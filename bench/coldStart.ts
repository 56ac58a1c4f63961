// One cold start, as a user meets it: run by bench.test.ts in a fresh Node process (bundled by
// esbuild first), it loads the built main.js into a fresh obsidian-test-mocks app over a vault,
// fires layout-ready and times until the index is complete (`ready`, every note in, the problems
// of notes read from disk included). Then, in this same process, the floor: a bare loop calling
// getFileCache on every Markdown file. Prints one line of JSON, wall and CPU milliseconds. With
// "returning", a last-seen time is stored first, as every start-up but the first finds one.
//   node coldStart.mjs <vault.json> <main.js> [returning]
import { readFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import type { TFile as TFileOriginal } from "obsidian";
import { builtinEnvironments } from "vitest/runtime";
import { LAST_SEEN_KEY } from "../src/domain/awayDigest";
import { keepEntryForBrokenYaml } from "../test/support/brokenYamlEntry";
import { obsidianNormalizePath } from "../test/support/normalizePath";

interface Index {
  ready: boolean;
}

const [vaultPath, mainPath, who] = process.argv.slice(2);
if (vaultPath === undefined || mainPath === undefined)
  throw new Error("usage: <vault> <main.js> [returning]");

await builtinEnvironments.jsdom.setup(globalThis, { jsdom: {} });
const mocks = await import("obsidian-test-mocks/obsidian");
const { setup } = await import("obsidian-test-mocks/setup");
setup();

// As in the tests: an entry without properties for a note whose YAML does not parse.
keepEntryForBrokenYaml(mocks.MetadataCache);

interface Inside {
  app__: { vault: { readSync__(file: TFileOriginal): string } };
  cache__: Map<string, unknown>;
  trigger(name: string, ...args: unknown[]): void;
}
type Parse = (this: Inside, file: TFileOriginal) => void;
const prototype = mocks.MetadataCache.prototype as unknown as { parseFileMetadata: Parse };

// Building the vault is not what is timed, and most of it is the mock parsing YAML: notes with the
// same text (the generated daily notes repeat) are parsed once, each note given its own copy.
const parsed = new Map<string, unknown>();
const parseOnce = prototype.parseFileMetadata;
prototype.parseFileMetadata = function (this, file): void {
  let text: string;
  try {
    text = this.app__.vault.readSync__(file);
  } catch {
    return parseOnce.call(this, file);
  }
  const known = parsed.get(text);
  if (known === undefined) {
    parseOnce.call(this, file);
    parsed.set(text, structuredClone(this.cache__.get(file.path)));
    return;
  }
  const cache = structuredClone(known);
  this.cache__.set(file.path, cache);
  this.trigger("changed", file, text, cache);
};

const files = JSON.parse(readFileSync(vaultPath, "utf8")) as Record<string, string>;
const app = mocks.App.createConfigured__({ files });
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as unknown;
// Every start-up but the first finds the time the sidebar was last seen (three days ago, say):
// the away notice then compares the follow-ups at that time and now as the index becomes ready.
if (who === "returning") app.saveLocalStorage(LAST_SEEN_KEY, Date.now() - 3 * 86_400_000);

// main.js is CommonJS; its one import is obsidian, the mocks with Obsidian's normalizePath.
const obsidian = { ...mocks, normalizePath: obsidianNormalizePath };
const module = { exports: {} as { default?: new (...args: unknown[]) => unknown } };
const wrapped = runInThisContext(
  `(function (exports, require, module) {${readFileSync(mainPath, "utf8")}\n})`,
  { filename: mainPath },
) as (exports: unknown, require: (name: string) => unknown, module: unknown) => void;
const loadStart = performance.now();
wrapped(
  module.exports,
  (name) => {
    if (name === "obsidian") return obsidian;
    throw new Error(`main.js requires "${name}"`);
  },
  module,
);
const Plugin = module.exports.default;
if (Plugin === undefined) throw new Error("main.js exports no plugin");
const plugin = new Plugin(app.asOriginalType__(), manifest) as {
  load(): void;
  loadData(): Promise<unknown>;
  index: Index | null;
};
plugin.loadData = () => Promise.resolve(null);
plugin.load();
await new Promise((resolve) => setTimeout(resolve, 0));
const loadMs = performance.now() - loadStart;
const index = plugin.index;
if (index === null) throw new Error("the plugin made no index");

/** CPU milliseconds this process has used (every thread: the JIT's and the collector's too). */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The floor: a bare loop over every Markdown file's cache entry. */
const floorLoop = (): number => {
  let seen = 0;
  for (const file of app.vault.getMarkdownFiles())
    if (app.metadataCache.getFileCache(file) !== null) seen++;
  return seen;
};
// When a plugin's layout-ready comes, Obsidian's own code (listing the files, the metadata cache)
// has run many times already; only the plugin's is new. So the mock's is run once first, untimed:
// what is timed is our code cold against the same calls Obsidian would have warm.
floorLoop();
// Building the mock vault leaves much garbage (a real vault's is Obsidian's, long collected):
// collected before each timed part, so that its collection lands in neither.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
gc();

const start = performance.now();
const startCpu = cpu();
app.workspace.setLayoutReady__();
while (!index.ready) await new Promise((resolve) => setImmediate(resolve));
const indexMs = performance.now() - start;
const indexCpuMs = cpu() - startCpu;

gc();
const floorStart = performance.now();
const floorStartCpu = cpu();
const seen = floorLoop();
const floorMs = performance.now() - floorStart;
const floorCpuMs = cpu() - floorStartCpu;

process.stdout.write(
  `${JSON.stringify({ loadMs, indexMs, floorMs, indexCpuMs, floorCpuMs, seen })}\n`,
);
process.exit(0);
