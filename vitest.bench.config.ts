// `npm run bench`: the benchmarks in bench/, in obsidian-test-mocks under jsdom, one file, no
// parallel work, with the garbage collector exposed for the heap figure.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  resolve: { alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }] },
  test: {
    include: ["bench/**/*.test.ts"],
    environment: "jsdom",
    setupFiles: ["test/support/obsidian-setup.ts"],
    pool: "forks",
    execArgv: ["--expose-gc"],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
