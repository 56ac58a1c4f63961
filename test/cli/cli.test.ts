// The command line end to end: the built program as a process on examples/vault, and the
// same code in-process on small vaults written for each case.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runInProcess } from "../support/cli";

const EXPECTED = JSON.parse(
  readFileSync("test/fixtures/examples-vault.followups.json", "utf8"),
) as unknown;

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync("node", ["bin/interview-follow-up.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const inProcess = runInProcess;

const temps: string[] = [];
function vault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ifu-vault-"));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const root of temps.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the built command line on examples/vault", () => {
  it("prints exactly the expected FollowUps JSON at a fixed --now", () => {
    const run = cli(["due", "examples/vault", "--now", "2026-11-25T12:00Z", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });

  it("gives the same answer in any time zone when --now carries an offset", () => {
    const utc = cli(["due", "examples/vault", "--now", "2026-11-25T12:00Z", "--json"]);
    const kolkata = cli(["due", "examples/vault", "--now", "2026-11-25T17:30+05:30", "--json"], {
      TZ: "UTC",
    });
    expect(kolkata.stdout).toBe(utc.stdout);
  });

  it("prints a readable list grouped overdue / due now / coming up, and what it can't read", () => {
    const run = cli(["due", "examples/vault", "--now", "2026-11-25T12:00Z"]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain("Interview follow-ups as of Wed 25 Nov 2026 12:00");
    const headings = ["Overdue (3)", "Due now (21)", "Coming up (14)", "Can't read (1)"];
    const positions = headings.map((h) => out.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(out).toContain(
      "  - Send a thank-you note: Globex, Data Analyst\n    was due Tue 24 Nov 2026 09:30 (1 day overdue)",
    );
    expect(out).toContain("    ! No contact email");
    expect(out).toContain(
      "  - Interview coming up: Northwind, Product Designer\n    on Fri 27 Nov 2026 10:00 (in 1 day)",
    );
    // A panel: one thank-you per interviewer not yet thanked, each naming the person.
    expect(out).toContain("  - Send a thank-you note to Liz Allan: Oscorp, Data Engineer\n");
    expect(out).not.toContain("Send a thank-you note to Harry Osborn");
    expect(out).toContain(
      "  - No answer: close as ghosted? Dunder Mifflin, Regional Analyst\n    no deadline",
    );
    expect(out).toContain('Import Specialist.md: "date" is "next tuesday", not a date');
    expect(
      out
        .trimEnd()
        .endsWith("38 follow-ups: 3 overdue, 21 due now, 14 coming up. 1 note can't be read."),
    ).toBe(true);
  });

  it("answers --help and --version", () => {
    expect(cli(["--help"])).toMatchObject({ code: 0, stderr: "" });
    expect(cli(["--help"]).stdout).toContain(
      "usage: interview-follow-up due <vault> [--now ISO] [--json]",
    );
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(cli(["--version"]).stdout.trim()).toBe(version);
  });
});

describe("bad arguments and paths", () => {
  it.each([
    [[], "missing command"],
    [["list", "examples/vault"], 'unknown command "list"'],
    [["due"], "missing the vault folder"],
    [["due", "examples/vault", "--jsn"], 'unknown option "--jsn"'],
    [["due", "examples/vault", "extra"], 'unexpected argument "extra"'],
    [["due", "examples/vault", "--now"], "--now needs a date and time"],
    [["due", "examples/vault", "--now", "tomorrow"], '--now is "tomorrow", not a date'],
    [
      ["due", "examples/vault", "--now=2026-02-30"],
      '--now is "2026-02-30", a day that does not exist',
    ],
    [["due", "no/such/vault"], 'no folder at "no/such/vault"'],
    [["due", "README.md"], '"README.md" is not a folder'],
  ])("%j exits 2 with a one-line reason", (args, reason) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toMatch(/^interview-follow-up: /);
  });
});

const note = (fm: string, body = "Notes.\n") => `---\n${fm}\n---\n${body}`;

describe("reading a vault", () => {
  it("skips dot-folders, reads a BOM and CRLF, ignores other files", async () => {
    const root = vault({
      ".obsidian/x.md": note("type: interview\ndate: 2026-11-25"),
      ".trash/Interviews/old.md": note("date: 2026-11-25"),
      "Interviews/bom.md": `\uFEFF${note("organization: Bom\ndate: 2026-11-25T10:00Z")}`,
      "Interviews/crlf.md":
        "---\r\norganization: Crlf\r\ndate: 2026-11-25T10:00Z\r\n---\r\nBody\r\n",
      "Interviews/picture.png": "not markdown",
      "Interviews/notes.txt": note("date: 2026-11-25"),
    });
    const run = await inProcess(["due", root, "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { items: { path: string }[]; problems: unknown[] };
    expect([...new Set(result.items.map((i) => i.path))].sort()).toEqual([
      "Interviews/bom.md",
      "Interviews/crlf.md",
    ]);
    expect(result.problems).toEqual([]);
  });

  it("keeps dates as the text they are written as, and reads YAML timestamps in local time", async () => {
    const root = vault({ "Interviews/a.md": note("date: 2026-11-25 10:00:00\norganization: A") });
    const run = await inProcess(["due", root, "--json"]);
    const result = JSON.parse(run.stdout) as { items: { action: string; opens: string }[] };
    const local = new Date(2026, 10, 25, 10, 0).toISOString();
    expect(result.items.find((i) => i.action === "thank-you")?.opens).toBe(local);
  });

  it("reports a note in the interview folder whose YAML does not parse, and only there", async () => {
    const root = vault({
      "Interviews/broken.md": note("organization: [Acme\ndate: 2026-11-25"),
      "Elsewhere/broken.md": note("type: interview\norganization: [Acme"),
      "Interviews/dupe.md": note("date: 2026-11-25\ndate: 2026-11-26"),
    });
    const run = await inProcess(["due", root, "--json"]);
    const result = JSON.parse(run.stdout) as { problems: { path: string; reason: string }[] };
    expect(result.problems.map((p) => p.path)).toEqual([
      "Interviews/broken.md",
      "Interviews/dupe.md",
    ]);
    for (const problem of result.problems)
      expect(problem.reason).toMatch(/^Its properties are not valid YAML: /);
  });

  it("does not follow a linked folder, so a link loop cannot hang it", async () => {
    const root = vault({ "Interviews/a.md": note("date: 2026-11-25T10:00Z") });
    symlinkSync(root, join(root, "Interviews", "loop"));
    symlinkSync(join(root, "Interviews", "a.md"), join(root, "linked.md"));
    const run = await inProcess(["due", root, "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { items: { path: string }[] };
    expect([...new Set(result.items.map((i) => i.path))].sort()).toEqual(["Interviews/a.md"]);
  });

  it("prints 'nothing' sections for an empty vault", async () => {
    const run = await inProcess(["due", vault({})]);
    expect(run.stdout).toContain("Overdue (0)\n  nothing");
    expect(run.stdout.trimEnd().endsWith("Nothing to follow up.")).toBe(true);
  });
});

describe("the vault's plugin settings", () => {
  const data = ".obsidian/plugins/interview-follow-up/data.json";
  const files = {
    "Jobs/a.md": note("organization: A\ndate: 2026-11-24T10:00Z\nemail: a@a.example"),
  };

  it("uses a partial data.json merged with the defaults", async () => {
    const root = vault({
      ...files,
      [data]: JSON.stringify({ interviewFolder: "Jobs", thankYouHours: 48 }),
    });
    const run = await inProcess(["due", root, "--json"]);
    const result = JSON.parse(run.stdout) as {
      items: { action: string; state: string; deadline: string }[];
    };
    expect(run.stderr).toBe("");
    expect(result.items.find((i) => i.action === "thank-you")).toMatchObject({
      state: "due",
      deadline: "2026-11-26T10:00:00.000Z",
    });
  });

  it("reports a corrupt data.json on stderr and uses the defaults", async () => {
    const root = vault({ ...files, [data]: "{ interviewFolder: Jobs" });
    const run = await inProcess(["due", root, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^interview-follow-up: warning: The settings file is not valid JSON/,
    );
    expect((JSON.parse(run.stdout) as { items: unknown[] }).items).toEqual([]);
  });

  it("names each setting replaced by its default", async () => {
    const root = vault({
      ...files,
      [data]: JSON.stringify({ interviewFolder: "Jobs", horizonDays: -1 }),
    });
    const run = await inProcess(["due", root, "--json"]);
    expect(run.stderr).toContain('Setting "horizonDays" must be a whole number');
    expect((JSON.parse(run.stdout) as { items: unknown[] }).items).not.toEqual([]);
  });
});
