/**
 * What "Create interview note" writes: the checked form, the note's properties as YAML that is
 * valid for any input, its body, and a safe, unused file name. Pure: the adapter does the I/O.
 */

import {
  checkDecisionBy,
  checkInterviewers,
  interviewerValues,
  interviewersFromLink,
  isPanel,
} from "./newNotePanel";
import { localDateTimeText } from "./edits";
import type { NewInterview, NewInterviewErrors, NewInterviewForm } from "./newInterview";
import type { Settings } from "./settings";
import { oneLine } from "./text";
import { parseWhenText } from "./time";
import { looksLikeEmail } from "./values";
import { yamlDate, yamlKey, yamlString, yamlText } from "./yaml";

export { yamlString, yamlText } from "./yaml";

export type {
  NewInterview,
  NewInterviewErrors,
  NewInterviewForm,
  NewInterviewer,
} from "./newInterview";

/**
 * Every value of the form as one line (`oneLine`): what the form shows once typed or pasted, and
 * what the note gets, so no value can start a property, a heading or a line of its own.
 */
export function oneLineInterview<T extends NewInterviewForm>(input: T): T {
  // T is NewInterview or NewInterviewForm: the object built here has exactly their fields.
  return {
    organization: oneLine(input.organization),
    position: oneLine(input.position),
    date: oneLine(input.date),
    time: oneLine(input.time),
    contact: oneLine(input.contact),
    email: oneLine(input.email),
    previousRound: oneLine(input.previousRound),
    // The new fields only when given, so a form used as before is the same object as before.
    ...(input.moreInterviewers !== undefined && {
      moreInterviewers: input.moreInterviewers.map((row) => ({
        contact: oneLine(row.contact),
        email: oneLine(row.email),
      })),
    }),
    ...(input.decisionBy !== undefined && { decisionBy: oneLine(input.decisionBy) }),
  } as T;
}

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
export function checkNewInterview(input: NewInterviewForm): NewInterviewErrors {
  const errors: NewInterviewErrors = {};
  if (input.organization.trim() === "") errors.organization = "Enter the organization.";
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
  checkInterviewers(input, errors);
  checkDecisionBy(input, errors);
  return errors;
}

/** The first message of a check, in the form's order: what a caller that shows one shows. */
export function firstProblem(errors: NewInterviewErrors): string | undefined {
  for (const value of Object.values(errors)) {
    if (typeof value === "string") return value;
    for (const row of Object.values(value ?? {})) {
      const message = row.contact ?? row.email;
      if (message !== undefined) return message;
    }
  }
  return undefined;
}

/** Now, rounded to the nearest quarter hour, as `YYYY-MM-DDTHH:mm` local time. */
export function roundedNow(now: number): string {
  const quarter = 15 * 60_000;
  return localDateTimeText(Math.round(now / quarter) * quarter);
}

