import { type App, Notice, type TFile, normalizePath, stringifyYaml } from "obsidian";
import { findFrontmatter } from "../domain/frontmatter";
import {
  type NewInterview,
  type NewInterviewForm,
  checkNewInterview,
  defaultBody,
  firstProblem,
  fillPattern,
  markdownInline,
  newNoteProperties,
  newNoteText,
  oneLineInterview,
} from "../domain/newNote";
import { MAX_ATTEMPTS, candidatePath, safeFileName } from "../domain/noteFileName";
import type { Settings } from "../domain/settings";

/** Creates each missing folder of `folder`, from the top down. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
  let path = "";
  for (const part of folder.split("/").filter((p) => p !== "")) {
    path = path === "" ? part : `${path}/${part}`;
    if (app.vault.getFolderByPath(path) !== null) continue;
    try {
      await app.vault.createFolder(path);
    } catch (error) {
      // Another write may have made it in between; only a folder that is still missing is an error.
      if (app.vault.getFolderByPath(path) === null) throw error;
    }
  }
}

/**
 * The user's note template: its body, with the form's values filled in, and the properties it
 * adds beyond ours. Null when there is none; a missing template is reported and skipped.
 */
async function fromTemplate(
  app: App,
  settings: Settings,
  input: NewInterview,
  formatDate: (ms: number, format: string) => string,
  ownKeys: Set<string>,
): Promise<{ body: string; extra: string } | null> {
  const name = settings.noteTemplateFile.trim();
  if (name === "") return null;
  const path = normalizePath(name.endsWith(".md") ? name : `${name}.md`);
  const file = app.vault.getFileByPath(path);
  if (file === null) {
    new Notice(`The note template "${path}" was not found; the built-in one is used.`);
    return null;
  }
  const text = await app.vault.cachedRead(file);
  const block = findFrontmatter(text);
  const body = fillPattern(
    block === null ? text : text.slice(block.bodyStart),
    input,
    formatDate,
    markdownInline,
  );
  let extra = "";
  // The template's own properties, as Obsidian's cache read them (a template whose YAML does not
  // parse has none there: only its body is used).
  const properties = app.metadataCache.getFileCache(file)?.frontmatter;
  if (properties !== undefined) {
    const added = Object.fromEntries(
      Object.entries(properties).filter(([key]) => !ownKeys.has(key.toLowerCase())),
    );
    if (Object.keys(added).length > 0) extra = stringifyYaml(added).trimEnd();
  }
  return { body, extra };
}

/**
 * Creates the note for a new interview in the interview folder and returns it. Never overwrites a
 * file: an existing name gets " 2", " 3"… (checked on the disk, so names that differ only in case
 * count as taken where the file system says so). Values that the form would not accept are
 * refused with the form's message, so no caller can write what the form could not.
 */
export async function createInterviewNote(
  app: App,
  settings: Settings,
  raw: NewInterviewForm,
  now: number,
  formatDate: (ms: number, format: string) => string,
): Promise<TFile> {
  const input = oneLineInterview(raw);
  const problem = firstProblem(checkNewInterview(input));
  if (problem !== undefined) throw new Error(problem);
  const folder = settings.interviewFolder === "" ? "" : normalizePath(settings.interviewFolder);
  await ensureFolder(app, folder);
  const properties = newNoteProperties(input, settings, now);
  const ownKeys = new Set(
    properties
      .split("\n")
      .map((line) => line.slice(0, line.indexOf(":")).replace(/"/g, "").toLowerCase()),
  );
  const template = await fromTemplate(app, settings, input, formatDate, ownKeys);
  const text = newNoteText(
    template === null || template.extra === "" ? properties : `${properties}\n${template.extra}`,
    template === null ? defaultBody(input) : template.body,
  );
  const base = safeFileName(fillPattern(settings.fileNamePattern, input, formatDate));
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const path = normalizePath(candidatePath(folder, base, n));
    if (app.vault.getAbstractFileByPath(path) !== null || (await app.vault.adapter.exists(path)))
      continue;
    try {
      return await app.vault.create(path, text);
    } catch (error) {
      // Someone took the name since we looked: try the next one. Anything else is a real failure.
      if (!(await app.vault.adapter.exists(path))) throw error;
    }
  }
  throw new Error(`every name from "${base}" to "${base} ${MAX_ATTEMPTS}" is taken`);
}

/**
 * What the form's "Create note" does: creates the note and opens it (in a new tab when the
 * settings say so). False, with a notice saying why, when it could not be created.
 */
export async function createAndOpenNote(
  app: App,
  settings: Settings,
  input: NewInterviewForm,
  formatDate: (ms: number, format: string) => string,
): Promise<boolean> {
  try {
    const file = await createInterviewNote(app, settings, input, Date.now(), formatDate);
    await app.workspace.getLeaf(settings.openInNewTab ? "tab" : false).openFile(file, {
      active: true,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    new Notice(`The interview note could not be created: ${detail}.`);
    return false;
  }
  return true;
}
