// The earlier rounds the create form offers (src/domain/earlierRounds.ts): only interview notes
// that could be read, newest path first, each as a link target without ".md".
import { describe, expect, it } from "vitest";
import { earlierRoundChoices } from "../../src/domain/earlierRounds";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";

const settings = defaultSettings();
const read = (path: string, fm: Record<string, unknown>) => {
  const reading = readNote(path, fm, settings);
  if (reading === null) throw new Error(`${path} is not an interview note`);
  return reading;
};

describe("the earlier rounds offered by the create form", () => {
  it("lists readable interview notes by path, Z to A, without their problems", () => {
    const readings = [
      read("Interviews/2026-11-01 Acme.md", { date: "2026-11-01", organization: "Acme" }),
      read("Interviews/2026-11-20 Beta.md", {
        date: "2026-11-20",
        organization: "Beta",
        position: "Dev",
        contact: "Jane Doe <jane@beta.example>",
        email: "jane@beta.example",
      }),
      read("Interviews/Broken.md", { date: "next tuesday", organization: "Gamma" }),
      read("Interviews/2026-11-10 Acme.md", { date: "2026-11-10", organization: "Acme" }),
    ];
    const choices = earlierRoundChoices(readings);
    expect(choices.map((c) => c.path)).toEqual([
      "Interviews/2026-11-20 Beta.md",
      "Interviews/2026-11-10 Acme.md",
      "Interviews/2026-11-01 Acme.md",
    ]);
    expect(choices[0]).toEqual({
      path: "Interviews/2026-11-20 Beta.md",
      previousRound: "Interviews/2026-11-20 Beta",
      organization: "Beta",
      position: "Dev",
      contact: "Jane Doe <jane@beta.example>",
      email: "jane@beta.example",
    });
  });

  it("gives the same list whatever order the notes come in", () => {
    const readings = ["b", "a", "c", "a2"].map((name) =>
      read(`Interviews/${name}.md`, { date: "2026-11-01", organization: name }),
    );
    const forwards = earlierRoundChoices(readings).map((c) => c.path);
    const backwards = earlierRoundChoices([...readings].reverse()).map((c) => c.path);
    expect(forwards).toEqual(backwards);
    expect(forwards).toEqual([
      "Interviews/c.md",
      "Interviews/b.md",
      "Interviews/a2.md",
      "Interviews/a.md",
    ]);
  });
});