/** The properties of a new interview note, in the spec's order, under the user's names. */
export function newNoteProperties(raw: NewInterviewForm, settings: Settings, now: number): string {
  const input = oneLineInterview(raw);
  const names = settings.properties;
  const date = whenText(input);
  const when = parseWhenText(date, "end-of-day");
  const status = when.ok && when.when.ms > now ? "scheduled" : "interviewed";
  const text = (value: string) => (value.trim() === "" ? "" : ` ${yamlText(value.trim())}`);
  const people = interviewerValues(input);
  const decisionBy = (input.decisionBy ?? "").trim();
  const panel = isPanel(input);
  const lines: [string, string][] = [
    [settings.typeProperty, ` ${yamlText(settings.typeValue)}`],
    [names.organization, text(input.organization)],
    [names.position, text(input.position)],
    [names.date, ` ${yamlDate(date)}`],
    // Only when given: a note without it reads exactly as before.
    ...(decisionBy === ""
      ? []
      : [[names.decisionBy, ` ${yamlDate(decisionBy)}`] as [string, string]]),
    [names.contact, people.contact],
    [names.email, people.email],
    [names.status, ` ${status}`],
    [names.interested, " true"],
    [names.lastHeard, ""],
    [names.thankYouSent, ""],
    // A panel's thank-yous are done one person at a time: the names go here.
    ...(panel ? [[names.thanked, " []"] as [string, string]] : []),
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

/** A placeholder: its name, and a format after a colon. */
const PLACEHOLDER = /{{\s*([a-z_]+)(?::([^}]*))?\s*}}/gi;
/** The placeholders the form's own values fill (`{{title}}`, the note's name, is not one). */
const FORM_VALUE = /^(organization|position|contact|email|date|time)$/i;

/** Whether a pattern holds a placeholder the form fills, so that names made from it differ. */
export function fillsFromForm(pattern: string): boolean {
  return [...pattern.matchAll(PLACEHOLDER)].some(([, name]) => FORM_VALUE.test(name ?? ""));
}

/**
 * Fills `{{organization}}`, `{{position}}`, `{{contact}}`, `{{email}}`, and, as the core Templates
 * plugin writes them, `{{date}}` and `{{time}}` (the interview's, `{{date:FORMAT}}` and
 * `{{time:FORMAT}}` in moment's format, by `formatDate`) and `{{title}}` (the new note's name, when
 * given), with the values as one line; `escape` (such as `markdownInline`) is applied to each
 * value. Any other placeholder stays as typed.
 */
export function fillPattern(
  pattern: string,
  raw: NewInterview,
  formatDate: (ms: number, format: string) => string,
  escape: (value: string) => string = (value) => value,
  title?: string,
): string {
  const input = oneLineInterview(raw);
  const when = parseWhenText(whenText(input), "end-of-day");
  const hasTime = input.time.trim() !== "";
  return pattern.replace(PLACEHOLDER, (whole, name: string, format?: string) => {
    const key = name.toLowerCase();
    if (key === "title") return title === undefined ? whole : escape(oneLine(title));
    if (!FORM_VALUE.test(key)) return whole;
    const time = key === "time";
    if (!time && key !== "date") return escape(input[key as "email"].trim());
    // Dates and times in the user's own format are not escaped: no one else writes them.
    return when.ok && (hasTime || !time)
      ? oneLine(formatDate(when.when.ms, format?.trim() || (time ? "HH:mm" : "YYYY-MM-DD")))
      : "";
  });
}

/**
 * A one-line value as Markdown text that reads as itself wherever it lands in a line: a leading
 * block marker (`#`, `>`, `-`, `---`, `1.`, a fence…), every `<`, and a closing ` #` of a heading
 * are escaped, so a value never makes a heading, a quote, a list, a rule or HTML of its line.
 */
export function markdownInline(value: string): string {
  const escaped = value.replace(/</g, "\\<").replace(/ (#+)$/, " \\$1");
  if (/^[#>\-+*=_|`~]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)([.)])/, "$1\\$2");
}

/** The body of a new note when the user has no template of their own. */
export function defaultBody(raw: NewInterview): string {
  const input = oneLineInterview(raw);
  const title = [input.organization.trim(), input.position.trim()]
    .filter((part) => part !== "")
    .map(markdownInline)
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
 * The form's starting values from a link, with the other interviewers of a panel: `contact2` and
 * `email2`, `contact3`… (see `prefillFromLink`).
 */
export function formFromLink(
  params: Readonly<Record<string, string | undefined>>,
  now: number,
): NewInterviewForm {
  const form: NewInterviewForm = prefillFromLink(params, now);
  const more = interviewersFromLink(params);
  if (more.length > 0) form.moreInterviewers = more;
  return form;
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
  // A link can carry anything: each value becomes one line, as the form would make it.
  const take = (key: string) => oneLine(String(params[key] ?? "")).trim();
  form.organization = take("organization");
  form.position = take("position");
  form.contact = take("contact");
  form.email = take("email");
  const when = take("date");
  if (when !== "") {
    // A time with an offset ("…Z", "+01:00") is that moment, shown in local time as the form asks.
    const at = parseWhenText(when, "end-of-day");
    const local = at.ok && at.when.offset !== null ? localDateTimeText(at.when.ms) : when;
    const [date = "", time = ""] = local.split(/[T ]/);
    form.date = date;
    // "10:30:00" → "10:30"; cut between code points, so no surrogate pair is split.
    form.time = Array.from(time).slice(0, 5).join("");
  }
  const decisionBy = take("decision_by");
  // Its day: the form asks for a date.
  if (decisionBy !== "") form.decisionBy = decisionBy.split(/[T ]/)[0] ?? "";
  return form;
}
