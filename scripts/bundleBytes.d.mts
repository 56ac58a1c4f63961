// Types of scripts/bundleBytes.mjs, for its test.

/** The fields of a source map that bundleBytes.mjs reads. */
export interface SourceMapJson {
  mappings: string;
  sources: string[];
}

/** The text of `code` by the source it came from through both maps; "(glue)" for neither. */
export function textBySource(
  code: string,
  secondMap: SourceMapJson,
  firstMap: SourceMapJson,
): Map<string, string[]>;
