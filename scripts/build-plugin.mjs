// Builds main.js with the options in esbuild.config.mjs: `node scripts/build-plugin.mjs
// production` once (the release build), without an argument watching for changes;
// `node scripts/build-plugin.mjs production --analyse` also prints where the bytes go: esbuild's
// metafile (each input's bytes before the second minifying pass below), then the shipped main.js
// by folder and by file (scripts/bundleBytes.mjs).
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
import { gzipSync } from "node:zlib";
import esbuild from "esbuild";
import { TARGET, pluginBuild } from "../esbuild.config.mjs";
import { textBySource } from "./bundleBytes.mjs";

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

/** The second, minifying pass over the first pass's output. */
const secondPass = { minify: true, treeShaking: true, format: "cjs", target: TARGET };

if (production) {
  const result = await context.rebuild();
  await context.dispose();
  const code = readFileSync("main.js", "utf8");
  const second = await esbuild.transform(code, { ...secondPass, legalComments: "none" });
  writeFileSync("main.js", second.code);
  if (analyse && result.metafile) {
    console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
    await printShippedBytes(second.code);
  }
} else {
  await context.watch();
}

/**
 * The bytes of the main.js just written by the source they came from, through both passes' source
 * maps (scripts/bundleBytes.mjs): Svelte's runtime, then each of our folders, then each file.
 * The build is run again in memory with source maps, so main.js itself stays as released.
 */
async function printShippedBytes(shipped) {
  const plugins = [esmEnvConstants, svelteCustomElementUnused];
  const first = await esbuild.build({
    ...pluginBuild(true, plugins),
    write: false,
    sourcemap: "external",
    logLevel: "silent",
  });
  const output = (ext) => first.outputFiles.find((file) => file.path.endsWith(ext)).text;
  const second = await esbuild.transform(output("main.js"), {
    ...secondPass,
    legalComments: "none",
    sourcemap: "external",
    sourcefile: "main.js",
  });
  if (second.code !== shipped) console.log("(the mapped build differs from main.js; roughly)");
  const bySource = textBySource(second.code, JSON.parse(second.map), JSON.parse(output(".map")));
  const groups = new Map();
  for (const [source, texts] of bySource) {
    const name = /node_modules[/\\]svelte[/\\]/.test(source)
      ? "Svelte's runtime"
      : (/(src[/\\](?:domain|ui|obsidian|main\.ts))/.exec(source)?.[1] ?? source);
    groups.set(name, [...(groups.get(name) ?? []), ...texts]);
  }
  const row = (name, texts) => {
    const text = texts.join("");
    return `  ${name.padEnd(64)} ${String(text.length).padStart(7)} B ${String(gzipSync(text).length).padStart(7)} gz alone`;
  };
  console.log(`\n  main.js as shipped: ${shipped.length} B, ${gzipSync(shipped).length} gzipped`);
  for (const [name, texts] of [...groups].sort(
    (a, b) => b[1].join("").length - a[1].join("").length,
  ))
    console.log(row(name, texts));
  console.log("");
  const files = [...bySource].sort((a, b) => b[1].join("").length - a[1].join("").length);
  for (const [source, texts] of files) console.log(row(source.replace(/^(\.\.\/)+/, ""), texts));
}
