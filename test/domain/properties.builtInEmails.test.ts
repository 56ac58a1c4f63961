// Property-based tests (fast-check) of the built-in emails filled from notes people really keep:
// whatever the values (braces, `$&`, other placeholders, emoji, line breaks, numbers, lists),
// rendering never throws, each value goes in as text exactly where its placeholder was, and a
// placeholder without a value stays visible and is named.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as builtIn from "../../src/domain/builtInEmails";
import type { BuiltInEmail } from "../../src/domain/builtInEmails";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { oneLine } from "../../src/domain/text";
import { type EmailTemplate, type RenderContext, renderTemplate } from "../../src/domain/templates";
import { anyFrontmatterArb } from "../support/arbitraries";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = defaultSettings();

/** Every email the module exports, so that one added later is checked too. */
const ALL_EMAILS: readonly BuiltInEmail[] = Object.values(builtIn).filter(
  (value): value is BuiltInEmail => typeof value === "object" && value !== null,
);

const PLACEHOLDER = /\{\{([^{}\s]+)\}\}/g;

const asTemplate = (email: BuiltInEmail): EmailTemplate => ({
  id: `built-in:${email.key}`,
  name: email.name,
  action: null,
  subject: email.subject,
  body: email.body,
});

/** Pieces that would mean something to a renderer, a string replace or a mail app. */
const UNITS = [
  "{{organization}}",
  "{{ position }}",
  "{{my_name}}",
  "{{",
  "}}",
  "{",
  "}",
  "$&",
  "$'",
  "$`",
  "$1",
  "$$",
  "%20",
  "&amp;",
  "<b>x</b>",
  "@",
  "é",
  "Zoë",
  "😀",
  "👩‍👩‍👧‍👦",
  " ",
  "\t",
  "\n",
  "\u00a0",
  "a",
  "B",
];
const textArb = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 8 });
/** A contact written as a plain name: an address in it (`<…>`, `@`) is read apart, by design. */
const nameArb = fc.string({
  unit: fc.constantFrom(...UNITS.filter((u) => !/[<>@]/.test(u))),
  maxLength: 8,
});
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  textArb,
  fc.integer(),
  fc.boolean(),
  fc.array(textArb, { maxLength: 3 }),
);

/** What a property holding `value` reads as: text trimmed, a list's non-empty items joined. */
function asText(value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => String(item).trim())
      .filter((item) => item !== "")
      .join(", ");
  }
  return String(value).trim();
}

/** Interview dates in each accepted written form, with the moment each means (local time). */
const DATES: readonly (readonly [string, () => number])[] = [
  ["2026-11-20T14:00", () => new Date(2026, 10, 20, 14, 0).getTime()],
  ["2026-11-20 09:30", () => new Date(2026, 10, 20, 9, 30).getTime()],
  ["2026-11-20", () => new Date(2026, 10, 20, 23, 59, 59, 999).getTime()],
];

const NOW = Date.UTC(2026, 10, 25, 12);
const formatDate = (ms: number) => `‹${ms}›`;

/** Offer deadlines as written, with what each fills in (nothing for none). */
const OFFER_DEADLINES = new Map<string | null, () => string>([
  ["2026-12-04", () => formatDate(new Date(2026, 11, 4, 23, 59, 59, 999).getTime())],
  ["2026-12-04T17:00", () => formatDate(new Date(2026, 11, 4, 17, 0).getTime())],
  [" 2026-12-04 ", () => formatDate(new Date(2026, 11, 4, 23, 59, 59, 999).getTime())],
  ["", () => ""],
  [null, () => ""],
]);

describe("the built-in emails, filled from any note", () => {
  it("put every value in as text where its placeholder was, and name the empty ones", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_EMAILS),
        fc.constantFrom(...DATES),
        fc.record({
          organization: valueArb,
          position: valueArb,
          contact: nameArb,
          email: textArb,
          // A date, or none: anything else makes the note a problem, not an interview.
          offer_deadline: fc.constantFrom(...OFFER_DEADLINES.keys()),
        }),
        textArb,
        (email, [date, dateMs], values, myName) => {
          const frontmatter = { type: "interview", date, ...values };
          const reading = readNote("Interviews/Note.md", frontmatter, settings);
          expect(reading?.kind).toBe("interview");
          const ctx: RenderContext = {
            frontmatter,
            interview: reading?.kind === "interview" ? reading.interview : null,
            myName,
            now: NOW,
            formatDate,
          };
          const contact = values.contact.trim();
          const expectedValue: Record<string, string> = {
            organization: asText(values.organization),
            position: asText(values.position),
            date: formatDate(dateMs()),
            contact,
            contact_first_name: contact.split(/\s+/)[0] ?? "",
            email: values.email.trim(),
            my_name: myName.trim(),
            today: formatDate(NOW),
            offer_deadline: OFFER_DEADLINES.get(values.offer_deadline)?.() ?? "",
          };
          const missing = new Set<string>();
          const fill = (text: string) =>
            text.replace(PLACEHOLDER, (whole, name: string) => {
              const value = expectedValue[name];
              expect(value, `${email.key} uses {{${name}}}`).toBeDefined();
              if (value === "") missing.add(name);
              return value === "" ? whole : (value ?? whole);
            });
          // The subject is one line: its breaks and controls are spaces, one for one.
          const wanted = { subject: oneLine(fill(email.subject)), body: fill(email.body) };
          expect(renderTemplate(asTemplate(email), ctx)).toEqual({
            ...wanted,
            missing: [...missing],
          });
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("never throw on any frontmatter, and keep every word of their own in order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_EMAILS),
        anyFrontmatterArb,
        textArb,
        (email, frontmatter, myName) => {
          const reading = readNote("Interviews/Note.md", frontmatter, settings);
          const ctx: RenderContext = {
            frontmatter,
            interview: reading?.kind === "interview" ? reading.interview : null,
            myName,
            now: NOW,
            formatDate,
          };
          const rendered = renderTemplate(asTemplate(email), ctx);
          for (const [written, output] of [
            [email.subject, rendered.subject],
            [email.body, rendered.body],
          ] as const) {
            let from = 0;
            for (const piece of written.split(PLACEHOLDER).filter((_, i) => i % 2 === 0)) {
              const at = output.indexOf(piece, from);
              expect(at, `"${piece}" in ${email.key}`).toBeGreaterThanOrEqual(from);
              from = at + piece.length;
            }
          }
          for (const name of rendered.missing) {
            expect(`${rendered.subject}\n${rendered.body}`).toContain(`{{${name}}}`);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
