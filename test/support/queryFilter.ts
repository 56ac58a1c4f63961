// A tiny evaluator for exactly the parts of Obsidian's Bases filters and Dataview's WHERE that
// the README's examples and examples/vault/Interviews.base use, so a test can tell which notes
// each selects. It is not either plugin: it follows their documented behaviour for these
// functions only, and throws on anything else (an example that grows a new function must teach
// it here first).
//
// Bases (help.obsidian.md/bases/functions): `and`/`or`/`not` lists of expressions; `&&`, `||`,
// `!`, `==`, `>`; `list(x)` (a list as it is, anything else wrapped; no value: empty), `file.path`;
// on text `lower()`, `trim()`, `startsWith(s)`, `split(re)`, on anything `toString()`, on lists
// `filter(expr)` and `map(expr)` with `value`, `flat()`, `length`, on a regular expression
// `matches(s)`. Property names are exact. No value, empty text and empty lists are falsy.
// Dataview (blacksmithgu.github.io/obsidian-dataview/reference/functions): `AND`, `OR`, `!`, `=`;
// `list(a, b…)` (a list of its arguments), `flat(l)`, `any(l, (x) => expr)`, `string(x)`,
// `lower(s)`, `trim(s)`, `startswith(s, p)`, `regexmatch(p, s)`, `map(l, (x) => expr)`, `split(s, re)`,
// `file.path`; property names in any case (Dataview also offers each key lower-cased).

type Frontmatter = Record<string, unknown>;
export type Dialect = "bases" | "dataview";

interface Note {
  path: string;
  frontmatter: Frontmatter;
}

