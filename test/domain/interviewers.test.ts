// The people of a panel (src/domain/interviewers.ts): `contact` and `email` as one value or lists
// in the same order, and `thanked`, in the shapes real vaults hold them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Interviewer,
  isThanked,
  personKey,
  readInterviewers,
  thankedNames,
  withThanked,
} from "../../src/domain/interviewers";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const person = (
  name: string,
  email = "",
  emailFromProperty = false,
  written = name,
): Interviewer => ({ name, written, email, emailFromProperty });

function people(contact: unknown, email: unknown = undefined): Interviewer[] {
  const result = readInterviewers(contact, email);
  if (!result.ok) throw new Error(result.reason);
  return result.people;
}

describe("one contact, as before panels", () => {
  it.each<[unknown, unknown, Interviewer[]]>([
    [undefined, undefined, []],
    [null, "jane@x.example", []],
    ["", "", []],
    ["Jane Doe", undefined, [person("Jane Doe")]],
    ["Jane Doe", "jane@x.example", [person("Jane Doe", "jane@x.example", true)]],
    [
      "Jane Doe <jane@x.example>",
      null,
      [person("Jane Doe", "jane@x.example", false, "Jane Doe <jane@x.example>")],
    ],
    // The property wins over the address inside the contact, as it always has.
    [
      "Jane Doe <old@x.example>",
      "new@x.example",
      [person("Jane Doe", "new@x.example", true, "Jane Doe <old@x.example>")],
    ],
    [
      "[[People/Jane Doe|Jane]]",
      "mailto:jane@x.example",
      [person("Jane", "jane@x.example", true, "[[People/Jane Doe|Jane]]")],
    ],
    // Of an email list, one contact takes the first address, wherever it stands.
    ["Jane", ["", "a@x.example", "b@x.example"], [person("Jane", "a@x.example", true)]],
    [["", null, "Jane"], "a@x.example", [person("Jane", "a@x.example", true)]],
    // Commas in one text are part of one name: only a list makes a panel.
    ["Doe, Jane", "jane@x.example", [person("Doe, Jane", "jane@x.example", true)]],
    ["jane@x.example", undefined, [person("jane@x.example", "jane@x.example")]],
    [42, undefined, [person("42")]],
    // An unquoted [[Jane Doe]] is YAML for a list inside a list.
    [[["Jane Doe"]], undefined, [person("Jane Doe")]],
  ])("%j with email %j", (contact, email, expected) => {
    expect(people(contact, email)).toEqual(expected);
  });
});

describe("a panel", () => {
  it("gives each person the address at the same place", () => {
    expect(
      people(["Jane", "Bob <bob@own.example>", "Ann"], ["j@x.example", "", "a@x.example"]),
    ).toEqual([
      person("Jane", "j@x.example", true),
      person("Bob", "bob@own.example", false, "Bob <bob@own.example>"),
      person("Ann", "a@x.example", true),
    ]);
  });

  it("lets the email property win at a place where both give one", () => {
    expect(people(["Jane <own@x.example>", "Bob"], ["prop@x.example"])).toEqual([
      person("Jane", "prop@x.example", true, "Jane <own@x.example>"),
      person("Bob"),
    ]);
  });

  it("keeps places across empty entries, so a gap in one list stays a gap", () => {
    expect(people(["Jane", "", null, "Bob"], ["j@x.example", "", "", "b@x.example"])).toEqual([
      person("Jane", "j@x.example", true),
      person("Bob", "b@x.example", true),
    ]);
  });

  it("gives a single email text to the first person", () => {
    expect(people(["Jane", "Bob"], "j@x.example")).toEqual([
      person("Jane", "j@x.example", true),
      person("Bob"),
    ]);
  });

  it("reads one text of addresses separated by commas or semicolons in order", () => {
    expect(people(["Jane", "Bob", "Ann"], "j@x.example, b@x.example;a@x.example")).toEqual([
      person("Jane", "j@x.example", true),
      person("Bob", "b@x.example", true),
      person("Ann", "a@x.example", true),
    ]);
  });

  it("names the addresses that belong to no contact", () => {
    const result = readInterviewers(["Jane", "", "Bob"], ["j@x", "lost@x", "b@x", "extra@x", ""]);
    expect(result).toMatchObject({ ok: true, unmatchedEmails: ["lost@x", "extra@x"] });
    // One contact keeps the old rule: the first address; nothing is reported.
    expect(readInterviewers("Jane", ["j@x", "k@x"])).toMatchObject({ unmatchedEmails: [] });
  });

  it("makes one person of the same name written twice, keeping a later copy's address", () => {
    expect(
      people(["Jane Doe", "Bob", "[[jane  doe]]", "JANE DOE <jd@x.example>"], ["", "b@x", "", ""]),
    ).toEqual([person("Jane Doe", "jd@x.example"), person("Bob", "b@x", true)]);
  });

  it("reads numbers, booleans and dates as their text", () => {
    expect(people([7, true, new Date("2026-01-02T00:00:00Z")]).map((p) => p.name)).toEqual([
      "7",
      "true",
      "2026-01-02",
    ]);
  });
});

