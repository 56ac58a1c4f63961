// Obsidian keeps a cache entry without `frontmatter` for a note whose YAML does not parse; the
// mock throws instead, which aborts the vault write that triggered it. Used by the tests' set-up
// and by the bench's cold start, which loads the mocks itself (after its DOM): the class is given.
import type { TFile } from "obsidian";

interface Inside {
  cache__: Map<string, unknown>;
  trigger(name: string, ...args: unknown[]): void;
}
type Parse = (this: Inside, file: TFile) => void;

/** Makes the mocks' metadata cache do what Obsidian does for YAML that does not parse. */
export function keepEntryForBrokenYaml(metadataCache: { prototype: object }): void {
  const prototype = metadataCache.prototype as { parseFileMetadata: Parse };
  const parseFileMetadata = prototype.parseFileMetadata;
  prototype.parseFileMetadata = function (this: Inside, file: TFile): void {
    try {
      parseFileMetadata.call(this, file);
    } catch {
      const cache = {};
      this.cache__.set(file.path, cache);
      this.trigger("changed", file, "", cache);
    }
  };
}
