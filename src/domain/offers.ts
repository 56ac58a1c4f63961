/**
 * Offers in hand, for the heads-up to the other employers: which notes hold an offer with a
 * deadline, and which of them a given interview should hear about (the earliest deadline still
 * ahead, from another organisation).
 */

import type { Interview, NoteReading } from "./interview";
import { nameKey } from "./text";
import type { When } from "./time";

export interface OfferInHand {
  path: string;
  /** The organisation, lower case: an offer is never news to the organisation that made it. */
  organization: string;
  deadline: When;
}

/** The offer a note holds: status `offer` and an `offer_deadline`; null otherwise. */
export function offerOf(interview: Interview): OfferInHand | null {
  if (interview.status !== "offer" || interview.offerDeadline === null) return null;
  return {
    path: interview.path,
    organization: nameKey(interview.organization),
    deadline: interview.offerDeadline,
  };
}

/** True when two readings of a note hold the same offer (or both none). */
export function sameOffer(a: OfferInHand | null, b: OfferInHand | null): boolean {
  if (a === null || b === null) return a === b;
  return a.organization === b.organization && a.deadline.ms === b.deadline.ms;
}

/** Earliest deadline first: the order `offerAhead` needs its offers in. */
export function byDeadline(a: OfferInHand, b: OfferInHand): number {
  return a.deadline.ms - b.deadline.ms;
}

/**
 * The deadline of the offer an interview should be told about at `now`: of the offers from
 * other organisations (compared by `nameKey`), the earliest whose deadline is still ahead.
 * `offers` are sorted by `byDeadline`: the expired ones (a job seeker's older offers, most of
 * them) are passed over by halving, and the first of the rest that qualifies is the answer, so
 * thousands of offers, old or new, cost each note a few steps.
 */
export function offerAhead(
  offers: readonly OfferInHand[],
  interview: Interview,
  now: number,
): When | null {
  let low = 0;
  let high = offers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offers[middle]!.deadline.ms > now) high = middle;
    else low = middle + 1;
  }
  // The organisation is lowered only when some offer is still ahead: most vaults have none.
  let own: string | undefined;
  for (; low < offers.length; low++) {
    const { path, organization, deadline } = offers[low]!;
    if (path !== interview.path && organization !== (own ??= nameKey(interview.organization)))
      return deadline;
  }
  return null;
}

/** The offers of a vault, kept current note by note (the live plan's). */
export class OffersInHand {
  private readonly byPath = new Map<string, OfferInHand>();
  /** The same offers by deadline, made again only after a change. */
  private sorted: OfferInHand[] | null = null;

  clear(): void {
    this.byPath.clear();
    this.sorted = null;
  }

  /** Records the offer a note holds (none for null); true when that changed anything. */
  note(path: string, reading: NoteReading | null): boolean {
    const offer = reading?.kind === "interview" ? offerOf(reading.interview) : null;
    const before = this.byPath.get(path) ?? null;
    if (sameOffer(before, offer)) return false;
    if (offer === null) this.byPath.delete(path);
    else this.byPath.set(path, offer);
    this.sorted = null;
    return true;
  }

  /** `offerAhead` over the offers recorded. */
  ahead(interview: Interview, now: number): When | null {
    this.sorted ??= [...this.byPath.values()].sort(byDeadline);
    return offerAhead(this.sorted, interview, now);
  }
}
