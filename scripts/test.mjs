// Runs the whole test suite once in each of several time zones, then prints one plain line,
// "N passed, N failed", summed over the runs (CI reads that line, not vitest's summary).
// Usage: node scripts/test.mjs [vitest args...]; TEST_ZONES="UTC Asia/Tokyo" to choose zones.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const zones = (process.env.TEST_ZONES ?? "UTC America/New_York Asia/Kolkata")
  .split(/\s+/)
  .filter(Boolean);
const extra = process.argv.slice(2);
const reports = "reports";
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;
for (const zone of zones) {
  const file = join(reports, `vitest-${zone.replace(/\//g, "_")}.json`);
  rmSync(file, { force: true });
  console.log(`\n=== Tests in time zone ${zone} ===`);
  const run = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
      ...extra,
    ],
    { stdio: "inherit", env: { ...process.env, TZ: zone } },
  );
  try {
    const result = JSON.parse(readFileSync(file, "utf8"));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    // A file that fails to load has no failed test but is not a success either.
    if (run.status !== 0 && result.numFailedTests === 0) broken = true;
  } catch {
    broken = true;
  }
}
if (broken) failed += 1;
const line = `${passed} passed, ${failed} failed`;
writeFileSync(join(reports, "summary.txt"), `${line}\n`);
console.log(`\n${line}`);
process.exit(failed === 0 ? 0 : 1);
