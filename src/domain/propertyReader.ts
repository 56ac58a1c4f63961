/**
 * Reads a note's properties one by one, by the names the settings give them (the exact name,
 * else any case), and collects a reason for each value that cannot be used. Nothing here throws.
 */

import type { PropertyNames } from "./settings";
import { ALL_STATUSES, type Status, statusOf } from "./status";
import { readWhenShared } from "./sharedDates";
import type { DateOnlyMeaning, When } from "./time";
import { type ActionId, isActionId, ACTION_IDS } from "./types";
import {
  type Frontmatter,
  isEmpty,
  isSet,
  property,
  readOne,
  readStrings,
  readText,
  shown,
  stripMailto,
  tooLarge,
} from "./values";

/** Shared by every interview with nothing dismissed: most of them. */
const NONE_DISMISSED: ReadonlySet<ActionId> = new Set();

/** Shared by every property that is not set. */
const NO_ENTRIES: readonly (When | null)[] = Object.freeze([]);

/** What to do about a value that is not text, after the reason. */
const AS_TEXT = "; write it as plain text";

/** How many wrong entries of one list a reason names. */
const MAX_NAMED = 3;

/** The property names lowered, once per settings object rather than once per note. */
const loweredNames = new WeakMap<PropertyNames, PropertyNames>();

function lowered(names: PropertyNames): PropertyNames {
  let lower = loweredNames.get(names);
  if (lower === undefined) {
    lower = { ...names };
    for (const key of Object.keys(lower) as (keyof PropertyNames)[])
      lower[key] = lower[key].toLowerCase();
    loweredNames.set(names, lower);
  }
  return lower;
}

/** Reads one note's properties by their names in settings, collecting the reasons it cannot. */
export class PropertyReader {
  readonly reasons: string[] = [];
  private readonly lower: PropertyNames;

  constructor(
    private readonly frontmatter: Frontmatter,
    private readonly names: PropertyNames,
  ) {
    this.lower = lowered(names);
  }

  /** Properties already named as too large, so each is named once however often it is read. */
  private refused: Set<keyof PropertyNames> | null = null;

  /** A property's value, or undefined (and a reason) when it is too large to read. */
  raw(key: keyof PropertyNames): unknown {
    const value = this.lookup(key);
    // Most properties a note is asked for are not in it.
    if (value === undefined) return undefined;
    const why = tooLarge(value);
    if (why === null) return value;
    this.refused ??= new Set();
    if (!this.refused.has(key)) {
      this.refused.add(key);
      this.fail(key, why);
    }
    return undefined;
  }

  /** `property`'s rule (the exact name, else any case), with the name lowered once per settings. */
  private lookup(key: keyof PropertyNames): unknown {
    return property(this.frontmatter, this.names[key], this.lower[key]);
  }

  fail(key: keyof PropertyNames, reason: string): void {
    this.reasons.push(`"${this.names[key]}" ${reason}`);
  }

  text(key: keyof PropertyNames): string {
    const result = readText(this.raw(key));
    if (result.ok) return result.text;
    this.fail(key, result.reason + AS_TEXT);
    return "";
  }

  when(key: keyof PropertyNames, dateOnly: DateOnlyMeaning, why = ""): When | null {
    const one = readOne(this.raw(key));
    if (!one.ok) {
      this.fail(key, one.reason + why);
      return null;
    }
    const result = readWhenShared(one.value, dateOnly);
    if (result === null) return null;
    if (result.ok) return result.when;
    this.fail(key, result.reason + why);
    return null;
  }

  /**
   * Every entry of a property that may be one value or a list (`followed_up`): the date each
   * holds, or null for a set value that is not a date. Empty entries are skipped.
   */
  entries(key: keyof PropertyNames): readonly (When | null)[] {
    const raw = this.raw(key);
    if (!isSet(raw)) return NO_ENTRIES;
    const out: (When | null)[] = [];
    for (const entry of Array.isArray(raw) ? (raw as unknown[]) : [raw]) {
      if (!isSet(entry)) continue;
      const result = readWhenShared(entry, "end-of-day");
      out.push(result?.ok === true ? result.when : null);
    }
    return out;
  }

  status(): Status | null {
    const one = readOne(this.raw("status"));
    if (!one.ok) {
      this.fail("status", one.reason);
      return null;
    }
    const value = one.value;
    if (value === null || value === undefined) return null;
    if (typeof value === "string") {
      if (value.trim() === "") return null;
      const status = statusOf(value);
      if (status !== null) return status;
    }
    this.fail(
      "status",
      `is ${shown(value)}, which is not a status (use one of: ${ALL_STATUSES.join(", ")})`,
    );
    return null;
  }

  /** One address; of a list, the first (a panel reads the whole list: `readPanel` in interview.ts). */
  email(): string {
    const raw = this.raw("email");
    const first = Array.isArray(raw) ? readStrings(raw)[0] : raw;
    const result = readText(first);
    if (!result.ok) {
      this.fail("email", result.reason + AS_TEXT);
      return "";
    }
    return stripMailto(result.text);
  }

  dismissed(): ReadonlySet<ActionId> {
    const raw = this.raw("dismissed");
    if (!isSet(raw)) return NONE_DISMISSED;
    const out = new Set<ActionId>();
    // A list, one id, or ids written as one text separated by commas. Anything else is named
    // rather than dropped: a dismissal that silently does nothing leaves the user guessing.
    const wrong: unknown[] = [];
    for (const entry of Array.isArray(raw) ? (raw as unknown[]) : [raw]) {
      if (isEmpty(entry)) continue;
      if (typeof entry !== "string") {
        wrong.push(entry);
        continue;
      }
      for (const id of entry.split(",").map((part) => part.trim())) {
        const lower = id.toLowerCase();
        if (isActionId(lower)) out.add(lower);
        else if (id !== "") wrong.push(id);
      }
    }
    // A long list of wrong entries is named by its first few, so the reason stays readable.
    for (const entry of wrong.slice(0, MAX_NAMED)) {
      this.fail(
        "dismissed",
        `holds ${shown(entry)}, which is not a follow-up (use: ${ACTION_IDS.join(", ")})`,
      );
    }
    if (wrong.length > MAX_NAMED) {
      this.fail("dismissed", `holds ${wrong.length - MAX_NAMED} more that are not follow-ups`);
    }
    return out;
  }
}
