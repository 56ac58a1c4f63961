// Builds the plugin bundle (main.js). `node esbuild.config.mjs production` is the
// deterministic release build; without an argument it watches for changes.
import { builtinModules } from "node:module";
import esbuild from "esbuild";
import esbuildSvelte from "esbuild-svelte";

const production = process.argv[2] === "production";

const context = await esbuild.context({
  entryPoints: ["src/main.ts"],
  bundle: true,
  // Svelte's default export condition is its server runtime; the plugin needs the browser one.
  conditions: production
    ? ["svelte", "browser", "production"]
    : ["svelte", "browser", "development"],
  mainFields: ["svelte", "browser", "module", "main"],
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((name) => `node:${name}`),
  ],
  plugins: [
    // Svelte 5 strips TypeScript itself, so no preprocessor is needed.
    esbuildSvelte({ compilerOptions: { css: "external", dev: !production } }),
  ],
  format: "cjs",
  target: "es2021",
  platform: "browser",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  minify: production,
  treeShaking: true,
  legalComments: "none",
  outfile: "main.js",
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
