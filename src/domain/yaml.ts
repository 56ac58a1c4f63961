/** YAML scalars the plugin writes into new notes: valid, and read back as the very text, for any input. */

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
