// `npm run bench [-- --json]`: runs the benchmarks and prints their figures; with --json also
// writes bench/results.json. Figures are reported, never asserted (see docs/PERFORMANCE.md).
import { spawnSync } from "node:child_process";

const json = process.argv.includes("--json");
const run = spawnSync(
  "npx",
  ["vitest", "run", "--config", "vitest.bench.config.ts", "--reporter=dot"],
  {
    stdio: "inherit",
    env: { ...process.env, BENCH_JSON: json ? "1" : "0" },
  },
);
process.exit(run.status ?? 1);
