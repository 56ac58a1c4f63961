// Bundles the command line to dist/cli.mjs (Node, ESM). `yaml` stays a runtime dependency.
import { readFileSync } from "node:fs";
import esbuild from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

await esbuild.build({
  entryPoints: ["src/cli/index.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  define: { CLI_VERSION: JSON.stringify(version) },
  outfile: "dist/cli.mjs",
  logLevel: "warning",
});
