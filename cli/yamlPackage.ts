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
 * laughs"), so a note that makes one value stand for more than this many is refused.
 */
export const YAML_OPTIONS = { logLevel: "error", maxAliasCount: 100 } as const;

let yaml: typeof Yaml | undefined;

/** `parse` of the `yaml` package with `YAML_OPTIONS`: a value, or it throws. */
export function parseWithPackage(text: string): unknown {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return yaml.parse(text, YAML_OPTIONS);
}
