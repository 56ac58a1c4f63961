import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readNote } from "../../src/domain/interview";
import {
  type NewInterview,
  checkNewInterview,
  defaultBody,
  emptyNewInterview,
  fillPattern,
  newNoteProperties,
  newNoteText,
  prefillFromLink,
  roundedNow,
  yamlString,
  yamlText,
} from "../../src/domain/newNote";
import { candidatePath, safeFileName } from "../../src/domain/noteFileName";
import { oneLine } from "../../src/domain/text";
import { defaultSettings } from "../../src/domain/settings";
import { local, settingsWith } from "../support/domain";

const settings = defaultSettings();
const form = (changes: Partial<NewInterview> = {}): NewInterview => ({
  organization: "Acme Corp",
  position: "Senior Engineer",
  date: "2026-11-20",
  time: "14:00",
  contact: "Jane Doe",
  email: "jane@acme.example",
  previousRound: "",
  ...changes,
});
const iso = (d: Date) => d.getTime();
const simpleFormat = (ms: number, format: string) =>
  format === "YYYY-MM-DD" ? new Date(ms).toISOString().slice(0, 10) : format;

describe("checking the form", () => {
  it.each([
    [{}, {}],
    [{ organization: "  " }, { organization: "Enter the organization." }],
    [{ date: "" }, { date: "Enter the date of the interview." }],
    [{ date: "2026-02-30" }, { date: "Enter a real date, such as 2026-11-20." }],
    [{ date: "next tuesday" }, { date: "Enter a real date, such as 2026-11-20." }],
    [{ time: "25:61" }, { time: "Enter a real time, such as 14:30, or leave it empty." }],
    [{ time: "" }, {}],
    [{ email: "jane at acme" }, { email: "Enter an address such as jane@example.com." }],
    [{ email: "" }, {}],
    [{ position: "", contact: "" }, {}],
    [{ date: " 2026-11-20 ", time: " 14:00 ", email: " jane@acme.example " }, {}],
    [{ date: "2026-11-20T10:00" }, { date: "Enter a real date, such as 2026-11-20." }],
    [{ time: "14:30:15" }, { time: "Enter a real time, such as 14:30, or leave it empty." }],
    [{ time: "14:30Z" }, { time: "Enter a real time, such as 14:30, or leave it empty." }],
    [{ time: "9:30" }, { time: "Enter a real time, such as 14:30, or leave it empty." }],
  ])("%j → %j", (changes, errors) => {
    expect(checkNewInterview(form(changes))).toEqual(errors);
  });
});

describe("the default date and time", () => {
  it.each([
    [local(2026, 11, 25, 9, 7), "2026-11-25T09:00"],
    [local(2026, 11, 25, 9, 8), "2026-11-25T09:15"],
    [local(2026, 11, 25, 23, 53), "2026-11-26T00:00"],
  ])("rounds %s to the quarter hour: %s", (now, text) => {
    expect(roundedNow(iso(now))).toBe(text);
  });

  it("starts an empty form at that time", () => {
    expect(emptyNewInterview(iso(local(2026, 11, 25, 9, 8)))).toEqual({
      organization: "",
      position: "",
      date: "2026-11-25",
      time: "09:15",
      contact: "",
      email: "",
      previousRound: "",
    });
  });
});

const HOSTILE = [
  'Acme "Quotes" Corp',
  "Colon: Inc",
  "# Not a comment",
  "- not a list",
  "Line one\nLine two",
  "Tab\there",
  "🚀 Rocket Ltd",
  "שלום Ltd",
  "back\\slash",
  "{{organization}}",
  "null",
  "true",
  "2026-11-20",
  "'single'",
  "[[Not a link]]",
  "a\u2028b\u2029c",
  "\u0001control",
  "& anchor * alias ! tag % directive @ `tick`",
];

