// CHANGELOG.md (Keep a Changelog) as releases use it:
// - `node scripts/changelog.mjs notes <version>` prints that version's section: the release
//   workflow uses it as the release's notes, and fails when the version has none;
// - `releaseUnreleased` (used by scripts/version-bump.mjs) files the "Unreleased" entries under
//   the new version, so the notes are written while the work is done, not at release time.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const HEADING = /^## \[([^\]]+)\](.*)$/gm;

/** The level-2 sections, `## [name] …`, with where their bodies start and end. */
export function sections(text) {
  const found = [...text.matchAll(HEADING)];
  return found.map((match, i) => {
    const start = match.index + match[0].length;
    const end = i + 1 < found.length ? found[i + 1].index : text.length;
    return { name: match[1], heading: match[0], index: match.index, start, end };
  });
}

/** The body of one section, without its heading, trimmed; null when there is none. */
export function sectionBody(text, name) {
  const section = sections(text).find((s) => s.name.toLowerCase() === name.toLowerCase());
  return section === undefined ? null : text.slice(section.start, section.end).trim();
}

/**
 * The changelog with the entries under "Unreleased" moved into a new `## [version] - date`
 * section, and "Unreleased" left empty above it. Throws when there is nothing to release or the
 * version already has a section.
 */
export function releaseUnreleased(text, version, date) {
  const all = sections(text);
  const unreleased = all.find((s) => s.name.toLowerCase() === "unreleased");
  if (unreleased === undefined) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  if (all.some((s) => s.name === version))
    throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const body = text.slice(unreleased.start, unreleased.end).trim();
  if (body === "")
    throw new Error('CHANGELOG.md has nothing under "Unreleased": say what this release changes');
  return (
    `${text.slice(0, unreleased.start)}\n\n## [${version}] - ${date}\n\n${body}\n` +
    (unreleased.end < text.length ? `\n${text.slice(unreleased.end)}` : "")
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [command, version] = process.argv.slice(2);
  if (command !== "notes" || version === undefined) {
    process.stderr.write("usage: node scripts/changelog.mjs notes <version>\n");
    process.exit(2);
  }
  const notes = sectionBody(readFileSync("CHANGELOG.md", "utf8"), version);
  if (notes === null || notes === "") {
    process.stderr.write(`CHANGELOG.md has no notes for ${version}\n`);
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
