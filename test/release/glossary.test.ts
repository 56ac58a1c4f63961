// The words a user reads, in Obsidian's voice: American spelling, one word for one thing, and
// sentence case in names (commands, settings, menus, headings). The strings are every string and
// template literal in src/ (TypeScript's own parser, so comments and import paths are left out),
// the markup of the Svelte components, and the README's prose (fenced code left out).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** British or variant spellings, and the word the plugin uses instead. */
const GLOSSARY: readonly [RegExp, string][] = [
  [/\borganis(e|ed|es|ing|ation|ations|ational)\b/i, "organiz…"],
  [/\brecognis(e|ed|es|ing|able)\b/i, "recogniz…"],
  [/\b(summaris|prioritis|customis|personalis|finalis|emphasis)(e|ed|es|ing)\b/i, "…ize"],
  [/\b(behaviour|colour|favour|honour|labour)(s|ed|ing|ite|ites)?\b/i, "…or"],
  [/\b(centre|catalogue|dialogue|licence|defence)s?\b/i, "center, catalog, dialog, license…"],
  [/\b(cancelled|cancelling|labelled|labelling|travelled|modelled)\b/i, "single l"],
  [/\b(grey|whilst|amongst|judgement|artefact)\b/i, "gray, while, among, judgment, artifact"],
  [/\be-mails?\b/i, "email"],
  [/\b[Ff]ollowups?\b/, "follow-up"],
  [/\bside[ -](bar|panel)\b/i, "sidebar"],
  [/\bthank you (notes?|emails?)\b|\bthank-you-notes?\b/i, "thank-you note, thank-you email"],
];

/** Words that keep their capital inside a name written in sentence case. */
const PROPER = new Set(["Obsidian", "JSON", "ICS", "Bases", "Dataview", "I", "UTC", "API", "URL"]);

function filesUnder(dir: string, ends: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(ends))
    .map((file) => join(dir, file));
}

interface Literal {
  where: string;
  text: string;
  /** The property or call it is the value of: `name`, `setName`, `setTitle`… */
  role: string | null;
}

/** Every string a user might read in one TypeScript source text. */
function literalsOf(where: string, source: string): Literal[] {
  const file = ts.createSourceFile(where, source, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const roleOf = (node: ts.Node): string | null => {
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node)
      return parent.name.getText(file);
    if (ts.isCallExpression(parent)) {
      const callee = parent.expression;
      return ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(file);
    }
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      found.push({ where, text: node.text, role: roleOf(node) });
    else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      found.push({ where, text: parts.join("…"), role: roleOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A Svelte component's script through the TypeScript parser, its markup as text. */
function svelteStrings(where: string): Literal[] {
  const source = readFileSync(where, "utf8");
  const scripts = [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)];
  const markup = source.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
  // Strings inside the markup's expressions, such as a snippet's label: `{@render field("…")}`.
  const inBraces = [...markup.matchAll(/\{[^}]*\}/g)].flatMap((brace) =>
    [...brace[0].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((quoted) => quoted[1] ?? ""),
  );
  return [
    ...scripts.flatMap((match) => literalsOf(where, match[1] ?? "")),
    { where, text: markup.replace(/\{[^}]*\}/g, " "), role: null },
    ...inBraces.map((text) => ({ where, text, role: null })),
  ];
}

const fromSources: Literal[] = [
  ...filesUnder("src", ".ts").flatMap((file) => literalsOf(file, readFileSync(file, "utf8"))),
  ...filesUnder("src", ".svelte").flatMap(svelteStrings),
  ...filesUnder("cli", ".ts").flatMap((file) => literalsOf(file, readFileSync(file, "utf8"))),
];

/** The README without its fenced blocks and inline code (status words a note may hold, say). */
const readmeProse = readFileSync("README.md", "utf8")
  .replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, "")
  .replace(/`[^`\n]*`/g, "");

describe("the words users read", () => {
  it("finds the strings it checks (the extraction itself works)", () => {
    const texts = fromSources.map((literal) => literal.text);
    expect(texts).toContain("Create interview note");
    expect(texts.some((text) => text.includes("While you were away"))).toBe(true);
    expect(fromSources.filter((literal) => literal.role === "name").length).toBeGreaterThan(20);
  });

  it.each(GLOSSARY)("never spell %s (use %s)", (pattern) => {
    const offending = fromSources
      .filter((literal) => pattern.test(literal.text))
      .map((literal) => `${literal.where}: ${literal.text.slice(0, 80)}`);
    expect(offending).toEqual([]);
    expect(pattern.exec(readmeProse)?.[0] ?? null, "README.md").toBeNull();
  });

  it("writes names in sentence case: commands, settings, headings, menu items", () => {
    const names = fromSources.filter(
      (literal) =>
        ["name", "heading", "setName", "setTitle", "addRibbonIcon", "setButtonText"].includes(
          literal.role ?? "",
        ) && /^[A-Z][a-z]/.test(literal.text),
    );
    expect(names.length).toBeGreaterThan(20);
    const shouting = names.filter((literal) =>
      literal.text
        .split(/\s+/)
        .slice(1)
        .some((word) => /^[A-Z]/.test(word) && !PROPER.has(word.replace(/[^\w]/g, ""))),
    );
    expect(shouting.map((literal) => `${literal.where}: ${literal.text}`)).toEqual([]);
  });

  it("catches a British spelling and a title-case name when one is written (the checks bite)", () => {
    const planted = literalsOf(
      "planted.ts",
      'const f = { name: "Open Follow-Ups", desc: "The organisation\'s e-mail." };',
    );
    expect(
      GLOSSARY.some(([pattern]) => planted.some((literal) => pattern.test(literal.text))),
    ).toBe(true);
    expect(planted.find((literal) => literal.role === "name")?.text).toBe("Open Follow-Ups");
  });
});