describe("the properties of a new note", () => {
  it("are valid YAML that reads back the same, as one line, for any input", () => {
    for (const text of HOSTILE) {
      const yaml = newNoteProperties(
        form({ organization: text, position: text, contact: text, email: "" }),
        settings,
        0,
      );
      const parsed = parse(yaml) as Record<string, unknown>;
      // Line breaks and controls become spaces (issue #16, item 4); everything else is kept.
      expect(parsed.organization).toBe(oneLine(text).trim());
      expect(parsed.position).toBe(oneLine(text).trim());
      expect(parsed.contact).toBe(oneLine(text).trim());
    }
  });

  it("come in the spec's order, with a date the engine reads and an interview it recognises", () => {
    const yaml = newNoteProperties(
      form({ previousRound: "Interviews/Round 1" }),
      settings,
      iso(local(2026, 11, 1)),
    );
    const parsed = parse(yaml) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      "type",
      "organization",
      "position",
      "date",
      "contact",
      "email",
      "status",
      "interested",
      "last_heard",
      "thank_you_sent",
      "research_done",
      "followed_up",
      "rejection_replied",
      "rejected_on",
      "offer_deadline",
      "snoozed_until",
      "dismissed",
      "previous_round",
    ]);
    expect(parsed).toMatchObject({
      type: "interview",
      date: "2026-11-20T14:00",
      status: "scheduled",
      interested: true,
      last_heard: null,
      dismissed: [],
      previous_round: "[[Interviews/Round 1]]",
    });
    const reading = readNote("Interviews/x.md", parsed, settings);
    expect(reading?.kind).toBe("interview");
  });

  it("say scheduled until the interview's time, and interviewed from that moment", () => {
    const status = (now: number, changes: Partial<NewInterview> = {}) =>
      (parse(newNoteProperties(form(changes), settings, now)) as Record<string, unknown>).status;
    const t = iso(local(2026, 11, 20, 14));
    expect(status(t - 1)).toBe("scheduled");
    expect(status(t)).toBe("interviewed");
    // A date alone means the end of that day, so on the day itself the interview is ahead.
    expect(status(iso(local(2026, 11, 20, 18)), { time: "" })).toBe("scheduled");
  });

  it("write the values without the spaces around them, and blank ones as empty", () => {
    const yaml = newNoteProperties(
      form({ organization: " Acme ", position: "   ", contact: "", previousRound: " Round 1 " }),
      settings,
      0,
    );
    const lines = yaml.split("\n");
    expect(lines).toContain("organization: Acme");
    expect(lines).toContain("position:");
    expect(lines).toContain("contact:");
    expect(lines).toContain('previous_round: "[[Round 1]]"');
    expect(newNoteProperties(form({ previousRound: "  " }), settings, 0).split("\n")).toContain(
      "previous_round:",
    );
  });

  it("say interviewed for an interview in the past, and keep a date alone", () => {
    const parsed = parse(
      newNoteProperties(form({ time: "" }), settings, iso(local(2026, 12, 1))),
    ) as Record<string, unknown>;
    expect(parsed).toMatchObject({ status: "interviewed", date: "2026-11-20" });
  });

  it("use the property names and type from settings", () => {
    const custom = settingsWith({
      typeProperty: "category",
      typeValue: "Job interview",
      properties: { ...settings.properties, organization: "company", date: "when" },
    });
    const parsed = parse(newNoteProperties(form(), custom, 0)) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      category: "Job interview",
      company: "Acme Corp",
      when: "2026-11-20T14:00",
    });
    expect("organization" in parsed).toBe(false);
  });

  it("quote a property name that needs it", () => {
    const custom = settingsWith({
      properties: { ...settings.properties, organization: "the company" },
    });
    const parsed = parse(newNoteProperties(form(), custom, 0)) as Record<string, unknown>;
    expect(parsed["the company"]).toBe("Acme Corp");
  });

  it.each(["*company", "company #1", "1st round", "&org", "société"])(
    "write the property name %j so YAML reads it back the same",
    (name) => {
      const custom = settingsWith({ properties: { ...settings.properties, organization: name } });
      const parsed = parse(newNoteProperties(form(), custom, 0)) as Record<string, unknown>;
      expect(parsed[name]).toBe("Acme Corp");
    },
  );

  it.each([
    ["Acme Corp", "Acme Corp"],
    ["O'Reilly & Sons (UK)", "O'Reilly & Sons (UK)"],
    ["3M", '"3M"'],
    ["2026-11-20", '"2026-11-20"'],
    ["No", '"No"'],
    ["null", '"null"'],
    ["Colon: Inc", '"Colon: Inc"'],
    ["Hash #1", '"Hash #1"'],
    ["🚀 Rocket", '"🚀 Rocket"'],
    ["Acme Corporation", "Acme Corporation"],
    ["Yellow Ltd", "Yellow Ltd"],
    ["Sony", "Sony"],
    ["Northwind", "Northwind"],
    ["Y", '"Y"'],
    ["off", '"off"'],
  ])("write %j as %s", (text, yaml) => {
    expect(yamlText(text)).toBe(yaml);
    expect(parse(`k: ${yamlText(text)}`)).toEqual({ k: text });
  });

  it("escape the characters YAML 1.1 takes for line breaks", () => {
    expect(yamlString("a\u2028b")).toBe('"a\\u2028b"');
  });

  it("make a body with the title, then each section heading followed by a blank line", () => {
    expect(defaultBody(form({ organization: " Acme ", position: "" }))).toBe(
      "# Acme\n\n## Notes\n\n## Questions they asked\n\n## Questions to ask\n\n## Follow-up\n",
    );
    expect(defaultBody(form({ organization: "Acme", position: " Engineer " }))).toMatch(
      /^# Acme: Engineer\n/,
    );
  });

  it("make a note with the skeleton's sections", () => {
    const text = newNoteText(newNoteProperties(form(), settings, 0), defaultBody(form()));
    expect(text.startsWith("---\ntype: interview\n")).toBe(true);
    for (const heading of [
      "# Acme Corp: Senior Engineer",
      "## Notes",
      "## Questions they asked",
      "## Questions to ask",
      "## Follow-up",
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
  });
});