describe("values that are not people", () => {
  it.each<[unknown, unknown, "contact" | "email", string]>([
    [
      { name: "Jane" },
      undefined,
      "contact",
      "is a nested object, not text; write each person as plain text",
    ],
    [
      ["Jane", { a: 1 }],
      undefined,
      "contact",
      "is a list holding a nested value, not text; write each person as plain text",
    ],
    ["Jane", { a: 1 }, "email", "is a nested object, not text; write each address as plain text"],
    [
      ["Jane", "Bob"],
      ["j@x", new Date(Number.NaN)],
      "email",
      "is a list holding a nested value, not text; write each address as plain text",
    ],
    [
      new Date(Number.NaN),
      undefined,
      "contact",
      "is an invalid date, not text; write each person as plain text",
    ],
  ])("%j / %j is a problem of %s", (contact, email, key, reason) => {
    expect(readInterviewers(contact, email)).toEqual({ ok: false, key, reason });
  });
});

// Names and addresses as people type them, hostile ones included: anything but the brackets
// and separators that give `Name <address>` its meaning.
const nameArb = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[<>[\]"]/g, "").trim())
  .filter((s) => s !== "" && !s.includes("@"));
const addressArb = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9._+-]{1,10}$/),
    fc.stringMatching(/^[a-z0-9-]{1,10}$/),
    fc.constantFrom("example", "co.uk"),
  )
  .map(([user, host, tld]) => `${user}@${host}.${tld}`);
const entryArb = fc.oneof(
  nameArb,
  fc.tuple(nameArb, addressArb).map(([name, address]) => `${name} <${address}>`),
);
const emptyArb = fc.constantFrom(null, undefined, "", "   ", [], [""]);

