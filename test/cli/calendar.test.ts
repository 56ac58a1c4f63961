// `due --ics`: the sample vault's follow-ups as a calendar file, read back event for event by
// ical.js; the same file from the built program and in-process; --ics and --json not together.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { eventUid } from "../../src/domain/calendar";
import type { FollowUps } from "../../src/domain/types";
import { runInProcess } from "../support/cli";
import { calendarProperties, compareWithFollowUps, parseEvents } from "../support/ics";

const NOW = "2026-11-25T12:00Z";
// The in-process run reads days in this process's zone; the built program runs in UTC.
process.env.TZ = "UTC";

function cli(args: string[]) {
  const run = spawnSync("node", ["bin/interview-follow-up.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("due --ics on examples/vault", () => {
  const ics = cli(["due", "examples/vault", "--now", NOW, "--ics"]);
  const json = JSON.parse(
    cli(["due", "examples/vault", "--now", NOW, "--json"]).stdout,
  ) as FollowUps;

  it("prints a calendar that ical.js reads back event for event", () => {
    expect(ics.stderr).toBe("");
    expect(ics.code).toBe(0);
    expect(calendarProperties(ics.stdout)).toEqual({
      version: "2.0",
      prodid: expect.stringContaining("interview-follow-up") as unknown,
      calscale: "GREGORIAN",
    });
    const events = parseEvents(ics.stdout);
    expect(compareWithFollowUps(events, json)).toEqual([]);
    // The sample vault has both kinds of deadline, and a panel's thank-yous.
    expect(events.some((e) => e.allDay)).toBe(true);
    expect(events.some((e) => !e.allDay)).toBe(true);
    const withDeadline = json.items.filter((item) => item.deadline !== null);
    expect(events.map((e) => e.uid).sort()).toEqual(withDeadline.map(eventUid).sort());
    expect(withDeadline.some((item) => item.contact !== undefined)).toBe(true);
    expect(new Set(withDeadline.map((item) => item.state)).size).toBe(3);
  });

  it("ends every line with CRLF and folds none past 75 octets", () => {
    expect(ics.stdout.endsWith("\r\n")).toBe(true);
    const lines = ics.stdout.slice(0, -2).split("\r\n");
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
  });

  it("prints the same file in-process, and the same events at another time of the same day", async () => {
    const inProcess = await runInProcess(["due", "examples/vault", "--now", NOW, "--ics"]);
    expect(inProcess.code).toBe(0);
    expect(inProcess.stdout).toBe(ics.stdout);
    const later = cli(["due", "examples/vault", "--now", "2026-11-25T12:30Z", "--ics"]);
    const stamps = (text: string) => text.replace(/^DTSTAMP:.*$/gm, "DTSTAMP");
    expect(later.stdout).not.toBe(ics.stdout);
    expect(stamps(later.stdout)).toBe(stamps(ics.stdout));
  });

  it("refuses --ics with --json, and lists --ics in the help", async () => {
    const both = await runInProcess(["due", "examples/vault", "--ics", "--json"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--json and --ics cannot be used together");
    expect(both.stdout).toBe("");
    const help = await runInProcess(["--help"]);
    expect(help.stdout).toContain("--ics");
  });
});
