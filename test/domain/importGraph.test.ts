// No module under src/ may import itself through others: a cycle makes the order modules load in
// matter, and it is the sign of two things that should be one or of a fact kept in two places.
// Type-only imports count too, for the same reason. Imports are read by TypeScript's own
// pre-processor (the scripts of Svelte components included), so comments and strings do not fool it.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** The code of a file: a Svelte component's scripts, or the whole of a TypeScript file. */
function codeOf(path: string): string {
  const text = readFileSync(path, "utf8");
  if (!path.endsWith(".svelte")) return text;
  return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
}

/** The file a relative import names, as the bundler would find it; null for a package. */
function resolveImport(from: string, name: string): string | null {
  if (!name.startsWith(".")) return null;
  const base = resolve(dirname(from), name);
  const tried = [base, `${base}.ts`, `${base}/index.ts`];
  const found = tried.find((path) => existsSync(path) && /\.(ts|svelte)$/.test(path));
  if (found === undefined)
    throw new Error(`${relative(SRC, from)} imports "${name}": no such file`);
  return found;
}

/** Every file under `root` with the files it imports (type-only and dynamic imports included). */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const imports = ts.preProcessFile(codeOf(file), true, true).importedFiles;
    const targets = imports.map((each) => resolveImport(file, each.fileName));
    graph.set(
      file,
      targets.filter((target): target is string => target !== null),
    );
  }
  return graph;
}

/** The cycles found by walking the graph depth first, each as the files around it. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const done = new Set<string>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    const onPath = path.indexOf(file);
    if (onPath >= 0) {
      cycles.push([...path.slice(onPath), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

describe("the import graph of src/", () => {
  it("has no cycle", () => {
    const cycles = cyclesOf(importGraph(SRC)).map((cycle) =>
      cycle.map((file) => relative(SRC, file)).join(" → "),
    );
    expect(cycles).toEqual([]);
  });

  it("finds the imports it is asked about, so an empty answer means something", () => {
    const graph = importGraph(SRC);
    const live = graph.get(join(SRC, "domain/livePlan.ts")) ?? [];
    // A value import and a type-only one.
    expect(live).toContain(join(SRC, "domain/timetable.ts"));
    expect(live).toContain(join(SRC, "domain/sidebar.ts"));
    // A Svelte component's script.
    expect(graph.get(join(SRC, "ui/FollowUpRow.svelte"))).toContain(join(SRC, "domain/sidebar.ts"));
  });

  it("reports a cycle of any length, and none where imports only fan in", () => {
    expect(cyclesOf(new Map([["a", ["a"]]]))).toEqual([["a", "a"]]);
    expect(
      cyclesOf(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c", "a"]]);
    expect(
      cyclesOf(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});
