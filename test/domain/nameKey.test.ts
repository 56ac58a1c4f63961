// One rule for "the same name" (nameKey in src/domain/text.ts): the rounds of one application, the
// offers other employers hear of, the insights and a panel's people all compare names by it, so a
// name typed and the same name pasted (another case, spacing or Unicode form) are one everywhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Interview, readNote } from "../../src/domain/interview";
import { insightsOf } from "../../src/domain/insights";
import { personKey } from "../../src/domain/interviewers";
import { nameKey } from "../../src/domain/text";
import { supersededRounds } from "../../src/domain/timeline";
import { local, run, settingsWith } from "../support/domain";
import { hostileText } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = settingsWith();

/** The same name written another way: case, spaces around and inside, composed or decomposed. */
const spelledOtherwise = (name: string, seed: number): string => {
  let other = seed % 2 === 0 ? name.normalize("NFD") : name.normalize("NFC");
  if (seed % 3 === 0) other = other.toUpperCase() === other ? other : other.toUpperCase();
  if (seed % 5 === 0) other = ` ${other.replace(/ /g, "  ")}\t`;
  return other;
};

/** Names as people type them: letters with accents, spaces, and a few hostile characters. */
const nameArb = fc.oneof(
  fc.constantFrom("Café Noir", "Zürich Re", "Ångström AB", "Société Générale", "Acme", "naïve co"),
  hostileText(16),
);

describe("nameKey", () => {
  it("is the same for a name and the same name written another way", () => {
    fc.assert(
      fc.property(nameArb, fc.nat(), (name, seed) => {
        const other = spelledOtherwise(name, seed);
        // Upper-casing is not undone by lower-casing for every letter (ß, dotted İ): those aside.
        fc.pre(other.toLowerCase() === other.toUpperCase().toLowerCase() || seed % 3 !== 0);
        fc.pre(name.toLowerCase() === name.toUpperCase().toLowerCase() || seed % 3 !== 0);
        expect(nameKey(other)).toBe(nameKey(name));
      }),
      PROPERTY_RUNS,
    );
  });

  it("is idempotent, and its fast path for plain names agrees with the full rule", () => {
    const full = (name: string) => name.toLowerCase().normalize("NFC").trim().replace(/\s+/g, " ");
    fc.assert(
      fc.property(fc.oneof(nameArb, fc.string({ maxLength: 20 })), (name) => {
        expect(nameKey(name)).toBe(full(name));
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
      }),
      PROPERTY_RUNS,
    );
  });

  it("keeps different names apart", () => {
    expect(nameKey("Café")).not.toBe(nameKey("Cafe"));
    expect(nameKey("Acme Inc")).not.toBe(nameKey("AcmeInc"));
  });

  it("people: link brackets do not count either", () => {
    expect(personKey("[[José Ruiz]]")).toBe(personKey("jose\u0301  ruiz"));
  });
});

const interview = (path: string, fm: Record<string, unknown>): Interview => {
  const reading = readNote(path, { type: "interview", ...fm }, settings);
  if (reading?.kind !== "interview") throw new Error(`${path} did not read`);
  return reading.interview;
};

describe("every rule compares names by nameKey", () => {
  const composed = "Café Noir";
  const decomposed = "CAFE\u0301  NOIR";

  it("rounds: a later round of the same employer and position, written otherwise, supersedes", () => {
    const first = interview("a.md", {
      organization: composed,
      position: "Barista",
      date: "2026-11-01T10:00",
    });
    const second = interview("b.md", {
      organization: decomposed,
      position: "barista ",
      date: "2026-11-10T10:00",
    });
    expect([...supersededRounds([first, second])]).toEqual(["a.md"]);
  });

  it("rounds: the employer and the position stay apart, however their letters line up", () => {
    const first = interview("a.md", {
      organization: "Acme",
      position: "Labs",
      date: "2026-11-01T10:00",
    });
    const second = interview("b.md", {
      organization: "AcmeL",
      position: "abs",
      date: "2026-11-10T10:00",
    });
    expect(supersededRounds([first, second]).size).toBe(0);
  });

  it("offers: the employer of an offer is not told of its own offer, however it is written", () => {
    const notes = {
      "offer.md": {
        type: "interview",
        organization: composed,
        date: "2026-11-20T10:00",
        status: "offer",
        offer_deadline: "2026-12-11",
      },
      "same.md": { type: "interview", organization: decomposed, date: "2026-11-21T10:00" },
      "other.md": { type: "interview", organization: "Globex", date: "2026-11-21T10:00" },
    };
    const told = run(notes, local(2026, 12, 4, 12), settings)
      .items.filter((item) => item.action === "offer-heads-up")
      .map((item) => item.path);
    expect(told).toEqual(["other.md"]);
  });

  it("insights: one employer, however it is written", () => {
    const readings = [
      { organization: composed, date: "2026-11-01T10:00" },
      { organization: decomposed, date: "2026-11-05T10:00" },
    ].map((fm, i) => ({ kind: "interview" as const, interview: interview(`${i}.md`, fm) }));
    const insights = insightsOf(readings, new Date("2026-12-04T12:00:00Z"));
    expect(insights.organizations).toHaveLength(1);
  });
});
