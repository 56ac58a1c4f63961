/**
 * The create form's fields for a panel and for the date they promised: the interviewers of a new
 * note (one written as before, several as lists of `contact` and `email` in the same order, which
 * is how `readInterviewers` reads them back) and "They will decide by". Pure.
 */

import { personKey } from "./interviewers";
import type { NewInterviewErrors, NewInterviewForm, NewInterviewer } from "./newInterview";
import { oneLine } from "./text";
import { parseWhenText } from "./time";
import { looksLikeEmail } from "./values";
import { yamlList, yamlText } from "./yaml";

/** How many interviewers a link can name: `contact`/`email`, then `contact2`/`email2` up to this. */
export const MAX_LINK_INTERVIEWERS = 20;

const trimmed = (row: NewInterviewer): NewInterviewer => ({
  contact: row.contact.trim(),
  email: row.email.trim(),
});
const isBlank = (row: NewInterviewer) => row.contact.trim() === "" && row.email.trim() === "";

/** Every row of the form, the first (`contact`, `email`) then the added ones, as typed. */
function rowsOf(input: NewInterviewForm): NewInterviewer[] {
  return [{ contact: input.contact, email: input.email }, ...(input.moreInterviewers ?? [])];
}

/**
 * The interviewers the note names, trimmed, in the form's order: the rows with a name or an
 * address. With none, the first row (empty), so a note with no contact is written as before.
 */
export function interviewersOf(input: NewInterviewForm): NewInterviewer[] {
  const rows = rowsOf(input).map(trimmed);
  const filled = rows.filter((row) => !isBlank(row));
  return filled.length > 0 ? filled : rows.slice(0, 1);
}

/**
 * The values after `contact:` and `email:`: one interviewer as plain text, exactly as before
 * panels; several as lists in the same order (a missing address is `""`, keeping the places;
 * no address at all leaves `email` empty).
 */
export function interviewerValues(input: NewInterviewForm): { contact: string; email: string } {
  const people = interviewersOf(input);
  const text = (value: string) => (value === "" ? "" : ` ${yamlText(value)}`);
  if (people.length <= 1) {
    const [one = { contact: "", email: "" }] = people;
    return { contact: text(one.contact), email: text(one.email) };
  }
  const emails = people.map((person) => person.email);
  return {
    contact: yamlList(people.map((person) => person.contact)),
    email: emails.every((email) => email === "") ? "" : yamlList(emails),
  };
}

/** True when the note will name two or more interviewers. */
export const isPanel = (input: NewInterviewForm): boolean => interviewersOf(input).length > 1;

/** Adds the messages for the added rows, and for a panel's missing and repeated names. */
export function checkInterviewers(input: NewInterviewForm, errors: NewInterviewErrors): void {
  const panel = isPanel(input);
  const seen = new Set<string>();
  rowsOf(input).forEach((row, index) => {
    const contact = row.contact.trim();
    const email = row.email.trim();
    let contactError: string | undefined;
    let emailError: string | undefined;
    if (panel && contact === "" && email !== "") contactError = "Enter the interviewer's name.";
    else if (contact !== "" && seen.has(personKey(contact)))
      contactError = "This person is already listed above.";
    seen.add(personKey(contact));
    if (index > 0 && email !== "" && !looksLikeEmail(email))
      emailError = "Enter an address such as jane@example.com.";
    if (index === 0) {
      if (contactError !== undefined) errors.contact = contactError;
      return;
    }
    if (contactError === undefined && emailError === undefined) return;
    errors.moreInterviewers ??= {};
    errors.moreInterviewers[index - 1] = {
      ...(contactError !== undefined && { contact: contactError }),
      ...(emailError !== undefined && { email: emailError }),
    };
  });
}

/** Adds the message for "They will decide by": empty, or a real day not before the interview. */
export function checkDecisionBy(input: NewInterviewForm, errors: NewInterviewErrors): void {
  const decisionBy = (input.decisionBy ?? "").trim();
  if (decisionBy === "") return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(decisionBy) || !parseWhenText(decisionBy, "end-of-day").ok)
    errors.decisionBy = "Enter a real date, such as 2026-11-27, or leave it empty.";
  else if (errors.date === undefined && decisionBy < input.date.trim())
    errors.decisionBy = "Enter a day on or after the interview.";
}

/**
 * What the form sends: its values without the parts left unused (blank added rows, an empty
 * "They will decide by"), so a form used as before sends exactly what it sent before. Always a
 * copy, rows included: the form passes its live `$state` in and sends what this returns.
 */
export function compactNewInterview(input: NewInterviewForm): NewInterviewForm {
  const { moreInterviewers, decisionBy, ...rest } = input;
  const out: NewInterviewForm = { ...rest };
  const more = (moreInterviewers ?? []).filter((row) => !isBlank(row)).map((row) => ({ ...row }));
  if (more.length > 0) out.moreInterviewers = more;
  if (decisionBy !== undefined && decisionBy.trim() !== "") out.decisionBy = decisionBy;
  return out;
}

/**
 * The other interviewers an obsidian:// link names, in order: `contact2`/`email2`, `contact3`/
 * `email3`… up to `MAX_LINK_INTERVIEWERS`, each value as one line; gaps are skipped.
 */
export function interviewersFromLink(
  params: Readonly<Record<string, string | undefined>>,
): NewInterviewer[] {
  const take = (key: string) => oneLine(String(params[key] ?? "")).trim();
  const more: NewInterviewer[] = [];
  for (let n = 2; n <= MAX_LINK_INTERVIEWERS; n++) {
    const row = { contact: take(`contact${n}`), email: take(`email${n}`) };
    if (!isBlank(row)) more.push(row);
  }
  return more;
}
