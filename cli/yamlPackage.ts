/**
 * The `yaml` package, loaded the first time a note needs it rather than when the command line
 * starts: loading it costs about as much as reading a few thousand notes, and the plain reader
 * (plainYaml.ts) answers for almost every note without it.
 */

import { createRequire } from "node:module";
import type * as Yaml from "yaml";

/**
 * How the command line parses frontmatter: YAML 1.2, warnings (an unknown tag, say) kept quiet,
 * and aliases bounded: `&a [x, x]` then `&b [*a, *a]` and so on doubles at each step ("billion
 * laughs"), so a note that makes one value stand for more than this many is refused. Errors come
 * without their lines and columns: the package works those out for every error it finds, and a
 * crafted note of 80,000 stray `]` has as many, which took seconds instead of milliseconds.
 */
export const YAML_OPTIONS = { logLevel: "error", maxAliasCount: 100, prettyErrors: false } as const;

let yaml: typeof Yaml | undefined;

/**
 * `parse` of the `yaml` package with `YAML_OPTIONS`: a value, or it throws. The error thrown is
 * the first, given its line and column by the package's own line counter.
 */
export function parseWithPackage(text: string): unknown {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  const lines = new yaml.LineCounter();
  try {
    return yaml.parse(text, { ...YAML_OPTIONS, lineCounter: lines });
  } catch (error) {
    const pos = (error as { pos?: unknown }).pos;
    if (Array.isArray(pos) && typeof pos[0] === "number")
      (error as { linePos?: unknown }).linePos = [lines.linePos(pos[0])];
    throw error;
  }
}
