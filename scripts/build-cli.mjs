// Bundles the command line to dist/cli.mjs (Node, ESM), or to the file given as the first argument
// (tests build their own copy so as not to read one another's half-written file). `yaml` stays a
// runtime dependency.
import { readFileSync } from "node:fs";
import esbuild from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

await esbuild.build({
  entryPoints: ["cli/index.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  define: { CLI_VERSION: JSON.stringify(version) },
  outfile: process.argv[2] ?? "dist/cli.mjs",
  logLevel: "warning",
});