describe("properties", () => {
  it("a list of one reads as the plain value, for contact and email alike", () => {
    fc.assert(
      fc.property(entryArb, fc.option(addressArb, { nil: undefined }), (contact, email) => {
        const plain = readInterviewers(contact, email);
        expect(readInterviewers([contact], email)).toEqual(plain);
        expect(readInterviewers(contact, email === undefined ? [] : [email])).toEqual(plain);
        expect(readInterviewers([contact], [email])).toEqual(plain);
      }),
      PROPERTY_RUNS,
    );
  });

  it("keeps the note's order, one person per distinct name", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), (contacts) => {
        const names = people(contacts).map((p) => personKey(p.name));
        const firsts: string[] = [];
        for (const entry of contacts) {
          const key = personKey(entry.replace(/<[^<>]*>$/, ""));
          if (!firsts.includes(key)) firsts.push(key);
        }
        expect(names).toEqual(firsts);
      }),
      PROPERTY_RUNS,
    );
  });

  it("never puts an address in a name, and keeps each entry's own address", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(nameArb, addressArb), { minLength: 1, maxLength: 6 }),
        (pairs) => {
          const contacts = pairs.map(([name, address]) => `${name} <${address}>`);
          for (const p of people(contacts)) {
            expect(p.name).not.toMatch(/[<>@]/);
            const own = pairs.find(([name]) => personKey(name) === personKey(p.name));
            expect(p.email).toBe(own?.[1]);
            expect(p.emailFromProperty).toBe(false);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("gives each person of a panel the address at their place in the email list", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(nameArb, { minLength: 2, maxLength: 6, selector: personKey }),
        fc.array(addressArb, { minLength: 6, maxLength: 6 }),
        (names, addresses) => {
          const read = people(names, addresses.slice(0, names.length));
          expect(read.map((p) => p.email)).toEqual(addresses.slice(0, names.length));
          expect(read.every((p) => p.emailFromProperty)).toBe(true);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("is not changed by empty entries at the end or at the same place in both lists", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entryArb, fc.option(addressArb, { nil: "" })), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.array(fc.tuple(fc.nat(6), emptyArb, emptyArb), { maxLength: 4 }),
        (rows, gaps) => {
          const contacts: unknown[] = rows.map(([c]) => c);
          const emails: unknown[] = rows.map(([, e]) => e);
          const before = readInterviewers(contacts, emails);
          for (const [at, gapContact, gapEmail] of gaps) {
            const place = Math.min(at, contacts.length);
            contacts.splice(place, 0, gapContact);
            emails.splice(place, 0, gapEmail);
          }
          contacts.push(null, "");
          expect(readInterviewers(contacts, emails)).toEqual(before);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("thanked", () => {
  it.each<[string, unknown, boolean]>([
    ["Jane Doe", ["Jane Doe"], true],
    ["Jane Doe", "jane doe", true],
    ["Jane Doe", "  JANE   DOE ", true],
    ["Jane Doe", ["[[People/Jane Doe]]"], true],
    ["Jane", "[[People/Jane Doe|Jane]]", true],
    ["Jane Doe", [["Jane Doe"]], true],
    ["Jane Doe", ["Bob", "Ann"], false],
    ["Jane Doe", "Jane", false],
    ["Jane Doe", "Jane Doe, Bob", false],
    ["Jane Doe", null, false],
    ["Jane Doe", [42, { name: "Jane Doe" }], false],
    ["", [""], false],
    ["", "", false],
  ])("%j in %j: %s", (name, thanked, expected) => {
    expect(isThanked(name, thanked)).toBe(expected);
  });

  it("depends only on the names, not on others added around them", () => {
    fc.assert(
      fc.property(
        nameArb,
        fc.array(nameArb, { maxLength: 5 }),
        fc.array(fc.oneof(nameArb, fc.constantFrom(null, 3, "", {})), { maxLength: 5 }),
        (name, others, noise) => {
          const without = others.filter((o) => personKey(o) !== personKey(name));
          expect(isThanked(name, [...noise, ...without])).toBe(
            noise.some((n) => typeof n === "string" && personKey(n) === personKey(name)),
          );
          expect(isThanked(name, [...without, ` ${name.toUpperCase()} `, ...noise])).toBe(
            personKey(name.toUpperCase()) === personKey(name),
          );
          expect(isThanked(name, name)).toBe(true);
          expect(isThanked(name, [name])).toBe(true);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("lists the names as keys", () => {
    expect([...thankedNames(["Jane  Doe", "[[Bob]]", "", 3])]).toEqual(["jane doe", "bob"]);
  });

  it.each<[unknown, string, unknown[] | null]>([
    [undefined, "Jane", ["Jane"]],
    ["", "Jane", ["Jane"]],
    [[], "Jane", ["Jane"]],
    ["Bob", " Jane ", ["Bob", "Jane"]],
    [["Bob", 3, ""], "Jane", ["Bob", 3, "", "Jane"]],
    [["Bob", "jane"], "Jane", null],
    ["Bob", "  ", null],
  ])("adds to %j the name %j: %j", (thanked, name, expected) => {
    expect(withThanked(thanked, name)).toEqual(expected);
  });
});
