// `npm version patch|minor|major` runs this twice (see package.json):
// - `preversion` → `--check`: refuses to start when CHANGELOG.md has nothing under
//   "Unreleased", before npm has touched package.json;
// - `version` → no argument: after npm has written the new version into package.json and before
//   it commits and tags, copies that version into manifest.json, records the plugin's
//   minAppVersion in versions.json when no earlier version recorded it, and files the
//   changelog's "Unreleased" entries under the new version.
// Obsidian reads versions.json to offer an older app the newest release it can run, so it only
// needs an entry when minAppVersion changes.
// Works on the files of the current directory (npm runs lifecycle scripts in the package root).
import { readFileSync, writeFileSync } from "node:fs";
import { releaseUnreleased, sectionBody } from "./changelog.mjs";

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

function fail(message) {
  process.stderr.write(`version-bump: ${message}\n`);
  process.exit(1);
}

/** Today as YYYY-MM-DD, in the local time zone (the date the person releasing sees). */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

if (process.argv[2] === "--check") {
  const unreleased = sectionBody(readFileSync("CHANGELOG.md", "utf8"), "Unreleased");
  if (unreleased === null) fail('CHANGELOG.md has no "## [Unreleased]" section');
  if (unreleased === "") fail('CHANGELOG.md has nothing under "Unreleased"; say what changed');
} else {
  const { version } = readJson("package.json");
  const manifest = readJson("manifest.json");
  const versions = readJson("versions.json");

  manifest.version = version;
  if (!Object.values(versions).includes(manifest.minAppVersion)) {
    versions[version] = manifest.minAppVersion;
  }
  let changelog;
  try {
    changelog = releaseUnreleased(readFileSync("CHANGELOG.md", "utf8"), version, today());
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  writeJson("manifest.json", manifest);
  writeJson("versions.json", versions);
  writeFileSync("CHANGELOG.md", changelog);
  process.stdout.write(`manifest.json, versions.json and CHANGELOG.md are at ${version}\n`);
}
