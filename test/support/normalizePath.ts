// Obsidian's `normalizePath`, as the app behaves (the mock's only turns backslashes into slashes,
// collapses them and trims them). obsidian-setup.ts puts this in place of the mock's, so plugin
// code under test meets what it meets in Obsidian — above all, that an empty path is the root.

/** Non-breaking and narrow non-breaking spaces, which Obsidian writes as plain spaces. */
const NON_BREAKING = /[\u00a0\u202f]/g;

export function obsidianNormalizePath(path: string): string {
  let normalized = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
  // The empty path is the vault's root folder, whose path is "/".
  if (normalized === "") normalized = "/";
  return normalized.replace(NON_BREAKING, " ").normalize("NFC");
}
