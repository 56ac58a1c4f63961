// Vitest global set-up of the "build" project: builds what ships once per run, before any test
// file starts, and hands the tests private copies of it. A build takes seconds on a busy machine,
// which is no test's business, and the release tests rebuild main.js in the repository while
// these tests run (install-plugin always builds), so a test reading main.js there could catch it
// half-written; a copy in a folder of our own never changes under a test.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ensurePluginBuilt } from "./bundle";

declare module "vitest" {
  export interface ProvidedContext {
    /** A copy of the built plugin, main.js, made when the run started. */
    builtPlugin: string;
    /** The command line built for this run (a copy of what dist/cli.mjs is built from). */
    builtCli: string;
  }
}

export default function buildPlugin(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), "ifu-built-"));
  // main.js is reused when it is newer than every file it is built from, so the three runs of
  // `npm test` (one per time zone) build it at most once.
  ensurePluginBuilt();
  const plugin = join(folder, "main.js");
  copyFileSync("main.js", plugin);
  const cli = join(folder, "cli.mjs");
  execFileSync("node", ["scripts/build-cli.mjs", cli]);
  project.provide("builtPlugin", plugin);
  project.provide("builtCli", cli);
  return () => rmSync(folder, { recursive: true, force: true });
}
