// Each of the plugin's properties has the Properties type that fits what it holds, and the sample
// vault's .obsidian/types.json sets exactly those, so Obsidian shows and edits each as it should
// (a date picker for a date, a checkbox for `interested`, a list for `followed_up`…).
// Obsidian offers plugins no public API to set a property's type (obsidian.d.ts has none; the
// app's type manager is internal), so the plugin does not set them: the README tells the user
// how, once, and this table is what it lists.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PROPERTY_NAMES,
  DEFAULT_SETTINGS,
  type PropertyNames,
} from "../../src/domain/settings";

/** Obsidian's property types (the values types.json holds). */
const OBSIDIAN_TYPES = [
  "text",
  "multitext",
  "number",
  "checkbox",
  "date",
  "datetime",
  "aliases",
  "tags",
] as const;
type PropertyType = (typeof OBSIDIAN_TYPES)[number];

/**
 * What each property holds, as a type: the compiler asks for an entry for every property.
 * Marks of a follow-up done hold the date the plugin writes (a plain `true` is read too);
 * `snoozed_until` and the interview's `date` may hold a time; lists hold lists.
 */
const PROPERTY_TYPES: Readonly<Record<keyof PropertyNames, PropertyType>> = {
  organization: "text",
  position: "text",
  date: "datetime",
  contact: "text",
  email: "text",
  status: "text",
  interested: "checkbox",
  lastHeard: "date",
  thankYouSent: "date",
  researchDone: "date",
  followedUp: "multitext",
  rejectionReplied: "date",
  reconnected: "date",
  rejectedOn: "date",
  offerDeadline: "date",
  offerHeadsUp: "date",
  snoozedUntil: "datetime",
  dismissed: "multitext",
  previousRound: "text",
  decisionBy: "date",
  thanked: "multitext",
};

const typesJson = JSON.parse(readFileSync("examples/vault/.obsidian/types.json", "utf8")) as {
  types: Record<string, string>;
};

describe("the sample vault's property types", () => {
  it("covers every property the plugin reads or writes, under its default name", () => {
    const names = [DEFAULT_SETTINGS.typeProperty, ...Object.values(DEFAULT_PROPERTY_NAMES)].sort();
    expect(Object.keys(typesJson.types).sort()).toEqual(names);
  });

  it("gives each the type that fits what it holds", () => {
    for (const [key, name] of Object.entries(DEFAULT_PROPERTY_NAMES) as [
      keyof PropertyNames,
      string,
    ][])
      expect([name, typesJson.types[name]]).toEqual([name, PROPERTY_TYPES[key]]);
    expect(typesJson.types[DEFAULT_SETTINGS.typeProperty]).toBe("text");
  });

  it("uses only Obsidian's types", () => {
    for (const type of Object.values(typesJson.types))
      expect(OBSIDIAN_TYPES).toContain(type as PropertyType);
  });

  it("makes a checkbox of `interested` alone: the marks hold dates, not just true", () => {
    const checkboxes = Object.entries(typesJson.types)
      .filter(([, type]) => type === "checkbox")
      .map(([name]) => name);
    expect(checkboxes).toEqual([DEFAULT_PROPERTY_NAMES.interested]);
  });
});
