// Lint profiles (see ENGINEERING.md):
// - the plugin bundle (all of src/) gets obsidianmd's full recommended profile;
// - code that only ever runs in Node (the command line, tests, scripts, configs) gets the same
//   rules with those about Obsidian's runtime turned off.
import obsidianmd from "eslint-plugin-obsidianmd";
import svelte from "eslint-plugin-svelte";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const svelteFiles = ["**/*.svelte", "**/*.svelte.ts"];

const nodeOnly = [
  "cli/**/*.ts",
  "test/**/*.ts",
  "scripts/**/*.{ts,mjs}",
  "bin/*.mjs",
  "bench/**/*.{ts,mjs}",
  "*.config.{ts,mjs,js}",
];

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
    "package-lock.json",
    "**/*.md",
  ]),
  // The recommended profile's TypeScript blocks (type-aware rules, obsidianmd's rules) cover the
  // components' scripts too, as the directory's scanner reads them.
  ...obsidianmd.configs.recommended.map((config) =>
    config.files?.some((glob) => typeof glob === "string" && glob.includes("ts,cts,mts,tsx"))
      ? { ...config, files: [...config.files, ...svelteFiles] }
      : config,
  ),
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["*.config.mjs", "*.config.js", "scripts/*.mjs", "bin/*.mjs"],
          // The plain-JS scripts and configs outside tsconfig.json; the default cap (8) is a
          // guard against slow linting that a dozen small files do not come near.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".svelte"],
      },
    },
  },
  // Svelte's rules need its parser, so they apply to Svelte files only.
  ...svelte.configs.recommended.map((config) =>
    config.files || !config.rules ? config : { ...config, files: svelteFiles },
  ),
  {
    files: svelteFiles,
    plugins: { "@typescript-eslint": tseslint.plugin },
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig: {} },
    },
    rules: {
      "svelte/no-at-html-tags": "error",
      // The core rule does not understand TypeScript signatures; the TypeScript one does.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { args: "none" }],
    },
  },
  {
    files: nodeOnly,
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/ui/sentence-case": "off",
      "obsidianmd/prefer-create-el": "off",
      // Command-line programs and scripts talk on the console; that rule is for the plugin.
      "obsidianmd/rule-custom-message": "off",
      "no-restricted-globals": "off",
      "import/no-extraneous-dependencies": "off",
      "@typescript-eslint/no-restricted-imports": "off",
    },
  },
  {
    // validate-manifest reads the JSON through the TypeScript parser's AST, without types.
    files: ["manifest.json"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: false, project: null },
    },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
]);
