// Notes in the interview folder whose cache came without properties (src/domain/unreadProperties.ts):
// which are problems, and why. The index reads each such note from disk at start-up; a block that
// starts as a mapping is judged without parsing it, its reason parsed only when first read.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { MAX_FRONTMATTER_CHARS, findFrontmatter, yamlProblem } from "../../src/domain/frontmatter";
import { computeFollowUps, dueCount, followUpStates } from "../../src/domain/followups";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { unreadProperties } from "../../src/domain/unreadProperties";
import { hostileText } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

/** The `yaml` package's parser, its calls counted. */
const spyParser = () => vi.fn((yaml: string): unknown => parse(yaml));
const note = (yaml: string) => `---\n${yaml}\n---\nBody.\n`;
const reasonOf = (reading: ReturnType<typeof unreadProperties>) =>
  reading?.kind === "problem" ? reading.reason : null;

/** What the start-up check said before this module: parse every block, a problem if it throws. */
function parsedEagerly(yaml: string): string | null {
  try {
    parse(yaml);
    return null;
  } catch (error) {
    return yamlProblem(error);
  }
}

describe("a note whose cache came without properties", () => {
  it.each([
    ["no block", "Just a body.\n"],
    ["an empty block", "---\n---\nBody.\n"],
    ["comments only", note("# nothing here\n   # nor here")],
    ["a plain scalar", note("just some words")],
    ["a list", note("- a\n- b")],
    ["a block scalar", note("|\n  text")],
    ["a text whose comment looks like a key", note("words #key: value")],
    ["a text with a colon inside", note("http://example.com")],
  ])("is no problem with %s", (_, text) => {
    expect(unreadProperties("Interviews/a.md", text, parse)).toBeNull();
  });

  it.each([
    ["an unclosed list", "organization: [Acme\ndate: 2026-11-01"],
    ["a repeated key", "date: 2026-11-01\ndate: next tuesday"],
    ["an unclosed quote", 'organization: "Acme\ndate: 2026-11-01'],
    ["a quoted key, then bad indentation", '"organization": Acme\n  date: : :'],
    ["a comment first", "# properties\norganization: Acme\norganization: Globex"],
  ])("with %s is a problem, the parser's reason read only when asked for", (_, yaml) => {
    const parser = spyParser();
    const reading = unreadProperties("Interviews/a.md", note(yaml), parser);
    expect(reading?.kind).toBe("problem");
    expect(parser).not.toHaveBeenCalled();
    expect(reasonOf(reading)).toBe(parsedEagerly(yaml));
    expect(reasonOf(reading)).toBe(parsedEagerly(yaml));
    // Worked out once, then kept.
    expect(parser).toHaveBeenCalledTimes(1);
  });

  it("a broken block that does not start as a mapping is parsed at once", () => {
    const parser = spyParser();
    const reading = unreadProperties("Interviews/a.md", note('"unclosed'), parser);
    expect(parser).toHaveBeenCalledTimes(1);
    expect(reading).toEqual({
      kind: "problem",
      path: "Interviews/a.md",
      reason: parsedEagerly('"unclosed'),
    });
  });

  it("a note the cache has no entry for is parsed: only an entry without properties says they failed", () => {
    const parser = spyParser();
    expect(
      unreadProperties("Interviews/a.md", note("organization: Acme"), parser, false),
    ).toBeNull();
    const broken = unreadProperties("Interviews/a.md", note("a: [\nb: 1"), parser, false);
    expect(parser).toHaveBeenCalledTimes(2);
    expect(broken).toEqual({
      kind: "problem",
      path: "Interviews/a.md",
      reason: parsedEagerly("a: [\nb: 1"),
    });
  });

  it("a block too large is a problem without parsing", () => {
    const parser = spyParser();
    const reasonText = reasonOf(
      unreadProperties("Interviews/a.md", note(`a: ${"x".repeat(MAX_FRONTMATTER_CHARS)}`), parser),
    );
    expect(reasonText).toMatch(/^Its properties are 262,147 characters long/);
    expect(parser).not.toHaveBeenCalled();
  });

  it("a mapping the parser takes though the cache did not is still named a problem", () => {
    const reading = unreadProperties("Interviews/a.md", note("organization: Acme"), parse);
    expect(reasonOf(reading)).toMatch(/^Obsidian read no properties from it/);
  });

  it("counting what is due (the status bar, at start-up) parses no problem's block", () => {
    const parser = spyParser();
    const readings = ["a", "b", "c"].map((name) =>
      unreadProperties(`Interviews/${name}.md`, note(`${name}: [\n${name}: 1`), parser),
    );
    expect(readings.every((reading) => reading?.kind === "problem")).toBe(true);
    expect(
      dueCount(
        readings.filter((r) => r !== null),
        DEFAULT_SETTINGS,
        Date.UTC(2026, 10, 25),
      ),
    ).toBe(0);
    expect(parser).not.toHaveBeenCalled();
    // Nor the away notice's comparison at start-up, which needs the items alone.
    const at = new Date("2026-11-25T12:00:00Z");
    const listed = readings.filter((r) => r !== null);
    expect(followUpStates(listed, DEFAULT_SETTINGS, at.getTime())).toEqual([]);
    expect(parser).not.toHaveBeenCalled();
    // The whole answer names the problems, each with the parser's reason, worked out once.
    expect(computeFollowUps(listed, DEFAULT_SETTINGS, at).problems).toHaveLength(3);
    expect(parser).toHaveBeenCalledTimes(3);
  });

  it("the parser throwing anything at all gives a reason, never an error", () => {
    const reading = unreadProperties("Interviews/a.md", note("a: b"), () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a parser from elsewhere may throw what it likes
      throw "not even an Error";
    });
    expect(reasonOf(reading)).toBe(yamlProblem("not even an Error"));
  });
});

