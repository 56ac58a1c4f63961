// What a new note holds when its values come from a hostile link or paste: exactly the form's
// fields as properties, the skeleton's lines and nothing more, for any text (issue #16, item 4).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  type NewInterview,
  defaultBody,
  fillPattern,
  markdownInline,
  newNoteProperties,
  newNoteText,
  oneLineInterview,
  prefillFromLink,
} from "../../src/domain/newNote";
import { defaultSettings } from "../../src/domain/settings";
import { oneLine } from "../../src/domain/text";
import { LINE_BREAKS_AND_CONTROLS, hostileText, isWellFormed } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = defaultSettings();
const KEYS = [
  "type",
  "organization",
  "position",
  "date",
  "contact",
  "email",
  "status",
  "interested",
  "last_heard",
  "thank_you_sent",
  "research_done",
  "followed_up",
  "rejection_replied",
  "rejected_on",
  "offer_deadline",
  "snoozed_until",
  "dismissed",
  "previous_round",
];

const formArb: fc.Arbitrary<NewInterview> = fc.record({
  organization: hostileText(),
  position: hostileText(),
  date: fc.oneof(fc.constant("2026-11-20"), hostileText()),
  time: fc.oneof(fc.constant("14:00"), fc.constant(""), hostileText(8)),
  contact: hostileText(),
  email: hostileText(),
  previousRound: hostileText(),
});

/** A line that Markdown would read as a block of its own: heading, quote, list, rule, fence, HTML. */
const BLOCK_START = /^\s{0,3}(#|>|[-+*](\s|$)|\d+[.)](\s|$)|[-*_=]{3,}|`{3}|~{3}|<|\|)/;
/** A `<` that Markdown could take for the start of HTML: one not escaped with a backslash. */
const RAW_ANGLE = /(^|[^\\])</;

/** The note's properties and body, split where the first `---` line after the top closes them. */
function split(text: string): { yaml: string; body: string } {
  expect(text.startsWith("---\n")).toBe(true);
  const end = text.indexOf("\n---\n", 3);
  return { yaml: text.slice(4, end), body: text.slice(end + 5) };
}

describe("a new note from any values", () => {
  it("has exactly the form's fields as properties, each as one line", () => {
    fc.assert(
      fc.property(formArb, (input) => {
        const text = newNoteText(newNoteProperties(input, settings, 0), defaultBody(input));
        const { yaml } = split(text);
        const parsed = parse(yaml) as Record<string, unknown>;
        expect(Object.keys(parsed)).toEqual(KEYS);
        const shown = oneLineInterview(input);
        const value = (text: string) => (text.trim() === "" ? null : text.trim());
        expect(parsed.organization).toBe(value(shown.organization));
        expect(parsed.position).toBe(value(shown.position));
        expect(parsed.contact).toBe(value(shown.contact));
        expect(parsed.email).toBe(value(shown.email));
        expect(parsed.previous_round).toBe(
          shown.previousRound.trim() === "" ? null : `[[${shown.previousRound.trim()}]]`,
        );
        const when =
          shown.time.trim() === ""
            ? shown.date.trim()
            : `${shown.date.trim()}T${shown.time.trim()}`;
        expect(parsed.date).toBe(when);
        expect(parsed).toMatchObject({ type: "interview", interested: true, dismissed: [] });
        for (const field of Object.values<string>({ ...shown })) {
          expect([...field].filter((c) => LINE_BREAKS_AND_CONTROLS.includes(c))).toEqual([]);
          expect(isWellFormed(field)).toBe(true);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it("has the skeleton's body: one title line, the four sections, no heading, rule or HTML more", () => {
    fc.assert(
      fc.property(formArb, (input) => {
        const { body } = split(
          newNoteText(newNoteProperties(input, settings, 0), defaultBody(input)),
        );
        const [title = "", ...rest] = body.split("\n");
        expect(rest).toEqual([
          "",
          "## Notes",
          "",
          "## Questions they asked",
          "",
          "## Questions to ask",
          "",
          "## Follow-up",
          "",
        ]);
        expect(title.startsWith("# ")).toBe(true);
        const words = title.slice(2);
        expect(words).not.toMatch(RAW_ANGLE);
        // A closing run of `#` after a space would be dropped from the heading.
        expect(words).not.toMatch(/ #+$/);
        expect(words).not.toMatch(/^#/);
      }),
      PROPERTY_RUNS,
    );
  });

  it("fills a template so that no value starts a block of its own, wherever it stands", () => {
    const template = [
      "{{organization}}",
      "> {{position}}",
      "- {{contact}}",
      "{{email}} and {{position}}",
      "1. {{organization}}",
      "Text {{contact}}",
      "",
    ].join("\n");
    const prefixes = ["", "> ", "- ", "", "1. ", "Text "];
    fc.assert(
      fc.property(formArb, (input) => {
        const body = fillPattern(template, input, () => "", markdownInline);
        const lines = body.split("\n");
        expect(lines).toHaveLength(prefixes.length + 1);
        prefixes.forEach((prefix, i) => {
          const line = lines[i] ?? "";
          expect(line.startsWith(prefix)).toBe(true);
          expect(line.slice(prefix.length)).not.toMatch(BLOCK_START);
          expect(line).not.toMatch(RAW_ANGLE);
        });
      }),
      PROPERTY_RUNS,
    );
  });

  it.each([
    ["# heading", "\\# heading"],
    ["---", "\\---"],
    ["<script>alert(1)</script>", "\\<script>alert(1)\\</script>"],
    ["> quote", "\\> quote"],
    ["1. item", "1\\. item"],
    ["C #", "C \\#"],
    ["Acme Corp", "Acme Corp"],
    ["C# developer", "C# developer"],
  ])("writes %j in a body as %j, which Markdown shows as the text itself", (value, written) => {
    expect(markdownInline(value)).toBe(written);
  });

  it("writes a date that is not one as quoted text, never as YAML", () => {
    const input = oneLineInterview({
      organization: "Acme",
      position: "",
      date: "2026-11-20 status: rejected",
      time: "",
      contact: "",
      email: "",
      previousRound: "",
    });
    const parsed = parse(newNoteProperties(input, settings, 0)) as Record<string, unknown>;
    expect(parsed.date).toBe("2026-11-20 status: rejected");
    expect(Object.keys(parsed)).toEqual(KEYS);
  });
});

describe("an obsidian:// link's values", () => {
  it("never split a pair of surrogates when the time is cut to HH:mm", () => {
    expect(prefillFromLink({ date: "2026-11-30 𐀀𐀀𐀀" }, 0)).toMatchObject({
      date: "2026-11-30",
      time: "𐀀𐀀𐀀",
    });
    expect(prefillFromLink({ date: "2026-11-30T10:30:00" }, 0).time).toBe("10:30");
  });

  it("reach the form as one line each, well-formed, whatever the link holds", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("organization", "position", "contact", "email", "date", "other"),
          hostileText(),
        ),
        (params) => {
          const form = prefillFromLink(params, 0);
          for (const [key, field] of Object.entries<string>({ ...form })) {
            expect([...field].filter((c) => LINE_BREAKS_AND_CONTROLS.includes(c))).toEqual([]);
            expect(isWellFormed(field)).toBe(true);
            if (key === "organization")
              expect(field).toBe(oneLine(params.organization ?? "").trim());
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
