// The file name of a new note (src/domain/noteFileName.ts): every rule, for any text.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  candidatePath,
  fileNameText,
  isDeviceName,
  safeFileName,
} from "../../src/domain/noteFileName";
import { graphemes, graphemesByCodePoint, utf8Length } from "../../src/domain/text";
import { LINE_BREAKS_AND_CONTROLS, hostileText, isWellFormed } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

/** Text long enough to reach the limits: a hostile piece repeated, after other hostile text. */
const anyName = fc.oneof(
  hostileText(),
  fc
    .tuple(hostileText(8), hostileText(12), fc.integer({ min: 1, max: 90 }))
    .map(([head, piece, times]) => head + piece.repeat(times)),
);

const bytes = (text: string) => new TextEncoder().encode(text).length;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Checks one name against every rule of issue #16, item 7; the test's own reading of them. */
function expectGoodName(raw: string): void {
  const name = safeFileName(raw);
  expect(name).not.toBe("");
  expect(isWellFormed(name)).toBe(true);
  // The longest name the note can get, numbered and with `.md`, fits in 255 bytes.
  const longest = candidatePath("", name, MAX_ATTEMPTS);
  expect(bytes(longest)).toBeLessThanOrEqual(255);
  expect(name.length).toBeLessThanOrEqual(120);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^\./);
  for (const n of [1, 2, MAX_ATTEMPTS]) {
    const file = candidatePath("", name, n);
    expect(file.replace(/ +\./, ".")).not.toMatch(WINDOWS_DEVICES);
  }
  expect(name).not.toMatch(/[*"\\/<>:|?#^[\]]/);
  expect([...name].filter((c) => LINE_BREAKS_AND_CONTROLS.includes(c))).toEqual([]);
  expect(name).toBe(name.normalize("NFC"));
  // Cut between graphemes: the name is whole graphemes from the start of the cleaned text
  // (or the cleaned text with "_" after a device name, or "Interview" when nothing is left).
  const text = fileNameText(raw);
  if (name === "Interview" && !text.startsWith("Interview")) {
    // Nothing was left: no text, or a first grapheme too long for a name on its own.
    const first = graphemes(text)[0] ?? "";
    expect(text === "" || first.length > 120 || bytes(first) > 246).toBe(true);
    return;
  }
  const dot = name.indexOf(".");
  const stem = dot === -1 ? name : name.slice(0, dot);
  const fixed = stem.endsWith("_") && isDeviceName(stem.slice(0, -1));
  const unfixed = fixed ? stem.slice(0, -1) + name.slice(stem.length) : name;
  const parts = graphemes(text);
  const kept = graphemes(unfixed);
  const last = kept.length - 1;
  expect(parts.slice(0, last)).toEqual(kept.slice(0, last));
  // The last may have lost only trailing dots and spaces: after a Unicode "Prepend" character
  // (U+0600…) a following "." or " " is part of the same grapheme, and the trailing ones go.
  const whole = parts[last] ?? "";
  const end = kept[last] ?? "";
  expect(whole.startsWith(end) && /^[.\s]*$/.test(whole.slice(end.length)), whole).toBe(true);
}

describe("a new note's file name", () => {
  it("obeys every rule, for any text", () => {
    fc.assert(
      fc.property(anyName, (raw) => expectGoodName(raw)),
      PROPERTY_RUNS,
    );
  });

  it.each([
    ["CON", "CON_"],
    ["con", "con_"],
    ["Nul", "Nul_"],
    ["aux.notes", "aux_.notes"],
    ["COM1", "COM1_"],
    ["lpt9.x.y", "lpt9_.x.y"],
    ["COM¹", "COM¹_"],
    ["PRN.", "PRN_"],
    ["CON .notes", "CON _.notes"],
    ["CONSOLE", "CONSOLE"],
    ["COM10", "COM10"],
    ["Acme CON", "Acme CON"],
  ])("keeps clear of Windows device names: %j → %j", (raw, name) => {
    expect(safeFileName(raw)).toBe(name);
  });

  it("cuts a long name at 255 bytes with the suffix, between graphemes", () => {
    const family = "👩‍👩‍👧‍👦"; // 25 bytes, one grapheme
    const name = safeFileName(family.repeat(20));
    // 25 bytes and 11 UTF-16 units each: 9 take 225 bytes; a tenth would leave no room for " 1000.md".
    expect(name).toBe(family.repeat(9));
    // x and a combining accent (no precomposed form): 2 units each, so 60 fill the 120 units.
    expect(safeFileName("x\u0301".repeat(200))).toBe("x\u0301".repeat(60));
    // e and the accent become é in NFC: 1 unit, 2 bytes.
    expect(safeFileName("e\u0301".repeat(200))).toBe("\u00e9".repeat(120));
    const cjk = safeFileName("漢".repeat(200));
    expect(cjk).toBe("漢".repeat(82)); // 246 bytes; a 83rd would leave no room for " 1000.md" and "_"
    expect(bytes(`${cjk} ${MAX_ATTEMPTS}.md`)).toBeLessThanOrEqual(255);
    // Within the 120 units but not the bytes: the byte limit alone cuts it.
    expect(safeFileName("漢".repeat(100))).toBe("漢".repeat(82));
    expect(safeFileName("漢".repeat(82))).toBe("漢".repeat(82));
    // A trailing dot that shares a grapheme with a Prepend character before it still goes.
    expect(safeFileName("x\u0600.")).toBe("x\u0600");
    expect(safeFileName(`${"漢".repeat(82)}a`)).toBe("漢".repeat(82));
  });

  it("counts bytes as UTF-8 does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        expect(utf8Length(text)).toBe(bytes(text));
      }),
      PROPERTY_RUNS,
    );
  });

  it("measures the name Obsidian stores, in NFC", () => {
    // U+0958 grows from 3 to 6 bytes in NFC: the limit holds for the stored form.
    const name = safeFileName("\u0958".repeat(200));
    expect(name).toBe(name.normalize("NFC"));
    expect(bytes(`${name} ${MAX_ATTEMPTS}.md`)).toBeLessThanOrEqual(255);
  });
});

describe("without Intl.Segmenter", () => {
  const segmenter = Intl.Segmenter;
  afterEach(() => {
    Object.defineProperty(Intl, "Segmenter", { value: segmenter, configurable: true });
  });

  it("groups code points, keeping marks, joiners and selectors with what they follow", () => {
    expect(graphemesByCodePoint("e\u0301🚀👩‍👩‍👧x\ufe0f\uD800")).toEqual([
      "e\u0301",
      "🚀",
      "👩‍👩‍👧",
      "x\ufe0f",
      "\uD800",
    ]);
  });

  it("never splits a pair and gives back the whole text, for any text", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const parts = graphemesByCodePoint(text);
        expect(parts.join("")).toBe(text);
        for (const part of parts) expect(part.length === 0).toBe(false);
        // Each boundary of the fallback is a code point boundary.
        let at = 0;
        for (const part of parts) {
          at += part.length;
          expect(
            /[\uD800-\uDBFF]/.test(text[at - 1] ?? "") && /[\uDC00-\uDFFF]/.test(text[at] ?? ""),
          ).toBe(false);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it("still makes names that obey every rule", () => {
    Object.defineProperty(Intl, "Segmenter", { value: undefined, configurable: true });
    expect(graphemes("e\u0301x")).toEqual(["e\u0301", "x"]);
    fc.assert(
      fc.property(anyName, (raw) => expectGoodName(raw)),
      PROPERTY_RUNS,
    );
  });
});
