/**
 * Reads a vault folder from disk the way the plugin reads Obsidian's metadata cache: every
 * Markdown note outside dot-folders, its frontmatter parsed with the `yaml` package (dates stay
 * the text they are written as), then recognised and read by the same domain code.
 */

import { type Dirent, readdirSync, statSync } from "node:fs";
import { type NoteHead, cutProperties, readNoteHead } from "./noteFile";
import { parsePlainYaml } from "./plainYaml";
import { YAML_OPTIONS, parseWithPackage } from "./yamlPackage";
import { findFrontmatter, frontmatterTooLarge, yamlProblem } from "../src/domain/frontmatter";
import { type NoteReading, readNote } from "../src/domain/interview";
import { inInterviewFolder, isInFolder } from "../src/domain/recognise";
import type { Settings } from "../src/domain/settings";
import { isRecord } from "../src/domain/values";

export interface VaultScan {
  readings: NoteReading[];
  /** Things worth saying on stderr that are not problems of interview notes. */
  warnings: string[];
}

/** The vault folder itself cannot be listed: nothing in it can be read. */
export class UnreadableVault extends Error {
  constructor(readonly why: string) {
    super(`cannot list the vault folder: ${why}`);
  }
}

export { YAML_OPTIONS };

/**
 * Frontmatter as the `yaml` package reads it: the value, or the package's error thrown. Plain
 * frontmatter, the common case, is read (or refused) by a small reader that gives the same answer
 * several times faster (see plainYaml.ts); only other text loads and runs the package.
 */
export function parseFrontmatter(text: string): unknown {
  const plain = parsePlainYaml(text);
  if (plain !== null) return plain;
  // The `yaml` package recurses once per level and runs out of stack on thousands of levels;
  // deep in that recursion V8 has been seen to abort the whole process. No real note nests so.
  if (nestingDepth(text) > MAX_NESTING) {
    throw new Error(`lists or maps are nested more than ${MAX_NESTING} levels deep`);
  }
  return parseWithPackage(text);
}

const MAX_NESTING = 256;

/**
 * How deep `[` and `{` nest, not counting those inside quotes. A quote opens a quoted value only
 * where a value can begin (after a space, `[`, `{`, `,` or `:`, or at a line's start), so the
 * apostrophe in "don't" opens nothing; a quote is taken to end with its line at the latest.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = "";
  let previous = "\n";
  for (const c of text) {
    if (c === "\n") quote = "";
    else if (quote !== "") {
      if (c === quote) quote = "";
    } else if ((c === '"' || c === "'") && " \n[{,:".includes(previous)) quote = c;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
    previous = c;
  }
  return deepest;
}

/** A file-system error in words, with its code to search for: "permission denied (EACCES)". */
const ERROR_WORDS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "a link to a file that does not exist",
  ELOOP: "a link that loops",
  EISDIR: "a folder",
  ENOTDIR: "not a folder",
  ENOSPC: "no space left on the device",
};

/** What to do about a file-system error, after a semicolon; nothing when there is no clear step. */
const ERROR_ADVICE: Readonly<Record<string, string>> = {
  EACCES: "allow your user to read it",
  EPERM: "allow your user to read it",
  ENOENT: "point the link at a note or remove it",
  ELOOP: "point the link at a note or remove it",
};

function adviceFor(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(ERROR_ADVICE, code)
    ? `; ${ERROR_ADVICE[code]}`
    : "";
}

export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  if (code === undefined) return error.message;
  const words = Object.prototype.hasOwnProperty.call(ERROR_WORDS, code)
    ? ERROR_WORDS[code]
    : undefined;
  return words === undefined ? code : `${words} (${code})`;
}

/** A Markdown file found: its vault-relative path to show (with `/`) and its name to open. */
export interface Listed {
  /** As a person reads it: bytes that are not UTF-8 shown as U+FFFD. */
  path: string;
  /**
   * The file's path on disk: text, or bytes where a name on the way is not UTF-8 (such a name
   * cannot be opened again from the text Node decodes it to).
   */
  file: string | Buffer;
}

const SLASH = Buffer.from("/");
const DOT = 0x2e;
const MD = Buffer.from(".md");

/**
 * A folder's entries. Names are read as text, which costs half as much as bytes; a folder where a
 * name is not UTF-8 (Node shows U+FFFD in its text) is read again as bytes, once, and so is all
 * below it.
 */
function entriesOf(folder: Listed): Dirent<Buffer>[] | Dirent[] {
  if (typeof folder.file === "string") {
    const entries = readdirSync(folder.file, { withFileTypes: true });
    if (!entries.some((entry) => entry.name.includes("\ufffd"))) return entries;
    folder.file = Buffer.from(folder.file);
  }
  return readdirSync(folder.file, { withFileTypes: true, encoding: "buffer" });
}

/**
 * Every `.md` file, skipping dot-folders and dot-files. A file whose path on disk is not all
 * UTF-8 is listed and opened by its bytes.
 */
