// `npm run install-plugin -- <vault>` on temporary folders: it builds and copies the three release
// files into a vault's plugin folder, reads a relative path from where npm was started, keeps
// the plugin's settings, and refuses anything that is not a vault, touching nothing.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const RELEASE_FILES = ["main.js", "manifest.json", "styles.css"];

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ifu-install-"));
  temps.push(dir);
  return dir;
}

function install(args: string[], env: Record<string, string> = {}) {
  // Run from a shell, not from npm: no INIT_CWD unless a test gives one.
  const base = { ...process.env };
  delete base.INIT_CWD;
  return spawnSync("node", ["scripts/install-plugin.mjs", ...args], {
    encoding: "utf8",
    env: { ...base, ...env },
  });
}

/** Every file under a folder, as relative paths. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

// Each successful install runs `npm run build`, the real build, as the script always does: some
// seconds on a busy machine (31 s with the load at 15), so these tests get a bound that fits a
// build, not the suite's default.
const BUILD_BOUND = 300_000;

describe("install-plugin", { timeout: BUILD_BOUND }, () => {
  it("builds, then copies main.js, manifest.json and styles.css into the vault's plugin folder", () => {
    const vault = tempDir();
    mkdirSync(join(vault, ".obsidian"));
    const started = Date.now();
    const run = install([vault]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const target = join(vault, ".obsidian", "plugins", "interview-follow-up");
    expect(readdirSync(target).sort()).toEqual(RELEASE_FILES);
    for (const file of RELEASE_FILES) {
      expect(readFileSync(join(target, file)), file).toEqual(readFileSync(file));
    }
    // The build ran now (main.js is not left over from an earlier one) and wrote the bundle.
    expect(statSync("main.js").mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    expect(readFileSync(join(target, "main.js"), "utf8")).toContain("interview-follow-up");
    expect(run.stdout).toContain(`in ${target}\n`);
  });

  it("keeps the plugin's settings (data.json) when it installs over an earlier build", () => {
    const vault = tempDir();
    const target = join(vault, ".obsidian", "plugins", "interview-follow-up");
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, "data.json"), '{"myName":"Sam"}');
    writeFileSync(join(target, "main.js"), "old build");
    expect(install([vault]).status).toBe(0);
    expect(readFileSync(join(target, "data.json"), "utf8")).toBe('{"myName":"Sam"}');
    expect(readFileSync(join(target, "main.js"))).toEqual(readFileSync("main.js"));
  });

  it("reads a relative vault path from where npm was started (INIT_CWD)", () => {
    const parent = tempDir();
    mkdirSync(join(parent, "My vault", ".obsidian"), { recursive: true });
    const run = install(["My vault"], { INIT_CWD: parent });
    expect(run.status).toBe(0);
    expect(
      existsSync(
        join(parent, "My vault", ".obsidian", "plugins", "interview-follow-up", "main.js"),
      ),
    ).toBe(true);
  });

  it("refuses a folder that is not a vault, saying why, and writes nothing", () => {
    const folder = tempDir();
    writeFileSync(join(folder, "note.md"), "a note");
    const run = install([folder]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `install-plugin: ${folder} is not an Obsidian vault (it has no .obsidian folder). ` +
        "Open the folder in Obsidian once (Open folder as vault), then run this again.\n",
    );
    expect(tree(folder)).toEqual(["note.md"]);
  });

  it("refuses a path that does not exist, a file, and a missing argument", () => {
    const parent = tempDir();
    const missing = join(parent, "nowhere");
    const gone = install([missing]);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toBe(`install-plugin: there is no folder at ${missing}\n`);
    expect(existsSync(missing)).toBe(false);

    const file = join(parent, "vault.md");
    writeFileSync(file, "");
    const notFolder = install([file]);
    expect(notFolder.status).toBe(1);
    expect(notFolder.stderr).toContain("is a file, not a vault folder");

    const none = install([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("npm run install-plugin -- <vault>");
  });
});
