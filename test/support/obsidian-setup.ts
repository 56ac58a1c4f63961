// Setup for tests that run plugin code in obsidian-test-mocks (see test/README.md).
// The mocks patch DOM prototypes, so jsdom's globals must exist first: this file runs in
// vitest's jsdom environment, which provides them before any setup file.
import type { TFile as TFileOriginal } from "obsidian";
import { MetadataCache } from "obsidian-test-mocks/obsidian";
import { setup } from "obsidian-test-mocks/setup";

setup();

// Obsidian keeps a cache entry without `frontmatter` for a note whose YAML does not parse; the
// mock throws instead, which aborts the vault write that triggered it. Do what Obsidian does.
type Parse = (this: MetadataCache, file: TFileOriginal) => void;
const prototype = MetadataCache.prototype as unknown as { parseFileMetadata: Parse };
const parseFileMetadata = prototype.parseFileMetadata;
prototype.parseFileMetadata = function (this: MetadataCache, file: TFileOriginal): void {
  try {
    parseFileMetadata.call(this, file);
  } catch {
    const cache = {};
    this.cache__.set(file.path, cache);
    this.trigger("changed", file, "", cache);
  }
};
