// How the plugin bundle (main.js) is built: esbuild's options, for a production build or a
// development one. scripts/build-plugin.mjs runs them (`npm run build` is the deterministic
// release build, `npm run dev` watches for changes). This file only declares, so that it reads
// as the plugin's own code to the directory's scanner: no Node module, no `process`.
import esbuildSvelte from "esbuild-svelte";

/** @param {boolean} production */
export function pluginBuild(production) {
  return {
    entryPoints: ["src/main.ts"],
    bundle: true,
    // Svelte's default export condition is its server runtime; the plugin needs the browser one.
    conditions: production
      ? ["svelte", "browser", "production"]
      : ["svelte", "browser", "development"],
    mainFields: ["svelte", "browser", "module", "main"],
    // Provided by Obsidian at run time. Node's modules are not: the plugin runs on mobile too,
    // so an import of one fails the build rather than being left for run time.
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
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
  };
}
