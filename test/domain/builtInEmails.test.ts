// Every built-in email, including those not yet offered by a follow-up kind: only placeholders the
// engine fills, nothing left over from a full note, short one-line subjects, a mail link that fits,
// and a heads-up about an offer that cannot name the employer who made it.
import { describe, expect, it } from "vitest";
import * as builtIn from "../../src/domain/builtInEmails";
import {
  type BuiltInEmail,
  FOLLOW_UP_EMAIL,
  OFFER_ACCEPT_EMAIL,
  OFFER_DECLINE_EMAIL,
  OFFER_HEADS_UP_EMAIL,
  OFFER_MORE_TIME_EMAIL,
  RECONNECT_EMAIL,
  REJECTION_REPLY_EMAIL,
  THANK_YOU_EMAIL,
} from "../../src/domain/builtInEmails";
import { readNote } from "../../src/domain/interview";
import { MAILTO_LIMIT, mailtoLink } from "../../src/domain/mailto";
import { defaultSettings } from "../../src/domain/settings";
import { type EmailTemplate, type RenderContext, renderTemplate } from "../../src/domain/templates";

/** Every email the module exports, so that one added later is checked too. */
const ALL_EMAILS: readonly BuiltInEmail[] = Object.values(builtIn).filter(
  (value): value is BuiltInEmail => typeof value === "object" && value !== null,
);

/** The placeholders the spec documents, filled from the interview whatever its property names. */
const DOCUMENTED = [
  "organization",
  "position",
  "date",
  "contact",
  "contact_first_name",
  "email",
  "my_name",
  "today",
];

const settings = defaultSettings();

/** Any other placeholder is a property by name: one of the note's properties the plugin knows. */
const NOTE_PROPERTIES: readonly string[] = Object.values(settings.properties);

/** Written exactly as the engine finds a placeholder (no spaces, no braces inside). */
const PLACEHOLDER = /\{\{([^{}\s]+)\}\}/g;

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");

const FULL_NOTE = {
  type: "interview",
  organization: "Acme Corporation International",
  position: "Senior Software Engineer, Platform",
  date: "2026-11-20T14:00",
  contact: "Jane Doe",
  email: "jane.doe@acme.example",
  status: "offer",
  offer_deadline: "2026-12-04",
};

function ctx(frontmatter: Record<string, unknown>, myName = "Sam Lee"): RenderContext {
  const reading = readNote("Interviews/Acme.md", frontmatter, settings);
  return {
    frontmatter,
    interview: reading?.kind === "interview" ? reading.interview : null,
    myName,
    now: new Date(2026, 10, 25, 12).getTime(),
    formatDate: (ms) => new Date(ms).toDateString(),
  };
}

const asTemplate = (email: BuiltInEmail): EmailTemplate => ({
  id: `built-in:${email.key}`,
  name: email.name,
  action: null,
  subject: email.subject,
  body: email.body,
});

const render = (email: BuiltInEmail, frontmatter: Record<string, unknown> = FULL_NOTE) =>
  renderTemplate(asTemplate(email), ctx(frontmatter));

