// The Vitest run that Stryker uses for mutation testing (stryker.config.json): only the tests of
// src/domain/, in Node. The command-line tests are left out on purpose: they run the built
// bundle in a child process, which never sees Stryker's active mutant, so they can kill none.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          {
            // Stryker's runner asks Vitest for worker threads, but Node ignores a TZ set inside a
            // worker thread, and the daylight-saving tests switch zones (inTimeZone). Child
            // processes honour it, so this project runs in forks whatever the command line says.
            name: "mutation-forks",
            configResolved(config) {
              if (config.test) config.test.pool = "vmForks";
            },
          },
        ],
        test: {
          name: "domain",
          include: ["test/domain/**/*.test.ts"],
          environment: "node",
          // Each mutant runs the property-based tests again: 100 random cases each here, not the
          // suite's 1,000 (test/support/propertyRuns.ts), so a run fits in CI's time.
          env: { FAST_CHECK_RUNS: "100" },
          // As in vitest.config.ts: no test may depend on the machine's speed. Stryker's first run
          // of the tests (with coverage) is the slowest; on two busy cores some property tests took
          // more than Vitest's default 5 seconds there, and a failed first run stops Stryker. A
          // mutant that makes a test loop is still stopped by Stryker's own time-out.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One process for all files instead of one per file: a mutant run is then mostly test
          // time, not start-up time. inTimeZone restores TZ after each file, so files stay apart.
        },
      },
    ],
  },
});
