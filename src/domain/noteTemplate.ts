/**
 * The user's note template made into a new note: its body and its own properties filled in with
 * the form's values (our placeholders and the core Templates plugin's `{{title}}`, `{{date}}` and
 * `{{time}}`, with formats), the properties written by the one YAML writer (`yamlProperties`).
 * Pure: the adapter reads the template and passes Obsidian's date formatting in.
 */

import { type NewInterview, fillPattern, markdownInline } from "./newNote";
import { isRecord } from "./values";
import { yamlKey, yamlProperties } from "./yaml";

/** What a template is filled with. */
export interface TemplateFill {
  input: NewInterview;
  /** The new note's name, without `.md`: `{{title}}`. */
  title: string;
  /** A moment-style format applied to a time (`YYYY-MM-DD`, `HH:mm`…). */
  formatDate: (ms: number, format: string) => string;
}

/**
 * A template's properties from its YAML text, each placeholder read as the text it is wherever
 * it stands: to YAML, `created: {{date}}` (as the core Templates plugin's templates write it) is
 * a mapping inside a mapping. Null when the YAML holds no mapping; throws what `parse` throws.
 */
export function templateYamlProperties(
  yaml: string,
  parse: (yaml: string) => unknown,
): Record<string, unknown> | null {
  const found: string[] = [];
  // Each placeholder as a stand-in YAML reads as plain text, put back once parsed; one holding a
  // quote or a backslash is left to YAML, as it may stand in a quoted text that escapes them.
  const read = parse(yaml.replace(/{{[^{}"'\\]*}}/g, (p) => `_ifu${found.push(p) - 1}_`));
  return isRecord(read)
    ? (JSON.parse(
        JSON.stringify(read).replace(/_ifu(\d+)_/g, (t, i: number) =>
          JSON.stringify(found[i] ?? t).slice(1, -1),
        ),
      ) as Record<string, unknown>)
    : null;
}

/** The template's body with its placeholders filled, each value reading as itself in Markdown. */
export function templateBody(body: string, fill: TemplateFill): string {
  return fillPattern(body, fill.input, fill.formatDate, markdownInline, fill.title);
}

/** Fills the placeholders in every text of a property value (lists and mappings included). */
function fillValue(value: unknown, fill: TemplateFill, depth = 0): unknown {
  if (typeof value === "string")
    return fillPattern(value, fill.input, fill.formatDate, undefined, fill.title);
  // Frontmatter is shallow; a bound keeps a hostile, deeply nested value from costing much.
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((each) => fillValue(each, fill, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, each] of Object.entries(value))
    Object.defineProperty(out, key, {
      value: fillValue(each, fill, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/**
 * The template's own properties, beyond the ones the form writes (`ownKeys`: their keys as
 * `yamlKey` writes them, quotes and escapes included, lower case), filled and written as YAML
 * lines; empty when it adds none. Compared as written, a name YAML must quote (`my "x"`) is one
 * key, never two.
 */
export function templateProperties(
  properties: Readonly<Record<string, unknown>> | null | undefined,
  ownKeys: ReadonlySet<string>,
  fill: TemplateFill,
): string {
  if (properties === null || properties === undefined) return "";
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (ownKeys.has(yamlKey(key).toLowerCase())) continue;
    // defineProperty: a key such as "__proto__" stays a property of its own, as typed.
    Object.defineProperty(added, key, {
      value: fillValue(value, fill),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return yamlProperties(added);
}