describe("the built-in emails", () => {
  it("are the three of the first round and the five of round 2, each checked below", () => {
    expect(new Set(ALL_EMAILS)).toEqual(
      new Set([
        THANK_YOU_EMAIL,
        FOLLOW_UP_EMAIL,
        REJECTION_REPLY_EMAIL,
        RECONNECT_EMAIL,
        OFFER_MORE_TIME_EMAIL,
        OFFER_ACCEPT_EMAIL,
        OFFER_DECLINE_EMAIL,
        OFFER_HEADS_UP_EMAIL,
      ]),
    );
  });

  it("each have a key and a name of their own, the name in sentence case", () => {
    const keys = ALL_EMAILS.map((e) => e.key);
    const names = ALL_EMAILS.map((e) => e.name);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z -]+[a-z]$/);
  });

  it.each(ALL_EMAILS.map((e) => [e.key, e] as const))(
    "%s uses only placeholders the engine fills, written plainly",
    (_, email) => {
      for (const text of [email.subject, email.body]) {
        for (const name of placeholders(text)) {
          expect([...DOCUMENTED, ...NOTE_PROPERTIES]).toContain(name);
        }
        // No brace outside a placeholder: a typo such as "{{position}" would stay in the email.
        expect(text.replace(PLACEHOLDER, "")).not.toMatch(/[{}]/);
      }
    },
  );

  it.each(ALL_EMAILS.map((e) => [e.key, e] as const))(
    "%s leaves no placeholder when the note has every property",
    (_, email) => {
      const result = render(email);
      expect(result.missing).toEqual([]);
      expect(`${result.subject}\n${result.body}`).not.toMatch(/[{}]/);
      expect(result.body.startsWith("Dear Jane,\n\n")).toBe(true);
      expect(result.body.endsWith("\nSam Lee")).toBe(true);
    },
  );

  it("need only the interview's own properties, except the one that names the offer's deadline", () => {
    const { offer_deadline: _, ...withoutDeadline } = FULL_NOTE;
    for (const email of ALL_EMAILS) {
      const result = render(email, withoutDeadline);
      if (email === OFFER_MORE_TIME_EMAIL) {
        // Told which is missing, and the placeholder stays visible for the user to fill.
        expect(result.missing).toEqual(["offer_deadline"]);
        expect(result.body).toContain("by {{offer_deadline}}.");
      } else {
        expect(result.missing).toEqual([]);
      }
    }
  });

  it("give the offer's deadline as the date it is, when the note has one", () => {
    expect(render(OFFER_MORE_TIME_EMAIL).body).toContain(
      `by ${new Date(2026, 11, 4, 23, 59, 59, 999).toDateString()}.`,
    );
  });

  it.each(ALL_EMAILS.map((e) => [e.key, e] as const))(
    "%s has a subject of one line, under 80 characters, as written and as filled",
    (_, email) => {
      for (const subject of [email.subject, render(email).subject]) {
        expect(subject).not.toMatch(/[\n\r\t\u2028\u2029]/);
        expect(subject).toBe(subject.trim());
        expect(subject.length).toBeGreaterThan(0);
        expect(subject.length).toBeLessThan(80);
      }
    },
  );

  it.each(ALL_EMAILS.map((e) => [e.key, e] as const))(
    "%s fits whole in a mail link, with room for long names",
    (_, email) => {
      const filled = render(email);
      const link = mailtoLink(FULL_NOTE.email, filled.subject, filled.body);
      expect(link.bodyLeftOut).toBe(false);
      expect(link.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
      // Every placeholder 60 characters long, with accents and spaces (which the link encodes
      // as several characters each), and a long address: the body still goes in the link.
      const long = "Zoë Ångström-Núñez ".repeat(4).slice(0, 60);
      const stretched = (text: string) => text.replace(PLACEHOLDER, long);
      const roomy = mailtoLink(
        `${"a".repeat(60)}@example.com`,
        stretched(email.subject),
        stretched(email.body),
      );
      expect(roomy.bodyLeftOut).toBe(false);
      expect(roomy.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    },
  );
});

describe("the heads-up about another offer", () => {
  it("uses only the documented placeholders, which describe the note it is sent from", () => {
    for (const name of placeholders(OFFER_HEADS_UP_EMAIL.subject + OFFER_HEADS_UP_EMAIL.body)) {
      expect(DOCUMENTED).toContain(name);
    }
  });

  it("has no placeholder that could name a company other than the recipient", () => {
    const text = OFFER_HEADS_UP_EMAIL.subject + OFFER_HEADS_UP_EMAIL.body;
    for (const name of placeholders(text)) {
      if (name === "organization") continue;
      expect(name).not.toMatch(/offer|compan|employer|organi[sz]|firm|org|business|client/i);
    }
  });

  it("never shows another employer's name, whatever else the note holds", () => {
    const note = {
      ...FULL_NOTE,
      status: "interviewed",
      company: "Globex",
      employer: "Globex",
      offer_organization: "Globex",
      offer_from: "Globex",
      other_offer: "Globex",
      previous_round: "[[Globex offer]]",
    };
    const result = render(OFFER_HEADS_UP_EMAIL, note);
    expect(result.missing).toEqual([]);
    expect(`${result.subject}\n${result.body}`).not.toMatch(/globex/i);
    // The recipient is named: the note's own organization and role.
    expect(result.body).toContain("Senior Software Engineer, Platform role at Acme Corporation");
  });

  it("tells of the offer and its deadline, and asks about their timeline", () => {
    expect(OFFER_HEADS_UP_EMAIL.body).toMatch(/received an offer/);
    expect(OFFER_HEADS_UP_EMAIL.body).toMatch(/deadline/);
    expect(OFFER_HEADS_UP_EMAIL.body).toMatch(/your timeline/);
  });
});
