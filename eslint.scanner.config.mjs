// What Obsidian's community directory scanner reports: eslint-plugin-obsidianmd's recommended
// config exactly as published, on everything the directory reads: the plugin's sources (src/,
// Svelte components included), the root config files and manifest.json. `npm run lint` runs it
// after the project's own profiles, so a finding the scanner would make fails here first.
// Tests and tooling (test/, scripts/, docs/, bench/, cli/, bin/) are Node code the plugin never
// ships, linted by eslint.config.mjs's Node profile.
// Only parsing is set up, no rule is changed: TypeScript's project service (the type-aware rules
// need it, and the plain-JS configs are outside tsconfig.json), Svelte's parser for components
// (whose scripts get the same TypeScript rules as a .ts file), and manifest.json read as JSON
// through the TypeScript parser for `validate-manifest`, with the same severity as published.
import obsidianmd from "eslint-plugin-obsidianmd";
import svelte from "eslint-plugin-svelte";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

const svelteFiles = ["**/*.svelte", "**/*.svelte.ts"];
const rootConfigs = ["*.config.mjs", "*.config.js"];

/** The rules the published config gives TypeScript files, for manifest.json's one rule. */
const manifestRule = obsidianmd.configs.recommended
  .map((config) => config.rules?.["obsidianmd/validate-manifest"])
  .find((severity) => severity !== undefined);

export default defineConfig([
  globalIgnores([
    "node_modules/",
    "main.js",
    "dist/",
    "coverage/",
    "reports/",
    ".stryker-tmp/",
    "stryker-setup-*.js",
    "examples/",
    "docs/",
    "test/",
    "scripts/",
    "bench/",
    "cli/",
    "bin/",
    "package-lock.json",
    "**/*.md",
  ]),
  // The published TypeScript blocks, applied to the components' scripts as well.
  ...obsidianmd.configs.recommended.map((config) =>
    config.files?.some((glob) => typeof glob === "string" && glob.includes("ts,cts,mts,tsx"))
      ? { ...config, files: [...config.files, ...svelteFiles] }
      : config,
  ),
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: rootConfigs },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".svelte"],
      },
    },
  },
  // Svelte's parser for components (after the TypeScript blocks, which set their own parser),
  // with TypeScript's parser for their scripts.
  ...svelte.configs.base,
  {
    files: svelteFiles,
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig: {} } },
  },
  {
    files: ["manifest.json"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: false, project: null },
    },
    rules: { "obsidianmd/validate-manifest": manifestRule ?? "warn" },
  },
]);
