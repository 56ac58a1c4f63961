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
    // NO_COLOR: plain text even where the environment asks for colour (FORCE_COLOR).
    env: { ...process.env, TZ: "UTC", NO_COLOR: "1", ...env },
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
    expect(out).toContain('Import Specialist.md\n    "date" is "next tuesday", not a date');
    expect(
      out
        .trimEnd()
        .endsWith("38 follow-ups: 3 overdue, 21 due now, 14 coming up. 1 note can't be read."),
    ).toBe(true);
  });

  it("answers --help and --version", () => {
    expect(cli(["--help"])).toMatchObject({ code: 0, stderr: "" });
    const help = cli(["--help"]).stdout;
    expect(help).toContain(
      "usage: interview-follow-up due|stats <vault> [--now ISO] [--json | --ics]",
    );
    expect(help).toMatch(/^ {2}stats {8}counts the interviews/m);
    expect(help).toContain("NO_COLOR");
    for (const line of help.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(cli(["--version"]).stdout.trim()).toBe(version);
  });
});

describe("stats on examples/vault", () => {
  it("prints the insights in 80 columns, with the numbers worked out by hand", () => {
    const run = cli(["stats", "examples/vault", "--now", "2026-11-25T12:00Z"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = run.stdout;
    for (const line of out.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(out).toContain("Interview insights as of Wed 25 Nov 2026 12:00\n");
    // 24 notes read; Northwind (27 Nov) has not happened yet.
    expect(out).toContain("Interviews: 24, 23 held so far; 1 note can't be read\n");
    // Sterling Cooper's only news predates its interview: not an answer.
    expect(out).toContain("Heard back: 11 of 23 (48%)\n");
    // 6, 7, 7, 7, 8, 10, 12, 14, 15 days: Los Pollos, Hooli, Gringotts, Aperture 1, Weyland,
    // Wonka, Wayne, Aperture 2, Soylent.
    expect(out).toContain("Time to an answer: 8 days (median of 9 dated answers)\n");
    expect(out).toContain("Closed as ghosted: 2\n");
    expect(out).toMatch(/^ {2}Interviewed {2}23 {2}#{40}$/m);
    expect(out).toMatch(/^ {2}Offer {9}2 {2}#{3}$/m);
    expect(out).toMatch(/^ {2}Aperture Science +2 {2}rejected {5}10\.5 days$/m);
    expect(out).toMatch(/^ {2}Initech +2 {2}waiting {6}-$/m);
    // Latest interview first.
    expect(out.indexOf("  Northwind")).toBeLessThan(out.indexOf("  Wonka Industries"));
  });

  it("prints the Insights JSON, the same in any time zone when --now carries an offset", () => {
    const utc = cli(["stats", "examples/vault", "--now", "2026-11-25T12:00Z", "--json"]);
    expect(utc.code).toBe(0);
    const json = JSON.parse(utc.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      now: "2026-11-25T12:00:00.000Z",
      interviews: 24,
      unreadable: 1,
      happened: 23,
      heardBack: 11,
      responseRate: 11 / 23,
      medianDaysToAnswer: 8,
      timedAnswers: 9,
      ghosted: 2,
      offers: 2,
    });
    expect("ready" in json).toBe(false);
    const kolkata = cli(["stats", "examples/vault", "--now", "2026-11-25T17:30+05:30", "--json"]);
    expect(kolkata.stdout).toBe(utc.stdout);
  });
});

describe("stats on odd vaults", () => {
  it("says so for an empty vault, with no rate and no median", async () => {
    const run = await inProcess(["stats", vault({})]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Interviews: 0, 0 held so far\n");
    expect(run.stdout).toContain("Heard back: 0 of 0\n");
    expect(run.stdout).toContain("Time to an answer: no dated answer yet\n");
    // Nothing to count by status or organization: those sections are left out.
    expect(run.stdout).toContain("Closed as ghosted: 0\n");
    expect(run.stdout).not.toContain("By status");
    expect(run.stdout).not.toContain("By organization");
    expect(run.stdout).not.toContain("Interviewed  ");
    const json = JSON.parse((await inProcess(["stats", vault({}), "--json"])).stdout) as {
      responseRate: unknown;
      medianDaysToAnswer: unknown;
    };
    expect(json).toMatchObject({ responseRate: null, medianDaysToAnswer: null });
  });

  it("keeps long, wide and hostile organization names inside 80 columns, on their own line", async () => {
    const names = [
      "A".repeat(200),
      "株式会社".repeat(20),
      "Evil\u001b[2J\u0007Corp\u202e".repeat(4),
      "Ünïcode GmbH 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
    ];
    const files: Record<string, string> = {};
    names.forEach((name, i) => {
      files[`Interviews/${i}.md`] = note(
        `organization: ${JSON.stringify(name)}\ndate: 2026-11-0${i + 1}T10:00Z\nstatus: rejected\nrejected_on: 2026-11-1${i}`,
      );
    });
    const run = await inProcess(["stats", vault(files)]);
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\n").filter((line) => / rejected +\d+ days$/.test(line));
    expect(rows).toHaveLength(4);
    const wide = /[\u3000-\u9fff\u{1f300}-\u{1faff}]/gu;
    for (const row of run.stdout.split("\n")) {
      const columns = [...row].length + (row.match(wide)?.length ?? 0);
      expect(columns, row).toBeLessThanOrEqual(80);
    }
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(rows[0]).toContain("…");
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
    [["stats"], "missing the vault folder"],
    [["stats", "examples/vault", "--jsn"], 'unknown option "--jsn"'],
    [["stats", "examples/vault", "--now", "soon"], '--now is "soon", not a date'],
    [["stats", "no/such/vault", "--json"], 'no folder at "no/such/vault"'],
    [["stats", "examples/vault", "--ics"], "--ics is for due, not stats"],
    [["due", "examples/vault", "--ics", "--json"], "--json and --ics cannot be used together"],
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

  it("leaves the empty sections out for an empty vault, and says there is nothing", async () => {
    const run = await inProcess(["due", vault({})]);
    expect(run.stdout).toMatch(/^Interview follow-ups as of [^\n]+\n\nNothing to follow up\.\n$/);
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
