// The rounds bookkeeping on its own: which notes share an organization and position, checked
// against a plain map of lists under any mix of joining and leaving, and which round is latest.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { Rounds } from "../../src/domain/rounds";
import { defaultSettings } from "../../src/domain/settings";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = defaultSettings();
const ROUNDS = ["acme\u0000dev", "acme\u0000ops", "globex\u0000dev"];
const PATHS = ["Interviews/a.md", "Interviews/b.md", "Interviews/c.md", "Interviews/d.md"];

describe("the members of each round", () => {
  it("are those joined and not left since, in the order they joined", () => {
    const step = fc.record({
      join: fc.boolean(),
      round: fc.constantFrom(...ROUNDS),
      path: fc.constantFrom(...PATHS),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 80 }),
        fc.integer({ min: -1, max: 80 }),
        (steps, clearAt) => {
          const rounds = new Rounds();
          const reference = new Map<string, string[]>();
          for (const [i, { join, round, path }] of steps.entries()) {
            if (i === clearAt) {
              rounds.clear();
              reference.clear();
            }
            const members = reference.get(round) ?? [];
            if (join) {
              rounds.join(round, path);
              if (!members.includes(path)) reference.set(round, [...members, path]);
            } else {
              rounds.leave(round, path);
              const left = members.filter((each) => each !== path);
              if (left.length > 0) reference.set(round, left);
              else reference.delete(round);
            }
            for (const each of ROUNDS) {
              const expected = reference.get(each) ?? [];
              expect(rounds.membersOf(each)).toEqual(expected);
              expect(rounds.isAlone(each)).toBe(expected.length === 1);
            }
            const shared = ROUNDS.filter((each) => (reference.get(each)?.length ?? 0) > 1);
            expect([...rounds.shared()].sort()).toEqual(shared.sort());
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("the latest round", () => {
  const round = ROUNDS[0] as string;
  function interview(path: string, date: string): { reading: NoteReading } {
    const reading = readNote(path, { date, organization: "Acme", position: "Dev" }, settings);
    if (reading?.kind !== "interview") throw new Error(`${path} is not an interview`);
    return { reading };
  }

  it("is the one on the latest date, equal dates settled by the later path", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 3 }), {
          minLength: PATHS.length,
          maxLength: PATHS.length,
        }),
        (paths, days) => {
          const rounds = new Rounds();
          const notes = new Map<string, { reading: NoteReading }>();
          paths.forEach((path, i) => {
            rounds.join(round, path);
            notes.set(path, interview(path, `2026-03-0${days[i]}`));
          });
          const latest = [...paths].sort((a, b) => {
            const dayA = days[paths.indexOf(a)] as number;
            const dayB = days[paths.indexOf(b)] as number;
            return dayB - dayA || (a < b ? 1 : -1);
          })[0];
          expect(rounds.latest(round, notes)).toBe(latest);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("leaves out members with no interview, and is null when none is left", () => {
    const rounds = new Rounds();
    rounds.join(round, "Interviews/a.md");
    rounds.join(round, "Interviews/b.md");
    rounds.join(round, "Interviews/c.md");
    const notes = new Map<string, { reading: NoteReading }>([
      ["Interviews/a.md", interview("Interviews/a.md", "2026-03-01")],
      [
        "Interviews/b.md",
        { reading: { kind: "problem", path: "Interviews/b.md", reason: "Broken" } },
      ],
    ]);
    expect(rounds.latest(round, notes)).toBe("Interviews/a.md");
    notes.delete("Interviews/a.md");
    expect(rounds.latest(round, notes)).toBeNull();
    expect(rounds.latest(ROUNDS[1] as string, notes)).toBeNull();
  });
});
