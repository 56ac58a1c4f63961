/**
 * A note in the interview folder whose metadata cache came without properties: is that because
 * it has none, or because they cannot be read? Answered from the note's text, read from disk.
 */

import { findFrontmatter, frontmatterTooLarge, yamlProblem } from "./frontmatter";
import type { NoteReading } from "./interview";

/**
 * YAML's plain or quoted key at the left margin, then a colon: the start of a mapping. In a plain
 * key a colon must be followed by more of the key, and `#` must not follow a space (it would start
 * a comment, leaving a plain text).
 */
const KEY_LINE =
  /^(?:"[^"\n]*"|'[^'\n]*'|[^\s#\-?:[\]{}"'|>!&*%@`,](?:[^\s:#]|[ \t]+(?=[^\s#])|:(?=\S)|#)*?)[ \t]*:(?:[ \t]|$)/;

/** Whether the block's first line that is neither blank nor a comment is `key: …`. */
function startsAsMapping(yaml: string): boolean {
  for (const line of yaml.split("\n", 64)) {
    const bare = line.trimEnd();
    if (bare === "" || bare.trimStart().startsWith("#")) continue;
    return KEY_LINE.test(bare);
  }
  return false;
}

/** When the parser takes a block the cache did not: its properties are still invisible. */
const NOT_READ =
  "Obsidian read no properties from it, though they look valid: check the block between the --- lines";

/**
 * The problem of a note whose cache has no properties, or null when it simply has none (no
 * block, or one that parses to no mapping). When the cache has an entry for the note (`cached`),
 * a block that starts as a mapping is a problem without parsing it: had it parsed, the entry
 * would hold its properties. (A note the cache has no entry for is parsed.) Parsing is what costs
 * (a broken block takes a parser a fraction of a millisecond, hundreds of them at start-up), so
 * the reason, which needs the parser's words, is worked out when it is first read, then kept.
 */
export function unreadProperties(
  path: string,
  text: string,
  parse: (yaml: string) => unknown,
  cached = true,
): NoteReading | null {
  const block = findFrontmatter(text);
  if (block === null) return null;
  // Too large to parse at all: a problem without parsing it.
  const tooLarge = frontmatterTooLarge(block.yaml);
  if (tooLarge !== null) return { kind: "problem", path, reason: tooLarge };
  const why = (): string | null => {
    try {
      parse(block.yaml);
      return null;
    } catch (error) {
      return yamlProblem(error);
    }
  };
  if (!cached || !startsAsMapping(block.yaml)) {
    const reason = why();
    return reason === null ? null : { kind: "problem", path, reason };
  }
  let reason: string | null = null;
  return {
    kind: "problem",
    path,
    get reason(): string {
      reason ??= why() ?? NOT_READ;
      return reason;
    },
  };
}
