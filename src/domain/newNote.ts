/**
 * What "Create interview note" writes: the checked form, the note's properties as YAML that is
 * valid for any input, its body, and a safe, unused file name. Pure: the adapter does the I/O.
 */

import type { Settings } from "./settings";
import { parseWhenText } from "./time";
import { looksLikeEmail } from "./values";

export interface NewInterview {
  organization: string;
  position: string;
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** `HH:mm`, local; empty for an interview known only by its day. */
  time: string;
  contact: string;
  email: string;
  /** The earlier round's note, as a link target (its path without `.md`), or "". */
  previousRound: string;
}

export type NewInterviewErrors = Partial<Record<keyof NewInterview, string>>;

/** The date and time as one property value: `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` without a time. */
export function whenText(input: NewInterview): string {
  const date = input.date.trim();
  const time = input.time.trim();
  return time === "" ? date : `${date}T${time}`;
}

/** An empty form for an interview now, rounded to the quarter hour. */
export function emptyNewInterview(now: number): NewInterview {
  const [date = "", time = ""] = roundedNow(now).split("T");
  return { organization: "", position: "", date, time, contact: "", email: "", previousRound: "" };
}

/** Messages for the fields that cannot be used as they are; an empty object means all is well. */
export function checkNewInterview(input: NewInterview): NewInterviewErrors {
  const errors: NewInterviewErrors = {};
  if (input.organization.trim() === "") errors.organization = "Enter the organisation.";
  const date = input.date.trim();
  const time = input.time.trim();
  if (date === "") errors.date = "Enter the date of the interview.";
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseWhenText(date, "end-of-day").ok)
    errors.date = "Enter a real date, such as 2026-11-20.";
  else if (
    time !== "" &&
    (!/^\d{2}:\d{2}$/.test(time) || !parseWhenText(whenText(input), "end-of-day").ok)
  )
    errors.time = "Enter a real time, such as 14:30, or leave it empty.";
  const email = input.email.trim();
  if (email !== "" && !looksLikeEmail(email))
    errors.email = "Enter an address such as jane@example.com.";
  return errors;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Now, rounded to the nearest quarter hour, as `YYYY-MM-DDTHH:mm` local time. */
