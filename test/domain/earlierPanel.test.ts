// Choosing an earlier round that was a panel interview: the create form copies its contact and
// email (README, "Earlier round"). A panel's contact is a list; copied as one text it became one
// person named "Jane Doe, John Roe" with Jane's address. The form gets one person: the first,
// with that person's own address.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earlierRoundChoices } from "../../src/domain/earlierRounds";
import { readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";

const settings = defaultSettings();

function choiceFor(fm: Record<string, unknown>) {
  const reading = readNote("Interviews/Round 1.md", { date: "2026-11-01", ...fm }, settings);
  if (reading === null) throw new Error("not an interview note");
  const [choice] = earlierRoundChoices([reading]);
  if (choice === undefined) throw new Error("no choice");
  return choice;
}

describe("an earlier round that was a panel", () => {
  it("gives its first person as the contact, with that person's address", () => {
    expect(
      choiceFor({
        organization: "Acme",
        contact: ["Jane Doe", "John Roe <john@acme.example>"],
        email: ["jane@acme.example"],
      }),
    ).toMatchObject({ contact: "Jane Doe", email: "jane@acme.example" });
    expect(
      choiceFor({ contact: ["[[Ann Lee]]", "Jane Doe <jane@acme.example>"], email: [] }),
    ).toMatchObject({ contact: "Ann Lee", email: "" });
  });

  it("keeps a round with one contact as it was", () => {
    const choice = choiceFor({ contact: "Jane Doe <jane@acme.example>" });
    expect(choice.contact).toBe("Jane Doe <jane@acme.example>");
    expect(choice.email).toBe("jane@acme.example");
  });

  it("is one of the panel's people, never several as one name, for any panel", () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?$/);
    const people = fc.uniqueArray(
      fc.record({ name, email: fc.constantFrom("", "a@x.example", "b@y.example") }),
      { minLength: 2, maxLength: 5, selector: (p) => p.name.toLowerCase() },
    );
    fc.assert(
      fc.property(people, (list) => {
        const choice = choiceFor({
          contact: list.map((p) => p.name),
          email: list.map((p) => p.email),
        });
        expect({ contact: choice.contact, email: choice.email }).toEqual({
          contact: list[0]?.name,
          email: list[0]?.email,
        });
      }),
      { numRuns: 300 },
    );
  });
});
