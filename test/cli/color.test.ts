// Colour on a terminal only: bold titles, red overdue times, dim paths, yellow warnings when
// stdout is a terminal (or FORCE_COLOR asks), never with NO_COLOR, never in JSON, a calendar file
// or a pipe; and a note's own escape sequences still printed as escapes when colour is on.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../cli/main";
import { ANSI, safeOut, wantsColor } from "../../cli/terminal";

/** Exactly the sequences the program's style writes. */
// eslint-disable-next-line no-control-regex -- the escape character is what it matches
const OURS = /\u001b\[(?:1|2|22|31|33|39)m/g;
// eslint-disable-next-line no-control-regex -- the test is that there are none
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const temps: string[] = [];
afterEach(() => {
  for (const root of temps.splice(0)) rmSync(root, { recursive: true, force: true });
});

function vault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ifu-colour-"));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const HOSTILE = "Acme\u001b[2J\u001b[31m\u001b]0;pwned\u0007\u009b1m";

/** One overdue thank-you without an email (a warning), one note that can't be read. */
function hostileVault(): string {
  return vault({
    "Interviews/a.md": `---\norganization: "${HOSTILE.replaceAll("\u001b", "\\e").replaceAll("\u0007", "\\a").replaceAll("\u009b", "\\x9b")}"\nposition: Dev\ndate: 2026-11-20T10:00\nstatus: interviewed\n---\n`,
    "Interviews/b.md": "---\ndate: next tuesday\n---\n",
  });
}

async function run(args: string[], color: boolean) {
  let stdout = "";
  let stderr = "";
  const code = await main(
    args,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color },
    "9.9.9",
    () => new Date("2026-11-25T12:00:00Z"),
  );
  return { code, stdout, stderr };
}

describe("wantsColor", () => {
  it("colours a terminal unless NO_COLOR says no; FORCE_COLOR colours a pipe", () => {
    const cases: [boolean, Record<string, string | undefined>, boolean][] = [
      [true, {}, true],
      [false, {}, false],
      [true, { NO_COLOR: "1" }, false],
      [true, { NO_COLOR: "0" }, false], // any non-empty value, per no-color.org
      [true, { NO_COLOR: "" }, true], // empty is unset
      [true, { TERM: "dumb" }, false],
      [false, { FORCE_COLOR: "1" }, true],
      [false, { FORCE_COLOR: "" }, true],
      [true, { FORCE_COLOR: "0" }, false],
      [true, { FORCE_COLOR: "false" }, false],
      [false, { FORCE_COLOR: "1", NO_COLOR: "1" }, false], // NO_COLOR wins
      [true, { FORCE_COLOR: "1", TERM: "dumb" }, true],
    ];
    for (const [tty, env, expected] of cases)
      expect(wantsColor(tty, env), JSON.stringify([tty, env])).toBe(expected);
  });
});

describe("painted output", () => {
  it("lets through only the style's own sequences and escapes every other control", () => {
    let out = "";
    const io = safeOut({ stdout: (t) => (out += t), stderr: () => undefined });
    io.painted(
      `${ANSI.bold("Title")} ${ANSI.red("late")} ${ANSI.dim("a.md")} ${ANSI.yellow("!")}` +
        "\u001b[2J\u001b[31;1m\u001b[0m\u001b]8;;x\u0007\u009b",
    );
    expect(out).toBe(
      "\u001b[1mTitle\u001b[22m \u001b[31mlate\u001b[39m \u001b[2ma.md\u001b[22m \u001b[33m!\u001b[39m" +
        "\\u001b[2J\\u001b[31;1m\\u001b[0m\\u001b]8;;x\\u0007\\u009b",
    );
  });
});

describe("the command line with colour on", () => {
  it("styles the due list and stats, the same text once the style is taken out", async () => {
    const root = hostileVault();
    for (const command of ["due", "stats"]) {
      const plain = await run([command, root], false);
      const coloured = await run([command, root], true);
      expect(coloured.code).toBe(0);
      expect(plain.stdout).not.toMatch(OURS);
      expect(coloured.stdout).toMatch(OURS);
      expect(coloured.stdout.replace(OURS, "")).toBe(plain.stdout);
      // The note's own escape sequences are printed as text, colour or not.
      expect(RAW_CONTROL.test(coloured.stdout.replace(OURS, ""))).toBe(false);
      // (stats cuts a name to 32 columns)
      expect(coloured.stdout).toContain("Acme\\u001b[2J\\u001b[31m\\u001b]0");
      expect(coloured.stderr).toBe(plain.stderr);
    }
    const due = (await run(["due", root], true)).stdout;
    expect(due).toContain("Send a thank-you note: Acme\\u001b[2J\\u001b[31m\\u001b]0;pwned\\u0007");
    // eslint-disable-next-line no-control-regex -- the escape character is what it matches
    expect(due).toMatch(/\n\u001b\[1mOverdue \(1\)\u001b\[22m\n/);
    // eslint-disable-next-line no-control-regex -- the escape character is what it matches
    expect(due).toMatch(/\n {4}\u001b\[31mwas due [^\n]+\u001b\[39m\n/);
    expect(due).toContain("\n    \u001b[2mInterviews/a.md\u001b[22m\n");
    // eslint-disable-next-line no-control-regex -- the escape character is what it matches
    expect(due).toMatch(/\n {4}\u001b\[33m! [^\n]+\u001b\[39m\n/);
  });

  it("never colours JSON or the calendar file", async () => {
    const root = hostileVault();
    for (const args of [
      ["due", root, "--json"],
      ["due", root, "--ics"],
      ["stats", root, "--json"],
      ["due", root, "--help"],
    ]) {
      const out = await run(args, true);
      expect(out.code, args.join(" ")).toBe(0);
      expect(out.stdout).not.toContain("\u001b");
      expect(out.stdout).toBe((await run(args, false)).stdout);
    }
  });
});

/** The built program, with the colour variables given and every other one of them unset. */
function built(args: string[], env: Record<string, string>, tty = false) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !["NO_COLOR", "FORCE_COLOR", "TERM", "CI"].includes(key),
    ),
  );
  const command = ["node", "bin/interview-follow-up.mjs", ...args];
  const run = tty
    ? // `script` runs it on a pseudo-terminal (util-linux), so stdout is a terminal.
      spawnSync("script", ["-qec", command.join(" "), "/dev/null"], {
        encoding: "utf8",
        env: { ...base, TZ: "UTC", TERM: "xterm", ...env },
      })
    : spawnSync(command[0] ?? "node", command.slice(1), {
        encoding: "utf8",
        env: { ...base, TZ: "UTC", ...env },
      });
  return { code: run.status, stdout: run.stdout };
}

const NOW = ["--now", "2026-11-25T12:00Z"];

describe("the built command line", () => {
  it("prints no colour into a pipe, colours with FORCE_COLOR, and NO_COLOR wins", () => {
    for (const command of ["due", "stats"]) {
      const args = [command, "examples/vault", ...NOW];
      expect(built(args, {}).stdout).not.toContain("\u001b");
      expect(built(args, { FORCE_COLOR: "1" }).stdout).toMatch(OURS);
      expect(built(args, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain("\u001b");
      expect(built([...args, "--json"], { FORCE_COLOR: "1" }).stdout).not.toContain("\u001b");
    }
    expect(
      built(["due", "examples/vault", ...NOW, "--ics"], { FORCE_COLOR: "1" }).stdout,
    ).not.toContain("\u001b");
  });

  it.skipIf(!existsSync("/usr/bin/script"))(
    "colours on a terminal, and not with NO_COLOR there",
    () => {
      const args = ["due", "examples/vault", ...NOW];
      const tty = built(args, {}, true);
      expect(tty.code).toBe(0);
      expect(tty.stdout).toContain("\u001b[1mOverdue (3)\u001b[22m");
      expect(built(args, { NO_COLOR: "1" }, true).stdout).not.toContain("\u001b");
      expect(built([...args, "--json"], {}, true).stdout).not.toContain("\u001b");
    },
  );
});