describe("file names", () => {
  it("fill the pattern", () => {
    expect(
      fillPattern("{{date:YYYY-MM-DD}} {{organization}} - {{position}}", form(), simpleFormat),
    ).toBe("2026-11-20 Acme Corp - Senior Engineer");
    expect(fillPattern("{{ contact }} {{unknown}}", form(), simpleFormat)).toBe(
      "Jane Doe {{unknown}}",
    );
  });

  it("leave a placeholder that only holds a field's name as typed", () => {
    const pattern = "{{my_email}} {{organization_name}} {{xposition}} {{contacts}} {{dates}}";
    expect(fillPattern(pattern, form(), simpleFormat)).toBe(pattern);
  });

  it("fill every placeholder with the trimmed value, and a date without a format as YYYY-MM-DD", () => {
    const padded = form({
      organization: " Acme ",
      position: " Dev ",
      contact: " Jane ",
      email: " j@acme.example ",
    });
    const echo = (ms: number, format: string) => `${format}@${new Date(ms).toISOString()}`;
    expect(
      fillPattern("{{organization}}|{{position}}|{{contact}}|{{email}}|{{date}}", padded, echo),
    ).toBe(
      `Acme|Dev|Jane|j@acme.example|YYYY-MM-DD@${new Date(local(2026, 11, 20, 14)).toISOString()}`,
    );
  });

  it("fill the date of an interview known by its day with the end of that day", () => {
    const at = (ms: number, format: string) => `${format} ${new Date(ms).getHours()}`;
    expect(fillPattern("{{date:HH}}", form({ time: "" }), at)).toBe("HH 23");
  });

  it("fill nothing for a date that cannot be read", () => {
    expect(fillPattern("[{{date:YYYY}}]", form({ date: "someday" }), simpleFormat)).toBe("[]");
  });

  it.each([
    ["2026-11-20 Acme Corp - Senior Engineer", "2026-11-20 Acme Corp - Senior Engineer"],
    ['A/B\\C:D*E?F"G<H>I|J#K^L[M]N', "A B C D E F G H I J K L M N"],
    ["...hidden", "hidden"],
    ["  spaced   out  ", "spaced out"],
    ["trailing dots...", "trailing dots"],
    ["2026-11-20 Acme - ", "2026-11-20 Acme"],
    ["2026-11-20 Acme - - ", "2026-11-20 Acme"],
    ["2026-11-20 Acme--", "2026-11-20 Acme"],
    ["2026-11-20 Acme - Front-end", "2026-11-20 Acme - Front-end"],
    ["- Engineer", "Engineer"],
    [" - - Engineer", "Engineer"],
    ["-Engineer", "Engineer"],
    ["line\nbreak\ttab", "line break tab"],
    ["", "Interview"],
    ["///", "Interview"],
    ["🚀 Rocket", "🚀 Rocket"],
  ])("%j → %j", (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it("stay within 120 characters without splitting an emoji", () => {
    expect(safeFileName(`${"a".repeat(119)}🚀🚀`)).toBe("a".repeat(119));
    expect(safeFileName(`${"a".repeat(118)}🚀🚀`)).toBe(`${"a".repeat(118)}🚀`);
    expect(safeFileName(`${"b".repeat(60)}${"x".repeat(500)}`)).toBe(
      `${"b".repeat(60)}${"x".repeat(60)}`,
    );
  });

  it("are numbered when taken", () => {
    expect(candidatePath("Interviews", "Acme", 1)).toBe("Interviews/Acme.md");
    expect(candidatePath("Interviews", "Acme", 2)).toBe("Interviews/Acme 2.md");
    expect(candidatePath("", "Acme", 3)).toBe("Acme 3.md");
  });
});

describe("an obsidian:// link", () => {
  const now = iso(local(2026, 11, 25, 9, 8));

  it("fills the form, splitting the date and time", () => {
    expect(
      prefillFromLink(
        {
          action: "interview-follow-up",
          organization: " Acme ",
          position: "Dev",
          date: "2026-11-30T10:30",
          contact: "Jane",
          email: "j@a.example",
        },
        now,
      ),
    ).toEqual({
      organization: "Acme",
      position: "Dev",
      date: "2026-11-30",
      time: "10:30",
      contact: "Jane",
      email: "j@a.example",
      previousRound: "",
    });
    expect(prefillFromLink({ date: "2026-11-30 10:30:00" }, now)).toMatchObject({
      date: "2026-11-30",
      time: "10:30",
    });
    expect(prefillFromLink({ date: "2026-11-30" }, now)).toMatchObject({
      date: "2026-11-30",
      time: "",
    });
  });

  it("keeps the current time when the link has no date", () => {
    expect(prefillFromLink({ organization: "Acme" }, now)).toMatchObject({
      date: "2026-11-25",
      time: "09:15",
    });
  });
});
