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

/** The first lines of a failure's message, indented under its test's name. */
function start(message = "") {
  return message.split("\n").slice(0, 12).join("\n    ");
}

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
      const path = suite.name.replace(`${process.cwd()}/`, "");
      const failedTests = suite.assertionResults.filter((test) => test.status === "failed");
      for (const test of failedTests) {
        const where = [path, ...test.ancestorTitles, test.title].join(" > ");
        failures.push(`${label}: ${where}\n    ${start(test.failureMessages[0])}`);
      }
      // A file that fails to load (or a hook that fails) has no failed test of its own, so it is
      // named here, and the run counts as broken below.
      if (suite.status === "failed" && failedTests.length === 0) {
        failures.push(`${label}: ${path} did not run\n    ${start(suite.message)}`);
      }
    }
    if (child.status !== 0 && result.numFailedTests === 0) broken = true;
  } catch {
    broken = true;
    failures.push(`${label}: no report from Vitest (exit ${child.status}): see the log above`);
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
