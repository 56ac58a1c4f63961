#!/usr/bin/env node
// Launcher for the command line. The program itself is bundled to dist/cli.mjs by
// `npm run build:cli`, which `npm ci` / `npm install` run through the `prepare` script.
try {
  await import("../dist/cli.mjs");
} catch (error) {
  if (
    error &&
    error.code === "ERR_MODULE_NOT_FOUND" &&
    String(error.message).includes("dist/cli.mjs")
  ) {
    process.stderr.write(
      "interview-follow-up: not built yet; run `npm run build:cli` in the repository\n",
    );
    process.exit(2);
  }
  throw error;
}
