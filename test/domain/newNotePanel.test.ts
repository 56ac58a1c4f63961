// The create form's panel and "They will decide by" (src/domain/newNotePanel.ts, through
// newNote.ts): what the note's YAML holds, read back with the `yaml` package and with the
// plugin's own reader, for careless and hostile values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readInterviewers } from "../../src/domain/interviewers";
import {
  type NewInterviewForm,
  checkNewInterview,
  firstProblem,
  formFromLink,
  newNoteProperties,
  oneLineInterview,
  prefillFromLink,
} from "../../src/domain/newNote";
import { MAX_LINK_INTERVIEWERS, compactNewInterview } from "../../src/domain/newNotePanel";
import { defaultSettings } from "../../src/domain/settings";
import { oneLine } from "../../src/domain/text";
import { LINE_BREAKS_AND_CONTROLS, hostileText, isWellFormed } from "../support/hostileText";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { settingsWith } from "../support/domain";

const settings = defaultSettings();
const form = (changes: Partial<NewInterviewForm> = {}): NewInterviewForm => ({
  organization: "Acme Corp",
  position: "Senior Engineer",
  date: "2026-11-20",
  time: "14:00",
  contact: "Jane Doe",
  email: "jane@acme.example",
  previousRound: "",
  ...changes,
});
const yamlOf = (input: NewInterviewForm, s = settings) =>
  parse(newNoteProperties(input, s, 0)) as Record<string, unknown>;

const formArb: fc.Arbitrary<NewInterviewForm> = fc.record({
  organization: hostileText(),
  position: hostileText(),
  date: fc.oneof(fc.constant("2026-11-20"), hostileText()),
  time: fc.oneof(fc.constant("14:00"), fc.constant("")),
  contact: hostileText(),
  email: hostileText(),
  previousRound: hostileText(),
});
/** Names as careless and hostile as people type them: quotes, colons, `#`, a leading `-`… */
const nameArb = fc.oneof(
  hostileText(20),
  fc.constantFrom(
    'Jane "JD" Doe',
    "Bob: the boss",
    "# Ann",
    "- Lee",
    "-",
    "O'Brien",
    "Zoë Łukasiewicz",
    "陈静",
    "true",
    "null",
    "2026-01-01",
    "  ",
    "[[People/Jane Doe]]",
    "@here",
    "*star",
    "&anchor",
    "!tag",
    "|",
    ">",
    "{a: 1}",
    "[x]",
  ),
);
const rowArb = fc.record({ contact: nameArb, email: nameArb });