type Node =
  | { t: "lit"; v: unknown }
  | { t: "name"; name: string }
  | { t: "member"; of: Node; name: string }
  | { t: "call"; fn: Node; args: Node[] }
  | { t: "lambda"; param: string; body: Node }
  | { t: "not"; of: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

const TOKEN =
  /\s*(?:("(?:[^"\\]|\\.)*")|(\/(?:[^/\\\n]|\\.)+\/[a-z]*)|(\d+)|(=>|==|!=|>=|<=|&&|\|\||[()!.,=<>])|([A-Za-z_]\w*))/y;

function tokenize(text: string, dialect: Dialect): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    if (match === null) throw new Error(`cannot read "${text.slice(at)}"`);
    const token = match.slice(1).find((part) => part !== undefined) ?? "";
    // A regular expression literal is Bases' only; in Dataview a slash never comes up here.
    if (token.startsWith("/") && dialect !== "bases") throw new Error("no regex literal here");
    tokens.push(token);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

const BINARY: Record<string, number> = {
  "||": 1,
  OR: 1,
  "&&": 2,
  AND: 2,
  "==": 3,
  "=": 3,
  "!=": 3,
  ">": 4,
  "<": 4,
  ">=": 4,
  "<=": 4,
};

function parse(text: string, dialect: Dialect): Node {
  const tokens = tokenize(text, dialect);
  let i = 0;
  const peek = () => tokens[i];
  const take = (want?: string) => {
    const token = tokens[i++];
    if (token === undefined || (want !== undefined && token !== want))
      throw new Error(`expected ${want ?? "more"} in ${text}`);
    return token;
  };
  const primary = (): Node => {
    const token = take();
    if (token === "!") return { t: "not", of: postfix(primary()) };
    if (token === "(") {
      // `(t) => expr`, Dataview's lambda.
      if (/^[A-Za-z_]\w*$/.test(peek() ?? "") && tokens[i + 1] === ")" && tokens[i + 2] === "=>") {
        const param = take();
        take(")");
        take("=>");
        return { t: "lambda", param, body: expression(0) };
      }
      const inner = expression(0);
      take(")");
      return inner;
    }
    if (token.startsWith('"')) return { t: "lit", v: JSON.parse(token) as string };
    if (token.startsWith("/")) {
      const end = token.lastIndexOf("/");
      return { t: "lit", v: new RegExp(token.slice(1, end), token.slice(end + 1)) };
    }
    if (/^\d+$/.test(token)) return { t: "lit", v: Number(token) };
    return { t: "name", name: token };
  };
  const postfix = (node: Node): Node => {
    for (;;) {
      if (peek() === ".") {
        take(".");
        node = { t: "member", of: node, name: take() };
      } else if (peek() === "(") {
        take("(");
        const args: Node[] = [];
        while (peek() !== ")") {
          args.push(expression(0));
          if (peek() === ",") take(",");
        }
        take(")");
        node = { t: "call", fn: node, args };
      } else return node;
    }
  };
  const expression = (min: number): Node => {
    let left = postfix(primary());
    for (;;) {
      const op = peek() ?? "";
      const level = BINARY[op];
      if (level === undefined || level <= min) return left;
      take();
      left = { t: "bin", op, a: left, b: expression(level) };
    }
  };
  const node = expression(0);
  if (i !== tokens.length) throw new Error(`left over: ${tokens.slice(i).join(" ")}`);
  return node;
}

/** Truthiness as both plugins have it: no value, false, 0, empty text and empty lists are false. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0) return false;
  if (typeof value === "string") return value !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return value.map(textOf).join(", ");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b;
}

class Scope {
  constructor(
    private readonly note: Note,
    private readonly dialect: Dialect,
    private readonly vars: ReadonlyMap<string, unknown> = new Map(),
  ) {}

  with(name: string, value: unknown): Scope {
    return new Scope(this.note, this.dialect, new Map([...this.vars, [name, value]]));
  }

  property(name: string): unknown {
    if (this.vars.has(name)) return this.vars.get(name);
    if (name === "file") return { path: this.note.path };
    const fm = this.note.frontmatter;
    if (Object.prototype.hasOwnProperty.call(fm, name)) return fm[name];
    if (this.dialect === "dataview") {
      const key = Object.keys(fm).find((each) => each.toLowerCase() === name.toLowerCase());
      if (key !== undefined) return fm[key];
    }
    return null;
  }

  eval(node: Node): unknown {
    switch (node.t) {
      case "lit":
        return node.v;
      case "name":
        return this.property(node.name);
      case "not":
        return !truthy(this.eval(node.of));
      case "lambda":
        throw new Error("a lambda only as an argument");
      case "bin":
        return this.binary(node.op, node.a, node.b);
      case "member": {
        const of = this.eval(node.of);
        if (node.name === "length" && (Array.isArray(of) || typeof of === "string"))
          return of.length;
        if (node.name === "path" && typeof of === "object" && of !== null && "path" in of)
          return (of as { path: string }).path;
        throw new Error(`unknown field .${node.name}`);
      }
      case "call":
        return node.fn.t === "member" ? this.method(node.fn, node.args) : this.global(node);
    }
  }

  private binary(op: string, a: Node, b: Node): unknown {
    if (op === "&&" || op === "AND") return truthy(this.eval(a)) && truthy(this.eval(b));
    if (op === "||" || op === "OR") return truthy(this.eval(a)) || truthy(this.eval(b));
    const x = this.eval(a);
    const y = this.eval(b);
    if (op === "==" || op === "=") return same(x, y);
    if (op === "!=") return !same(x, y);
    if (typeof x !== "number" || typeof y !== "number") throw new Error(`${op} needs numbers`);
    return op === ">" ? x > y : op === "<" ? x < y : op === ">=" ? x >= y : x <= y;
  }

  private global(node: Extract<Node, { t: "call" }>): unknown {
    if (node.fn.t !== "name") throw new Error("unknown call");
    const name = node.fn.name;
    const args = () => node.args.map((arg) => this.eval(arg));
    const text = (value: unknown) => {
      if (typeof value !== "string") throw new Error(`${name} needs text`);
      return value;
    };
    if (this.dialect === "bases") {
      if (name !== "list" || node.args.length !== 1) throw new Error(`unknown function ${name}`);
      const [value] = args();
      if (value === null || value === undefined) return [];
      return Array.isArray(value) ? value : [value];
    }
    switch (name) {
      case "list":
        return args();
      case "flat":
        return (args()[0] as unknown[]).flat();
      case "string":
        return textOf(args()[0]);
      case "lower":
        return text(args()[0]).toLowerCase();
      case "trim":
        return text(args()[0]).trim();
      case "startswith": {
        const [s, p] = args();
        return text(s).startsWith(text(p));
      }
      case "regexmatch": {
        // The example anchors its pattern itself, so whole-text and anywhere agree.
        const [p, s] = args();
        return new RegExp(text(p)).test(text(s));
      }
      case "split": {
        const [s, p] = args();
        return text(s).split(new RegExp(text(p)));
      }
      case "map": {
        const [listNode, lambda] = node.args;
        if (listNode === undefined || lambda?.t !== "lambda") throw new Error("map(list, lambda)");
        const list = this.eval(listNode);
        if (!Array.isArray(list)) throw new Error("map needs a list");
        return list.map((item) => this.with(lambda.param, item).eval(lambda.body));
      }
      case "any": {
        const [listNode, lambda] = node.args;
        if (listNode === undefined || lambda?.t !== "lambda") throw new Error("any(list, lambda)");
        const list = this.eval(listNode);
        if (!Array.isArray(list)) throw new Error("any needs a list");
        return list.some((item) => truthy(this.with(lambda.param, item).eval(lambda.body)));
      }
      default:
        throw new Error(`unknown function ${name}`);
    }
  }

  private method(fn: Extract<Node, { t: "member" }>, argNodes: Node[]): unknown {
    if (this.dialect !== "bases") throw new Error("no methods in Dataview");
    const of = this.eval(fn.of);
    const arg = (k: number) => {
      const node = argNodes[k];
      if (node === undefined) throw new Error(`.${fn.name} needs an argument`);
      return this.eval(node);
    };
    const each = (item: unknown) => {
      const body = argNodes[0];
      if (body === undefined) throw new Error(`.${fn.name} needs an expression`);
      return this.with("value", item).eval(body);
    };
    if (fn.name === "toString") return textOf(of);
    if (of instanceof RegExp && fn.name === "matches") return of.test(String(arg(0)));
    if (typeof of === "string") {
      if (fn.name === "lower") return of.toLowerCase();
      if (fn.name === "trim") return of.trim();
      if (fn.name === "startsWith") return of.startsWith(String(arg(0)));
      if (fn.name === "split") return of.split(arg(0) as RegExp);
    }
    if (Array.isArray(of)) {
      if (fn.name === "filter") return of.filter((item) => truthy(each(item)));
      if (fn.name === "map") return of.map(each);
      if (fn.name === "flat") return of.flat();
    }
    throw new Error(`unknown method .${fn.name} on ${textOf(of)}`);
  }
}

/** A Base's `filters`: an expression, or `and`/`or`/`not` lists of filters (`not`: none holds). */
export function basesFilterHolds(filter: unknown, note: Note): boolean {
  if (typeof filter === "string")
    return truthy(new Scope(note, "bases").eval(parse(filter, "bases")));
  if (typeof filter !== "object" || filter === null) throw new Error("not a filter");
  const [[kind, list]] = Object.entries(filter) as [[string, unknown[]]];
  const holds = list.map((each) => basesFilterHolds(each, note));
  if (kind === "and") return holds.every(Boolean);
  if (kind === "or") return holds.some(Boolean);
  if (kind === "not") return !holds.some(Boolean);
  throw new Error(`unknown filter ${kind}`);
}

/**
 * Whether a Dataview query's `FROM ""` (every note) and `WHERE` select a note. Only `FROM ""`
 * is modelled: a tag or folder source selects by Dataview's own index (body tags included).
 */
export function dataviewSelects(query: string, note: Note): boolean {
  const from = /^FROM\s+(.*)$/m.exec(query)?.[1]?.trim();
  if (from !== '""') throw new Error(`only FROM "" is modelled, not ${from ?? "none"}`);
  const where = /^WHERE\s+([\s\S]*?)(?:^SORT\b|$(?![\s\S]))/m.exec(query)?.[1];
  if (where === undefined) throw new Error("no WHERE");
  return truthy(new Scope(note, "dataview").eval(parse(where.replace(/\s+/g, " "), "dataview")));
}
