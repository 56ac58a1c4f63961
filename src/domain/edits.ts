/**
 * The property changes behind every action of the sidebar, as plain data, and how to apply one
 * to a frontmatter object so that it can be undone. The adapters run `applyChanges` inside
 * `processFrontMatter`; nothing here touches a file.
 */

import { FOLLOW_UP_KINDS } from "./followUpKinds";
import { isThanked, readInterviewers, withThanked } from "./interviewers";
import type { MarkKey, PropertyNames, Settings } from "./settings";
import type { ClosingStatus } from "./status";
import { type Frontmatter, hasOwn, isSet, keyFor, property } from "./values";
import type { ActionId } from "./types";

/**
 * Set `key` to `value`, or remove `key`. A key that is not there yet goes at the end, or at
 * position `at` when given (an undo putting a removed property back where it was).
 */
export type Change = { key: string; value: unknown; at?: number } | { key: string; remove: true };

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` of a moment in local time: what Obsidian's date property holds. */
export function localDateText(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `YYYY-MM-DDTHH:mm` in local time: what Obsidian's date & time property holds. */
export function localDateTimeText(ms: number): string {
  const d = new Date(ms);
  return `${localDateText(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The key to write for a property: the note's own spelling when it already has the property in
 * another case (`Status`), otherwise the name from settings. Reading ignores case too.
 */
export function keyIn(frontmatter: Frontmatter, name: string): string {
  return keyFor(frontmatter, name, name.toLowerCase()) ?? name;
}

function set(frontmatter: Frontmatter, name: string, value: unknown): Change {
  return { key: keyIn(frontmatter, name), value };
}

/**
 * One person of a panel thanked: their name into `list`; once everyone named in `contact` is
 * there, today's date into the mark as well.
 */
function personDone(
  person: string,
  list: keyof PropertyNames,
  mark: MarkKey,
  frontmatter: Frontmatter,
  settings: Settings,
  today: string,
): Change[] {
  const names = settings.properties;
  const key = keyIn(frontmatter, names[list]);
  const held = property(frontmatter, key);
  const next = withThanked(held, person);
  const changes: Change[] = next === null ? [] : [{ key, value: next }];
  const panel = readInterviewers(
    property(frontmatter, names.contact),
    property(frontmatter, names.email),
  );
  const thanked = next ?? held;
  const markKey = keyIn(frontmatter, names[mark]);
  if (isSet(property(frontmatter, markKey))) return changes;
  if (panel.ok && panel.people.every((each) => isThanked(each.name, thanked)))
    changes.push({ key: markKey, value: today });
  return changes;
}

/**
 * Marks an action done as its kind says: today's date into its mark (appended to the list of a
 * mark such as `followed_up`, keeping what it held), or its answer's status. `contact`: the one
 * person of a panel the follow-up is for.
 */
export function markDone(
  action: ActionId,
  frontmatter: Frontmatter,
  settings: Settings,
  now: number,
  contact: string | null = null,
): Change[] {
  const done = FOLLOW_UP_KINDS[action].done;
  if (done === null) return [];
  if (done.writes === "status") return quickStatus(done.answer.status, frontmatter, settings, now);
  const today = localDateText(now);
  if (contact !== null && done.perPerson !== undefined)
    return personDone(contact, done.perPerson, done.property, frontmatter, settings, today);
  const key = keyIn(frontmatter, settings.properties[done.property]);
  const entries = entriesOf(property(frontmatter, key));
  if (done.append) return [{ key, value: entries.length > 0 ? [...entries, today] : today }];
  // A date already written stays; done as the reader counts it: some entry set.
  return entries.some((entry) => isSet(entry)) ? [] : [{ key, value: today }];
}

/** Hides all of the note's actions until `until`, written as a local date & time. */
export function snooze(frontmatter: Frontmatter, settings: Settings, until: number): Change[] {
  return [set(frontmatter, settings.properties.snoozedUntil, localDateTimeText(until))];
}

/** A property's entries as written: a list's, or a lone value that is set as a list of one. */
function entriesOf(held: unknown): unknown[] {
  return Array.isArray(held) ? (held as unknown[]) : isSet(held) ? [held] : [];
}

/**
 * The entries of `dismissed` as written (a lone value is a list of one) without `action`, and
 * whether it was there: the id is taken out of a text of ids joined by commas, and every other
 * entry stays as it is, even one that is no id at all.
 */
function withoutId(held: unknown, action: ActionId): { kept: unknown[]; found: boolean } {
  let found = false;
  const kept: unknown[] = [];
  for (const entry of entriesOf(held)) {
    const ids = typeof entry === "string" ? entry.split(",") : [];
    const rest = ids.filter((id) => id.trim().toLowerCase() !== action);
    if (rest.length === ids.length) kept.push(entry);
    else {
      found = true;
      const text = rest.join(",").trim();
      if (text !== "") kept.push(text);
    }
  }
  return { kept, found };
}

/** Adds an action to the note's `dismissed` list, keeping every entry there (a lone one becomes a list). */
export function dismiss(action: ActionId, frontmatter: Frontmatter, settings: Settings): Change[] {
  const key = keyIn(frontmatter, settings.properties.dismissed);
  const { kept, found } = withoutId(property(frontmatter, key), action);
  return found ? [] : [{ key, value: [...kept, action] }];
}

/** Brings a dismissed action back. */
export function undismiss(
  action: ActionId,
  frontmatter: Frontmatter,
  settings: Settings,
): Change[] {
  const key = keyIn(frontmatter, settings.properties.dismissed);
  const { kept, found } = withoutId(property(frontmatter, key), action);
  return found ? [{ key, value: kept }] : [];
}

/** Ends a snooze. */
export function unsnooze(frontmatter: Frontmatter, settings: Settings): Change[] {
  const key = keyIn(frontmatter, settings.properties.snoozedUntil);
  return hasOwn(frontmatter, key) ? [{ key, remove: true }] : [];
}

/**
 * "Heard back" (today's news), "rejected" (with today's date), "offer", or a closing status that
 * answers a follow-up (`StatusAnswer`): each set as it is.
 */
export type QuickStatus = "heard-back" | "rejected" | "offer" | ClosingStatus;

/** The quick status actions of an item's menu, and the offer's answers. */
export function quickStatus(
  kind: QuickStatus,
  frontmatter: Frontmatter,
  settings: Settings,
  now: number,
): Change[] {
  const names = settings.properties;
  switch (kind) {
    case "heard-back":
      return [set(frontmatter, names.lastHeard, localDateText(now))];
    case "rejected": {
      const changes = [set(frontmatter, names.status, "rejected")];
      // A day of rejection already written stays: the reply is timed from it.
      if (!isSet(property(frontmatter, names.rejectedOn)))
        changes.push(set(frontmatter, names.rejectedOn, localDateText(now)));
      return changes;
    }
    default:
      return [set(frontmatter, names.status, kind)];
  }
}

/**
 * Applies changes to a frontmatter object in place and returns the changes that undo them.
 * A key that is set keeps its place; a new key goes at the end; undo removes it again, and puts
 * a removed key back in its place.
 */
export function applyChanges(
  frontmatter: Record<string, unknown>,
  changes: readonly Change[],
): Change[] {
  const undo: Change[] = [];
  for (const change of changes) {
    const keys = Object.keys(frontmatter);
    const had = hasOwn(frontmatter, change.key);
    const old = frontmatter[change.key];
    if (!had) undo.unshift({ key: change.key, remove: true });
    else if ("remove" in change)
      undo.unshift({ key: change.key, value: old, at: keys.indexOf(change.key) });
    else undo.unshift({ key: change.key, value: old });
    if ("remove" in change) {
      delete frontmatter[change.key];
      continue;
    }
    // defineProperty, so a key such as `__proto__` is a property, never the prototype.
    Object.defineProperty(frontmatter, change.key, {
      value: change.value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    // Keys keep insertion order: moving the ones from `at` on behind the new key puts it at `at`.
    if (!had && change.at !== undefined) {
      for (const key of keys.slice(change.at)) {
        const descriptor = Object.getOwnPropertyDescriptor(frontmatter, key);
        if (descriptor === undefined) continue;
        delete frontmatter[key];
        Object.defineProperty(frontmatter, key, descriptor);
      }
    }
  }
  return undo;
}

/**
 * What a write left in the note, key by key: the value each touched key holds after it, or its
 * removal. Undo compares the note with this before it puts anything back.
 */
export function writtenBy(frontmatter: Frontmatter, changes: readonly Change[]): Change[] {
  const keys = [...new Set(changes.map((change) => change.key))];
  return keys.map((key) =>
    hasOwn(frontmatter, key) ? { key, value: frontmatter[key] } : { key, remove: true },
  );
}

/** Equal as property values: the same text, number or flag, or lists and maps of equal values. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => hasOwn(y, key) && sameValue(x[key], y[key]));
}

/**
 * The keys that no longer hold what a write left (`writtenBy`): changed, removed, or put back
 * since, by the user or anything else. Undo goes ahead only when there are none, so it never
 * overwrites what someone else wrote.
 */
export function changedSince(frontmatter: Frontmatter, written: readonly Change[]): string[] {
  return written
    .filter((was) =>
      "remove" in was
        ? hasOwn(frontmatter, was.key)
        : !hasOwn(frontmatter, was.key) || !sameValue(frontmatter[was.key], was.value),
    )
    .map((was) => was.key);
}
