/**
 * "Since you were away": what changed between two plans of the same notes, the follow-ups at
 * the time they were last seen and at now. Pure: the caller plans both (`computeFollowUps` at
 * two times) and reads the stored last-seen time; nothing here knows of a clock or of storage.
 */

import type { ActionId, ActionState } from "./types";

/** What the comparison needs of a follow-up: `FollowUpItem` and `SidebarItem` both fit. */
export interface DigestItem {
  path: string;
  action: ActionId;
  state: ActionState;
  contact?: string | null;
}

/** How an item changed since it was last seen. */
export type AwayChange = "due" | "overdue" | "new";

export interface AwayDigest {
  /** The key (`itemKey`) of every item that changed, and how. */
  changes: ReadonlyMap<string, AwayChange>;
  /** How many became due, became overdue, or appeared coming up. */
  due: number;
  overdue: number;
  new: number;
}

/**
 * One follow-up of one note, the same in any plan: its note, its kind and, for a panel's
 * thank-yous, the person it is for. The separator is a character no path, id or name holds.
 */
export function itemKey(item: Pick<DigestItem, "path" | "action" | "contact">): string {
  return `${item.path}\u0000${item.action}\u0000${item.contact ?? ""}`;
}

/**
 * How `now` differs from `before`, item by item. Only moves forward count: an item that is
 * overdue now and was not (upcoming, due or not listed), one due now that was upcoming or not
 * listed, and one coming up now that was not listed at all. An item in the same state, or one
 * that went back (a deadline moved later), did not change; an item gone from the plan is not
 * told of. The plan before is grouped by note path in a map (the paths' hashes are already
 * known to the engine, and a note has a handful of items): linear in the number of items.
 */
export function awayDigest(before: Iterable<DigestItem>, now: Iterable<DigestItem>): AwayDigest {
  const byPath = new Map<string, DigestItem[]>();
  for (const item of before) {
    const list = byPath.get(item.path);
    if (list === undefined) byPath.set(item.path, [item]);
    else list.push(item);
  }
  const changes = new Map<string, AwayChange>();
  const counts = { due: 0, overdue: 0, new: 0 };
  for (const item of now) {
    const change = changeOf(stateBefore(byPath.get(item.path), item), item.state);
    if (change === null) continue;
    // A key listed twice (no plan does this) counts once, by its most urgent change, and before
    // by its furthest state, so that the order of either list never matters.
    const key = itemKey(item);
    const other = changes.get(key);
    if (other !== undefined) {
      if (RANK[other] >= RANK[change]) continue;
      counts[other]--;
    }
    changes.set(key, change);
    counts[change]++;
  }
  return { changes, ...counts };
}

/** The furthest state the same follow-up (kind and person) of the same note was in before. */
function stateBefore(
  list: readonly DigestItem[] | undefined,
  item: DigestItem,
): ActionState | undefined {
  if (list === undefined) return undefined;
  const contact = item.contact ?? "";
  let state: ActionState | undefined;
  for (const other of list) {
    if (other.action !== item.action || (other.contact ?? "") !== contact) continue;
    if (state === undefined || RANK[other.state] > RANK[state]) state = other.state;
  }
  return state;
}

/** How far along a state or change is: coming up, then due, then overdue. */
const RANK: Readonly<Record<ActionState | AwayChange, number>> = {
  upcoming: 0,
  new: 0,
  due: 1,
  overdue: 2,
};

function changeOf(before: ActionState | undefined, now: ActionState): AwayChange | null {
  if (now === "overdue") return before === "overdue" ? null : "overdue";
  if (now === "due") return before === undefined || before === "upcoming" ? "due" : null;
  return before === undefined ? "new" : null;
}

/** "1 follow-up" / "2 follow-ups"; the first part of the message names the follow-ups. */
function part(count: number, first: boolean, one: string, many: string): string {
  const noun = first ? (count === 1 ? "follow-up " : "follow-ups ") : "";
  return `${count} ${noun}${count === 1 ? one : many}`;
}

/**
 * The notice: "While you were away: 2 follow-ups became due, 1 is overdue", or null when
 * nothing changed.
 */
export function awayMessage(digest: Pick<AwayDigest, AwayChange>): string | null {
  const parts: string[] = [];
  if (digest.due > 0) parts.push(part(digest.due, true, "became due", "became due"));
  if (digest.overdue > 0) {
    parts.push(part(digest.overdue, parts.length === 0, "is overdue", "are overdue"));
  }
  if (digest.new > 0) {
    parts.push(
      parts.length === 0
        ? `${digest.new} new ${digest.new === 1 ? "follow-up is" : "follow-ups are"} coming up`
        : `${digest.new} new ${digest.new === 1 ? "one is" : "ones are"} coming up`,
    );
  }
  return parts.length === 0 ? null : `While you were away: ${parts.join(", ")}`;
}

/** The key of the last-seen time in the vault's local storage on the device (`readLastSeen`). */
export const LAST_SEEN_KEY = "interview-follow-up-last-seen";

/** The earliest a stored time can be: before the plugin existed is not a time it wrote. */
const EARLIEST = Date.UTC(2020, 0, 1);

/**
 * The last-seen time as stored on this device, or null when there is none or it is not one the
 * plugin could have written (text, a fraction, before 2020). A time after `now` (the clock was
 * set back) is read as `now`: no absence, rather than a negative one.
 */
export function readLastSeen(stored: unknown, now: number): number | null {
  if (typeof stored !== "number" || !Number.isSafeInteger(stored) || stored < EARLIEST) {
    return null;
  }
  return Math.min(stored, now);
}

/** Whether an absence from `lastSeen` to `now` is long enough for the notice. */
export function awayLongEnough(lastSeen: number, now: number, hours: number): boolean {
  return now - lastSeen > hours * 3_600_000;
}
