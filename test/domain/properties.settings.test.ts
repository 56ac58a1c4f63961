// Property-based tests (fast-check, at least 1,000 runs each) of loading settings: whatever
// data.json holds, loading never throws, never changes what was stored, always gives settings
// that pass every check, keeps every valid value, and reports a file that is not JSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PROPERTY_NAMES,
  SETTINGS_VERSION,
  type Settings,
  defaultSettings,
} from "../../src/domain/settings";
import { validateSettings } from "../../src/domain/settingRules";
import { loadSettings, parseSettingsJson } from "../../src/domain/settingsLoad";
import { storedSettingsArb, validStoredArb } from "../support/settingsArbitraries";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const RUNS = PROPERTY_RUNS;

describe("loading settings", () => {
  it("turns anything stored into valid settings, without throwing or changing what was stored", () => {
    fc.assert(
      fc.property(storedSettingsArb, (stored) => {
        const before = structuredClone(stored);
        const loaded = loadSettings(stored);
        expect(validateSettings(loaded.settings)).toEqual([]);
        expect(loaded.settings.version).toBe(SETTINGS_VERSION);
        for (const note of loaded.notes) expect(note).toMatch(/\S/);
        expect(stored).toEqual(before);
        // Nothing the file held can reach a prototype.
        expect(Object.getPrototypeOf(loaded.settings)).toBe(Object.prototype);
        expect(Object.getPrototypeOf(loaded.settings.properties)).toBe(Object.prototype);
      }),
      RUNS,
    );
  });

  it("keeps every valid value of a partial file and takes the defaults for the rest, silently", () => {
    fc.assert(
      fc.property(validStoredArb, (stored) => {
        const { properties, ...scalars } = stored;
        const expected: Settings = {
          ...defaultSettings(),
          ...scalars,
          properties: { ...DEFAULT_PROPERTY_NAMES, ...properties },
        };
        // Values valid one by one may still clash: two roles with one name, research due before it opens.
        fc.pre(validateSettings(expected).length === 0);
        const loaded = loadSettings(stored);
        expect(loaded.settings).toEqual(expected);
        expect(loaded.notes).toEqual([]);
      }),
      RUNS,
    );
  });

  it("reads any text as a settings file: JSON like loadSettings, anything else reported once", () => {
    const textArb = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', ":", ",", "1", "a", " ", "\n") }),
      fc
        .tuple(
          fc.oneof(storedSettingsArb, fc.jsonValue()),
          fc.constantFrom("", "\uFEFF"),
          fc.constantFrom(0, 2),
        )
        .map(([value, bom, indent]) => `${bom}${JSON.stringify(value, null, indent) ?? ""}`),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const loaded = parseSettingsJson(text);
        expect(validateSettings(loaded.settings)).toEqual([]);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
        } catch {
          expect(loaded.settings).toEqual(defaultSettings());
          expect(loaded.notes).toHaveLength(1);
          expect(loaded.notes[0]).toMatch(/^The settings file is not valid JSON/);
          return;
        }
        expect(loaded).toEqual(loadSettings(parsed));
      }),
      RUNS,
    );
  });
});
