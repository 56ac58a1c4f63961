/**
 * Reading one note's file for the scan: never more than its frontmatter can need, and never
 * waiting. A note swapped for a pipe after the folder was listed would otherwise wait for a writer
 * forever, and a note of gigabytes (a sparse file costs nothing on disk) would be read whole.
 */

import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import {
  MAX_FRONTMATTER_CHARS,
  findFrontmatter,
  opensFrontmatter,
} from "../src/domain/frontmatter";
import { withCommas } from "../src/domain/values";

/**
 * The most bytes read of a note. Frontmatter within MAX_FRONTMATTER_CHARS UTF-16 units is at
 * most three bytes a unit in UTF-8, with its two delimiter lines: it always fits.
 */
export const HEAD_BYTES = 1024 * 1024;

/** One buffer for every note: the scan reads one file at a time. */
let buffer: Buffer | undefined;

/** The start of a note's text; `cut` when the file goes on past HEAD_BYTES. */
export interface NoteHead {
  text: string;
  cut: boolean;
}

/** A file that is no longer a regular file when opened (a pipe or a device swapped in). */
export class NotAFile extends Error {}

/**
 * Opens without waiting and checks, on the open file, that it is a regular file; then reads
 * up to HEAD_BYTES. Throws the file system's error, or NotAFile.
 */
export function readNoteHead(file: string | Buffer): NoteHead {
  // O_NONBLOCK does not exist on Windows, which has no pipes in folders to wait on.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotAFile("no longer a file (a pipe or a device took its place)");
    buffer ??= Buffer.allocUnsafe(HEAD_BYTES);
    // As far as the file's size (one read for most notes), or HEAD_BYTES.
    const want = Math.min(HEAD_BYTES, info.size);
    let length = 0;
    while (length < want) {
      const read = readSync(fd, buffer, length, want - length, null);
      if (read === 0) break;
      length += read;
    }
    return { text: buffer.toString("utf8", 0, length), cut: info.size > length };
  } finally {
    closeSync(fd);
  }
}

/**
 * Why a cut note's properties cannot be read, or null: frontmatter that opens in the part read
 * and does not close there runs past HEAD_BYTES, far more than MAX_FRONTMATTER_CHARS.
 */
export function cutProperties(head: NoteHead): string | null {
  if (!head.cut || !opensFrontmatter(head.text) || findFrontmatter(head.text) !== null) return null;
  return `Its properties run past the first ${withCommas(HEAD_BYTES)} bytes of the note, more than the ${withCommas(MAX_FRONTMATTER_CHARS)} characters read: move long text into the note's body`;
}
