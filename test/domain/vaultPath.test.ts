// The one path check for folder and note settings, against a definition written here
// independently, and against what Node's path modules and the URL parser make of the paths it
// accepts: none of them may lead outside the vault.
import { posix, win32 } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVaultPath } from "../../src/domain/vaultPath";
import { obsidianNormalizePath } from "../support/normalizePath";

const EXAMPLE = "Jobs/Interviews";

/**
 * The rule, stated plainly: after turning non-breaking spaces into spaces (as Obsidian does) and
 * trimming, a path is refused when it holds a control character or line separator, a colon or a backslash, starts
 * with "/", is in "~" (its first name that is not "." or empty), holds an encoded dot or slash, a
 * character no name may hold in Obsidian or on Windows (* " < > ? # ^ [ ] |), or has a name of
 * dots and spaces with at least two dots. Otherwise it is kept as its names, each trimmed, without empty names and ".".
 */
function expected(raw: string): { ok: true; path: string } | { ok: false } {
  const spaced = raw.split("\u00a0").join(" ").split("\u202f").join(" ").normalize("NFC").trim();
  const codes = [...spaced].map((c) => c.codePointAt(0) ?? 0);
  const control = (code: number) =>
    code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  if (codes.some(control)) return { ok: false };
  if (spaced.includes(":") || spaced.includes("\\") || spaced.startsWith("/")) return { ok: false };
  const lower = spaced.toLowerCase();
  if (["%2e", "%2f", "%5c"].some((escape) => lower.includes(escape))) return { ok: false };
  if ([...'*"<>?#^[]|'].some((c) => spaced.includes(c))) return { ok: false };
  const names = spaced.split("/").map((name) => name.trim());
  if (names.filter((name) => name !== "" && name !== ".")[0] === "~") return { ok: false };
  const onlyDots = (name: string) => /^[\s.]*$/.test(name) && name.split(".").length - 1 >= 2;
  if (names.some(onlyDots)) return { ok: false };
  return { ok: true, path: names.filter((name) => name !== "" && name !== ".").join("/") };
}

/** The pieces paths are made of: the hostile ones, and ordinary names in several scripts. */
const PIECES = [
  "..",
  ".",
  "...",
  ". .",
  "\\..\\",
  "..\\",
  "C:",
  "c:\\",
  "C:/",
  "/abs",
  "/",
  "//",
  "\\",
  "~",
  "~/",
  "file:",
  "file:///etc",
  "obsidian://open?vault=x",
  "http://",
  "%2e%2e",
  "%2E",
  "%2f",
  "%5C",
  "%20",
  "%",
  "2e",
  "Jobs",
  "Interviews",
  "a b",
  " ",
  "\u00a0",
  "\u202f",
  "\t",
  "\u0000",
  "\u007f",
  "\u009b",
  "\u2028",
  "\u2029",
  "e\u0301",
  "é",
  "日本",
  "Ünïcödé",
  "🙂",
  "\u200b",
  "\u2025",
  "\uff0e\uff0e",
  "#",
  "?",
  "",
];

const pathArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join("")),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((pieces) => pieces.join("/")),
  fc.string({ unit: "binary", maxLength: 12 }),
);

