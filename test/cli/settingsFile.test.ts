// The built command line reading <vault>/.obsidian/plugins/interview-follow-up/data.json: a
// folder or note setting that leaves the vault is reported on one line of stderr and its default
// used; a data.json that is not a regular file (a folder, a pipe, a device, a link to one, a
// link that leads nowhere or loops) is reported and skipped without waiting on it. Each run has
// a time limit, so a program that waits on a pipe fails the test instead of hanging the suite.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FollowUps } from "../../src/domain/types";
import { HUNG_PROCESS_MS } from "../support/processes";

const NOW = "2026-11-25T12:00Z";
const SETTINGS = join(".obsidian", "plugins", "interview-follow-up", "data.json");
/** A note that is an interview only by being in the default interview folder. */
const IN_DEFAULT_FOLDER = "Interviews/Acme.md";
/** A note that is an interview only by being in the folder that data.json names. */
const IN_JOBS = "Jobs/Globex.md";

function cli(vault: string) {
  const run = spawnSync(
    "node",
    ["bin/interview-follow-up.mjs", "due", vault, "--now", NOW, "--json"],
    {
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" },
      timeout: HUNG_PROCESS_MS,
    },
  );
  // Killed by the time limit: it waited on something.
  expect(run.error).toBeUndefined();
  expect(run.signal).toBeNull();
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A vault with one interview note in the default folder and one in "Jobs". */
function vault(): string {
  const root = mkdtempSync(join(tmpdir(), "ifu-settings-file-"));
  temps.push(root);
  for (const path of [IN_DEFAULT_FOLDER, IN_JOBS]) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, "---\norganization: Acme\ndate: 2026-11-24T10:00Z\n---\nBody.\n");
  }
  mkdirSync(dirname(join(root, SETTINGS)), { recursive: true });
  return root;
}

function paths(stdout: string): string[] {
  const result = JSON.parse(stdout) as FollowUps;
  return [...new Set(result.items.map((item) => item.path))].sort();
}

/** The warnings printed, one per line. */
function warnings(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "");
}

describe("a folder setting in data.json that leaves the vault", () => {
  it("reads the notes of a good folder setting, silently", () => {
    const root = vault();
    writeFileSync(join(root, SETTINGS), JSON.stringify({ interviewFolder: "Jobs" }));
    const run = cli(root);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(paths(run.stdout)).toEqual([IN_JOBS]);
  });

  it.each([
    ["../Jobs", '".." and other names made only of dots'],
    ["Jobs/../../..", '".." and other names made only of dots'],
    ["..\\Jobs", 'must use "/" between folders'],
    ["/etc", 'cannot start with "/"'],
    ["C:\\Users\\me\\Jobs", 'not on a drive such as "C:"'],
    ["file:///etc", 'not a link ("file:")'],
    ["obsidian://open?vault=Jobs", 'not a link ("obsidian:")'],
    ["%2e%2e/Jobs", 'must not contain "%2e"'],
    ["~/Jobs", 'not in the home folder "~"'],
  ])("%j: one line on stderr, and the default folder is read", (value, problem) => {
    const root = vault();
    writeFileSync(join(root, SETTINGS), JSON.stringify({ interviewFolder: value }));
    const run = cli(root);
    expect(run.code).toBe(0);
    const lines = warnings(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Setting "interviewFolder" (Interview folder)');
    expect(lines[0]).toContain(JSON.stringify(value));
    expect(lines[0]).toContain(problem);
    expect(lines[0]).toContain('such as "Jobs/Interviews"');
    expect(lines[0]).toContain('The default "Interviews" is used for now.');
    expect(paths(run.stdout)).toEqual([IN_DEFAULT_FOLDER]);
  });

  it("says which of several path settings is wrong, each on its own line", () => {
    const root = vault();
    writeFileSync(
      join(root, SETTINGS),
      JSON.stringify({ templatesFolder: "../T", noteTemplateFile: "/abs/Note", horizonDays: 3 }),
    );
    const lines = warnings(cli(root).stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Setting "templatesFolder" (Templates folder) "../T"');
    expect(lines[0]).toContain('The default "Interviews/Templates" is used for now.');
    expect(lines[1]).toContain('Setting "noteTemplateFile" (Note template) "/abs/Note"');
    expect(lines[1]).toContain("It is left empty for now.");
  });
});

describe("a data.json that is not a regular file", () => {
  it.each([
    ["a folder", (file: string) => mkdirSync(file), "is a folder, not a file"],
    ["a pipe", (file: string) => execFileSync("mkfifo", [file]), "is a pipe, not a file"],
    [
      "a link to a pipe",
      (file: string) => {
        execFileSync("mkfifo", [`${file}.pipe`]);
        symlinkSync(`${file}.pipe`, file);
      },
      "is a link to a pipe, not to a file",
    ],
    [
      "a link to a folder",
      (file: string) => symlinkSync(dirname(file), file),
      "is a link to a folder, not to a file",
    ],
    [
      "a link to a device",
      (file: string) => symlinkSync("/dev/zero", file),
      "is a link to a device, not to a file",
    ],
    [
      "a link that leads nowhere",
      (file: string) => symlinkSync(`${file}.missing`, file),
      "could not be read: a link to a file that does not exist (ENOENT)",
    ],
    [
      "a link to itself",
      (file: string) => symlinkSync(file, file),
      "could not be read: a link that loops (ELOOP)",
    ],
  ])("%s: finishes, says so on one line, and uses the defaults", (_name, make, words) => {
    const root = vault();
    const file = join(root, SETTINGS);
    make(file);
    const run = cli(root);
    expect(run.code).toBe(0);
    expect(warnings(run.stderr)).toEqual([
      `interview-follow-up: warning: The settings file "${file}" ${words}; the defaults are used.`,
    ]);
    expect(paths(run.stdout)).toEqual([IN_DEFAULT_FOLDER]);
  });

  it("reads a link to a regular data.json", () => {
    const root = vault();
    const file = join(root, SETTINGS);
    writeFileSync(`${file}.real`, JSON.stringify({ interviewFolder: "Jobs" }));
    symlinkSync(`${file}.real`, file);
    const run = cli(root);
    expect(run.stderr).toBe("");
    expect(paths(run.stdout)).toEqual([IN_JOBS]);
  });

  it("is silent when there is no data.json", () => {
    const run = cli(vault());
    expect(run.stderr).toBe("");
    expect(paths(run.stdout)).toEqual([IN_DEFAULT_FOLDER]);
  });
});
