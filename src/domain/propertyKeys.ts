/**
 * Which of a note's keys holds each of the settings' properties, by `property`'s rule (values.ts):
 * the exact name, else the first key equal to it in lower case. Reading an interview asks for
 * every property and a note has fewer than half of them; asked one at a time, each absent one
 * would walk all of the note's keys. Here the keys are walked once, on the first property not
 * found by its exact name, and every property's key in any case is noted in that walk.
 */

import type { PropertyNames } from "./settings";
import { MAY_LOWER, hasOwn } from "./values";

type Name = keyof PropertyNames;

/** The settings' property names arranged for the walk, once per settings object. */
interface NameTable {
  /** Each property's place in the walk's answer. */
  place: Readonly<Record<Name, number>>;
  count: number;
  /** The places of the properties by their name lowered (two properties may share a name). */
  byLower: ReadonlyMap<string, readonly number[]>;
}

const tables = new WeakMap<PropertyNames, NameTable>();

function tableFor(names: PropertyNames): NameTable {
  let table = tables.get(names);
  if (table === undefined) {
    const place = {} as Record<Name, number>;
    const byLower = new Map<string, number[]>();
    const all = Object.keys(names) as Name[];
    all.forEach((name, at) => {
      place[name] = at;
      const lower = names[name].toLowerCase();
      const places = byLower.get(lower);
      if (places === undefined) byLower.set(lower, [at]);
      else places.push(at);
    });
    table = { place, count: all.length, byLower };
    tables.set(names, table);
  }
  return table;
}

/** One note's keys for the settings' properties. */
export class PropertyKeys {
  private readonly table: NameTable;
  /** Each property's first key equal to its name in lower case, once the keys have been walked. */
  private loose: (string | undefined)[] | null = null;

  constructor(
    private readonly frontmatter: Readonly<Record<string, unknown>>,
    private readonly names: PropertyNames,
  ) {
    this.table = tableFor(names);
  }

  /** The key that holds the property `name`, or undefined when the note has none. */
  keyOf(name: Name): string | undefined {
    const exact = this.names[name];
    if (hasOwn(this.frontmatter, exact)) return exact;
    this.loose ??= this.walk();
    return this.loose[this.table.place[name]];
  }

  /** The keys in `property`'s order (`for…in`, own keys only), each noted for every match. */
  private walk(): (string | undefined)[] {
    const { byLower, count } = this.table;
    const loose = new Array<string | undefined>(count);
    for (const key in this.frontmatter) {
      if (!hasOwn(this.frontmatter, key)) continue;
      const places = byLower.get(MAY_LOWER.test(key) ? key.toLowerCase() : key);
      if (places !== undefined) for (const at of places) loose[at] ??= key;
    }
    return loose;
  }
}
