/**
 * The file name of a new note: one that Obsidian, its links and every file system a vault syncs
 * to (Windows, macOS, Linux, Android, iOS) accept. Pure.
 */

import { graphemes, oneLine, utf8Length } from "./text";

/** How many numbered names (" 2", " 3"…) to try before giving up. */
export const MAX_ATTEMPTS = 1000;

/**
 * Characters Windows forbids in names, and those Obsidian refuses because links would read them
 * (`#` heading, `^` block, `[` `]` link, `|` alias). Controls are already spaces by `oneLine`.
 */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;
/** A readable length, in UTF-16 units (an emoji counts two); the byte limit below is the hard one. */
const MAX_UNITS = 120;
/** Most file systems allow 255 bytes per name (ext4, APFS, NTFS counts 255 UTF-16 units). */
const MAX_NAME_BYTES = 255;
/** Room kept for the longest suffix `candidatePath` adds (" 1000.md"), and for `_` after a device name. */
const NAME_BUDGET = MAX_NAME_BYTES - utf8Length(` ${MAX_ATTEMPTS}.md`) - 1;
/** Names Windows keeps for devices, whatever follows the first dot: `con.md`, `Com1.notes.md`… */
const DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

/** The longest run of whole graphemes from the start that fits both limits. */
function cut(name: string): string {
  if (name.length <= MAX_UNITS && utf8Length(name) <= NAME_BUDGET) return name;
  let kept = "";
  let bytes = 0;
  for (const grapheme of graphemes(name)) {
    bytes += utf8Length(grapheme);
    if (kept.length + grapheme.length > MAX_UNITS || bytes > NAME_BUDGET) break;
    kept += grapheme;
  }
  return kept;
}

/** True when Windows would take the name for a device (`CON`, `nul.txt`, `COM1 .md`…). */
export function isDeviceName(name: string): boolean {
  const stem = name.split(".")[0] ?? "";
  return DEVICE.test(stem.replace(/ +$/, ""));
}

/**
 * Any text as the words of a file name, before it is cut to length: one line, NFC (as Obsidian
 * stores paths), forbidden characters as spaces, single spaces, no leading dots, and no dashes
 * left dangling by empty placeholders ("2026-11-20 Acme - " → "2026-11-20 Acme").
 */
export function fileNameText(raw: string): string {
  const name = oneLine(raw).normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  // Leading dots and dashes in any mix ("-..") go together, so none is left in front.
  return name.replace(/(\s*-\s*)+$/, "").replace(/^[.\s-]+/, "");
}

/**
 * A file name (without `.md`) from any text: `fileNameText`, cut between graphemes to at most
 * 120 UTF-16 units and short enough in UTF-8 for the numbered name and `.md` to fit in 255 bytes,
 * no trailing dot or space, never a Windows device name, and never empty.
 */
export function safeFileName(raw: string): string {
  let name = cut(fileNameText(raw)).replace(/[.\s]+$/, "");
  if (name === "") return "Interview";
  if (isDeviceName(name)) {
    // "CON.notes" → "CON_.notes": the budget kept a byte for the underscore.
    const dot = name.indexOf(".");
    const stem = dot === -1 ? name : name.slice(0, dot);
    // The byte budget kept room for the `_`; the readable length may need a grapheme less.
    name = cut(`${stem}_${name.slice(stem.length)}`).replace(/[.\s]+$/, "");
  }
  return name;
}

/** The n-th candidate path for a new note: `base.md`, then `base 2.md`, `base 3.md`… */
export function candidatePath(folder: string, base: string, n: number): string {
  const prefix = folder === "" ? "" : `${folder}/`;
  return `${prefix}${n === 1 ? base : `${base} ${n}`}.md`;
}
