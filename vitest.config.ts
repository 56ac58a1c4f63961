import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    // Tests that change process.env.TZ need a process of their own per file.
    pool: "forks",
    // The command line is built once for every test that runs it.
    globalSetup: ["test/support/buildCli.ts"],
    // Vitest's default bound of 5 seconds a test is a guess at the machine's speed: on two busy
    // cores a test that starts a process (the command line, git, npm) or tries 1,000 random cases
    // passes it doing nothing wrong (the slowest, in obsidian/dataSafety.test.ts, took 44 s with
    // the load at 15, 5 s idle). Three minutes still end a test that hangs. Tests that build the
    // plugin themselves set a bound of their own (test/release/installPlugin.test.ts).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: [
            "test/domain/**/*.test.ts",
            "test/cli/**/*.test.ts",
            "test/release/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "ui",
          include: ["test/ui/**/*.test.ts"],
          environment: "jsdom",
        },
      },
      {
        extends: true,
        // 'obsidian' ships types only; at run time plugin code gets the in-memory mocks.
        resolve: { alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }] },
        test: {
          name: "obsidian",
          include: ["test/obsidian/**/*.test.ts"],
          environment: "jsdom",
          setupFiles: ["test/support/obsidian-setup.ts"],
        },
      },
      {
        extends: true,
        // The built bundles: main.js is loaded into the same mocks as the plugin tests use.
        resolve: { alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }] },
        test: {
          name: "build",
          include: ["test/build/**/*.test.ts"],
          environment: "jsdom",
          setupFiles: ["test/support/obsidian-setup.ts"],
          // main.js and the command line, built once per run for these tests (only when they run).
          globalSetup: ["test/support/buildPlugin.ts"],
        },
      },
    ],
  },
});
