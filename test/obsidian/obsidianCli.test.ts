// Obsidian's own command line: `obsidian interview-follow-up` prints what the Node command line
// prints for the same vault and time, text and JSON; bad flags get a reason, not an exception;
// an app without a command line (before 1.12.2) loads the plugin without it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CliData, CliHandler } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CLI_COMMAND, CLI_STATS_COMMAND } from "../../src/obsidian/obsidianCli";
import { main } from "../../cli/main";
import type { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { type Harness, createPlugin, loadPlugin, readVaultFolder } from "../support/obsidian";

afterEach(() => {
  vi.restoreAllMocks();
});

/** The handlers a plugin registered, by command (the mocks keep them in `cliHandlers__`). */
function handlers(harness: Harness): Map<string, CliHandler> {
  return (harness.plugin as unknown as { cliHandlers__: Map<string, CliHandler> }).cliHandlers__;
}

async function run(harness: Harness, command: string, params: CliData): Promise<string> {
  const handler = handlers(harness).get(command);
  if (handler === undefined) throw new Error(`${command} is not registered`);
  return handler(params);
}

/** What the Node command line prints on stdout for `due <vault> <args>` (or `stats`). */
async function node(vault: string, args: string[], command = "due"): Promise<string> {
  let stdout = "";
  const code = await main(
    [command, vault, ...args],
    { stdout: (t) => (stdout += t), stderr: () => undefined },
    "9.9.9",
  );
  expect(code).toBe(0);
  return stdout;
}

/** The plugin's index (main.ts keeps it in a private field). */
function index(harness: Harness): FollowUpIndex {
  const found = (harness.plugin as unknown as { index: FollowUpIndex | null }).index;
  if (found === null) throw new Error("not loaded");
  return found;
}

async function loaded(files: Record<string, string>): Promise<Harness> {
  const harness = createPlugin(files);
  await loadPlugin(harness);
  return harness;
}

// Times across the sample vault's life: before its first interview, on the day the notes were
// written, around its deadlines, months later; written as the Node command line takes them.
const TIMES = [
  "2026-08-01T08:00",
  "2026-11-02T23:59",
  "2026-11-24T09:30",
  "2026-11-25T12:00",
  "2026-11-25T12:00Z",
  "2026-11-27T10:00+01:00",
  "2026-11-30",
  "2027-03-01T07:15",
];

describe("obsidian interview-follow-up", () => {
  it("prints the Node command line's text and JSON for the sample vault, at any time", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    for (const now of TIMES) {
      const text = await run(harness, CLI_COMMAND, { now });
      expect(text, now).toBe(await node("examples/vault", ["--now", now]));
      expect(text).toContain("Interview follow-ups as of");
      const json = await run(harness, CLI_COMMAND, { now, format: "json" });
      expect(json, now).toBe(await node("examples/vault", ["--now", now, "--json"]));
    }
  });

  it("prints the same escapes as the Node command line for hostile text in notes", async () => {
    const nasty = [
      "Red \u001b[31mAlert",
      "Two\nLines",
      "Tab\there",
      "\u202eevil\u202c",
      "Bell\u0007",
      "Sep\u2028arate",
      "Café 🎉 שלום",
    ];
    const files: Record<string, string> = {};
    nasty.forEach((name, i) => {
      files[`Interviews/Note ${i}.md`] =
        `---\norganization: ${JSON.stringify(name)}\nposition: ${JSON.stringify(name)}\n` +
        `date: 2026-11-2${i}T10:00\ncontact: ${JSON.stringify(name)}\nstatus: interviewed\n---\n`;
    });
    files["Interviews/Broken \u001b.md"] = "---\ndate: next tuesday\n---\n";
    const root = mkdtempSync(join(tmpdir(), "obsidian-cli-"));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, dirname(path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const harness = await loaded(files);
      const text = await run(harness, CLI_COMMAND, { now: "2026-11-25T12:00" });
      expect(text).toBe(await node(root, ["--now", "2026-11-25T12:00"]));
      // Nothing a terminal acts on is left raw.
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e\u2028]/);
      expect(text).toContain("\\u001b[31m");
      const json = await run(harness, CLI_COMMAND, { now: "2026-11-25T12:00", format: "json" });
      expect(json).toBe(await node(root, ["--now", "2026-11-25T12:00", "--json"]));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("asked while Obsidian is starting, answers once the index has read the vault", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    await loadPlugin(harness, { layoutReady: false });
    expect(index(harness).ready).toBe(false);
    let answer: string | null = null;
    const asked = run(harness, CLI_COMMAND, { now: "2026-11-25T12:00", format: "json" }).then(
      (text) => (answer = text),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answer).toBeNull();
    harness.app.workspace.setLayoutReady__();
    await asked;
    expect(answer).toBe(await node("examples/vault", ["--now", "2026-11-25T12:00", "--json"]));
  });

  it("still not built after its wait, says so in the JSON's own order, for both commands", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    await loadPlugin(harness, { layoutReady: false });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const flags = { now: "2026-11-25T12:00", format: "json" };
      const due = run(harness, CLI_COMMAND, flags);
      const stats = run(harness, CLI_STATS_COMMAND, flags);
      await vi.advanceTimersByTimeAsync(30_001);
      const dueAnswer = JSON.parse(await due) as object;
      expect(Object.keys(dueAnswer)).toEqual(["now", "ready", "items", "problems"]);
      expect(dueAnswer).toMatchObject({ ready: false });
      const statsAnswer = JSON.parse(await stats) as object;
      expect(Object.keys(statsAnswer).slice(0, 2)).toEqual(["now", "ready"]);
      expect(statsAnswer).toMatchObject({ ready: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it("answers the current time without `now`, in the format asked", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    const text = await run(harness, CLI_COMMAND, {});
    expect(text).toMatch(/^Interview follow-ups as of /);
    const before = Date.now();
    const json = JSON.parse(await run(harness, CLI_COMMAND, { format: "json" })) as { now: string };
    expect(Date.parse(json.now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(json.now)).toBeLessThanOrEqual(Date.now());
    expect(await run(harness, CLI_COMMAND, { format: "text", now: "2026-11-25T12:00" })).toBe(
      await node("examples/vault", ["--now", "2026-11-25T12:00"]),
    );
  });

  it("says why a flag cannot be used, in one safe line, and never throws", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    const cases: [CliData, RegExp][] = [
      [{ now: "next tuesday" }, /^interview-follow-up: now .*next tuesday/],
      [{ now: "true" }, /now needs a date and time/],
      [{ now: "" }, /^interview-follow-up: now /],
      [{ now: "2026-02-30T10:00" }, /^interview-follow-up: now /],
      [{ format: "xml" }, /format is "xml": use format=text or format=json/],
      [{ format: "true" }, /format is "true"/],
      [{ now: "\u001b[2J\nfake line" }, /^interview-follow-up: now .*\\u001b\[2J\\nfake line/],
    ];
    for (const [params, reason] of cases) {
      const answer = await run(harness, CLI_COMMAND, params);
      expect(answer, JSON.stringify(params)).toMatch(reason);
      expect(answer.trimEnd().split("\n")).toHaveLength(1);
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      expect(answer).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    }
  });

  it("is not registered on an app without a command line, and the plugin still loads", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    // Before 1.12.2 the method does not exist at all.
    Object.defineProperty(harness.plugin, "registerCliHandler", { value: undefined });
    await loadPlugin(harness);
    expect(handlers(harness).size).toBe(0);
    expect(
      harness.plugin.api.followUps(new Date("2026-11-25T12:00Z")).items.length,
    ).toBeGreaterThan(10);
  });

  it(":stats prints the Node command line's stats, text and JSON, at any time", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    for (const now of TIMES) {
      const text = await run(harness, CLI_STATS_COMMAND, { now });
      expect(text, now).toBe(await node("examples/vault", ["--now", now], "stats"));
      expect(text).toContain("Interview insights as of");
      const json = await run(harness, CLI_STATS_COMMAND, { now, format: "json" });
      expect(json, now).toBe(await node("examples/vault", ["--now", now, "--json"], "stats"));
    }
    expect(await run(harness, CLI_STATS_COMMAND, { now: "soon" })).toMatch(
      /^interview-follow-up:stats: now /,
    );
  });
});
