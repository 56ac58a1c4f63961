/**
 * `interview-follow-up due|stats <vault> [--now ISO] [--json | --ics]`: the same follow-ups
 * (`due`, also as a calendar file with `--ics`) and insights (`stats`) as the plugin, from a vault
 * folder on disk. Exit 0 on success; 2 with a one-line reason on bad arguments or a vault path
 * that cannot be read.
 */

import { type Stats, constants } from "node:fs";
import { lstat, open, stat } from "node:fs/promises";
import { join } from "node:path";
import { calendarText } from "../src/domain/calendar";
import { computeFollowUps } from "../src/domain/followups";
import { insightsOf } from "../src/domain/insights";
import type { Settings } from "../src/domain/settings";
import { type LoadedSettings, loadSettings, parseSettingsJson } from "../src/domain/settingsLoad";
import { parseWhenText } from "../src/domain/time";
import { formatText } from "../src/domain/dueText";
import { statsOutput } from "../src/domain/insightsText";
import { type Io, safeOut, styleFor } from "./terminal";
import { UnreadableVault, type VaultScan, errorText, scanVault } from "./vault";

export const USAGE = "usage: interview-follow-up due|stats <vault> [--now ISO] [--json | --ics]";

const HELP = `${USAGE}

  due          lists the follow-ups of an Obsidian vault: overdue, due now,
               coming up
  stats        counts the interviews: by status, heard back, days to an answer,
               ghosted, and each organization's rounds
  <vault>      the vault's folder
  --now ISO    the time to answer for (default: now), e.g. 2026-11-25T12:00
               or 2026-11-25T12:00Z
  --json       print the JSON that the plugin's API returns (FollowUps, or
               Insights for stats)
  --ics        due only: print the follow-ups with a deadline as an iCalendar
               file (RFC 5545)
  --help       show this help
  --version    show the version

Settings come from <vault>/.obsidian/plugins/interview-follow-up/data.json
when it exists. Color on a terminal only; NO_COLOR=1 turns it off.
`;

export type { Io } from "./terminal";

class UsageError extends Error {}

const COMMANDS = ["due", "stats"] as const;

interface Options {
  command: (typeof COMMANDS)[number];
  vault: string;
  now: Date;
  json: boolean;
  ics: boolean;
}

function parseArgs(args: string[], clock: () => Date): Options | "help" | "version" {
  const positional: string[] = [];
  let now: Date | null = null;
  let json = false;
  let ics = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--version" || arg === "-v") return "version";
    if (arg === "--json") {
      json = true;
    } else if (arg === "--ics") {
      ics = true;
    } else if (arg === "--now" || arg.startsWith("--now=")) {
      const value = arg === "--now" ? args[++i] : arg.slice("--now=".length);
      if (value === undefined || value === "") throw new UsageError("--now needs a date and time");
      const parsed = parseWhenText(value, "start-of-day");
      if (!parsed.ok) throw new UsageError(`--now ${parsed.reason}`);
      now = new Date(parsed.when.ms);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      positional.push(arg);
    }
  }
  const [command, vault, ...rest] = positional;
  if (command === undefined) throw new UsageError("missing command");
  const known = COMMANDS.find((name) => name === command);
  if (known === undefined) throw new UsageError(`unknown command "${command}"`);
  if (vault === undefined) throw new UsageError("missing the vault folder");
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ""}"`);
  if (json && ics) throw new UsageError("--json and --ics cannot be used together");
  if (ics && known === "stats") throw new UsageError("--ics is for due, not stats");
  return { command: known, vault, now: now ?? clock(), json, ics };
}

async function checkVault(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === "ENOENT" ? `no folder at "${path}"` : `cannot read "${path}": ${errorText(error)}`,
    );
  }
  if (!info.isDirectory()) throw new UsageError(`"${path}" is not a folder`);
}

/** Scans the vault; a vault folder that cannot be listed is a bad path, like a missing one. */
function scanReadable(vault: string, settings: Settings): VaultScan {
  try {
    return scanVault(vault, settings);
  } catch (error) {
    if (error instanceof UnreadableVault)
      throw new UsageError(`cannot read "${vault}": ${error.why}`);
    throw error;
  }
}

/** A file-system entry in words, for saying what stands where the settings file should be. */
function kindOf(info: Stats): string {
  if (info.isFile()) return "a file";
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Reads data.json when it is a regular file, or a link to one. Anything else (a folder, a pipe, a
 * device, a link to one, a link that leads nowhere) is reported and skipped: reading a pipe
 * would wait forever. It is looked at before it is opened, opened without waiting, and looked at
 * again once open, in case it was swapped in between.
 */
async function readSettings(vault: string): Promise<LoadedSettings> {
  const file = join(vault, ".obsidian", "plugins", "interview-follow-up", "data.json");
  const skipped = (why: string): LoadedSettings => ({
    ...loadSettings(null),
    notes: [`The settings file "${file}" ${why}; the defaults are used.`],
  });
  let text: string;
  try {
    let info: Stats;
    try {
      info = await lstat(file);
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return loadSettings(null);
      throw error;
    }
    if (info.isSymbolicLink()) {
      info = await stat(file);
      if (!info.isFile()) return skipped(`is a link to ${kindOf(info)}, not to a file`);
    } else if (!info.isFile()) {
      return skipped(`is ${kindOf(info)}, not a file`);
    }
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) return skipped(`is ${kindOf(opened)}, not a file`);
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (error) {
    return skipped(`could not be read: ${errorText(error)}`);
  }
  return parseSettingsJson(text);
}

export async function main(
  args: string[],
  streams: Io,
  version: string,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const io = safeOut(streams);
  try {
    const options = parseArgs(args, clock);
    if (options === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (options === "version") {
      io.stdout(`${version}\n`);
      return 0;
    }
    await checkVault(options.vault);
    const { settings, notes } = await readSettings(options.vault);
    for (const note of notes) io.say(`warning: ${note}`);
    const scan = scanReadable(options.vault, settings);
    for (const warning of scan.warnings) io.say(`warning: ${warning}`);
    if (options.command === "stats") {
      const insights = insightsOf(scan.readings, options.now);
      if (options.json) io.stdout(statsOutput(insights, true));
      else io.painted(statsOutput(insights, false, styleFor(streams)));
      return 0;
    }
    const result = computeFollowUps(scan.readings, settings, options.now);
    if (options.ics) io.lines(calendarText(result));
    else if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.painted(formatText(result, styleFor(streams)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.say(`${error.message} (${USAGE})`);
      return 2;
    }
    // A fault of this program: said through the same safe stream, never as a raw stack trace.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.say("unexpected error; please report it with the lines below");
    for (const line of detail.split("\n")) io.say(line);
    return 1;
  }
}
