// The type property (`type: interview`) is a property of the note like the others: a setting
// that gives it the name of another (`status`) would make the create command write the same key
// twice, which is not YAML, and one property read for two meanings. It is refused in the
// settings tab, and a stored file that has it is reported and loaded with the type property's
// default, whatever the case of the names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkChange, validateSettings } from "../../src/domain/settingRules";
import { DEFAULT_SETTINGS, PROPERTY_KEYS, defaultSettings } from "../../src/domain/settings";
import { loadSettings } from "../../src/domain/settingsLoad";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const recase = (name: string, upper: readonly boolean[]) =>
  [...name].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join("");

describe("the type property and the other property names", () => {
  it("refuses a type property named as any property, in any case, in the tab and in a file", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROPERTY_KEYS),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        (key, upper) => {
          const name = recase(DEFAULT_SETTINGS.properties[key], upper);
          expect(checkChange(defaultSettings(), "typeProperty", name)).toBe(
            `is already the name of the ${key} property`,
          );
          const settings = { ...defaultSettings(), typeProperty: name };
          expect(validateSettings(settings)).toContainEqual({
            key: "typeProperty",
            message: `is already the name of the ${key} property`,
          });
          const loaded = loadSettings({ typeProperty: name });
          expect(loaded.settings.typeProperty).toBe("type");
          expect(loaded.settings.properties).toEqual(DEFAULT_SETTINGS.properties);
          expect(loaded.notes).toEqual([
            `Setting "typeProperty" is already the name of the ${key} property; "type" is used.`,
          ]);
          expect(validateSettings(loaded.settings)).toEqual([]);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("refuses a property named as the type property", () => {
    expect(checkChange(defaultSettings(), "properties.status", "Type")).toBe(
      "is already the type property",
    );
    expect(checkChange(defaultSettings(), "properties.status", "stage")).toBeNull();
    expect(checkChange(defaultSettings(), "typeProperty", "kind")).toBeNull();
  });

  it("blames a property named type, not the type property, when that is the default", () => {
    const loaded = loadSettings({ properties: { status: "Type" } });
    expect(loaded.settings.typeProperty).toBe("type");
    expect(loaded.settings.properties).toEqual(DEFAULT_SETTINGS.properties);
    expect(loaded.notes).toEqual([
      `Property name "type" is the type property's name; the default property names are used.`,
    ]);
  });

  it("loads a file whose type property clashes, and whose default clashes too, as valid", () => {
    const loaded = loadSettings({ typeProperty: "email", properties: { organization: "Type" } });
    expect(loaded.settings.typeProperty).toBe("type");
    expect(loaded.settings.properties).toEqual(DEFAULT_SETTINGS.properties);
    expect(validateSettings(loaded.settings)).toEqual([]);
    expect(loaded.notes).toHaveLength(2);
  });
});
