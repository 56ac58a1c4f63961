// Builds the plugin bundle (main.js). `node esbuild.config.mjs production` is the
// deterministic release build; without an argument it watches for changes.
// `node esbuild.config.mjs production --analyse` also prints where the bytes go (esbuild's
// metafile: each input's bytes in main.js, before the second minifying pass below).
//
// Bundle size (issue 21; docs/PERFORMANCE.md, "The bundle"): three build options shed what
// the plugin never runs, each through esbuild's documented API and none by editing Svelte's
// files or its output:
// - esm-env's flags as constants (`esmEnvConstants`), so Svelte's development-only branches
//   (long error texts, dev warnings) are dropped; the values are the ones esm-env's own export
//   conditions give this build, read from its files.
// - Svelte's custom-element file declared free of side effects (`svelteCustomElementUnused`):
//   its top-level `class extends HTMLElement` kept it, and the legacy class API it imports, in
//   every bundle; it is still bundled whole if anything imports from it.
// - A second minifying pass over esbuild's own output, which removes the branches the constants
//   above made dead (esbuild inlines constants across files only after it removed dead code).
import { readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import esbuild from "esbuild";
import esbuildSvelte from "esbuild-svelte";

const production = process.argv[2] === "production";
const analyse = process.argv.includes("--analyse");

// Syntax target: what the plugin already needs to run, and no more. Its sidebar lists its rows
// with Array.prototype.at (src/ui/VirtualList.svelte), so it already needs iOS/iPadOS 15.4
// (Obsidian's iOS app is a WKWebView: Safari's engine, tied to the iOS version) and Chrome 92
// (Android's System WebView; the desktop app's Electron is far newer). We found no oldest
// supported WebView stated by Obsidian (help, developer docs), so the target is the floor the
// plugin's own code set, not a guess at Obsidian's; it excludes no device the plugin ran on.
// ES2022's class fields and private names run there unchanged (static blocks, Chrome 94, are
// lowered), which saves their WeakMap stand-ins in Svelte's runtime.
const TARGET = ["chrome92", "ios15.4"];

// Svelte's default export condition is its server runtime; the plugin needs the browser one.
const conditions = production
  ? ["svelte", "browser", "production"]
  : ["svelte", "browser", "development"];

/**
 * esm-env exports BROWSER, DEV and NODE, each chosen by export conditions. esbuild can only drop
 * an `if (DEV)` branch when DEV is a constant where it is used, which an imported
 * `export default false` is not; this module gives the same three values as constants, each
 * read from the file esm-env's conditions pick for this build.
 */
const esmEnvConstants = {
  name: "esm-env-constants",
  setup(build) {
    build.onResolve({ filter: /^esm-env$/ }, (args) => ({
      path: "esm-env",
      namespace: "esm-env-constants",
      pluginData: { resolveDir: args.resolveDir },
    }));
    build.onLoad({ filter: /.*/, namespace: "esm-env-constants" }, async (args) => {
      const flags = [];
      for (const [name, subpath] of [
        ["BROWSER", "esm-env/browser"],
        ["DEV", "esm-env/development"],
        ["NODE", "esm-env/node"],
      ]) {
        const resolved = await build.resolve(subpath, {
          kind: "import-statement",
          resolveDir: args.pluginData.resolveDir,
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        // Each of esm-env's answers is a file of one line; anything else is a new esm-env, and
        // the build stops rather than guess.
        const answer = readFileSync(resolved.path, "utf8").trim();
        const value = { "export default true;": true, "export default false;": false }[answer];
        if (value === undefined) {
          return { errors: [{ text: `${resolved.path} is not what esm-env was; look again` }] };
        }
        flags.push(`${name} = ${value}`);
      }
      return { contents: `export const ${flags.join(", ")};`, loader: "js" };
    });
  },
};

/** Marks Svelte's custom-element module side-effect free (see the comment at the top). */
const svelteCustomElementUnused = {
  name: "svelte-custom-element-unused",
  setup(build) {
    build.onResolve({ filter: /[/\\]custom-element\.js$/ }, async (args) => {
      if (args.pluginData?.own) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { own: true },
      });
      if (resolved.errors.length > 0 || !/[/\\]node_modules[/\\]svelte[/\\]/.test(resolved.path)) {
        return undefined;
      }
      return { path: resolved.path, sideEffects: false };
    });
  },
};

const context = await esbuild.context({
  entryPoints: ["src/main.ts"],
  bundle: true,
  conditions,
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
    ...(production ? [esmEnvConstants, svelteCustomElementUnused] : []),
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
  metafile: analyse,
  outfile: "main.js",
});

if (production) {
  const result = await context.rebuild();
  await context.dispose();
  const code = readFileSync("main.js", "utf8");
  const second = await esbuild.transform(code, {
    minify: true,
    treeShaking: true,
    format: "cjs",
    target: TARGET,
    legalComments: "none",
  });
  writeFileSync("main.js", second.code);
  if (analyse && result.metafile) {
    console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
  }
} else {
  await context.watch();
}
