// Property-based tests (fast-check, at least 1,000 runs each) of rendering email templates: every
// character outside a placeholder comes out as it went in, whatever the text (braces, `$&`, line
// breaks, emoji) and whatever the values; a value is inserted as text, never rendered again; a
// placeholder without a value stays as written and is named once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { oneLine } from "../../src/domain/text";
import { type EmailTemplate, type RenderContext, renderTemplate } from "../../src/domain/templates";
import { anyFrontmatterArb, interviewArb, recordOf } from "../support/arbitraries";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const RUNS = PROPERTY_RUNS;
const settings = defaultSettings();

/** The spec's placeholder: `{{`, a name without braces or spaces, `}}`, spaces allowed inside. */
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** Pieces of text that make placeholders hard to find: braces, replacement patterns, breaks. */
const UNITS = [
  "{",
  "}",
  "{{",
  "}}",
  "{{ }}",
  "{{}}",
  "}{",
  " ",
  "\t",
  "\n",
  "\r\n",
  "a",
  "Z",
  "é",
  "😀",
  "$",
  "$&",
  "$1",
  "$$",
  "\\",
  "%",
  "|",
  "[",
  "]",
];
const literalArb = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 });

/** Names that are not built in: only the note's own properties can fill them. */
const CUSTOM = ["salary", "team", "Recruiter", "x.y", "ünï", "a-b", "$&", "$1", "über_name", "1"];
const UNKNOWN = ["nothing", "Ghost"];
const BUILT_IN = [
  "organization",
  "position",
  "date",
  "contact",
  "contact_first_name",
  "email",
  "my_name",
  "today",
];

function recase(name: string, how: number): string {
  return how === 1
    ? name.toUpperCase()
    : how === 2
      ? name.charAt(0).toUpperCase() + name.slice(1)
      : name;
}

const tokenArb = (names: fc.Arbitrary<string>) =>
  fc
    .tuple(names, fc.constantFrom("", " ", "  ", "\t"), fc.constantFrom("", " ", "\n"))
    .map(([name, before, after]) => ({ name, token: `{{${before}${name}${after}}}` }));

interface Part {
  literal: string;
  name: string;
  token: string;
}

/** A template as alternating literal text and placeholders, with its text. */
function templateArb(names: fc.Arbitrary<string>) {
  return fc
    .tuple(fc.array(fc.tuple(literalArb, tokenArb(names)), { maxLength: 6 }), literalArb)
    .map(([pairs, tail]) => {
      const parts: Part[] = pairs.map(([literal, t]) => ({ literal, ...t }));
      const text = parts.map((p) => p.literal + p.token).join("") + tail;
      return { parts, tail, text };
    });
}

/**
 * Whether the placeholders found in `text` are exactly the generated ones, where they were put:
 * random literals next to a placeholder can form another one (`{{` + `a` + `}}`), and such
 * templates say nothing about keeping literal text.
 */
function onlyTheseTokens(t: { parts: Part[]; text: string }): boolean {
  const found = [...t.text.matchAll(PLACEHOLDER)].map((m) => `${m.index}:${m[0]}`);
  let at = 0;
  const expected = t.parts.map((p) => {
    at += p.literal.length;
    const spot = `${at}:${p.token}`;
    at += p.token.length;
    return spot;
  });
  return JSON.stringify(found) === JSON.stringify(expected);
}

/** Values people keep in properties, with braces and replacement patterns in them. */
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      "{{organization}}",
      "{{ salary }}",
      "{",
      "}",
      "$&",
      "$'",
      " ",
      "x",
      "Ü",
      "\n",
    ),
    maxLength: 6,
  }),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string({ unit: fc.constantFrom("a", " ", "{{x}}", "$&"), maxLength: 4 }), {
    maxLength: 3,
  }),
  fc.constant(null),
);

/** What a property holding `value` (one of valueArb's) fills in: text trimmed, a list joined with commas. */
function filled(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    return (value as string[])
      .map((item) => item.trim())
      .filter((item) => item !== "")
      .join(", ");
  }
  return typeof value === "string" ? value.trim() : JSON.stringify(value);
}

/** A property by name, as Obsidian finds it: exact key first, else any case. */
function lookup(record: Record<string, unknown>, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(record, name)) return record[name];
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

