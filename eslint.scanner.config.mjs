// What Obsidian's community directory scanner reports: eslint-plugin-obsidianmd's recommended
// config exactly as published, on the plugin's sources (src/) and manifest. `npm run lint` runs
// it after the project's own profiles, so a finding the scanner would make fails here first.
// Only the parser is set up: TypeScript's project service, so the type-aware rules can run.
import obsidianmd from "eslint-plugin-obsidianmd";
import { defineConfig } from "eslint/config";

export default defineConfig([
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
]);
