import { type App, Notice, type TFile, normalizePath, parseYaml } from "obsidian";
import { bodyStartOf, findFrontmatter } from "../domain/frontmatter";
import {
  type NewInterviewForm,
  checkNewInterview,
  defaultBody,
  firstProblem,
  fillPattern,
  newNoteProperties,
  newNoteText,
  oneLineInterview,
} from "../domain/newNote";
import { MAX_ATTEMPTS, candidatePath, safeFileName } from "../domain/noteFileName";
import {
  type TemplateFill,
  templateBody,
  templateProperties,
  templateYamlProperties,
} from "../domain/noteTemplate";
import type { Settings } from "../domain/settings";
import { errorMessage } from "../domain/text";

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
 * The user's note template, as written: its body, and its properties as Obsidian's YAML parser
 * reads them, placeholders kept as text (none when its YAML does not parse: only its body is
 * used, and the user is told). Null when there is none; a missing template is reported and
 * skipped.
 */
async function readNoteTemplate(
  app: App,
  settings: Settings,
): Promise<{ body: string; properties: Record<string, unknown> | null } | null> {
  const name = settings.noteTemplateFile.trim();
  if (name === "") return null;
  const path = normalizePath(name.endsWith(".md") ? name : `${name}.md`);
  const file = app.vault.getFileByPath(path);
  if (file === null) {
    new Notice(`The note template "${path}" was not found; the built-in one is used.`);
    return null;
  }
  const text = await app.vault.cachedRead(file);
  const yaml = findFrontmatter(text)?.yaml;
  let properties = null;
  try {
    if (yaml !== undefined) properties = templateYamlProperties(yaml, parseYaml);
  } catch {
    // Properties that do not parse are left out, not lost silently: the user is told.
    new Notice(
      `The properties of the note template "${path}" could not be read; only its text is used.`,
    );
  }
  return { body: text.slice(bodyStartOf(text)), properties };
}

/**
 * Creates the note for a new interview in the interview folder and returns it. Never overwrites a
 * file: an existing name, in any case or Unicode form, gets " 2", " 3"… (checked on the disk
 * too). Values that the form would not accept are refused with the form's message, so no caller
 * can write what the form could not.
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
  // The keys as written (`"my \"x\""` quoted); the template's are compared written the same way.
  const ownKeys = new Set(
    properties.split("\n").map((line) => line.slice(0, line.indexOf(":")).toLowerCase()),
  );
  const template = await readNoteTemplate(app, settings);
  /** The note's text under the name it gets: the template's `{{title}}` is that name. */
  const noteText = (path: string): string => {
    if (template === null) return newNoteText(properties, defaultBody(input));
    const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
    const fill: TemplateFill = { input, title, formatDate };
    const extra = templateProperties(template.properties, ownKeys, fill);
    return newNoteText(
      extra === "" ? properties : `${properties}\n${extra}`,
      templateBody(template.body, fill),
    );
  };
  const base = safeFileName(fillPattern(settings.fileNamePattern, input, formatDate));
  // Names that differ only in case or Unicode form are one file on macOS, Windows, iOS and
  // Android, where the vault may sync: taken, even on a disk that tells them apart.
  const fold = (path: string) => path.normalize().toLowerCase();
  const taken = new Set(app.vault.getAllLoadedFiles().map((file) => fold(file.path)));
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const path = normalizePath(candidatePath(folder, base, n));
    if (taken.has(fold(path)) || (await app.vault.adapter.exists(path))) continue;
    try {
      return await app.vault.create(path, noteText(path));
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
    new Notice(`The interview note could not be created: ${errorMessage(error)}.`);
    return false;
  }
  return true;
}