function listMarkdown(root: string, warnings: string[]): Listed[] {
  const out: Listed[] = [];
  const pending: Listed[] = [{ path: "", file: root }];
  while (pending.length > 0) {
    const folder = pending.pop() ?? { path: "", file: "" };
    let entries: Dirent<Buffer>[] | Dirent[];
    try {
      entries = entriesOf(folder);
    } catch (error) {
      if (folder.path === "") throw new UnreadableVault(errorText(error));
      warnings.push(`skipped folder "${folder.path}": ${errorText(error)}${adviceFor(error)}`);
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      let text: string;
      let file: string | Buffer;
      const isDirectory = entry.isDirectory();
      if (typeof name === "string") {
        if (name.charCodeAt(0) === DOT) continue;
        if (!isDirectory && !name.endsWith(".md")) continue;
        text = name;
        file = `${folder.file as string}/${name}`;
      } else {
        if (name[0] === DOT) continue;
        if (!isDirectory && !name.subarray(-3).equals(MD)) continue;
        text = name.toString("utf8");
        file = Buffer.concat([folder.file as Buffer, SLASH, name]);
      }
      const path = folder.path === "" ? text : `${folder.path}/${text}`;
      // A linked folder is not followed (so a link loop cannot hang the scan); a linked note is
      // read; a link that leads nowhere or loops is kept, so that reading it reports why.
      // Pipes and devices are skipped: reading one could wait forever.
      if (isDirectory) {
        pending.push({ path, file });
      } else if (entry.isFile() || (entry.isSymbolicLink() && linksToFileOrNothing(file))) {
        out.push({ path, file });
      }
    }
  }
  return out;
}

function linksToFileOrNothing(path: string | Buffer): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

/** The lowered type value and tag that `mightMatch` looks for, worked out once per settings. */
const wordsFor = new WeakMap<Settings, { type: string; tag: string }>();

/**
 * Whether frontmatter text could make a note an interview by type or tag. Parsing YAML is the
 * costly part of a scan and most notes are not interviews, so text that mentions neither the
 * type value nor the tag, and holds no escape that could spell one, is not parsed.
 */
function mightMatch(yaml: string, settings: Settings): boolean {
  let words = wordsFor.get(settings);
  if (words === undefined) {
    words = {
      type: settings.typeValue.trim().toLowerCase(),
      tag: settings.tag.trim().replace(/^#/, "").toLowerCase(),
    };
    wordsFor.set(settings, words);
  }
  const lower = yaml.toLowerCase();
  return (
    lower.includes(words.type) ||
    (words.tag !== "" && lower.includes(words.tag)) ||
    // An escape in a quoted value ("\x69nterview") can spell the word: parse to find out.
    yaml.includes("\\")
  );
}

/** Reads one note's text as the plugin reads it from the metadata cache; null: not an interview. */
export function readNoteText(path: string, text: string, settings: Settings): NoteReading | null {
  const block = findFrontmatter(text);
  const inFolder = isInFolder(path, settings.interviewFolder);
  // Without properties, only its folder could make a note an interview (recognise.ts).
  if (block === null) return inFolder ? readNote(path, null, settings) : null;
  if (!inFolder && !mightMatch(block.yaml, settings)) return null;
  // Like the plugin: only a note in the interview folder is known to be an interview note
  // without reading its properties.
  const tooLarge = frontmatterTooLarge(block.yaml);
  if (tooLarge !== null)
    return inInterviewFolder(path, settings) ? { kind: "problem", path, reason: tooLarge } : null;
  let parsed: unknown;
  try {
    parsed = parseFrontmatter(block.yaml);
  } catch (error) {
    if (!inInterviewFolder(path, settings)) return null;
    return { kind: "problem", path, reason: yamlProblem(error) };
  }
  const frontmatter = isRecord(parsed) ? parsed : null;
  return readNote(path, frontmatter, settings);
}

/**
 * Reads every interview note of the vault at `root`. Files are read one after another with the
 * synchronous calls: for a command line that does nothing else, that is several times faster than
 * the promise-based ones. Only the start of a note is read (noteFile.ts).
 */
export function scanVault(root: string, settings: Settings): VaultScan {
  const warnings: string[] = [];
  const readings: NoteReading[] = [];
  for (const { path, file } of listMarkdown(root, warnings)) {
    let head: NoteHead;
    try {
      head = readNoteHead(file);
    } catch (error) {
      if (isInFolder(path, settings.interviewFolder)) {
        readings.push({
          kind: "problem",
          path,
          reason: `The note could not be read: ${errorText(error)}${adviceFor(error)}`,
        });
      } else {
        warnings.push(`skipped "${path}": ${errorText(error)}${adviceFor(error)}`);
      }
      continue;
    }
    const cut = cutProperties(head);
    if (cut !== null) {
      // Like properties over the bound (readNoteText): a problem only in the interview folder.
      if (inInterviewFolder(path, settings)) readings.push({ kind: "problem", path, reason: cut });
      continue;
    }
    const reading = readNoteText(path, head.text, settings);
    if (reading !== null) readings.push(reading);
  }
  return { readings, warnings };
}
