// Vitest global set-up: builds dist/cli.mjs once, before any test file runs. Test files used to
// build it themselves, and files running in parallel then rewrote it under each other's feet.
import { execFileSync } from "node:child_process";

export default function buildCli(): void {
  execFileSync("node", ["scripts/build-cli.mjs"]);
}
