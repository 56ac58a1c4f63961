/** Which notes are interview notes: by type property, by tag, or by folder. */

import type { Settings } from "./settings";
import { type Frontmatter, isEmpty, property, readStrings } from "./values";

/** True when `path` is `folder` itself or inside it (any case: vaults move between systems). */
export function isInFolder(path: string, folder: string): boolean {
  return inLowerFolder(path, folder.toLowerCase());
}

/**
 * Compares `path`, lowered, with the lower-case `lower` as far as `lower` goes: true or false,
 * or null when a code unit beyond ASCII comes first (lowering may change the length from there,
 * so the caller lowers the whole path). Every note of the vault is checked against the folders
 * when the index is built: this allocates nothing.
 */
function asciiPrefix(path: string, lower: string): boolean | null {
  for (let i = 0; i < lower.length; i++) {
    // Past the end of `path` this is NaN, which matches nothing.
    let code = path.charCodeAt(i);
    if (code > 0x7f) return null;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (code !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** `isInFolder` with the folder lowered already. */
function inLowerFolder(path: string, lowerFolder: string): boolean {
  if (lowerFolder === "") return false;
  const end = lowerFolder.length;
  const prefix = asciiPrefix(path, lowerFolder);
  if (prefix === null) {
    const lowered = path.toLowerCase();
    return lowered.startsWith(lowerFolder) && inFolderAfter(lowered, end);
  }
  return prefix && inFolderAfter(path, end);
}

/** After a folder's name: the end of the path, or a slash. */
function inFolderAfter(path: string, end: number): boolean {
  return path.length === end || path.charCodeAt(end) === 0x2f;
}

/** Whether `path`, lowered, is the lower-case `lower`. */
function isLower(path: string, lower: string): boolean {
  const prefix = asciiPrefix(path, lower);
  // Lowering never empties a text, so an ASCII match is whole only with nothing after it.
  return prefix === null ? path.toLowerCase() === lower : prefix && path.length === lower.length;
}

/** What recognition needs from the settings, worked out once per settings object, not per note. */
interface Recogniser {
  /** The type property's name, as set, and lowered. */
  typeName: string;
  typeLower: string;
  typeValue: string;
  tag: string;
  templates: string;
  folder: string;
  templateFile: string;
  /** The template file with `.md` after it. */
  templateNote: string;
}

/** The tag setting as notes' tags are compared with it: no # before it, lower case. */
export function wantedTag(setting: string): string {
  return setting.trim().replace(/^#/, "").toLowerCase();
}

const recognisers = new WeakMap<Settings, Recogniser>();

function recogniserFor(settings: Settings): Recogniser {
  let made = recognisers.get(settings);
  if (made === undefined) {
    const templateFile = settings.noteTemplateFile.toLowerCase();
    made = {
      typeName: settings.typeProperty,
      typeLower: settings.typeProperty.toLowerCase(),
      typeValue: settings.typeValue.trim().toLowerCase(),
      tag: wantedTag(settings.tag),
      templates: settings.templatesFolder.toLowerCase(),
      folder: settings.interviewFolder.toLowerCase(),
      templateFile,
      templateNote: `${templateFile}.md`,
    };
    recognisers.set(settings, made);
  }
  return made;
}

function tagsOf(values: readonly unknown[]): string[] {
  const tags: string[] = [];
  for (const value of values) {
    for (const entry of readStrings(value)) {
      for (const tag of entry.split(/[,\s]+/)) {
        // Split on every kind of space already, so nothing is left to trim.
        const bare = tag.replace(/^#/, "");
        if (bare !== "") tags.push(bare);
      }
    }
  }
  return tags;
}

/** Tags as Obsidian accepts them in frontmatter: a list, or one string split by commas or spaces. */
export function frontmatterTags(frontmatter: Frontmatter): string[] {
  return tagsOf([property(frontmatter, "tags"), property(frontmatter, "tag")]);
}

/** An upper-case ASCII letter, or anything beyond ASCII: what lowering a text might change. */
const MAY_LOWER = /[A-Z\u0080-\uFFFF]/;

/**
 * Whether `text`, lowered, contains the lower-case `word`. Most tags are lower-case ASCII already
 * ("daily"): they are searched as they are, with no lowered copy made for each note.
 */
function contains(text: string, word: string): boolean {
  // Lowering lengthens a text only by an "İ" (two code units lowered): without one, a text
  // shorter than the word cannot hold it ("daily" and "interview").
  if (text.length < word.length && !text.includes("\u0130")) return false;
  return text.includes(word) || (MAY_LOWER.test(text) && text.toLowerCase().includes(word));
}

/** Whether a text, or a text in a list, contains `word` (any case): a cheap first look. */
function mentions(value: unknown, word: string): boolean {
  if (typeof value === "string") return contains(value, word);
  if (!Array.isArray(value)) return false;
  for (const item of value as unknown[])
    if (typeof item === "string" && contains(item, word)) return true;
  return false;
}

function hasTag(tags: unknown, tag: unknown, wanted: string): boolean {
  if (wanted === "") return false;
  // Most notes' tags do not even contain the word; they need not be split.
  if (!mentions(tags, wanted) && !mentions(tag, wanted)) return false;
  return tagsOf([tags, tag]).some((each) => {
    const lower = each.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}/`);
  });
}

/**
 * Whether a note is in the interview folder and not among the templates: such a note is an
 * interview note by its place alone, once it has properties.
 */
export function inInterviewFolder(path: string, settings: Settings): boolean {
  const r = recogniserFor(settings);
  return inLowerFolder(path, r.folder) && !inLowerFolder(path, r.templates);
}

/**
 * Decides whether a note is an interview note. Templates are never interviews. A note found
 * only through the folder must have at least one of the date, status and organisation
 * properties; without any it is an index page or similar and is left alone.
 */
export function isInterviewNote(
  path: string,
  frontmatter: Frontmatter | null | undefined,
  settings: Settings,
): boolean {
  const r = recogniserFor(settings);
  if (inLowerFolder(path, r.templates)) return false;
  // A setting may name the template note with or without its `.md`.
  if (r.templateFile !== "" && (isLower(path, r.templateFile) || isLower(path, r.templateNote)))
    return false;
  const type = property(frontmatter, r.typeName, r.typeLower);
  if (type !== undefined && readStrings(type).some((entry) => entry.toLowerCase() === r.typeValue))
    return true;
  const tags = property(frontmatter, "tags");
  const tag = property(frontmatter, "tag");
  if (hasTag(tags, tag, r.tag)) return true;
  if (!inLowerFolder(path, r.folder)) return false;
  const { date, status, organization } = settings.properties;
  return [date, status, organization].some((name) => !isEmpty(property(frontmatter, name)));
}
