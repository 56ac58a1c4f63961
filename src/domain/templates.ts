/**
 * Email templates: the built-in ones, the user's own, which to offer first, and rendering them
 * with a note's values. Rendering only replaces `{{name}}` placeholders with text: nothing in a
 * template or a note is ever run.
 */

import { bodyStartOf } from "./frontmatter";
import { FOLLOW_UP_KINDS } from "./followUpKinds";
import type { Interview } from "./interview";
import { oneLine } from "./text";
import { parseWhenText, quote } from "./time";
import { ACTION_IDS, type ActionId, isActionId } from "./types";
import { type Frontmatter, property, readText } from "./values";

export interface EmailTemplate {
  /** Unique: `built-in:<action>` or the template note's path. */
  id: string;
  name: string;
  /** The follow-up it serves, or null for a template for any time. */
  action: ActionId | null;
  subject: string;
  body: string;
}

/** The built-in emails, each serving the follow-up kind that lists it. */
export const BUILT_IN_TEMPLATES: readonly EmailTemplate[] = ACTION_IDS.flatMap((action) =>
  FOLLOW_UP_KINDS[action].emails.map((email) => ({
    id: `built-in:${email.key}`,
    name: email.name,
    action,
    subject: email.subject,
    body: email.body,
  })),
);

export type TemplateReading =
  { ok: true; template: EmailTemplate } | { ok: false; path: string; reason: string };

/**
 * Reads a template note: its frontmatter may say which follow-up it serves (`action`) and its
 * subject (`subject`); its body is the email. The name is the file's name.
 */
export function readUserTemplate(
  path: string,
  text: string,
  frontmatter: Frontmatter | null,
): TemplateReading {
  const body = text
    .slice(bodyStartOf(text))
    .replace(/^\s*\n/, "")
    .trimEnd();
  const actionText = readText(property(frontmatter, "action"));
  if (!actionText.ok) return { ok: false, path, reason: `"action" ${actionText.reason}` };
  const action = actionText.text.toLowerCase();
  if (action !== "" && !isActionId(action)) {
    return {
      ok: false,
      path,
      reason: `"action" is ${quote(action)}, which is not a follow-up (use one of: ${ACTION_IDS.join(", ")})`,
    };
  }
  const subject = readText(property(frontmatter, "subject"));
  if (!subject.ok) return { ok: false, path, reason: `"subject" ${subject.reason}` };
  const name = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
  return {
    ok: true,
    template: {
      id: path,
      name,
      action: action === "" ? null : action,
      subject: subject.text,
      body,
    },
  };
}

/** Name (any case), then path (ids are unique): the same order however the folder was listed. */
function byNameThenPath(a: EmailTemplate, b: EmailTemplate): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

/**
 * The templates on offer: the user's own, plus each built-in one whose follow-up the user has no
 * template for (a user template for an action replaces the built-in one).
 */
export function allTemplates(user: readonly EmailTemplate[]): EmailTemplate[] {
  const covered = new Set(user.map((t) => t.action).filter((a): a is ActionId => a !== null));
  const byName = [...user].sort(byNameThenPath);
  return [
    ...BUILT_IN_TEMPLATES.filter((t) => t.action === null || !covered.has(t.action)),
    ...byName,
  ];
}

/** Templates for the follow-up that is due come first, then the rest, each in their order. */
export function templatesFirstFor(
  templates: readonly EmailTemplate[],
  action: ActionId | null,
): EmailTemplate[] {
  if (action === null) return [...templates];
  return [
    ...templates.filter((t) => t.action === action),
    ...templates.filter((t) => t.action !== action),
  ];
}

export interface RenderContext {
  frontmatter: Frontmatter | null;
  interview: Interview | null;
  /** The one person of a panel the email is for: their name and address fill the contact's. */
  person?: { name: string; email: string } | null;
  myName: string;
  now: number;
  /** Formats a date for people (the user's moment format in Obsidian). */
  formatDate: (ms: number) => string;
}

export interface RenderedEmail {
  subject: string;
  body: string;
  /** The placeholders that had no value, by name, each once. */
  missing: string[];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

function known(name: string, ctx: RenderContext): string | undefined {
  const interview = ctx.interview;
  const person = ctx.person ?? null;
  if (person !== null) {
    if (name === "contact") return person.name;
    if (name === "contact_first_name") return person.name.split(/\s+/)[0];
    if (name === "email") return person.email;
  }
  switch (name) {
    case "organization":
      return interview?.organization;
    case "position":
      return interview?.position;
    case "date":
      return interview ? ctx.formatDate(interview.date.ms) : undefined;
    case "contact":
      return interview?.contactName || interview?.contact;
    case "contact_first_name":
      return (interview?.contactName || interview?.contact || "").split(/\s+/)[0];
    case "email":
      return interview?.email;
    case "my_name":
      return ctx.myName;
    case "today":
      return ctx.formatDate(ctx.now);
    default:
      return undefined;
  }
}

/** Any other property of the note, by name; dates are formatted for people. */
function fromNote(name: string, ctx: RenderContext): string {
  const value = property(ctx.frontmatter, name);
  const text = readText(value);
  if (!text.ok) return "";
  const date = /^\d{4}-\d{2}-\d{2}/.test(text.text) ? parseWhenText(text.text, "end-of-day") : null;
  return date?.ok ? ctx.formatDate(date.when.ms) : text.text;
}

function fill(text: string, ctx: RenderContext, missing: Set<string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (known(name.toLowerCase(), ctx) ?? fromNote(name, ctx)).trim();
    if (value === "") {
      missing.add(name);
      return whole;
    }
    return value;
  });
}

/**
 * Fills a template. A placeholder with no value stays as it is written, and is reported. The
 * subject is one line (`oneLine`), whatever the values: a break in it would spill into the body in
 * the note and on the clipboard, and put a line break in the mail link's header field.
 */
export function renderTemplate(template: EmailTemplate, ctx: RenderContext): RenderedEmail {
  const missing = new Set<string>();
  const subject = oneLine(fill(template.subject, ctx, missing));
  const body = fill(template.body, ctx, missing);
  return { subject, body, missing: [...missing] };
}

/** Subject and body as one text, for the clipboard. */
export function emailText(email: RenderedEmail): string {
  return `Subject: ${email.subject}\n\n${email.body}`;
}
