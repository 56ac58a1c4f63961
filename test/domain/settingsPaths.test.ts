// Loading folder and note settings from data.json: a path that leaves the vault is replaced by
// its default, with a one-line message that names the setting (its key in data.json and its name
// in the settings tab), quotes what was written, says what is wrong and what to write instead.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { PATH_SETTINGS, type PathKey } from "../../src/domain/settingRules";
import { loadSettings, parseSettingsJson } from "../../src/domain/settingsLoad";
import { checkVaultPath } from "../../src/domain/vaultPath";

const PATH_KEYS = Object.keys(PATH_SETTINGS) as PathKey[];

describe("loading a path that leaves the vault", () => {
  it("names the setting, quotes the value, says what to write, and uses the default", () => {
    const { settings, notes } = loadSettings({ interviewFolder: "../Out", horizonDays: 3 });
    expect(settings.interviewFolder).toBe("Interviews");
    expect(settings.horizonDays).toBe(3);
    expect(notes).toEqual([
      'Setting "interviewFolder" (Interview folder) "../Out" must stay inside the vault: ".." and other names made only of dots leave it; write the path from the vault\'s top folder, such as "Jobs/Interviews". The default "Interviews" is used for now.',
    ]);
  });

  it("says an optional path is left empty when its default is empty", () => {
    const { settings, notes } = loadSettings({ noteTemplateFile: "C:\\Templates\\Note" });
    expect(settings.noteTemplateFile).toBe("");
    expect(notes).toEqual([
      'Setting "noteTemplateFile" (Note template) "C:\\\\Templates\\\\Note" must be inside the vault, not on a drive such as "C:"; write the path from the vault\'s top folder, such as "Templates/Interview". It is left empty for now.',
    ]);
  });

  it("reports a path that is not text without quoting it", () => {
    expect(loadSettings({ templatesFolder: ["Templates"] }).notes).toEqual([
      'Setting "templatesFolder" (Templates folder) must be text. The default "Interviews/Templates" is used for now.',
    ]);
  });

  it("quotes a long value in part, and a line break as an escape", () => {
    const long = `${"../".repeat(100)}Out`;
    const [note] = loadSettings({ interviewFolder: long }).notes;
    expect(note).toContain(`"${long.slice(0, 80)}…"`);
    expect(note).not.toContain(long.slice(0, 81));
    const [broken] = loadSettings({ interviewFolder: "Jobs\n../x" }).notes;
    expect(broken).toContain('"Jobs\\n../x" must be on one line');
    const [separated] = loadSettings({ interviewFolder: "Jobs\u2028../x" }).notes;
    expect(separated).toContain("must not contain control characters");
  });

  it("reads an empty path as none, for each path setting", () => {
    for (const key of PATH_KEYS) {
      const { settings, notes } = loadSettings({ [key]: "" });
      expect(settings[key]).toBe("");
      expect(notes).toEqual([]);
    }
  });

  it("keeps a path inside the vault as Obsidian would normalise it, silently", () => {
    const { settings, notes } = parseSettingsJson(
      JSON.stringify({ interviewFolder: " Jobs//Cafe\u0301\u00a0Search/ " }),
    );
    expect(notes).toEqual([]);
    expect(settings.interviewFolder).toBe("Jobs/Caf\u00e9 Search");
  });

  it("ends with every path setting inside the vault, one line per problem, whatever was stored", () => {
    const piece = fc.oneof(
      fc.constantFrom("..", "/", "\\", "C:", "file:", "%2e", "~", "\n", "\u2028", "\u00a0", "Jobs"),
      fc.string({ maxLength: 3 }),
    );
    const path = fc.oneof(
      fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join("")),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.record(
          { interviewFolder: path, templatesFolder: path, noteTemplateFile: path },
          {
            requiredKeys: [],
          },
        ),
        (stored) => {
          const { settings, notes } = loadSettings(stored);
          let refused = 0;
          for (const key of PATH_KEYS) {
            const checked = checkVaultPath(settings[key], PATH_SETTINGS[key].example);
            expect(checked).toEqual({ ok: true, path: settings[key] });
            const value: unknown = stored[key];
            const kept =
              typeof value === "string" && checkVaultPath(value, PATH_SETTINGS[key].example).ok;
            if (value !== undefined && !kept) {
              refused++;
              expect(settings[key]).toBe(DEFAULT_SETTINGS[key]);
            }
          }
          expect(notes).toHaveLength(refused);
          for (const note of notes) expect(note).not.toMatch(/[\r\n\u2028\u2029]/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