export function roundedNow(now: number): string {
  const quarter = 15 * 60_000;
  const d = new Date(Math.round(now / quarter) * quarter);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A YAML scalar for any text: double-quoted with JSON's escapes, which YAML reads the same way.
 * JSON leaves U+2028 and U+2029 raw; YAML 1.1 readers take them for line breaks, so escape them.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A YAML scalar for text, written plain when YAML would read it back as the same text (so the
 * note reads `organization: Acme Corp`), quoted otherwise: words YAML gives a meaning (true, null,
 * no…), anything starting with a digit (a number or a date), and any punctuation with a role.
 */
export function yamlText(text: string): string {
  const plain =
    /^\p{L}[\p{L}\p{N} ._'&()+,/-]*$/u.test(text) &&
    !/[ .]$/.test(text) &&
    !/^(true|false|yes|no|on|off|null|y|n)$/i.test(text);
  return plain ? text : yamlString(text);
}

/** A YAML mapping key: plain when it is a simple name, quoted otherwise. */
function yamlKey(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : yamlString(name);
}

/** The properties of a new interview note, in the spec's order, under the user's names. */
export function newNoteProperties(input: NewInterview, settings: Settings, now: number): string {
  const names = settings.properties;
  const when = parseWhenText(whenText(input), "end-of-day");
  const status = when.ok && when.when.ms > now ? "scheduled" : "interviewed";
  const text = (value: string) => (value.trim() === "" ? "" : ` ${yamlText(value.trim())}`);
  const lines: [string, string][] = [
    [settings.typeProperty, ` ${yamlText(settings.typeValue)}`],
    [names.organization, text(input.organization)],
    [names.position, text(input.position)],
    // Unquoted, so Obsidian shows it as a date & time property; checkNewInterview vouched for it.
    [names.date, ` ${whenText(input)}`],
    [names.contact, text(input.contact)],
    [names.email, text(input.email)],
    [names.status, ` ${status}`],
    [names.interested, " true"],
    [names.lastHeard, ""],
    [names.thankYouSent, ""],
    [names.researchDone, ""],
    [names.followedUp, ""],
    [names.rejectionReplied, ""],
    [names.rejectedOn, ""],
    [names.offerDeadline, ""],
    [names.snoozedUntil, ""],
    [names.dismissed, " []"],
    [
      names.previousRound,
      input.previousRound.trim() === ""
        ? ""
        : ` ${yamlString(`[[${input.previousRound.trim()}]]`)}`,
    ],
  ];
  return lines.map(([key, value]) => `${yamlKey(key)}:${value}`).join("\n");
}

/** Fills `{{organization}}`, `{{position}}`, `{{contact}}`, `{{email}}` and `{{date:FORMAT}}`. */
export function fillPattern(
  pattern: string,
  input: NewInterview,
  formatDate: (ms: number, format: string) => string,
): string {
  const when = parseWhenText(whenText(input), "end-of-day");
  return pattern.replace(
    /{{\s*([a-z_]+)(?::([^}]*))?\s*}}/gi,
    (whole, name: string, format?: string) => {
      switch (name.toLowerCase()) {
        case "organization":
          return input.organization.trim();
        case "position":
          return input.position.trim();
        case "contact":
          return input.contact.trim();
        case "email":
          return input.email.trim();
        case "date":
          return when.ok ? formatDate(when.when.ms, format ?? "YYYY-MM-DD") : "";
        default:
          return whole;
      }
    },
  );
}

/** Characters Obsidian does not allow in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

/**
 * A file name (without `.md`) that Obsidian and every file system accept: forbidden characters
 * become spaces, no leading dots, no trailing dots or spaces, at most 120 characters (never
 * splitting an emoji), and never empty.
 */
export function safeFileName(raw: string): string {
  let name = raw.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  name = name.replace(/^[.\s]+/, "");
  // Remove separators left dangling by empty placeholders: "2026-11-20 Acme - " → "2026-11-20 Acme".
  name = name.replace(/(\s*-\s*)+$/, "").replace(/^(\s*-\s*)+/, "");
  if (name.length > MAX_NAME) {
    name = Array.from(name).slice(0, MAX_NAME).join("");
    while (name.length > MAX_NAME) name = Array.from(name).slice(0, -1).join("");
  }
  name = name.replace(/[.\s]+$/, "");
  return name === "" ? "Interview" : name;
}

/** The n-th candidate path for a new note: `base.md`, then `base 2.md`, `base 3.md`… */
export function candidatePath(folder: string, base: string, n: number): string {
  const prefix = folder === "" ? "" : `${folder}/`;
  return `${prefix}${n === 1 ? base : `${base} ${n}`}.md`;
}

/** The body of a new note when the user has no template of their own. */
export function defaultBody(input: NewInterview): string {
  const title = [input.organization.trim(), input.position.trim()]
    .filter((part) => part !== "")
    .join(": ");
  return [
    `# ${title}`,
    "",
    "## Notes",
    "",
    "## Questions they asked",
    "",
    "## Questions to ask",
    "",
    "## Follow-up",
    "",
  ].join("\n");
}

/** The whole note: properties, then the body (the user's template's body, or ours). */
export function newNoteText(properties: string, body: string): string {
  return `---\n${properties}\n---\n${body}`;
}

/**
 * The form's starting values from an `obsidian://interview-follow-up?…` link. Unknown
 * parameters are ignored; a date and time may be written `2026-11-20T14:00`, with a space, or
 * as a date alone. Values are only shown in the form: nothing is created until the user says so.
 */
export function prefillFromLink(
  params: Readonly<Record<string, string | undefined>>,
  now: number,
): NewInterview {
  const form = emptyNewInterview(now);
  const take = (key: string) => (params[key] ?? "").trim();
  form.organization = take("organization");
  form.position = take("position");
  form.contact = take("contact");
  form.email = take("email");
  const when = take("date");
  if (when !== "") {
    const [date = "", time = ""] = when.split(/[T ]/);
    form.date = date;
    form.time = time.slice(0, 5);
  }
  return form;
}