describe("checkVaultPath", () => {
  it("agrees with the plain statement of the rule on any path", () => {
    fc.assert(
      fc.property(pathArb, (raw) => {
        const got = checkVaultPath(raw, EXAMPLE);
        const want = expected(raw);
        expect(got.ok).toBe(want.ok);
        if (got.ok && want.ok) expect(got.path).toBe(want.path);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts only paths that stay in the vault, read by Node on any system or as a URL", () => {
    fc.assert(
      fc.property(pathArb, (raw) => {
        const got = checkVaultPath(raw, EXAMPLE);
        if (!got.ok) return;
        for (const candidate of [raw, got.path]) {
          const onPosix = posix.resolve("/vault", candidate);
          expect(onPosix === "/vault" || onPosix.startsWith("/vault/")).toBe(true);
          const onWindows = win32.resolve("C:\\vault", candidate.trim());
          expect(onWindows === "C:\\vault" || onWindows.startsWith("C:\\vault\\")).toBe(true);
        }
        const url = new URL(got.path, "app://obsidian.md/vault/");
        expect(url.protocol).toBe("app:");
        expect(url.pathname.startsWith("/vault/")).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("stores what Obsidian's normalizePath would make of it, and accepts that as it is", () => {
    fc.assert(
      fc.property(pathArb, (raw) => {
        const got = checkVaultPath(raw, EXAMPLE);
        if (!got.ok) return;
        if (got.path !== "") expect(obsidianNormalizePath(got.path)).toBe(got.path);
        expect(checkVaultPath(got.path, EXAMPLE)).toEqual(got);
      }),
      { numRuns: 2000 },
    );
  });

  it("says what is wrong and what to write instead, every time it refuses", () => {
    fc.assert(
      fc.property(pathArb, (raw) => {
        const got = checkVaultPath(raw, EXAMPLE);
        if (got.ok) return;
        expect(got.problem).toMatch(/^must /);
        expect(got.problem).toMatch(/; write /);
        expect(got.problem).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["../Out", '".." and other names made only of dots leave it'],
    ["Jobs/ .. /x", '".." and other names made only of dots leave it'],
    ["Jobs/...", '".." and other names made only of dots leave it'],
    ["..\\Out", 'must use "/" between folders, not "\\"'],
    ["Jobs\\..\\..", 'must use "/" between folders, not "\\"'],
    ["\\..\\Out", 'cannot start with "\\"'],
    ["/home/me/Interviews", 'cannot start with "/"'],
    ["//server/share", 'cannot start with "/"'],
    ["~/Interviews", 'not in the home folder "~"'],
    ["./~/Interviews", 'not in the home folder "~"'],
    ["..?", 'must not contain "?"'],
    ["Jobs#2", 'must not contain "#"'],
    ["C:", 'not on a drive such as "C:"'],
    ["c:\\Users\\me", 'not on a drive such as "c:"'],
    ["D:Jobs", 'not on a drive such as "D:"'],
    ["file:///etc", 'not a link ("file:")'],
    ["obsidian://open?vault=x", 'not a link ("obsidian:")'],
    ["http://example.com/x", 'not a link ("http:")'],
    ["Jobs/a:b", 'must not contain ":"'],
    ["%2e%2e/Out", 'must not contain "%2e"'],
    ["Jobs%2F..", 'must not contain "%2F"'],
    ["Jobs\u0000", "must not contain control characters"],
    ["Jobs\nOld", "must not contain control characters"],
    ["Jobs\u009b2J", "must not contain control characters"],
    ["Jobs\u2028Old", "must not contain control characters"],
  ])("refuses %j: %s", (raw, message) => {
    const got = checkVaultPath(raw, EXAMPLE);
    expect(got.ok).toBe(false);
    if (!got.ok) {
      expect(got.problem).toContain(message);
      expect(got.problem).toContain(`such as "${EXAMPLE}"`);
    }
  });

  it.each([
    ["", ""],
    ["   ", ""],
    ["\u00a0", ""],
    [".", ""],
    ["Interviews", "Interviews"],
    [" Jobs / Interviews / ", "Jobs/Interviews"],
    ["./Jobs/./2026/", "Jobs/2026"],
    ["Jobs//2026", "Jobs/2026"],
    ["Jobs\u00a0Search", "Jobs Search"],
    ["Cafe\u0301", "Caf\u00e9"],
    ["..hidden/a..b/.x", "..hidden/a..b/.x"],
    ["100%/50% done", "100%/50% done"],
    ["~Jobs", "~Jobs"],
    ["日本/面接", "日本/面接"],
  ])("accepts %j as %j", (raw, path) => {
    expect(checkVaultPath(raw, EXAMPLE)).toEqual({ ok: true, path });
  });
});
