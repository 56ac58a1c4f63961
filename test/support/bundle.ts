// Checking built bundles for network use: a static scan (the syntax tree from TypeScript's parser,
// and the plain text), traps that replace every network API while a bundle runs, a loader that
// runs a CommonJS bundle with the modules we give it, and building main.js when it is stale.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import ts from "typescript";

/** Browser APIs that reach the network, and Obsidian's own. */
export const NETWORK_APIS = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "importScripts",
  "sendBeacon",
  "requestUrl",
] as const;

/** Obsidian's functions that reach the network, as properties of `require("obsidian")`. */
const OBSIDIAN_NETWORK = new Set(["request", "requestUrl"]);
const NETWORK = new Set<string>(NETWORK_APIS);

function isRequireOf(node: ts.Node, module: string): boolean {
  if (!ts.isCallExpression(node)) return false;
  const [first] = node.arguments;
  if (
    ts.isIdentifier(node.expression) &&
    node.expression.text === "require" &&
    first !== undefined &&
    ts.isStringLiteral(first)
  ) {
    return first.text === module;
  }
  // A wrapper around it, such as esbuild's __toESM(require("obsidian")).
  return node.arguments.some((argument) => isRequireOf(argument, module));
}

/**
 * Every place a bundle names a network API: as an identifier anywhere (a call, `new`, a
 * property, a destructured name), as a string used as a key (`window["fetch"]`), or as a
 * property of the obsidian module (`obsidian.request`). Empty when there is none.
 */
export function networkNames(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    const around = code.slice(Math.max(0, node.getStart(source) - 30), node.end + 30);
    found.push(`${what} at ${fileName}:${line + 1}:${character + 1} in ${JSON.stringify(around)}`);
  };
  const obsidian = new Set<string>();
  const collect = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      isRequireOf(node.initializer, "obsidian")
    ) {
      if (ts.isIdentifier(node.name)) obsidian.add(node.name.text);
      else if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          const name = element.propertyName ?? element.name;
          if (ts.isIdentifier(name) && OBSIDIAN_NETWORK.has(name.text)) report(element, name.text);
        }
      }
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && NETWORK.has(node.text)) report(node, node.text);
    else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      NETWORK.has(node.text)
    )
      report(node, `"${node.text}"`);
    else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      obsidian.has(node.expression.text) &&
      OBSIDIAN_NETWORK.has(node.name.text)
    )
      report(node, `obsidian.${node.name.text}`);
    else if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      obsidian.has(node.expression.text) &&
      ts.isStringLiteral(node.argumentExpression) &&
      OBSIDIAN_NETWORK.has(node.argumentExpression.text)
    )
      report(node, `obsidian["${node.argumentExpression.text}"]`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The same, on the plain text: a network API called or constructed, however it is spaced. */
export function networkCallsInText(code: string): string[] {
  const patterns = [
    /\b(?:fetch|requestUrl|sendBeacon|importScripts)\s*\(/g,
    /\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource)\b/g,
  ];
  return patterns.flatMap((pattern) =>
    [...code.matchAll(pattern)].map(
      (m) => `${m[0]} in ${JSON.stringify(code.slice(Math.max(0, m.index - 30), m.index + 40))}`,
    ),
  );
}

/** The modules a bundle loads: `require("x")`, `import … from "x"`, `import("x")`, `export … from "x"`. */
export function modulesLoaded(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const modules = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      // import("m"), require("m"), and createRequire(url)("m") (the bundler may number the name).
      const loads =
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require") ||
        (ts.isCallExpression(node.expression) &&
          ts.isIdentifier(node.expression.expression) &&
          /^createRequire\d*$/.test(node.expression.expression.text));
      if (loads)
        modules.add(first !== undefined && ts.isStringLiteral(first) ? first.text : "(computed)");
    }
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      modules.add(node.moduleSpecifier.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...modules].sort();
}

export interface Traps {
  /** Every network use while the traps were in place, as `name(arguments)`. */
  calls: string[];
  /** The obsidian module to give the bundle: the mocks, with `request` and `requestUrl` trapped. */
  obsidian: Record<string, unknown>;
  restore(): void;
}

/**
 * Replaces every network API with a trap that records the use and throws, on the global object
 * and on jsdom's window (code may reach either), on `navigator`, and in the obsidian module.
 */
export function installNetworkTraps(obsidianModule: object): Traps {
  const calls: string[] = [];
  const trap = (name: string) =>
    function trapped(...args: unknown[]): never {
      calls.push(`${name}(${args.map((a) => (typeof a === "string" ? a : typeof a)).join(", ")})`);
      throw new Error(`network use: ${name}`);
    };
  const undo: (() => void)[] = [];
  const replace = (target: object, name: string) => {
    const before = Object.getOwnPropertyDescriptor(target, name);
    Object.defineProperty(target, name, { configurable: true, writable: true, value: trap(name) });
    undo.push(() => {
      if (before === undefined) delete (target as Record<string, unknown>)[name];
      else Object.defineProperty(target, name, before);
    });
  };
  const globals = new Set<object>([globalThis]);
  if (typeof window !== "undefined") globals.add(window);
  for (const target of globals) {
    for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts"])
      replace(target, name);
    const nav = (target as { navigator?: object }).navigator;
    if (nav !== undefined) replace(nav, "sendBeacon");
  }
  const obsidian = { ...obsidianModule, request: trap("request"), requestUrl: trap("requestUrl") };
  return { calls, obsidian, restore: () => undo.reverse().forEach((step) => step()) };
}

/**
 * Runs a CommonJS bundle (as `main.js` is) in this realm, so it sees the same globals and traps,
 * with `require` answering only from `modules`. Returns its exports and what it required.
 */
export function loadBundle(
  code: string,
  fileName: string,
  modules: Record<string, unknown>,
): { exports: Record<string, unknown>; required: string[] } {
  const required: string[] = [];
  const require = (name: string): unknown => {
    required.push(name);
    if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
    throw new Error(`${fileName} requires "${name}"`);
  };
  const module = { exports: {} as Record<string, unknown> };
  const wrapped = runInThisContext(`(function (exports, require, module) {${code}\n})`, {
    filename: fileName,
  }) as (exports: unknown, require: (name: string) => unknown, module: unknown) => void;
  wrapped(module.exports, require, module);
  return { exports: module.exports, required };
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** What main.js is built from: when any of these is newer, main.js is stale. */
const PLUGIN_SOURCES = [
  "src",
  "esbuild.config.mjs",
  "scripts/build-plugin.mjs",
  "svelte.config.js",
  "package-lock.json",
  "tsconfig.json",
];

/** Builds main.js with `npm run build` unless it exists and is newer than everything it is built from. */
export function ensurePluginBuilt(): "built" | "reused" {
  if (
    existsSync("main.js") &&
    statSync("main.js").mtimeMs >= Math.max(...PLUGIN_SOURCES.map(newest))
  )
    return "reused";
  execFileSync("npm", ["run", "-s", "build"], { stdio: "pipe" });
  return "built";
}
