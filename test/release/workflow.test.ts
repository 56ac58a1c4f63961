// The release workflow, read as GitHub reads it, so it cannot drift silently: it starts on a tag
// that is the bare version, runs the checks before building, attests and releases exactly the
// three files Obsidian installs, with the permissions that needs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { push?: { tags?: string[]; branches?: unknown } };
  permissions: Record<string, string>;
  jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

const workflow = parse(readFileSync(".github/workflows/release.yml", "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const RELEASE_FILES = ["main.js", "manifest.json", "styles.css"];

/**
 * GitHub's filter pattern as a regular expression: `*` is any run of characters but `/`, `**` any
 * run, `?` and `+` repeat the character before, `[…]` is a class; everything else is literal.
 */
function filterPattern(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (c === "*") source += "[^/]*";
    else if (c === "+" || c === "?") source += c;
    else if (c === "[") {
      const end = pattern.indexOf("]", i);
      source += pattern.slice(i, end + 1);
      i = end;
    } else source += c.replace(/[.\\^$|(){}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** The index of the first step whose command runs this npm script. */
function runs(script: string): number {
  return steps.findIndex((step) =>
    (step.run ?? "").split("\n").some((line) => line.trim() === `npm ${script}`),
  );
}

describe(".github/workflows/release.yml", () => {
  it("starts on a tag that is the bare version, never a v-prefixed one, and on nothing else", () => {
    expect(Object.keys(workflow.on)).toEqual(["push"]);
    expect(workflow.on.push?.branches).toBeUndefined();
    const tags = (workflow.on.push?.tags ?? []).map(filterPattern);
    expect(tags.length).toBeGreaterThan(0);
    for (const [tag, matches] of [
      [version, true],
      ["10.20.30", true],
      [`v${version}`, false],
      ["latest", false],
      [`${version}x`, false],
    ] as const) {
      expect(
        tags.some((re) => re.test(tag)),
        tag,
      ).toBe(matches);
    }
    // npm version makes tags that match: no "v" prefix.
    expect(readFileSync(".npmrc", "utf8")).toMatch(/^tag-version-prefix=""$/m);
  });

  it("refuses a tag that is not the version of package.json and manifest.json, before anything else", () => {
    const check = steps.findIndex((step) => (step.run ?? "").includes("GITHUB_REF_NAME"));
    expect(check).toBeGreaterThanOrEqual(0);
    const script = steps[check]?.run ?? "";
    expect(script).toContain("package.json");
    expect(script).toContain("manifest.json");
    expect(script).toContain("exit 1");
    expect(check).toBeLessThan(runs("ci"));
  });

  it("uses Node 20, installs with npm ci, and runs lint, type checks, build and tests before releasing", () => {
    const setup = steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(String(setup?.with?.["node-version"])).toBe("20");
    const order = ["ci", "run lint", "run typecheck", "run build", "test"].map(runs);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const release = steps.findIndex((step) => (step.run ?? "").includes("gh release create"));
    expect(release).toBeGreaterThan(order.at(-1) ?? Infinity);
  });

  it("attests the build provenance of exactly the three files, before releasing them", () => {
    const attest = steps.findIndex((step) =>
      step.uses?.startsWith("actions/attest-build-provenance@"),
    );
    expect(attest).toBeGreaterThan(runs("run build"));
    const paths = steps[attest]?.with?.["subject-path"];
    const subjects = (typeof paths === "string" ? paths : "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    expect(subjects.sort()).toEqual(RELEASE_FILES);
    const release = steps.findIndex((step) => (step.run ?? "").includes("gh release create"));
    expect(release).toBeGreaterThan(attest);
  });

  it("creates the release with the three files as separate assets and notes from CHANGELOG.md", () => {
    const command = steps
      .map((step) => (step.run ?? "").replace(/\s+/g, " ").trim())
      .find((run) => run.startsWith("gh release create"));
    expect(command).toBeDefined();
    const words = (command ?? "").split(" ");
    expect(words[3]).toBe('"$GITHUB_REF_NAME"');
    const assets = words.slice(
      4,
      words.findIndex((w) => w.startsWith("--")),
    );
    expect(assets).toEqual(RELEASE_FILES);
    expect(command).toContain("--notes-file release-notes.md");
    const notes = steps.find((step) => (step.run ?? "").includes("scripts/changelog.mjs notes"));
    expect(notes?.run).toContain("> release-notes.md");
  });

  it("asks for the permissions releasing and attesting need", () => {
    expect(workflow.permissions).toEqual({
      contents: "write",
      "id-token": "write",
      attestations: "write",
    });
  });
});
