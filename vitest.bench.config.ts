// `npm run bench`: the benchmarks in bench/, in obsidian-test-mocks under jsdom, one file, no
// parallel work, with the garbage collector exposed for the heap figure.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Svelte as users get it: compiled and resolved for production, not in development mode.
  plugins: [svelte({ compilerOptions: { dev: false } }), svelteTesting()],
  resolve: {
    alias: [
      { find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" },
      // Svelte's runtime asks esm-env whether it runs in development; under vitest the answer is
      // yes. Users run the production runtime, so the benchmarks do too.
      {
        find: /^esm-env\/development$/,
        replacement: `${import.meta.dirname}/node_modules/esm-env/false.js`,
      },
    ],
  },
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
