// The command line's fast reader for plain frontmatter must give exactly what the `yaml` package
// gives, or step aside (null) and let the package parse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parsePlainYaml } from "../../cli/plainYaml";
import { YAML_OPTIONS, parseFrontmatter } from "../../cli/vault";

const WORDS = [
  "interview",
  "Acme Corp",
  "Jane Doe",
  "jane@example.com",
  "2026-11-01",
  "2026-11-01T10:00",
  "10:00",
  "a: b",
  "x:",
  "true",
  "True",
  "FALSE",
  "yes",
  "no",
  "on",
  "off",
  "null",
  "~",
  "Null",
  "0",
  "7",
  "007",
  "12",
  "1.5",
  "1e3",
  ".5",
  "0x1F",
  "0o17",
  "1_000",
  "+1",
  "-1",
  ".inf",
  ".nan",
  "123456789012345678",
  "interview/onsite",
  "#tag",
  "a #b",
  "@x",
  "`x",
  "-",
  "- a",
  "?",
  "!x",
  "&a",
  "*a",
  "|",
  ">",
  "%x",
  "'q'",
  '"q"',
  "é",
  "😀",
  "a  b",
  "a\tb",
  "[a]",
  "{a: 1}",
  "a,b",
  "",
  " ",
  "a ",
  "mailto:x@y.z",
  "C++",
  "a/b",
  "x.y",
  "N/A",
];
const KEYS = [
  "type",
  "tags",
  "date",
  "status",
  "Organization",
  "last heard",
  "__proto__",
  "x-y",
  "1",
  "a.b",
  "k k",
  "-k",
  "<<",
];

const value = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
  fc.constantFrom("[]", "[a,]", "[, a]", "[a", "a]", "[ a , b ]"),
);
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), value).map(([k, v]) => `${k}: ${v}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "  indented: x",
      "# comment",
      "key:value",
      "key :x",
      "- item",
      "k:",
      "k:\r",
      "k: x\r",
    ),
  },
);

describe("the fast reader for plain frontmatter", () => {
  it("agrees with the yaml package wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        const fast = parsePlainYaml(text);
        if (fast === null) return;
        answered++;
        const slow: unknown = parse(text, YAML_OPTIONS);
        expect(fast).toEqual(slow ?? {});
      }),
      { numRuns: 3000 },
    );
    // Plain notes are the common case: the fast reader must actually take part.
    expect(answered).toBeGreaterThan(300);
  });

  it("reads a typical interview note's frontmatter itself", () => {
    const text = [
      "type: interview",
      "organization: Acme Corp",
      "date: 2026-11-01T10:00",
      "email: jane@example.com",
      "thank_you_sent:",
      "tags: [job, interview/onsite]",
      "dismissed: []",
    ].join("\n");
    expect(parsePlainYaml(text)).toEqual(parse(text, YAML_OPTIONS));
    expect(parsePlainYaml(text)).not.toBeNull();
  });

  it("steps aside for what only a YAML parser can settle", () => {
    for (const text of [
      "a: 'x'",
      "a: 1.5",
      "a:\n  b: 1",
      "a: x\na: y",
      "a: x # c",
      "__proto__: x",
      "a: [x, [y]]",
      "a: 0x10",
    ]) {
      expect(parsePlainYaml(text)).toBeNull();
    }
  });

  it("refuses nesting the yaml package would recurse too deep on, and only that", () => {
    expect(() => parseFrontmatter(`a: ${"[".repeat(300)}${"]".repeat(300)}`)).toThrow(
      "nested more than 256 levels deep",
    );
    // Brackets inside quotes are text; an apostrophe does not hide the rest of the line.
    expect(parseFrontmatter(`a: "${"[".repeat(300)}"`)).toEqual({ a: "[".repeat(300) });
    expect(() => parseFrontmatter(`a: don't ${"[".repeat(300)}`)).toThrow("nested");
    expect(parseFrontmatter(`a: ${"[".repeat(200)}${"]".repeat(200)}`)).toBeTruthy();
  });
});
