/**
 * Reads a vault folder from disk the way the plugin reads Obsidian's metadata cache: every
 * Markdown note outside dot-folders, its frontmatter parsed with the `yaml` package (dates stay
 * the text they are written as), then recognised and read by the same domain code.
 */

import { type Dirent, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parsePlainYaml } from "./plainYaml";
import { findFrontmatter } from "../domain/frontmatter";
import { type NoteReading, readNote } from "../domain/interview";
import { inInterviewFolder, isInFolder } from "../domain/recognise";
import type { Settings } from "../domain/settings";

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

/** How the command line parses frontmatter: YAML 1.2, warnings (an unknown tag, say) kept quiet. */
export const YAML_OPTIONS = { logLevel: "error" } as const;

/**
 * Frontmatter as the `yaml` package reads it. Plain frontmatter, the common case, is read by a
 * small reader that gives the same answer several times faster (see plainYaml.ts).
 */
export function parseFrontmatter(text: string): unknown {
  const plain = parsePlainYaml(text);
  if (plain !== null) return plain;
  // The `yaml` package recurses once per level and runs out of stack on thousands of levels;
  // deep in that recursion V8 has been seen to abort the whole process. No real note nests so.
  if (nestingDepth(text) > MAX_NESTING) {
    throw new Error(`lists or maps are nested more than ${MAX_NESTING} levels deep`);
  }
  return parse(text, YAML_OPTIONS);
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
};

export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  if (code === undefined) return error.message;
  const words = Object.prototype.hasOwnProperty.call(ERROR_WORDS, code)
    ? ERROR_WORDS[code]
    : undefined;
  return words === undefined ? code : `${words} (${code})`;
}

/** Vault-relative paths (with `/`) of every `.md` file, skipping dot-folders and dot-files. */
function listMarkdown(root: string, warnings: string[]): string[] {
  const out: string[] = [];
  const pending: string[] = [""];
  while (pending.length > 0) {
    const folder = pending.pop() ?? "";
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch (error) {
      if (folder === "") throw new UnreadableVault(errorText(error));
      warnings.push(`skipped folder "${folder}": ${errorText(error)}`);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        pending.push(path);
      } else if (entry.name.endsWith(".md")) {
        // A linked folder is not followed (so a link loop cannot hang the scan); a linked note is
        // read; a link that leads nowhere or loops is kept, so that reading it reports why.
        // Pipes and devices are skipped: reading one could wait forever.
        if (entry.isFile() || (entry.isSymbolicLink() && linksToFileOrNothing(join(root, path)))) {
          out.push(path);
        }
      }
    }
  }
  return out;
}

function linksToFileOrNothing(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? text).trim();
}

/**
 * Whether frontmatter text could make a note an interview by type or tag. Parsing YAML is the
 * costly part of a scan and most notes are not interviews, so text that mentions neither the
 * type value nor the tag, and holds no escape that could spell one, is not parsed.
 */
function mightMatch(yaml: string, settings: Settings): boolean {
  const lower = yaml.toLowerCase();
  const tag = settings.tag.trim().replace(/^#/, "").toLowerCase();
  return (
    lower.includes(settings.typeValue.trim().toLowerCase()) ||
    (tag !== "" && lower.includes(tag)) ||
    // An escape in a quoted value ("\x69nterview") can spell the word: parse to find out.
    yaml.includes("\\")
  );
}

/** Reads one note's text as the plugin reads it from the metadata cache; null: not an interview. */
export function readNoteText(path: string, text: string, settings: Settings): NoteReading | null {
  const block = findFrontmatter(text);
  const inFolder = isInFolder(path, settings.interviewFolder);
  if (block === null) return readNote(path, null, settings);
  if (!inFolder && !mightMatch(block.yaml, settings)) return null;
  let parsed: unknown;
  try {
    parsed = parseFrontmatter(block.yaml);
  } catch (error) {
    // Like the plugin: only a note in the interview folder is known to be an interview note.
    if (!inInterviewFolder(path, settings)) return null;
    const detail = error instanceof Error ? firstLine(error.message) : String(error);
    return { kind: "problem", path, reason: `Its properties are not valid YAML: ${detail}` };
  }
  const frontmatter =
    typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  return readNote(path, frontmatter, settings);
}

/**
 * Reads every interview note of the vault at `root`. Files are read one after another with the
 * synchronous calls: for a command line that does nothing else, that is several times faster than
 * the promise-based ones, which pay for an open, a stat, a read and a close per file.
 */
export function scanVault(root: string, settings: Settings): VaultScan {
  const warnings: string[] = [];
  const readings: NoteReading[] = [];
  for (const path of listMarkdown(root, warnings)) {
    let text: string;
    try {
      text = readFileSync(join(root, path), "utf8");
    } catch (error) {
      if (isInFolder(path, settings.interviewFolder)) {
        readings.push({
          kind: "problem",
          path,
          reason: `The note could not be read: ${errorText(error)}`,
        });
      } else {
        warnings.push(`skipped "${path}": ${errorText(error)}`);
      }
      continue;
    }
    const reading = readNoteText(path, text, settings);
    if (reading !== null) readings.push(reading);
  }
  return { readings, warnings };
}
