// The support layer gives plugin code Obsidian's normalizePath, not the mock's.
import fc from "fast-check";
import { normalizePath } from "obsidian";
import { describe, expect, it } from "vitest";

describe("normalizePath as plugin code sees it in the tests", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["///", "/"],
    ["\\\\", "/"],
    ["Jobs", "Jobs"],
    ["/Jobs/", "Jobs"],
    ["Jobs//2026///a.md", "Jobs/2026/a.md"],
    ["Jobs\\2026\\a.md", "Jobs/2026/a.md"],
    ["Inter\u00a0views", "Inter views"],
    ["Inter\u202fviews", "Inter views"],
    ["Cafe\u0301", "Caf\u00e9"],
    [" Jobs ", " Jobs "],
  ])("%j → %j", (path, expected) => {
    expect(normalizePath(path)).toBe(expected);
  });

  it("never leaves a slash at either end, a doubled slash, a backslash or a non-breaking space", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "//",
      "a",
      "B",
      "\u00a0",
      "\u202f",
      " ",
      "e\u0301",
      ".",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const path = pieces.join("");
        const out = normalizePath(path);
        if (out === "/") {
          expect(path.replace(/[\\/]/g, "")).toBe("");
          return;
        }
        expect(out).not.toMatch(/^\/|\/$|\/\/|\\|[\u00a0\u202f]/);
        expect(out).toBe(out.normalize("NFC"));
        expect(normalizePath(out)).toBe(out);
      }),
    );
  });
});
