// Builds main.js with the options in esbuild.config.mjs: `node scripts/build-plugin.mjs
// production` once (the release build), without an argument watching for changes.
import esbuild from "esbuild";
import { pluginBuild } from "../esbuild.config.mjs";

const production = process.argv[2] === "production";
const context = await esbuild.context(pluginBuild(production));

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
