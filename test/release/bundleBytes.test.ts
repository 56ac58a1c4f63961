// scripts/bundleBytes.mjs counts each byte of the shipped main.js once, for the file it came from,
// through both of the release build's passes (docs/PERFORMANCE.md, "The bundle").
import esbuild from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SourceMapJson, textBySource } from "../../scripts/bundleBytes.mjs";

/** Two passes as the release build makes them, over virtual modules, with their source maps. */
async function twoPasses(files: Record<string, string>) {
  const first = await esbuild.build({
    stdin: {
      contents: Object.keys(files)
        .map((name) => `import "./${name}";`)
        .join("\n"),
      resolveDir: ".",
      sourcefile: "entry.js",
    },
    bundle: true,
    write: false,
    minify: true,
    format: "cjs",
    outfile: "out.js",
    sourcemap: "external",
    logLevel: "silent",
    plugins: [
      {
        name: "virtual",
        setup(build) {
          build.onResolve({ filter: /^\.\/m\d+$/ }, (args) => ({
            path: args.path.slice(2),
            namespace: "virtual",
          }));
          build.onLoad({ filter: /.*/, namespace: "virtual" }, (args) => ({
            contents: files[args.path],
            loader: "js",
          }));
        },
      },
    ],
  });
  const text = (ext: string) => first.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? "";
  const second = await esbuild.transform(text("out.js"), {
    minify: true,
    format: "cjs",
    sourcemap: "external",
    sourcefile: "out.js",
  });
  return {
    code: second.code,
    bySource: textBySource(
      second.code,
      JSON.parse(second.map) as SourceMapJson,
      JSON.parse(text(".map")) as SourceMapJson,
    ),
  };
}

describe("textBySource", () => {
  it("counts every byte once, and each module's own text under its name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^[a-z ]{1,40}$/), { minLength: 1, maxLength: 5 }),
        async (words) => {
          const files = Object.fromEntries(
            words.map((word, i) => [
              `m${i}`,
              `globalThis.log?.(${JSON.stringify(`module ${i}: ${word}`)});\n` +
                `export function f${i}(x) { return x * ${i + 2}; }\nglobalThis.f${i} = f${i};`,
            ]),
          );
          const { code, bySource } = await twoPasses(files);
          let total = 0;
          for (const texts of bySource.values()) total += texts.join("").length;
          expect(total).toBe(code.length);
          words.forEach((word, i) => {
            const own = (bySource.get(`virtual:m${i}`) ?? []).join("");
            expect(own).toContain(JSON.stringify(`module ${i}: ${word}`));
            for (const [source, texts] of bySource)
              if (source !== `virtual:m${i}`) expect(texts.join("")).not.toContain(`module ${i}: `);
          });
        },
      ),
      { numRuns: 15 },
    );
  });
});
