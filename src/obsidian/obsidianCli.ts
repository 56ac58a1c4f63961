/**
 * Obsidian's own command line (1.12.2 and later): `obsidian interview-follow-up` prints the due
 * list exactly as the Node command line does (`formatText` in dueText.ts, one formatter for
 * both), `obsidian interview-follow-up:stats` the insights as `interview-follow-up stats` does. Flags:
 * `now=<date-time>` and `format=json`. On an older app nothing is registered.
 */

import { type CliData, type CliFlags, type Plugin, requireApiVersion } from "obsidian";
import { escapeLineBreaks, formatText, terminalSafe } from "../domain/dueText";
import type { Insights } from "../domain/insights";
import { statsOutput } from "../domain/insightsText";
import { parseWhenText } from "../domain/time";
import type { FollowUps } from "../domain/types";

export const CLI_COMMAND = "interview-follow-up";
export const CLI_STATS_COMMAND = `${CLI_COMMAND}:stats`;

const FLAGS: CliFlags = {
  now: {
    value: "<date-time>",
    description: "The time to answer for (default: now), e.g. 2026-11-25T12:00",
  },
  format: {
    value: "text|json",
    description: "json prints the JSON of the API (FollowUps, or Insights for :stats)",
  },
};

/** The parsed flags, or the one-line reason they cannot be used. */
type Flags = { now: Date; json: boolean } | { error: string };

function readFlags(params: CliData, clock: () => Date): Flags {
  let now = clock();
  const given = params["now"];
  if (given !== undefined) {
    // A bare `now` arrives as "true": it needs a value like the Node command line's --now.
    if (given === "true" || given.trim() === "") return { error: "now needs a date and time" };
    const parsed = parseWhenText(given, "start-of-day");
    if (!parsed.ok) return { error: `now ${parsed.reason}` };
    now = new Date(parsed.when.ms);
  }
  const format = params["format"] ?? "text";
  if (format !== "text" && format !== "json")
    return { error: `format is "${format}": use format=text or format=json` };
  return { now, json: format === "json" };
}

/** One line saying why, and how the command is used, as the Node command line says it. */
function refusal(command: string, error: string): string {
  const usage = `usage: obsidian ${command} [now=<date-time>] [format=json]`;
  return terminalSafe(`${command}: ${escapeLineBreaks(error)} (${usage})\n`);
}

/** Where the follow-ups come from: the plugin's index (`FollowUpIndex`). */
export interface DueSource {
  readonly ready: boolean;
  onChange(listener: () => void): () => void;
  followUps(now: Date): FollowUps;
}

/** How long a command waits for the index's first build (Obsidian just started) at most. */
const READY_WAIT_MS = 30_000;

/** Resolves once the index has read the vault, or after `READY_WAIT_MS` in any case. */
function whenReady(source: DueSource): Promise<void> {
  if (source.ready) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stop();
      window.clearTimeout(timer);
      resolve();
    };
    const stop = source.onChange(() => {
      if (source.ready) done();
    });
    const timer = window.setTimeout(done, READY_WAIT_MS);
  });
}

/**
 * What `interview-follow-up` prints for these flags: the Node command line's text or JSON for
 * the same follow-ups, made safe for a terminal; a bad flag gives one line saying why. It answers
 * once the index has read the vault; the JSON then has no `ready`, as the Node command line's
 * has none (it keeps `"ready": false` if the index was still not built).
 */
export async function dueAnswer(
  params: CliData,
  source: DueSource,
  clock: () => Date = () => new Date(),
): Promise<string> {
  const flags = readFlags(params, clock);
  if ("error" in flags) return refusal(CLI_COMMAND, flags.error);
  await whenReady(source);
  const answer = source.followUps(flags.now);
  const { ready, ...result } = answer;
  if (!flags.json) return terminalSafe(formatText(result));
  return terminalSafe(`${JSON.stringify(ready === false ? answer : result, null, 2)}\n`);
}

/** The insights at a moment, from the same notes: what `interview-follow-up:stats` prints. */
export type InsightsSource = (now: Date) => Insights;

/**
 * Registers the handlers where the app has a command line (`registerCliHandler`, 1.12.2); true
 * when it did.
 */
export function registerObsidianCli(
  plugin: Plugin,
  source: DueSource,
  insights: InsightsSource,
): boolean {
  const host = plugin as Partial<Pick<Plugin, "registerCliHandler">>;
  // The version for older apps; the method too, should an app report the version without it.
  if (requireApiVersion("1.12.2") && typeof host.registerCliHandler === "function") {
    plugin.registerCliHandler(
      CLI_COMMAND,
      "Interview follow-ups: overdue, due now and coming up",
      FLAGS,
      (params) => dueAnswer(params, source),
    );
    plugin.registerCliHandler(
      CLI_STATS_COMMAND,
      "Interview insights: your job search in numbers",
      FLAGS,
      async (params) => {
        const flags = readFlags(params, () => new Date());
        if ("error" in flags) return refusal(CLI_STATS_COMMAND, flags.error);
        await whenReady(source);
        return terminalSafe(statsOutput(insights(flags.now), flags.json));
      },
    );
    return true;
  }
  return false;
}