/** The block as the note's text holds it: YAML with a `---` line in it ends early. */
const blockOf = (yaml: string) => findFrontmatter(note(yaml))?.yaml ?? "";

/** YAML-like text: keys, lists, scalars, comments, quotes, indentation and hostile text mixed. */
const yamlLike = fc
  .array(
    fc.oneof(
      fc.constantFrom("a: b", "- x", "  - y", "# c", "", "  k: v", "key:", "? q", "[1, 2", "}"),
      fc.constantFrom('"q": 1', "'s': 2", "x: [1, 2]", "x: {a: 1}", "|", "  text", "a: : :"),
      fc.constantFrom("a #b: c", "a:b: c", "-x: y", '"k" : v', "a\t: b", "x:y", "&a k: v", "..."),
      hostileText(12),
      fc.tuple(hostileText(8), hostileText(8)).map(([k, v]) => `${k}: ${v}`),
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.join("\n"));

describe("judged without parsing, the same as parsing every block", () => {
  it("a problem whenever the parser refuses the block, with the parser's reason", () => {
    fc.assert(
      fc.property(yamlLike, (yaml) => {
        const eager = parsedEagerly(blockOf(yaml));
        const reading = unreadProperties("Interviews/a.md", note(yaml), parse);
        if (eager !== null) expect(reasonOf(reading)).toBe(eager);
      }),
      PROPERTY_RUNS,
    );
  });

  it("a block judged a problem unparsed would, parsed, give properties: so the cache refused it", () => {
    fc.assert(
      fc.property(yamlLike, (yaml) => {
        const block = blockOf(yaml);
        if (parsedEagerly(block) !== null) return;
        const parser = spyParser();
        const reading = unreadProperties("Interviews/a.md", note(yaml), parser);
        // Judged a problem with no parse: the block starts as a mapping, and parses to one.
        if (reading === null || parser.mock.calls.length > 0) return;
        const value: unknown = parse(block);
        expect(typeof value === "object" && value !== null && !Array.isArray(value), block).toBe(
          true,
        );
      }),
      PROPERTY_RUNS,
    );
  });
});
