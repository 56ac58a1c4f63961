// `npm run install-plugin -- <vault>`: builds the plugin and copies the three files of a release
// (main.js, manifest.json, styles.css) into <vault>/.obsidian/plugins/<id>/, the manual install.
// A vault is a folder with an .obsidian folder in it (Obsidian makes one the first time it opens
// the folder); anything else is refused, so a typo never scatters files on the disk.
// A relative <vault> is read from where npm was started (INIT_CWD), not from the repository.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = ["main.js", "manifest.json", "styles.css"];

function refuse(message) {
  process.stderr.write(`install-plugin: ${message}\n`);
  process.exit(1);
}

const argument = process.argv[2];
if (argument === undefined || argument === "" || process.argv.length > 3) {
  refuse("give the vault folder: npm run install-plugin -- <vault>");
}
const vault = resolve(process.env.INIT_CWD ?? process.cwd(), argument);
if (!existsSync(vault)) refuse(`there is no folder at ${vault}`);
if (!statSync(vault).isDirectory()) refuse(`${vault} is a file, not a vault folder`);
const configDir = join(vault, ".obsidian");
if (!existsSync(configDir) || !statSync(configDir).isDirectory()) {
  refuse(
    `${vault} is not an Obsidian vault (it has no .obsidian folder). ` +
      "Open the folder in Obsidian once (Open folder as vault), then run this again.",
  );
}

const build = spawnSync("npm", ["run", "-s", "build"], {
  cwd: repo,
  stdio: ["ignore", "inherit", "inherit"],
  shell: process.platform === "win32",
});
if (build.status !== 0) refuse("the build failed (see above); nothing was copied");

const { id, name, version } = JSON.parse(readFileSync(join(repo, "manifest.json"), "utf8"));
const target = join(configDir, "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of FILES) copyFileSync(join(repo, file), join(target, file));

process.stdout.write(
  `Installed ${name} ${version} in ${target}\n` +
    "In Obsidian: Settings → Community plugins → turn it on " +
    "(if it was already on, turn it off and on again to load the new build).\n",
);
