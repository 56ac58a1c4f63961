// The built command line on a vault full of things that are not plain notes: unreadable files,
// links that loop or lead nowhere, a folder linked to its parent, pipes, pictures, canvases,
// empty files and a folder named like a note. Each is skipped or listed as a problem, and the
// program exits 0; a vault path that is missing or not a readable folder exits 2.
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUps } from "../../src/domain/types";
import { block } from "../../src/domain/terminalText";
import { HUNG_PROCESS_MS } from "../support/processes";

const NOW = "2026-11-25T12:00Z";
const note = (fm: string) => `---\n${fm}\n---\nBody.\n`;
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex");

function cli(args: string[]) {
  const run = spawnSync("node", ["bin/interview-follow-up.mjs", ...args], {
    encoding: "utf8",
    // NO_COLOR: plain text even where the environment asks for colour (FORCE_COLOR).
    env: { ...process.env, TZ: "UTC", NO_COLOR: "1" },
    // Reading a pipe would wait forever: fail instead of hanging the suite.
    timeout: HUNG_PROCESS_MS,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ifu-hostile-vault-"));
  temps.push(dir);
  return dir;
}

function write(root: string, path: string, content: string | Buffer): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/**
 * Makes a note that cannot be read. `chmod 000` does that for an ordinary user, but root (which
 * these tests may run as) reads it anyway; then the note becomes a link to itself instead, which
 * no user can read (ELOOP). Returns the reason's words, as the command line puts them.
 */
function unreadable(root: string, path: string): string {
  const file = write(root, path, note("organization: Hidden\ndate: 2026-11-24T10:00Z"));
  chmodSync(file, 0o000);
  try {
    readFileSync(file);
  } catch {
    return "permission denied (EACCES); allow your user to read it";
  }
  rmSync(file);
  symlinkSync(basename(file), file);
  return `a link that loops (ELOOP); ${FIX_LINK}`;
}

/** What the command line asks a person to do about a link that leads to no note. */
const FIX_LINK = "point the link at a note or remove it";

afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a vault of things that are not plain notes", () => {
  let root = "";
  let unreadableWords = "";

  beforeAll(() => {
    root = tempDir();
    write(root, "Interviews/ok.md", note("organization: Acme\ndate: 2026-11-24T10:00Z"));
    unreadableWords = unreadable(root, "Interviews/unreadable.md");
    unreadable(root, "Notes/unreadable-outside.md");
    symlinkSync("missing-target.md", join(root, "Interviews/dangling.md"));
    symlinkSync("missing-target.md", join(root, "Notes/dangling-outside.md"));
    symlinkSync("loop-b.md", join(root, "Interviews/loop-a.md"));
    symlinkSync("loop-a.md", join(root, "Interviews/loop-b.md"));
    // Folders linked to their parent, to themselves and to the vault: never followed.
    symlinkSync("..", join(root, "Interviews/parent"));
    symlinkSync(".", join(root, "Interviews/self"));
    symlinkSync(root, join(root, "Interviews/vault"));
    // A folder named like a note is a folder: the notes inside it are read.
    write(
      root,
      "Interviews/folder.md/inside.md",
      note("organization: Initech\ndate: 2026-11-24T10:00Z"),
    );
    symlinkSync("folder.md", join(root, "Interviews/linked-folder.md"));
    // Not Markdown, whatever they hold.
    write(root, "Interviews/picture.png", PNG);
    write(root, "Interviews/empty.png", "");
    write(
      root,
      "Interviews/board.canvas",
      JSON.stringify({ nodes: [{ text: "type: interview" }] }),
    );
    write(root, "Interviews/notes.txt", note("type: interview\ndate: 2026-11-24T10:00Z"));
    write(root, "Interviews/README", note("type: interview\ndate: 2026-11-24T10:00Z"));
    // Markdown with nothing an interview note needs.
    write(root, "Interviews/zero.md", "");
    write(root, "Interviews/blank.md", "\n \n\t\n");
    write(root, "Interviews/only-delimiter.md", "---\n");
    write(root, "Interviews/binary.md", PNG);
    // A pipe named like a note, and a link to it: reading either would wait forever.
    execFileSync("mkfifo", [join(root, "Interviews/pipe.md")]);
    symlinkSync("pipe.md", join(root, "Interviews/pipe-link.md"));
  });

  const problems = () => [
    {
      path: "Interviews/dangling.md",
      reason: `The note could not be read: a link to a file that does not exist (ENOENT); ${FIX_LINK}`,
    },
    {
      path: "Interviews/loop-a.md",
      reason: `The note could not be read: a link that loops (ELOOP); ${FIX_LINK}`,
    },
    {
      path: "Interviews/loop-b.md",
      reason: `The note could not be read: a link that loops (ELOOP); ${FIX_LINK}`,
    },
    { path: "Interviews/unreadable.md", reason: `The note could not be read: ${unreadableWords}` },
  ];

  it("--json: exit 0, the two notes' follow-ups, and each unreadable note as a problem", () => {
    const run = cli(["due", root, "--now", NOW, "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as FollowUps;
    expect([...new Set(result.items.map((item) => item.path))].sort()).toEqual([
      "Interviews/folder.md/inside.md",
      "Interviews/ok.md",
    ]);
    expect(result.problems).toEqual(problems());
  });

  it("names what it skipped outside the interview folder on stderr, one line each", () => {
    const run = cli(["due", root, "--now", NOW, "--json"]);
    expect(run.stderr.split("\n").filter(Boolean).sort()).toEqual([
      `interview-follow-up: warning: skipped "Notes/dangling-outside.md": a link to a file that does not exist (ENOENT); ${FIX_LINK}`,
      `interview-follow-up: warning: skipped "Notes/unreadable-outside.md": ${unreadableWords}`,
    ]);
  });

  it("text: exit 0, the same problems under Can't read, and the count in the summary", () => {
    const run = cli(["due", root, "--now", NOW]);
    expect(run.code).toBe(0);
    // Each as the list lays it out: the path after "- ", the reason under it, long ones wrapped.
    const lines = problems().flatMap((p) => [
      `  - ${block(p.path, 4).join("\n").slice(4)}`,
      ...block(p.reason, 4),
    ]);
    expect(run.stdout).toContain(`\nCan't read (4)\n${lines.join("\n")}\n`);
    expect(run.stdout).toContain("Send a thank-you note: Acme");
    expect(run.stdout).toContain("Send a thank-you note: Initech");
    expect(run.stdout.trimEnd()).toMatch(/ 4 notes can't be read\.$/);
  });
});

describe("vault paths that cannot be used", () => {
  function expectUsageError(args: string[], reason: string) {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^interview-follow-up: /);
    expect(run.stderr).toContain(reason);
  }

  it("a missing path exits 2", () => {
    const missing = join(tempDir(), "no-vault");
    expectUsageError(["due", missing], `no folder at "${missing}"`);
  });

  it("a link that leads nowhere exits 2, like a missing path", () => {
    const link = join(tempDir(), "vault");
    symlinkSync("nowhere", link);
    expectUsageError(["due", link], `no folder at "${link}"`);
  });

  it("a link that loops exits 2 and says so", () => {
    const link = join(tempDir(), "vault");
    symlinkSync("vault", link);
    expectUsageError(["due", link, "--json"], `cannot read "${link}": a link that loops (ELOOP)`);
  });

  // A file is a vault path that cannot be read as a vault: the spec's exit 2 for "an unreadable
  // vault path", with the reason saying what it is instead.
  it("a file exits 2: it is not a folder", () => {
    const file = write(tempDir(), "vault.md", note("type: interview\ndate: 2026-11-24"));
    expectUsageError(["due", file], `"${file}" is not a folder`);
  });

  it("a pipe exits 2 without waiting on it", () => {
    const pipe = join(tempDir(), "vault");
    execFileSync("mkfifo", [pipe]);
    expectUsageError(["due", pipe], `"${pipe}" is not a folder`);
  });

  it("a link to a vault folder is that vault", () => {
    const root = tempDir();
    write(root, "real/Interviews/a.md", note("organization: Acme\ndate: 2026-11-24T10:00Z"));
    symlinkSync("real", join(root, "link"));
    const run = cli(["due", join(root, "link"), "--now", NOW, "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as FollowUps).items.map((i) => i.path)).toContain(
      "Interviews/a.md",
    );
  });

  // Root reads a folder whatever its mode; test/cli/unreadable-vault.test.ts covers this case
  // with a failing directory listing instead, so it runs as any user.
  const rootReadsAnything = process.getuid?.() === 0;
  it.skipIf(rootReadsAnything)("a folder that cannot be listed exits 2", () => {
    const root = tempDir();
    const vault = join(root, "locked");
    mkdirSync(vault);
    chmodSync(vault, 0o000);
    try {
      expectUsageError(["due", vault], `cannot read "${vault}": permission denied (EACCES)`);
    } finally {
      chmodSync(vault, 0o700);
    }
  });
});