describe("one interviewer", () => {
  it("writes exactly the note it wrote before panels, whatever is left blank", () => {
    fc.assert(
      fc.property(
        formArb,
        fc.array(fc.record({ contact: fc.constantFrom("", " ", "\t"), email: fc.constant("") })),
        fc.constantFrom(undefined, "", "  "),
        (input, blankRows, decisionBy) => {
          const before = newNoteProperties(input, settings, 0);
          const after = newNoteProperties(
            { ...input, moreInterviewers: blankRows, decisionBy },
            settings,
            0,
          );
          expect(after).toBe(before);
          expect(before).not.toMatch(/^(thanked|decision_by):/m);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("is written plain when only an added row is filled", () => {
    const parsed = yamlOf(
      form({
        contact: "",
        email: "",
        moreInterviewers: [{ contact: "Bob", email: "b@x.example" }],
      }),
    );
    expect(parsed).toMatchObject({ contact: "Bob", email: "b@x.example" });
    expect(parsed).not.toHaveProperty("thanked");
  });
});

describe("a panel", () => {
  it("writes contact and email as lists in the same order, and an empty thanked list", () => {
    const text = newNoteProperties(
      form({
        moreInterviewers: [
          { contact: "Bob: the boss", email: "" },
          { contact: "Ann", email: "ann@acme.example" },
        ],
      }),
      settings,
      0,
    );
    expect(text).toContain(
      [
        "contact:",
        "  - Jane Doe",
        '  - "Bob: the boss"',
        "  - Ann",
        "email:",
        '  - "jane@acme.example"',
        '  - ""',
        '  - "ann@acme.example"',
      ].join("\n"),
    );
    expect(text).toContain("\nthank_you_sent:\nthanked: []\nresearch_done:");
  });

  it("leaves email empty when nobody has an address", () => {
    expect(
      yamlOf(form({ email: "", moreInterviewers: [{ contact: "Bob", email: " " }] })),
    ).toMatchObject({ contact: ["Jane Doe", "Bob"], email: null });
  });

  it("reads back, through the yaml package, as the rows typed, in order, for any names", () => {
    fc.assert(
      fc.property(rowArb, fc.array(rowArb, { minLength: 1, maxLength: 5 }), (first, more) => {
        const input = { ...form(first), moreInterviewers: more };
        const rows = [first, ...more]
          .map((row) => ({
            contact: oneLine(row.contact).trim(),
            email: oneLine(row.email).trim(),
          }))
          .filter((row) => row.contact !== "" || row.email !== "");
        const parsed = yamlOf(input);
        const keys = Object.keys(parsed);
        expect(keys).toContain("contact");
        if (rows.length < 2) {
          expect(parsed.contact).toBe(rows[0]?.contact || null);
          return;
        }
        expect(parsed.contact).toEqual(rows.map((row) => row.contact));
        if (rows.some((row) => row.email !== ""))
          expect(parsed.email).toEqual(rows.map((row) => row.email));
        else expect(parsed.email).toBeNull();
        expect(parsed.thanked).toEqual([]);
        // Nothing a name holds makes a property of its own.
        expect(keys.indexOf("email") - keys.indexOf("contact")).toBe(1);
      }),
      PROPERTY_RUNS,
    );
  });

  it("is read by the plugin as the people typed, each with their own address", () => {
    const plainName = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,15}$/).map((s) => s.trim());
    fc.assert(
      fc.property(
        fc.uniqueArray(plainName, {
          minLength: 2,
          maxLength: 5,
          selector: (s) => s.replace(/\s+/g, " ").toLowerCase(),
        }),
        fc.array(fc.constantFrom("", "a@x.example", "b@y.example"), {
          minLength: 5,
          maxLength: 5,
        }),
        ([first = "", ...rest], emails) => {
          const input = form({
            contact: first,
            email: emails[0] ?? "",
            moreInterviewers: rest.map((contact, i) => ({ contact, email: emails[i + 1] ?? "" })),
          });
          const parsed = yamlOf(input);
          const read = readInterviewers(parsed.contact, parsed.email);
          expect(read.ok && read.people.map((p) => [p.name, p.email])).toEqual(
            [first, ...rest].map((name, i) => [name, emails[i]]),
          );
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it("uses the user's property names", () => {
    const custom = settingsWith({
      properties: {
        ...settings.properties,
        contact: "Interviewer",
        email: "mail: work",
        thanked: "dank",
        decisionBy: "Decide By",
      },
    });
    const parsed = yamlOf(
      form({ moreInterviewers: [{ contact: "Bob", email: "" }], decisionBy: "2026-12-01" }),
      custom,
    );
    expect(parsed).toMatchObject({
      Interviewer: ["Jane Doe", "Bob"],
      "mail: work": ["jane@acme.example", ""],
      dank: [],
      "Decide By": "2026-12-01",
    });
  });
});

describe("They will decide by", () => {
  it("is written, unquoted as Obsidian's date, just after the interview date, when given", () => {
    const text = newNoteProperties(form({ decisionBy: " 2026-12-01 " }), settings, 0);
    expect(text).toContain("\ndate: 2026-11-20T14:00\ndecision_by: 2026-12-01\ncontact:");
  });

  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ["", undefined],
    ["2026-11-20", undefined],
    ["2027-01-31", undefined],
    ["2026-11-19", "Enter a day on or after the interview."],
    ["2026-02-30", "Enter a real date, such as 2026-11-27, or leave it empty."],
    ["next week", "Enter a real date, such as 2026-11-27, or leave it empty."],
    ["2026-12-01T10:00", "Enter a real date, such as 2026-11-27, or leave it empty."],
  ])("%j → %j", (decisionBy, message) => {
    expect(checkNewInterview(form({ decisionBy })).decisionBy).toBe(message);
  });

  it("is not compared with an interview date that is itself wrong", () => {
    expect(checkNewInterview(form({ date: "soon", decisionBy: "2026-01-01" }))).toEqual({
      date: "Enter a real date, such as 2026-11-20.",
    });
  });
});

describe("checking the rows", () => {
  it("asks for a panel member's name, a real address, and each person once", () => {
    const errors = checkNewInterview(
      form({
        contact: "",
        email: "jane@acme.example",
        moreInterviewers: [
          { contact: "Bob", email: "bob at acme" },
          { contact: "", email: "" },
          { contact: "", email: "c@acme.example" },
          { contact: " bob ", email: "" },
        ],
      }),
    );
    expect(errors).toEqual({
      contact: "Enter the interviewer's name.",
      moreInterviewers: {
        0: { email: "Enter an address such as jane@example.com." },
        2: { contact: "Enter the interviewer's name." },
        3: { contact: "This person is already listed above." },
      },
    });
    expect(firstProblem(errors)).toBe("Enter the interviewer's name.");
    expect(firstProblem({ moreInterviewers: { 1: { email: "x" } } })).toBe("x");
    expect(firstProblem({})).toBeUndefined();
  });

  it("lets one interviewer's name stay empty, as before", () => {
    expect(checkNewInterview(form({ contact: "", moreInterviewers: [] }))).toEqual({});
  });
});

describe("what the form sends", () => {
  it("leaves out blank rows and an empty date, keeping the rest as typed", () => {
    expect(
      compactNewInterview(
        form({
          moreInterviewers: [
            { contact: " ", email: "" },
            { contact: "Bob", email: "" },
          ],
          decisionBy: " ",
        }),
      ),
    ).toEqual(form({ moreInterviewers: [{ contact: "Bob", email: "" }] }));
    const plain = form();
    expect(compactNewInterview({ ...plain, moreInterviewers: [], decisionBy: "" })).toStrictEqual(
      plain,
    );
  });
});

describe("an obsidian:// link", () => {
  it("fills the added interviewers and the decision day", () => {
    expect(
      formFromLink(
        {
          contact: "Jane",
          email: "j@x.example",
          contact2: "Bob",
          email3: "c@x.example",
          contact5: " Dee ",
          [`contact${MAX_LINK_INTERVIEWERS + 1}`]: "Too many",
          decision_by: "2026-12-01T09:00",
        },
        0,
      ),
    ).toMatchObject({
      contact: "Jane",
      moreInterviewers: [
        { contact: "Bob", email: "" },
        { contact: "", email: "c@x.example" },
        { contact: "Dee", email: "" },
      ],
      decisionBy: "2026-12-01",
    });
    // The link's texts alone, as before: no rows, and no decision day when it names none.
    expect(prefillFromLink({ contact2: "Bob" }, 0)).not.toHaveProperty("moreInterviewers");
    expect(formFromLink({ contact: "Jane" }, 0)).toEqual(prefillFromLink({ contact: "Jane" }, 0));
    expect(formFromLink({ contact: "Jane" }, 0)).not.toHaveProperty("decisionBy");
  });

  it("gives every value as one line, well-formed, whatever the link holds", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("contact2", "email2", "contact7", "email20", "decision_by", "other"),
          hostileText(),
        ),
        (params) => {
          const filled = formFromLink(params, 0);
          const values = [
            ...(filled.moreInterviewers ?? []).flatMap((row) => [row.contact, row.email]),
            filled.decisionBy ?? "",
          ];
          for (const value of values) {
            expect([...value].filter((c) => LINE_BREAKS_AND_CONTROLS.includes(c))).toEqual([]);
            expect(isWellFormed(value)).toBe(true);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("every value as one line", () => {
  it("covers the added rows and the decision day, and leaves absent ones absent", () => {
    fc.assert(
      fc.property(formArb, fc.array(rowArb, { maxLength: 3 }), nameArb, (input, rows, day) => {
        const shown = oneLineInterview({ ...input, moreInterviewers: rows, decisionBy: day });
        expect(shown.moreInterviewers).toEqual(
          rows.map((row) => ({ contact: oneLine(row.contact), email: oneLine(row.email) })),
        );
        expect(shown.decisionBy).toBe(oneLine(day));
        expect(oneLineInterview(input)).not.toHaveProperty("moreInterviewers");
        expect(oneLineInterview(input)).not.toHaveProperty("decisionBy");
      }),
      PROPERTY_RUNS,
    );
  });
});
