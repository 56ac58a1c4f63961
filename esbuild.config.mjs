// How the plugin bundle (main.js) is built: esbuild's options, for a production build or a
// development one. scripts/build-plugin.mjs runs them (`npm run build` is the deterministic
// release build, `npm run dev` watches for changes) and adds the production build's two
// size-saving plugins, which read files. This file only declares, so that it reads as the
// plugin's own code to the directory's scanner: no Node module, no `process`.
import esbuildSvelte from "esbuild-svelte";

// Syntax target: what the plugin already needs to run, and no more. Its sidebar lists its rows
// with Array.prototype.at (src/ui/VirtualList.svelte), so it already needs iOS/iPadOS 15.4
// (Obsidian's iOS app is a WKWebView: Safari's engine, tied to the iOS version) and Chrome 92
// (Android's System WebView; the desktop app's Electron is far newer). We found no oldest
// supported WebView stated by Obsidian (help, developer docs), so the target is the floor the
// plugin's own code set, not a guess at Obsidian's; it excludes no device the plugin ran on.
// ES2022's class fields and private names run there unchanged (static blocks, Chrome 94, are
// lowered), which saves their WeakMap stand-ins in Svelte's runtime.
export const TARGET = ["chrome92", "ios15.4"];

/**
 * @param {boolean} production
 * @param {import("esbuild").Plugin[]} [extraPlugins] run before Svelte's (the size-saving ones)
 */
export function pluginBuild(production, extraPlugins = []) {
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
      ...extraPlugins,
      // Svelte 5 strips TypeScript itself, so no preprocessor is needed. `discloseVersion` would
      // add Svelte's version to a global for Svelte's dev tools.
      esbuildSvelte({
        compilerOptions: { css: "external", dev: !production, discloseVersion: false },
      }),
    ],
    format: "cjs",
    target: TARGET,
    platform: "browser",
    logLevel: "info",
    sourcemap: production ? false : "inline",
    minify: production,
    treeShaking: true,
    legalComments: "none",
    outfile: "main.js",
  };
}
