// An email's subject is one line, whatever the note's values hold. A position or organization
// written over several lines (a YAML block scalar, a quoted "\n", a pasted line separator) used to
// go into the subject as it was: in the note, the words after the break left the "**Subject:**"
// line for the body, and a "---" among them made the subject a heading; in the mail link the
// subject carried %0A, a line break in a header field, where a careless mail app reads a header of
// its own ("Bcc: …"); on the clipboard the "Subject:" line broke the same way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendEmail } from "../../src/domain/emailInNote";
import { readNote } from "../../src/domain/interview";
import { mailtoLink } from "../../src/domain/mailto";
import { defaultSettings } from "../../src/domain/settings";
import {
  BUILT_IN_TEMPLATES,
  type EmailTemplate,
  emailText,
  renderTemplate,
} from "../../src/domain/templates";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = defaultSettings();
const BREAKS = /[\r\n\t\u0085\u2028\u2029]/;

/** Text with every kind of line break, and lines a note would read as structure. */
const valueArb = fc
  .array(
    fc.constantFrom(
      "Eng",
      " ",
      "\n",
      "\r\n",
      "\r",
      "\u2028",
      "\u2029",
      "\u0085",
      "\t",
      "---",
      "# Heading",
      "Bcc: evil@x.example",
      "é",
      "😀",
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(""));

const own: EmailTemplate = {
  id: "Interviews/Templates/Mine.md",
  name: "Mine",
  action: null,
  subject: "About {{team}} at {{organization}}",
  body: "Hello",
};

describe("the subject of an email", () => {
  it("is one line whatever the values, in the note, the mail link and the clipboard", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(own, ...BUILT_IN_TEMPLATES),
        valueArb,
        valueArb,
        valueArb,
        (template, organization, position, team) => {
          const frontmatter = {
            type: "interview",
            date: "2026-11-20T14:00",
            organization,
            position,
            team,
            contact: "Jane Doe",
            email: "jane@acme.example",
            offer_deadline: "2026-12-04",
          };
          const reading = readNote("Interviews/a.md", frontmatter, settings);
          if (reading?.kind !== "interview") throw new Error("not read");
          const email = renderTemplate(template, {
            frontmatter,
            interview: reading.interview,
            myName: "Sam",
            now: Date.UTC(2026, 10, 25),
            formatDate: (ms) => new Date(ms).toISOString(),
          });
          expect(email.subject).not.toMatch(BREAKS);
          const note = appendEmail("Body\n", email, template.name);
          expect(note).toContain(`**Subject:** ${email.subject}\n\n`);
          const href = mailtoLink("jane@acme.example", email.subject, email.body).href;
          const subject = /subject=([^&]*)/.exec(href)?.[1] ?? "";
          expect(subject).not.toMatch(/%0[AD]|%E2%80%A[89]|%C2%85/i);
          expect(emailText(email).split("\n\n")[0]).toBe(`Subject: ${email.subject}`);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
