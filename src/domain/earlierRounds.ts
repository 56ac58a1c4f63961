/**
 * The interview notes a new one can follow, as the "Create interview note" form's earlier-round
 * field offers them: newest path first.
 */

import type { NoteReading } from "./interview";

/** An interview note the new one can follow, and what choosing it fills in on the form. */
export interface RoundChoice {
  path: string;
  /** The earlier note as a link target: its path without `.md`. */
  previousRound: string;
  organization: string;
  position: string;
  contact: string;
  email: string;
}

/** Every readable interview note, as a choice, by path from Z to A (dated names: newest first). */
export function earlierRoundChoices(readings: Iterable<NoteReading>): RoundChoice[] {
  const choices: RoundChoice[] = [];
  for (const reading of readings) {
    if (reading.kind !== "interview") continue;
    const { path, organization, position, contact, email, panel } = reading.interview;
    // A panel's contact is a list: its first person, with their own address, not "A, B" as one.
    const [first] = panel;
    choices.push({
      path,
      previousRound: path.replace(/\.md$/, ""),
      organization,
      position,
      contact: first ? first.name : contact,
      email: first ? first.email : email,
    });
  }
  return choices.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
}
