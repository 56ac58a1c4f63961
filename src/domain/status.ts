/** Interview statuses, the synonyms we accept for them, and which are open or closed. */

export const OPEN_STATUSES = ["scheduled", "interviewed", "waiting"] as const;
export const CLOSED_STATUSES = [
  "rejected",
  "withdrawn",
  "accepted",
  "declined",
  "closed",
  "ghosted",
] as const;

export type Status = (typeof OPEN_STATUSES)[number] | (typeof CLOSED_STATUSES)[number] | "offer";

/** A closed status the user may pick to end an interview (rejection has its own date). */
export type ClosingStatus = Exclude<(typeof CLOSED_STATUSES)[number], "rejected">;

export const ALL_STATUSES: readonly Status[] = [...OPEN_STATUSES, "offer", ...CLOSED_STATUSES];

/**
 * Words people commonly write for a status. Kept short on purpose: anything not listed here
 * is reported as a problem rather than guessed. The README lists these.
 */
export const STATUS_SYNONYMS: Readonly<Record<string, Status>> = {
  planned: "scheduled",
  booked: "scheduled",
  upcoming: "scheduled",
  done: "interviewed",
  completed: "interviewed",
  pending: "waiting",
  awaiting: "waiting",
  "on hold": "waiting",
  offered: "offer",
  "not selected": "rejected",
  withdrew: "withdrawn",
  hired: "accepted",
  cancelled: "closed",
  canceled: "closed",
  "no response": "ghosted",
};

/** Normalises case, spacing and `_`/`-` separators: `On_Hold` → `on hold`. */
function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/** The status a word stands for, or null when it is not one we know. */
export function statusOf(text: string): Status | null {
  const word = normalise(text);
  if ((ALL_STATUSES as readonly string[]).includes(word)) return word as Status;
  // An own-key check, so words like "constructor" never reach Object.prototype.
  return Object.prototype.hasOwnProperty.call(STATUS_SYNONYMS, word)
    ? (STATUS_SYNONYMS[word] ?? null)
    : null;
}

/** No status counts as open: a note written before the interview often has none. */
export function isOpen(status: Status | null): boolean {
  return status === null || (OPEN_STATUSES as readonly string[]).includes(status);
}
