// The README's Bases and Dataview examples and the sample vault's .base select exactly the notes
// the plugin reads: on the sample vault (against the command line's scan, which equals
// api.followUps, see obsidian/api.test.ts) and on odd notes of every kind recognition cares about
// (against isInterviewNote). The queries are evaluated by support/queryFilter.ts, which knows
// only the functions they use.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFrontmatter, scanVault } from "../../cli/vault";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { isInterviewNote } from "../../src/domain/recognise";
import { defaultSettings } from "../../src/domain/settings";
import { basesFilterHolds, dataviewSelects } from "../support/queryFilter";

const VAULT = "examples/vault";
const README = readFileSync("README.md", "utf8");
const settings = defaultSettings();

interface Note {
  path: string;
  frontmatter: Record<string, unknown>;
}

function vaultNotes(): Note[] {
  const notes: Note[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(VAULT, folder), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) {
        const block = findFrontmatter(readFileSync(join(VAULT, path), "utf8"));
        const fm = block === null ? {} : parseFrontmatter(block.yaml);
        notes.push({ path, frontmatter: (fm ?? {}) as Record<string, unknown> });
      }
    }
  };
  walk("");
  return notes;
}

/** The first fenced block of `lang` after `heading` in the README. */
function readmeBlock(lang: string): string {
  const section = README.slice(README.indexOf("## Bases and Dataview"));
  const match = new RegExp("```" + lang + "\\n([\\s\\S]*?)\\n```").exec(section);
  if (match?.[1] === undefined) throw new Error(`no ${lang} block`);
  return match[1];
}

const baseFile = parse(readFileSync(join(VAULT, "Interviews.base"), "utf8")) as {
  filters: unknown;
  views: { type: string }[];
};
const readmeBase = parse(readmeBlock("yaml")) as { filters: unknown };
const dataview = readmeBlock("dataview");

const selectedBy = (notes: Note[], holds: (note: Note) => boolean) =>
  notes
    .filter(holds)
    .map((note) => note.path)
    .sort();

describe("the example queries", () => {
  const notes = vaultNotes();
  const plugin = scanVault(VAULT, settings)
    .readings.map((reading) =>
      reading.kind === "interview" ? reading.interview.path : reading.path,
    )
    .sort();

  it("the README shows the sample vault's .base, which opens in the pipeline view", () => {
    expect(readmeBase).toEqual(baseFile);
    expect(baseFile.views[0]?.type).toBe("interview-follow-up-pipeline");
  });

  it("the .base selects the plugin's notes on the sample vault", () => {
    expect(plugin.length).toBeGreaterThan(15);
    expect(selectedBy(notes, (note) => basesFilterHolds(baseFile.filters, note))).toEqual(plugin);
  });

  it("the Dataview query selects the plugin's notes on the sample vault", () => {
    expect(selectedBy(notes, (note) => dataviewSelects(dataview, note))).toEqual(plugin);
  });

  it("the sample vault holds the cases the old queries got wrong", () => {
    const byPath = new Map(notes.map((note) => [note.path, note.frontmatter]));
    // An index page in the folder, a body tag outside it, a type in another case and in a list.
    expect(byPath.get("Interviews/Interviews index.md")).toBeDefined();
    expect(plugin).not.toContain("Interviews/Interviews index.md");
    expect(readFileSync(join(VAULT, "Notes/Reading list.md"), "utf8")).toContain("#interview");
    expect(plugin).not.toContain("Notes/Reading list.md");
    const types = notes.map((note) => note.frontmatter["type"]);
    expect(types).toContain("Interview");
    expect(types.some((type) => Array.isArray(type))).toBe(true);
  });
});

// Odd notes: what recognition looks at, in the shapes vaults hold it.
const word = fc.constantFrom(
  "interview",
  "Interview",
  "INTERVIEW",
  " interview ",
  "interviews",
  "job",
  "",
);
const tagWord = fc.constantFrom(
  "interview",
  "#interview",
  "Interview/Onsite",
  "interview/phone",
  "#Interview/x",
  "interviewing",
  "job-search",
  "interview, job",
  "job interview",
  "pre-interview",
);
const oneOrList = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(arb, fc.array(arb, { maxLength: 3 }), fc.constant(null));
const folder = fc.constantFrom(
  "",
  "Interviews/",
  "interviews/",
  "Interviews/2026/",
  "Interviews/Templates/",
  "Interviews/templates/",
  "Jobs/",
  "InterviewsOld/",
  "Notes/Interviews/",
);
const oddNote = fc
  .record(
    {
      folder,
      type: oneOrList(word),
      tags: oneOrList(tagWord),
      tag: oneOrList(tagWord),
      date: fc.constantFrom("2026-11-20", "2026-11-20T10:00", "", null, [] as string[]),
      status: fc.constantFrom("waiting", "", null),
      organization: fc.constantFrom("Acme", "", null),
      other: fc.constantFrom("x", null),
    },
    { requiredKeys: ["folder"] },
  )
  .map(({ folder: where, ...props }): Note => {
    const frontmatter: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props))
      if (value !== undefined) frontmatter[key] = value;
    return { path: `${where}Note.md`, frontmatter };
  });

describe("on odd notes", () => {
  it("the .base and the Dataview query select a note exactly when the plugin reads it", () => {
    fc.assert(
      fc.property(oddNote, (note) => {
        const plugin = isInterviewNote(note.path, note.frontmatter, settings);
        expect(basesFilterHolds(baseFile.filters, note)).toBe(plugin);
        expect(dataviewSelects(dataview, note)).toBe(plugin);
      }),
      { numRuns: 2000 },
    );
  });

  it("the evaluator tells the old queries apart: a body tag or an index page is not enough", () => {
    // The old Base selected every note of the folder; this one leaves an index page out.
    const index = { path: "Interviews/Index.md", frontmatter: { aliases: ["All"] } };
    expect(basesFilterHolds(baseFile.filters, index)).toBe(false);
    expect(basesFilterHolds('file.path.lower().startsWith("interviews/")', index)).toBe(true);
    // And it refuses a function it does not know, rather than guessing.
    expect(() => basesFilterHolds('file.hasTag("interview")', index)).toThrow();
  });
});
