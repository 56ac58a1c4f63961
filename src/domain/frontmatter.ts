/** Finding a note's frontmatter block in its text, as Obsidian does: only at the very top. */

export interface FrontmatterBlock {
  /** The YAML between the delimiter lines. */
  yaml: string;
  /** Offset in the text where the body after the closing delimiter starts. */
  bodyStart: number;
}

// "---" on the first line, then YAML (possibly none), then the first closing "---" line: the
// optional YAML group is lazy too, so an empty block ("---" twice) is not stretched to a later one.
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/;

/** The frontmatter block of a note's text (a leading byte-order mark is allowed), or null. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const match = BLOCK.exec(offset === 0 ? text : text.slice(offset));
  if (!match) return null;
  return { yaml: match[1] ?? "", bodyStart: offset + match[0].length };
}