const template = (subject: string, body: string): EmailTemplate => ({
  id: "t",
  name: "t",
  action: null,
  subject,
  body,
});

/** The note's values go in formatted by a function that itself writes braces and `$&`. */
const formatDate = (ms: number) => `{{today}} $& ${ms}`;

describe("rendering a template", () => {
  it("keeps all text outside the placeholders and puts each property's value in as text", () => {
    const names = fc
      .tuple(fc.constantFrom(...CUSTOM, ...UNKNOWN), fc.constantFrom(0, 0, 1, 2))
      .map(([n, how]) => recase(n, how));
    const frontmatterArb = fc
      .array(fc.tuple(fc.constantFrom(...CUSTOM), valueArb), { maxLength: CUSTOM.length })
      .map((entries) => recordOf(entries));
    fc.assert(
      fc.property(
        templateArb(names),
        templateArb(names),
        frontmatterArb,
        (subject, body, frontmatter) => {
          fc.pre(onlyTheseTokens(subject) && onlyTheseTokens(body));
          const ctx: RenderContext = {
            frontmatter,
            interview: null,
            myName: "",
            now: 0,
            formatDate,
          };
          const missing: string[] = [];
          const expected = (t: { parts: Part[]; tail: string }) =>
            t.parts
              .map((p) => {
                const value = filled(lookup(frontmatter, p.name));
                if (value === "" && !missing.includes(p.name)) missing.push(p.name);
                return p.literal + (value === "" ? p.token : value);
              })
              .join("") + t.tail;
          // The subject is one line: its breaks and controls are spaces, one for one.
          const wanted = { subject: oneLine(expected(subject)), body: expected(body), missing };
          expect(renderTemplate(template(subject.text, body.text), ctx)).toEqual(wanted);
        },
      ),
      RUNS,
    );
  });

  it("fills each placeholder on its own: the text around it and its neighbours never change what it becomes", () => {
    const names = fc
      .tuple(fc.constantFrom(...BUILT_IN, ...CUSTOM, ...UNKNOWN), fc.constantFrom(0, 0, 1, 2))
      .map(([n, how]) => recase(n, how));
    fc.assert(
      fc.property(
        templateArb(names),
        interviewArb({ problems: 1 }),
        fc.array(fc.tuple(fc.constantFrom(...CUSTOM), valueArb), { maxLength: 4 }),
        fc.constantFrom("", "Sam Lee", " {{my_name}} $& "),
        (body, note, extra, myName) => {
          fc.pre(onlyTheseTokens(body));
          const frontmatter = recordOf([...Object.entries(note), ...extra]);
          const reading = readNote("Interviews/Note.md", frontmatter, settings);
          const ctx: RenderContext = {
            frontmatter,
            interview: reading?.kind === "interview" ? reading.interview : null,
            myName,
            now: Date.UTC(2026, 10, 25, 12),
            formatDate,
          };
          const alone = (token: string) => renderTemplate(template("", token), ctx);
          const missing: string[] = [];
          const expected =
            body.parts
              .map((p) => {
                const one = alone(p.token);
                for (const name of one.missing) if (!missing.includes(name)) missing.push(name);
                return p.literal + one.body;
              })
              .join("") + body.tail;
          expect(renderTemplate(template("", body.text), ctx)).toEqual({
            subject: "",
            body: expected,
            missing,
          });
        },
      ),
      RUNS,
    );
  });

  it("never throws, and returns text without a placeholder exactly as it was", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), literalArb),
        fc.oneof(fc.string({ unit: "grapheme" }), literalArb),
        anyFrontmatterArb,
        (subject, body, frontmatter) => {
          const reading = readNote("Interviews/Note.md", frontmatter, settings);
          const ctx: RenderContext = {
            frontmatter,
            interview: reading?.kind === "interview" ? reading.interview : null,
            myName: "",
            now: 0,
            formatDate,
          };
          const rendered = renderTemplate(template(subject, body), ctx);
          // The subject comes out as one line: its breaks and controls are spaces, one for one.
          for (const [input, output, unchanged] of [
            [subject, rendered.subject, oneLine(subject)],
            [body, rendered.body, body],
          ] as const) {
            if ([...input.matchAll(PLACEHOLDER)].length === 0) expect(output).toBe(unchanged);
          }
        },
      ),
      RUNS,
    );
  });
});
