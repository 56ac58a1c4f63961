// The JSON contract the README documents (under "### The JSON") is the shape the code gives:
// every interface's fields, in order, and which are optional, against real objects from notes
// that fill every field (the follow-ups' warning and contact, an organization's history).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeFollowUps } from "../../src/domain/followups";
import { insightsOf } from "../../src/domain/insights";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import type { FollowUps } from "../../src/domain/types";

const readme = readFileSync("README.md", "utf8");

/** Every `interface Name { … }` of the ts blocks in the README's JSON section: its fields. */
function documented(): Map<string, { name: string; optional: boolean }[]> {
  const from = readme.indexOf("\n### The JSON");
  expect(from).toBeGreaterThanOrEqual(0);
  const section = readme.slice(from, readme.indexOf("\n## ", from + 1));
  const interfaces = new Map<string, { name: string; optional: boolean }[]>();
  for (const block of section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    for (const found of (block[1] ?? "").matchAll(/^interface (\w+) \{\n([\s\S]*?)^\}$/gm)) {
      const fields = [...(found[2] ?? "").matchAll(/^ {2}(\w+)(\??):/gm)].map((m) => ({
        name: m[1] ?? "",
        optional: m[2] === "?",
      }));
      interfaces.set(found[1] ?? "", fields);
    }
  }
  return interfaces;
}

const settings = defaultSettings();
const note = (path: string, fm: Record<string, unknown>): NoteReading => {
  const reading = readNote(path, { type: "interview", ...fm }, settings);
  if (reading === null) throw new Error(path);
  return reading;
};
const NOW = new Date("2026-11-25T12:00:00Z");
const READINGS = [
  note("Interviews/a.md", {
    organization: "Acme",
    position: "Dev",
    date: "2026-11-02T10:00Z",
    last_heard: "2026-11-06",
    status: "waiting",
    email: "a@acme.example",
  }),
  note("Interviews/b.md", {
    organization: "Acme",
    position: "Dev",
    date: "2026-11-24T10:00Z",
    contact: ["Ann <ann@acme.example>", "Bob"],
  }),
  note("Interviews/c.md", { organization: "Bolt", date: "2026-11-20T10:00Z" }),
];

/** Checks an object's keys against the documented fields: each required one, in order. */
function matches(object: object, fields: { name: string; optional: boolean }[], what: string) {
  const keys = Object.keys(object);
  const known = fields.map((f) => f.name);
  expect(
    keys.filter((k) => !known.includes(k)),
    `${what}: fields not in the README`,
  ).toEqual([]);
  const required = fields.filter((f) => !f.optional).map((f) => f.name);
  expect(
    keys.filter((k) => required.includes(k)),
    `${what}: the README's fields, in order`,
  ).toEqual(required);
}

describe("the README's JSON contract", () => {
  const contract = documented();

  it("documents every interface of both objects", () => {
    expect([...contract.keys()].sort()).toEqual(
      ["FollowUpItem", "FollowUps", "Insights", "InterviewHistory", "OrganizationInsights"].sort(),
    );
  });

  it("is the shape of the insights, from the command line and from the API", () => {
    for (const ready of [undefined, false, true]) {
      const insights = insightsOf(READINGS, NOW, ready);
      matches(insights, contract.get("Insights") ?? [], "Insights");
      expect("ready" in insights).toBe(ready !== undefined);
      expect(insights.organizations.length).toBeGreaterThan(0);
      for (const org of insights.organizations) {
        matches(org, contract.get("OrganizationInsights") ?? [], "OrganizationInsights");
        for (const entry of org.interviews)
          matches(entry, contract.get("InterviewHistory") ?? [], "InterviewHistory");
      }
    }
  });

  it("lists every status in byStatus, none first, then in the README's order", () => {
    const type = /^type Status =\n([\s\S]*?);$/m.exec(readme)?.[1] ?? "";
    const statuses = [...type.matchAll(/"(\w+)"/g)].map((m) => m[1]);
    expect(statuses.length).toBeGreaterThan(0);
    expect(Object.keys(insightsOf(READINGS, NOW).byStatus)).toEqual(["none", ...statuses]);
  });

  it("is the shape of the follow-ups, optional fields included", () => {
    const plan = computeFollowUps(READINGS, settings, NOW);
    matches(plan, contract.get("FollowUps") ?? [], "FollowUps");
    matches(
      computeFollowUps(READINGS, settings, NOW, true),
      contract.get("FollowUps") ?? [],
      "FollowUps",
    );
    expect(plan.items.some((i) => i.contact !== undefined)).toBe(true);
    expect(plan.items.some((i) => i.warning !== undefined)).toBe(true);
    for (const item of plan.items)
      matches(item, contract.get("FollowUpItem") ?? [], "FollowUpItem");
  });

  it("shows in its sample run what the command line prints for the sample vault", () => {
    const sample =
      /^\$ (TZ=UTC npm run -s due -- examples\/vault (--now \S+) --json)\n([\s\S]*?)^ {4}…$/m.exec(
        readme,
      );
    expect(sample).not.toBeNull();
    const printed = sample?.[3] ?? "";
    const now = (sample?.[2] ?? "").slice("--now ".length);
    const run = spawnSync(
      "node",
      ["bin/interview-follow-up.mjs", "due", "examples/vault", "--now", now, "--json"],
      { encoding: "utf8", env: { ...process.env, TZ: "UTC" } },
    );
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as FollowUps;
    // The sample is the answer's start: its time, then its first item, as printed.
    const first = /"items": \[\n( {4}\{[\s\S]*?\n {4}\})/.exec(printed)?.[1] ?? "";
    expect(JSON.parse(first)).toEqual(answer.items[0]);
    expect(printed).toContain(`"now": "${answer.now}"`);
  });
});
