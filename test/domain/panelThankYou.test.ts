// Round 2's panel interviews: one thank-you per interviewer, each done on its own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, markDone } from "../../src/domain/edits";
import { readNote } from "../../src/domain/interview";
import { BUILT_IN_TEMPLATES, renderTemplate } from "../../src/domain/templates";
import { local, run, settingsWith } from "../support/domain";

const settings = settingsWith();
const panel = {
  type: "interview",
  organization: "Acme",
  position: "Engineer",
  date: "2026-11-24T14:00",
  status: "interviewed",
  contact: ["Jane Doe", "Bob Roe <bob@acme.example>", "[[Ann Poe]]"],
  email: ["jane@acme.example"],
};
const NOW = local(2026, 11, 24, 16);

const thankYous = (fm: Record<string, unknown>, now = NOW) =>
  run({ "Interviews/Panel.md": fm }, now, settings).items.filter((i) => i.action === "thank-you");

describe("a panel interview", () => {
  it("gets one thank-you per person, each naming them, with their own email warning", () => {
    const items = thankYous(panel);
    expect(items.map((i) => [i.contact, i.warning])).toEqual([
      ["Ann Poe", expect.stringContaining('No email for "Ann Poe"')],
      ["Bob Roe", undefined],
      ["Jane Doe", undefined],
    ]);
    for (const item of items) {
      expect(item).toMatchObject({
        state: "due",
        opens: local(2026, 11, 24, 14).toISOString(),
        deadline: local(2026, 11, 25, 14).toISOString(),
      });
    }
  });

  it("says which addresses have no one, on the first person without a warning of their own", () => {
    const extra = {
      ...panel,
      email: ["jane@acme.example", "", "ann@acme.example", "x@acme.example"],
    };
    // Jane, Bob and Ann each have their address; the fourth belongs to no one, told on the row
    // of Jane, the first in the note.
    expect(thankYous(extra).map((i) => [i.contact, i.warning])).toEqual([
      ["Ann Poe", undefined],
      ["Bob Roe", undefined],
      [
        "Jane Doe",
        'Address without a person: "x@acme.example" in "email" has no one at the same place in "contact".',
      ],
    ]);
    const two = thankYous({ ...extra, email: [...extra.email, "y@acme.example"] });
    expect(two[2]?.warning).toMatch(
      /^Addresses without a person: "x@acme\.example", "y@acme\.example" in "email" have no one/,
    );
    // Jane without an address keeps her own warning; the spare address is told on Bob's row.
    const janeless = thankYous({ ...panel, email: ["", "", "", "x@acme.example"] });
    expect(janeless.map((i) => [i.contact, i.warning ?? ""])).toEqual([
      ["Ann Poe", expect.stringContaining('No email for "Ann Poe"')],
      ["Bob Roe", expect.stringContaining('"x@acme.example"')],
      ["Jane Doe", expect.stringContaining('No email for "Jane Doe"')],
    ]);
  });

  it("keeps one contact as before: no contact on the item", () => {
    for (const contact of ["Jane Doe", ["Jane Doe"], ["Jane Doe", ""], ["Jane Doe", "jane doe"]]) {
      const items = thankYous({ ...panel, contact });
      expect(items).toHaveLength(1);
      expect(items[0]?.contact).toBeUndefined();
    }
  });

  it("leaves out those in thanked, in any case or spacing, and all once thank_you_sent is set", () => {
    const items = thankYous({ ...panel, thanked: ["jane  DOE", "[[Bob Roe]]"] });
    expect(items.map((i) => i.contact)).toEqual(["Ann Poe"]);
    expect(thankYous({ ...panel, thanked: "Ann Poe" }).map((i) => i.contact)).toEqual([
      "Bob Roe",
      "Jane Doe",
    ]);
    expect(thankYous({ ...panel, thank_you_sent: "2026-11-24" })).toEqual([]);
  });

  it("dismisses all of them with one entry", () => {
    expect(thankYous({ ...panel, dismissed: ["thank-you"] })).toEqual([]);
  });

  it("marks one person done by adding their name to thanked; the last one writes thank_you_sent", () => {
    const fm: Record<string, unknown> = { ...panel, thanked: "Ann Poe" };
    applyChanges(fm, markDone("thank-you", fm, settings, NOW.getTime(), "Jane Doe"));
    expect(fm.thanked).toEqual(["Ann Poe", "Jane Doe"]);
    expect(fm.thank_you_sent).toBeUndefined();
    expect(thankYous(fm).map((i) => i.contact)).toEqual(["Bob Roe"]);
    applyChanges(fm, markDone("thank-you", fm, settings, NOW.getTime(), "Bob Roe"));
    expect(fm.thanked).toEqual(["Ann Poe", "Jane Doe", "Bob Roe"]);
    expect(fm.thank_you_sent).toBe("2026-11-24");
    expect(thankYous(fm)).toEqual([]);
    // Once more for someone already thanked: nothing to write.
    expect(markDone("thank-you", fm, settings, NOW.getTime(), "Bob Roe")).toEqual([]);
  });

  it("is a problem when contact or email cannot be read", () => {
    const result = run(
      { "Interviews/Panel.md": { ...panel, contact: ["Jane", { name: "Bob" }] } },
      NOW,
      settings,
    );
    expect(result.problems[0]?.reason).toMatch(/^"contact" /);
  });

  it("is a problem when contact lists more people than a panel holds (20), not a flood of rows", () => {
    const people = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i}`);
    expect(thankYous({ ...panel, contact: people(20), email: [] })).toHaveLength(20);
    const result = run(
      { "Interviews/Panel.md": { ...panel, contact: people(21), email: [] } },
      NOW,
      settings,
    );
    expect(result.items).toEqual([]);
    expect(result.problems[0]?.reason).toBe('"contact" lists 21 people; a panel has at most 20');
  });

  it("fills the email for the person it is for", () => {
    const reading = readNote("Interviews/Panel.md", panel, settings);
    if (reading?.kind !== "interview") throw new Error("not read");
    const [bob] = reading.interview.panel.filter((p) => p.name === "Bob Roe");
    const template = BUILT_IN_TEMPLATES.find((t) => t.action === "thank-you");
    if (template === undefined || bob === undefined) throw new Error("missing");
    const email = renderTemplate(template, {
      frontmatter: panel,
      interview: reading.interview,
      person: bob,
      myName: "Sam",
      now: NOW.getTime(),
      formatDate: (ms) => new Date(ms).toDateString(),
    });
    expect(email.body.startsWith("Dear Bob,")).toBe(true);
    expect(email.body).not.toContain("Jane");
  });
});

describe("a panel's thank-yous (property)", () => {
  const names = ["Jane Doe", "Bob Roe", "Ann Poe", "Li Wei", "Zoë Ötzi"];
  const panelArb = fc
    .uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 5 })
    .chain((people) =>
      fc.record({
        people: fc.constant(people),
        order: fc.shuffledSubarray(people, { minLength: people.length }),
        thanked: fc.subarray(people),
      }),
    );

  it("do not depend on the order the people are listed in", () => {
    fc.assert(
      fc.property(panelArb, ({ people, order, thanked }) => {
        const at = (contact: string[]) => thankYous({ ...panel, contact, email: [], thanked });
        expect(at(order)).toEqual(at(people));
        const left = people.filter((p) => !thanked.includes(p)).sort();
        expect(at(people).map((i) => i.contact)).toEqual(left.sort((a, b) => (a < b ? -1 : 1)));
      }),
    );
  });

  it("end after each person is marked done once, in any order, with thank_you_sent written last", () => {
    fc.assert(
      fc.property(panelArb, ({ people, order }) => {
        const fm: Record<string, unknown> = { ...panel, contact: people, email: [] };
        for (const [i, person] of order.entries()) {
          expect(fm.thank_you_sent).toBeUndefined();
          applyChanges(fm, markDone("thank-you", fm, settings, NOW.getTime(), person));
          expect(thankYous(fm)).toHaveLength(order.length - i - 1);
        }
        expect(fm.thank_you_sent).toBe("2026-11-24");
        expect(fm.thanked).toEqual(order);
      }),
    );
  });
});
