/** Which notes are interview notes: by type property, by tag, or by folder. */

import type { Settings } from "./settings";
import { type Frontmatter, isEmpty, property, readStrings } from "./values";

/** True when `path` is `folder` itself or inside it (any case: vaults move between systems). */
export function isInFolder(path: string, folder: string): boolean {
  return inLowerFolder(path.toLowerCase(), folder.toLowerCase());
}

/** What recognition needs from the settings, worked out once per settings object, not per note. */
interface Recogniser {
  names: readonly string[];
  lower: readonly string[];
  type: string;
  tag: string;
  templates: string;
  folder: string;
  templateFile: string;
}

const recognisers = new WeakMap<Settings, Recogniser>();

function recogniserFor(settings: Settings): Recogniser {
  let made = recognisers.get(settings);
  if (made === undefined) {
    const names = [settings.typeProperty, "tags", "tag"];
    made = {
      names,
      lower: names.map((name) => name.toLowerCase()),
      type: settings.typeValue.trim().toLowerCase(),
      tag: settings.tag.trim().replace(/^#/, "").toLowerCase(),
      templates: settings.templatesFolder.toLowerCase(),
      folder: settings.interviewFolder.toLowerCase(),
      templateFile: settings.noteTemplateFile.toLowerCase(),
    };
    recognisers.set(settings, made);
  }
  return made;
}

/**
 * The values of the type, tags and tag properties, found with `property`'s rule (the exact name
 * first, else a name equal to it ignoring case) in one pass over the note's keys: recognition
 * looks at every note in the vault, most of which are not interviews, so this is the hot path
 * of a build.
 */
function lookUp(frontmatter: Frontmatter, names: readonly string[], lower: readonly string[]) {
  const exact: (string | undefined)[] = [undefined, undefined, undefined];
  const loose: (string | undefined)[] = [undefined, undefined, undefined];
  for (const key of Object.keys(frontmatter)) {
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      // Only a key of the same length can match, in any case: most keys are passed over here.
      if (key.length !== name.length) continue;
      if (key === name) exact[i] = key;
      else if (loose[i] === undefined && key.toLowerCase() === lower[i]) loose[i] = key;
    }
  }
  return names.map((_, i) => {
    const key = exact[i] ?? loose[i];
    return key === undefined ? undefined : frontmatter[key];
  });
}

function tagsOf(values: readonly unknown[]): string[] {
  const tags: string[] = [];
  for (const value of values) {
    for (const entry of readStrings(value)) {
      for (const tag of entry.split(/[,\s]+/)) {
        const bare = tag.replace(/^#/, "").trim();
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

/** Whether a text, or a text in a list, contains `word` (any case): a cheap first look. */
function mentions(value: unknown, word: string): boolean {
  if (typeof value === "string") return value.toLowerCase().includes(word);
  if (!Array.isArray(value)) return false;
  for (const item of value as unknown[])
    if (typeof item === "string" && item.toLowerCase().includes(word)) return true;
  return false;
}

function hasTag(values: readonly unknown[], wanted: string): boolean {
  if (wanted === "") return false;
  // Most notes' tags do not even contain the word; they need not be split.
  if (!values.some((value) => mentions(value, wanted))) return false;
  return tagsOf(values).some((tag) => {
    const lower = tag.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}/`);
  });
}

function inLowerFolder(lowerPath: string, lowerFolder: string): boolean {
  if (lowerFolder === "") return false;
  return lowerPath === lowerFolder || lowerPath.startsWith(`${lowerFolder}/`);
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
  const lowerPath = path.toLowerCase();
  if (inLowerFolder(lowerPath, r.templates)) return false;
  // A setting may name the template note with or without its `.md`.
  if (
    r.templateFile !== "" &&
    (lowerPath === r.templateFile || lowerPath === `${r.templateFile}.md`)
  )
    return false;
  const fm = frontmatter ?? {};
  const [type, tags, tag] = lookUp(fm, r.names, r.lower);
  if (readStrings(type).some((entry) => entry.toLowerCase() === r.type)) return true;
  if (hasTag([tags, tag], r.tag)) return true;
  if (!inLowerFolder(lowerPath, r.folder)) return false;
  const { date, status, organization } = settings.properties;
  return [date, status, organization].some((name) => !isEmpty(property(fm, name)));
}
