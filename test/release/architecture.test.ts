// ARCHITECTURE.md cannot drift from the code: every file or folder it names in backticks exists,
// and every name it cites as "`Name` in `file`" is exported by that file. Checked on the document
// itself, so renaming a module or an export without updating the map fails here.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const doc = readFileSync("ARCHITECTURE.md", "utf8");

/** Backticked text that reads as a path in the repository: has a slash or a file ending. */
const PATH = /^[\w.-]+(?:\/[\w.*-]*)*(?:\.(?:ts|svelte|mjs|js|json|md|css|base|yml)|\/)$/;

function cited(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "");
}

/** Where a bare file name (`settings.ts`) lives: the one file of that name under these folders. */
function locate(name: string): string | null {
  if (existsSync(name)) return name;
  for (const folder of [
    "src/domain",
    "src/obsidian",
    "src/ui",
    "src",
    "cli",
    "test/support",
    "scripts",
    "bench",
  ]) {
    if (existsSync(`${folder}/${name}`)) return `${folder}/${name}`;
  }
  return null;
}

function exportsOf(path: string): Set<string> {
  const text = readFileSync(path, "utf8");
  const names = new Set<string>();
  for (const m of text.matchAll(
    /export\s+(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|function|class|interface|type|enum)\s+([\w$]+)/g,
  ))
    names.add(m[1] ?? "");
  for (const m of text.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of (m[1] ?? "").split(","))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? "",
      );
  return names;
}

describe("ARCHITECTURE.md", () => {
  it("names only files and folders that exist", () => {
    const paths = cited(doc).filter((text) => PATH.test(text) && !text.includes("*"));
    expect(paths.length).toBeGreaterThan(20);
    const missing = paths.filter((path) => locate(path.replace(/\/$/, "")) === null);
    expect(missing).toEqual([]);
  });

  it("cites only names that the file it names exports", () => {
    const wrong: string[] = [];
    const matches = [
      ...doc.matchAll(/((?:`[A-Za-z_$][\w$]*`(?:, | and | or )?)+) in `([^`]+\.(?:ts|svelte))`/g),
    ];
    expect(matches.length).toBeGreaterThan(10);
    for (const match of matches) {
      const file = locate(match[2] ?? "");
      if (file === null) {
        wrong.push(`${match[2]}: no such file`);
        continue;
      }
      const exported = exportsOf(file);
      for (const name of cited(match[1] ?? "")) {
        if (!exported.has(name)) wrong.push(`${name} is not exported by ${file}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
