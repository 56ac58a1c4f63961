// Builds main.js with the options in esbuild.config.mjs: `node scripts/build-plugin.mjs
// production` once (the release build), without an argument watching for changes;
// `node scripts/build-plugin.mjs production --analyse` also prints where the bytes go (esbuild's
// metafile: each input's bytes in main.js, before the second minifying pass below).
//
// Bundle size (issue 21; docs/PERFORMANCE.md, "The bundle"): the release build sheds what the
// plugin never runs, each through esbuild's documented API and none by editing Svelte's files or
// its output:
// - esm-env's flags as constants (`esmEnvConstants`), so Svelte's development-only branches
//   (long error texts, dev warnings) are dropped; the values are the ones esm-env's own export
//   conditions give this build, read from its files.
// - Svelte's custom-element file declared free of side effects (`svelteCustomElementUnused`):
//   its top-level `class extends HTMLElement` kept it, and the legacy class API it imports, in
//   every bundle; it is still bundled whole if anything imports from it.
// - A second minifying pass over esbuild's own output, which removes the branches the constants
//   above made dead (esbuild inlines constants across files only after it removed dead code).
import { readFileSync, writeFileSync } from "node:fs";
import esbuild from "esbuild";
import { TARGET, pluginBuild } from "../esbuild.config.mjs";

const production = process.argv[2] === "production";
const analyse = process.argv.includes("--analyse");

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
  ...pluginBuild(production, production ? [esmEnvConstants, svelteCustomElementUnused] : []),
  metafile: analyse,
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
