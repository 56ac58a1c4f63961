// What the user guide and the contributing guide promise about the repository itself: the npm
// scripts they tell people to run exist, and the README's Bases and Dataview tables are the sample
// vault's base and list the properties the plugin reads, under its default names.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_PROPERTY_NAMES, defaultSettings } from "../../src/domain/settings";

const readme = readFileSync("README.md", "utf8");
const contributing = readFileSync("CONTRIBUTING.md", "utf8");
const scripts = Object.keys(
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts,
);

/** The body of the first fenced block of this language after a heading. */
function fenced(text: string, heading: string, language: string): string {
  const from = text.indexOf(`\n## ${heading}\n`);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const match = new RegExp("^(`{3,})" + language + "\\n([\\s\\S]*?)^\\1$", "m").exec(
    text.slice(from),
  );
  if (match === null) throw new Error(`no ${language} block under "${heading}"`);
  return match[2] ?? "";
}

const ownProperties = new Set<string>([
  defaultSettings().typeProperty,
  ...Object.values(DEFAULT_PROPERTY_NAMES),
]);

describe("the guides", () => {
  it("tell people to run only npm scripts that exist", () => {
    for (const [name, text] of [
      ["README.md", readme],
      ["CONTRIBUTING.md", contributing],
    ] as const) {
      const named = [...text.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]);
      expect(named.length, name).toBeGreaterThan(0);
      for (const script of named) expect(scripts, `${name}: npm run ${script}`).toContain(script);
    }
  });

  it("keep the two set-up commands under the Development heading, after the user guide", () => {
    const from = readme.indexOf("\n## Development\n");
    expect(from).toBeGreaterThan(readme.indexOf("\n## Install\n"));
    const development = readme.slice(from, readme.indexOf("\n## ", from + 1));
    expect(development).toContain("npm ci && npm run demo\n");
    expect(development).toContain("npm ci && npm run setup:browser && npm test\n");
  });

  it("open with what the plugin does and a picture, not with commands", () => {
    const top = readme.slice(0, readme.indexOf("\n## Install\n"));
    expect(top).toMatch(/^# Interview Follow-up\n\nAn Obsidian plugin for job seekers/);
    expect(top).toMatch(/!\[[^\]]+\]\(docs\/[\w-]+\.png\)/);
    expect(top).not.toContain("npm ");
    expect(top).not.toContain("> Status");
  });

  it("say once, in Install, that the plugin is not published yet, with no placeholder", () => {
    expect(readme.match(/not yet in Obsidian's community plugin directory/g)).toHaveLength(1);
    expect(readme).not.toMatch(/<owner>|OWNER\/|your-name|TODO/);
  });
});

describe("the README's Bases and Dataview tables", () => {
  const base = fenced(readme, "Bases and Dataview", "yaml");

  it("show the sample vault's Interviews.base, as it is", () => {
    expect(base).toBe(readFileSync("examples/vault/Interviews.base", "utf8"));
  });

  it("filter on the plugin's type, tag and folder, and list its properties, sorted by date", () => {
    const parsed = parse(base) as {
      filters: unknown;
      views: { type: string; order: string[]; sort: { property: string; direction: string }[] }[];
    };
    const settings = defaultSettings();
    const filters = JSON.stringify(parsed.filters);
    // Which notes they select is test/domain/exampleQueries.test.ts's to check; here, that they
    // name the default settings.
    expect(filters).toContain(`list(${settings.typeProperty})`);
    expect(filters).toContain(`== \\"${settings.typeValue}\\"`);
    expect(filters).toContain(`#?${settings.tag}(`);
    expect(filters).toContain(`\\"${settings.interviewFolder.toLowerCase()}/\\"`);
    expect(filters).toContain(`\\"${settings.templatesFolder.toLowerCase()}/\\"`);
    const view = parsed.views.find((each) => each.type === "table");
    const columns = (view?.order ?? []).filter((c) => !c.startsWith("file."));
    expect(columns.length).toBeGreaterThan(5);
    for (const column of columns) expect(ownProperties, column).toContain(column);
    expect(view?.sort).toEqual([{ property: DEFAULT_PROPERTY_NAMES.date, direction: "DESC" }]);
  });

  it("have a Dataview TABLE over the same properties", () => {
    const query = fenced(readme, "Bases and Dataview", "dataview");
    const columns = /^TABLE (.+)$/m
      .exec(query)?.[1]
      ?.split(",")
      .map((c) => c.trim());
    const table = (parse(base) as { views: { type: string; order?: string[] }[] }).views.find(
      (view) => view.type === "table",
    );
    const baseColumns = table?.order?.filter((c) => !c.startsWith("file."));
    expect(columns).toEqual(baseColumns);
    expect(query).toContain(`#?${defaultSettings().tag}(`);
    expect(query).toContain(`"${defaultSettings().interviewFolder.toLowerCase()}/"`);
    expect(query).toMatch(new RegExp(`^SORT ${DEFAULT_PROPERTY_NAMES.date} DESC$`, "m"));
  });
});
