// The version lives in four places that must agree (package.json, package-lock.json,
// manifest.json, versions.json) plus the changelog; `npm version` keeps them in step through
// scripts/version-bump.mjs. Here: they agree now, and the script does what a release needs, run
// on temporary copies as npm runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const readJson = (path: string) =>
  JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

const SEMVER = /^\d+\.\d+\.\d+$/;

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) {
    const d = (x?.[i] ?? 0) - (y?.[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe("the versions in the repository", () => {
  const pkg = readJson("package.json");
  const lock = readJson("package-lock.json");
  const manifest = readJson("manifest.json");
  const versions = readJson("versions.json") as Record<string, string>;
  const version = String(pkg.version);

  it("package.json, package-lock.json and manifest.json give the same version", () => {
    expect(version).toMatch(SEMVER);
    expect(manifest.version).toBe(version);
    expect(lock.version).toBe(version);
  });

  it("versions.json maps released versions to Obsidian versions, and records the current minAppVersion", () => {
    const minApp = String(manifest.minAppVersion);
    expect(minApp).toMatch(SEMVER);
    for (const [plugin, app] of Object.entries(versions)) {
      expect(plugin).toMatch(SEMVER);
      expect(app).toMatch(SEMVER);
      expect(compare(plugin, version)).toBeLessThanOrEqual(0);
    }
    // The newest entry is the one Obsidian falls back to: it must be the current minimum.
    const newest = Object.keys(versions).sort(compare).at(-1);
    expect(newest === undefined ? undefined : versions[newest]).toBe(minApp);
  });

  it("CHANGELOG.md has notes for the current version and an Unreleased section", () => {
    const notes = spawnSync("node", ["scripts/changelog.mjs", "notes", version], {
      encoding: "utf8",
    });
    expect(notes.status).toBe(0);
    expect(notes.stdout.trim().length).toBeGreaterThan(0);
    expect(readFileSync("CHANGELOG.md", "utf8")).toMatch(/^## \[Unreleased\]$/m);
  });
});

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CHANGELOG = [
  "# Changelog",
  "",
  "## [Unreleased]",
  "",
  "### Fixed",
  "",
  "- Something people noticed.",
  "",
  "## [1.0.0] - 2026-01-01",
  "",
  "### Added",
  "",
  "- Everything.",
  "",
].join("\n");

/** A package root with the files the script reads, as after npm has bumped package.json. */
function project(options: { version: string; minApp: string; changelog?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), "ifu-version-"));
  temps.push(dir);
  mkdirSync(join(dir, "scripts"));
  for (const script of ["version-bump.mjs", "changelog.mjs"]) {
    copyFileSync(join("scripts", script), join(dir, "scripts", script));
  }
  const json = (file: string, value: unknown) =>
    writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
  json("package.json", { name: "x", version: options.version, private: true });
  json("manifest.json", {
    id: "interview-follow-up",
    version: "1.0.0",
    minAppVersion: options.minApp,
  });
  json("versions.json", { "0.9.0": "1.7.2", "1.0.0": "1.8.7" });
  writeFileSync(join(dir, "CHANGELOG.md"), options.changelog ?? CHANGELOG);
  return dir;
}

function bump(dir: string, ...args: string[]) {
  return spawnSync("node", ["scripts/version-bump.mjs", ...args], { cwd: dir, encoding: "utf8" });
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

describe("scripts/version-bump.mjs", () => {
  it("copies the version into manifest.json and leaves versions.json alone when minAppVersion is unchanged", () => {
    const dir = project({ version: "1.0.1", minApp: "1.8.7" });
    const versionsBefore = read(dir, "versions.json");
    const run = bump(dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(read(dir, "manifest.json"))).toEqual({
      id: "interview-follow-up",
      version: "1.0.1",
      minAppVersion: "1.8.7",
    });
    expect(read(dir, "versions.json")).toBe(versionsBefore);
  });

  it("records the new version in versions.json when minAppVersion is new", () => {
    const dir = project({ version: "1.1.0", minApp: "1.9.0" });
    expect(bump(dir).status).toBe(0);
    expect(JSON.parse(read(dir, "versions.json"))).toEqual({
      "0.9.0": "1.7.2",
      "1.0.0": "1.8.7",
      "1.1.0": "1.9.0",
    });
    expect(readJson(join(dir, "manifest.json")).version).toBe("1.1.0");
  });

  it("files the Unreleased entries under the new version, dated, leaving Unreleased empty", () => {
    const dir = project({ version: "1.0.1", minApp: "1.8.7" });
    expect(bump(dir).status).toBe(0);
    const text = read(dir, "CHANGELOG.md");
    const date = /^## \[1\.0\.1\] - (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
    expect(date).toBeDefined();
    expect(text).toBe(
      CHANGELOG.replace("## [Unreleased]\n\n", `## [Unreleased]\n\n## [1.0.1] - ${date}\n\n`),
    );
    const notes = spawnSync("node", ["scripts/changelog.mjs", "notes", "1.0.1"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(notes.stdout).toBe("### Fixed\n\n- Something people noticed.\n");
  });

  it("refuses a release with nothing under Unreleased, in --check before npm changes anything", () => {
    const empty = CHANGELOG.replace("### Fixed\n\n- Something people noticed.\n\n", "");
    const dir = project({ version: "1.0.1", minApp: "1.8.7", changelog: empty });
    const check = bump(dir, "--check");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('nothing under "Unreleased"');
    expect(bump(project({ version: "1.0.1", minApp: "1.8.7" }), "--check").status).toBe(0);
    // And without --check, nothing is written.
    const manifestBefore = read(dir, "manifest.json");
    expect(bump(dir).status).toBe(1);
    expect(read(dir, "manifest.json")).toBe(manifestBefore);
    expect(read(dir, "CHANGELOG.md")).toBe(empty);
  });
});

describe("npm version", () => {
  it("bumps all the files in one commit tagged with the bare version", () => {
    const dir = project({ version: "1.0.0", minApp: "1.8.7" });
    const pkg = readJson("package.json");
    const scripts = pkg.scripts as Record<string, string>;
    writeFileSync(
      join(dir, "package.json"),
      `${JSON.stringify(
        {
          name: "x",
          version: "1.0.0",
          private: true,
          scripts: { preversion: scripts.preversion, version: scripts.version },
        },
        null,
        2,
      )}\n`,
    );
    copyFileSync(".npmrc", join(dir, ".npmrc"));
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: dir, encoding: "utf8", env: gitEnv }).trim();
    git("init", "-q");
    git("config", "commit.gpgsign", "false");
    git("config", "tag.gpgsign", "false");
    git("add", "-A");
    git("commit", "-q", "-m", "start");

    const run = spawnSync("npm", ["version", "minor"], { cwd: dir, encoding: "utf8", env: gitEnv });
    expect(run.status, run.stderr).toBe(0);

    expect(git("tag", "--list")).toBe("1.1.0");
    expect(git("status", "--porcelain")).toBe("");
    const changed = git("show", "--name-only", "--format=", "HEAD").split("\n").sort();
    expect(changed).toEqual(["CHANGELOG.md", "manifest.json", "package.json"]);
    expect(readJson(join(dir, "manifest.json")).version).toBe("1.1.0");
    expect(readJson(join(dir, "package.json")).version).toBe("1.1.0");
    expect(read(dir, "CHANGELOG.md")).toMatch(/^## \[1\.1\.0\] - /m);
  });
});

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  // Keep the user's global git and npm settings out of the temporary repository.
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  npm_config_git_tag_version: "true",
};
