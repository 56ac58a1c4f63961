/**
 * The one YAML writer of new notes (the create form's properties and a note template's): valid,
 * and read back as the very values, for any input.
 */

/**
 * A YAML scalar for any text: double-quoted with JSON's escapes, which YAML reads the same way.
 * JSON leaves U+2028 and U+2029 raw; YAML 1.1 readers take them for line breaks, so escape them.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A YAML scalar for text, written plain when YAML would read it back as the same text (so the
 * note reads `organization: Acme Corp`), quoted otherwise: words YAML gives a meaning (true, null,
 * no…), anything starting with a digit (a number or a date), and any punctuation with a role.
 */
export function yamlText(text: string): string {
  const plain =
    /^\p{L}[\p{L}\p{N} ._'&()+,/-]*$/u.test(text) &&
    !/[ .]$/.test(text) &&
    !/^(true|false|yes|no|on|off|null|y|n)$/i.test(text);
  return plain ? text : yamlString(text);
}

/** A YAML mapping key: plain when it is a simple name, quoted otherwise. */
export function yamlKey(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : yamlString(name);
}

/**
 * A block list of texts, as a property's value after its `key:` (Obsidian writes lists this way):
 * each entry on its own line, indented, as `yamlText`. Empty entries stay, as `""`, so two lists
 * written side by side keep their places.
 */
export function yamlList(texts: readonly string[]): string {
  return texts.map((text) => `\n  - ${yamlText(text)}`).join("");
}

/** A date or date & time (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`) plain, so Obsidian shows it as one; other text quoted. */
export function yamlDate(text: string): string {
  return DATE.test(text) ? text : yamlString(text);
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

type Scalar = string | number | boolean | null | undefined;

const isScalar = (value: unknown): value is Scalar =>
  value === null || ["string", "number", "boolean", "undefined"].includes(typeof value);

/** One scalar as YAML: text as `yamlText` (a date plain), numbers and flags as themselves. */
function yamlScalar(value: Scalar): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  return DATE.test(value) ? value : yamlText(value);
}

/**
 * Any property value as the metadata cache holds it, as YAML after its `key:`: nothing for an
 * empty one, a scalar on the line, a list of scalars as a block list (as Obsidian writes lists),
 * and anything else (nested lists and mappings) as JSON, which YAML reads the same way.
 */
export function yamlValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isScalar(value)) return ` ${yamlScalar(value)}`;
  if (Array.isArray(value) && value.every(isScalar))
    return value.length === 0 ? " []" : value.map((each) => `\n  - ${yamlScalar(each)}`).join("");
  return ` ${flow(value)}`;
}

/** JSON for a nested value, with YAML's extra line breaks escaped as in `yamlString`. */
function flow(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return (json ?? "null").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Properties as YAML lines, `key: value`, in the record's order: the one writer of new notes. */
export function yamlProperties(record: Readonly<Record<string, unknown>>): string {
  return Object.entries(record)
    .map(([key, value]) => `${yamlKey(key)}:${yamlValue(value)}`)
    .join("\n");
}
