// Runs the whole test suite once in each of several time zones, then the real-browser tests once
// (Chromium), then prints one plain line, "N passed, N failed", summed over the runs (CI reads
// that line, not vitest's summary).
// Usage: node scripts/test.mjs [vitest args...]; TEST_ZONES="UTC Asia/Tokyo" to choose zones;
// TEST_BROWSER=0 to leave out the browser run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
/** Each failed test, named with its run and file, and the start of its message. */
const failures = [];

function run(label, file, args, env) {
  rmSync(file, { force: true });
  console.log(`\n=== ${label} ===`);
  const child = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
      ...args,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  try {
    const result = JSON.parse(readFileSync(file, "utf8"));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    for (const suite of result.testResults) {
      for (const test of suite.assertionResults) {
        if (test.status !== "failed") continue;
        const where = [suite.name.replace(`${process.cwd()}/`, ""), ...test.ancestorTitles];
        const message = (test.failureMessages[0] ?? "").split("\n").slice(0, 12).join("\n    ");
        failures.push(`${label}: ${[...where, test.title].join(" > ")}\n    ${message}`);
      }
    }
    // A file that fails to load has no failed test but is not a success either.
    if (child.status !== 0 && result.numFailedTests === 0) broken = true;
  } catch {
    broken = true;
  }
}

for (const zone of zones) {
  const file = join(reports, `vitest-${zone.replace(/\//g, "_")}.json`);
  run(`Tests in time zone ${zone}`, file, extra, { TZ: zone });
}
if (process.env.TEST_BROWSER !== "0") {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) {
    run(
      "Real-browser tests (Chromium)",
      join(reports, "vitest-browser.json"),
      ["--config", "vitest.browser.config.ts"],
      {},
    );
  } else {
    console.error(
      `\nNo Chromium at ${chromium}: run "npm run setup:browser" first (or TEST_BROWSER=0).`,
    );
    broken = true;
  }
}
if (broken) failed += 1;
const line = `${passed} passed, ${failed} failed`;
writeFileSync(join(reports, "summary.txt"), `${line}\n`);
// The failed tests again, last, where a log cut to its end still shows them (.ci/run prints this
// file once more before its closing line); a property's message holds its seed, to run it again.
const failureText = failures.join("\n\n");
writeFileSync(join(reports, "failures.txt"), failureText === "" ? "" : `${failureText}\n`);
if (failureText !== "") console.log(`\nFailed:\n\n${failureText}`);
console.log(`\n${line}`);
process.exit(failed === 0 ? 0 : 1);
