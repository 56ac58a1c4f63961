/** Which notes are interview notes: by type property, by tag, or by folder. */

import type { Settings } from "./settings";
import { type Frontmatter, isEmpty, property, readStrings } from "./values";

/** True when `path` is `folder` itself or inside it (any case: vaults move between systems). */
export function isInFolder(path: string, folder: string): boolean {
  if (folder === "") return false;
  const lowerPath = path.toLowerCase();
  const lowerFolder = folder.toLowerCase();
  return lowerPath === lowerFolder || lowerPath.startsWith(`${lowerFolder}/`);
}

function hasType(frontmatter: Frontmatter, settings: Settings): boolean {
  const wanted = settings.typeValue.trim().toLowerCase();
  return readStrings(property(frontmatter, settings.typeProperty)).some(
    (value) => value.toLowerCase() === wanted,
  );
}

/** Tags as Obsidian accepts them in frontmatter: a list, or one string split by commas or spaces. */
export function frontmatterTags(frontmatter: Frontmatter): string[] {
  const tags: string[] = [];
  for (const key of ["tags", "tag"]) {
    for (const entry of readStrings(property(frontmatter, key))) {
      for (const tag of entry.split(/[,\s]+/)) {
        const bare = tag.replace(/^#/, "").trim();
        if (bare !== "") tags.push(bare);
      }
    }
  }
  return tags;
}

function hasTag(frontmatter: Frontmatter, settings: Settings): boolean {
  const wanted = settings.tag.trim().replace(/^#/, "").toLowerCase();
  if (wanted === "") return false;
  return frontmatterTags(frontmatter).some((tag) => {
    const lower = tag.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}/`);
  });
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
  if (isInFolder(path, settings.templatesFolder)) return false;
  if (settings.noteTemplateFile !== "" && sameFile(path, settings.noteTemplateFile)) return false;
  const fm = frontmatter ?? {};
  if (hasType(fm, settings) || hasTag(fm, settings)) return true;
  if (!isInFolder(path, settings.interviewFolder)) return false;
  const { date, status, organization } = settings.properties;
  return [date, status, organization].some((name) => !isEmpty(property(fm, name)));
}

/** A setting may name a note with or without its `.md`. */
function sameFile(path: string, setting: string): boolean {
  const lowerPath = path.toLowerCase();
  const lowerSetting = setting.toLowerCase();
  return lowerPath === lowerSetting || lowerPath === `${lowerSetting}.md`;
}
