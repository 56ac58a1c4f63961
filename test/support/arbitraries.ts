// fast-check arbitraries for property-based tests: frontmatter as real vaults hold it (dates in
// every accepted form, statuses and their synonyms in any case, booleans written as text, lists
// where one value is expected) and hostile records. Settings: settingsArbitraries.ts.
import fc from "fast-check";
import { DEFAULT_PROPERTY_NAMES } from "../../src/domain/settings";
import { ALL_STATUSES, STATUS_SYNONYMS } from "../../src/domain/status";
import { ACTION_IDS } from "../../src/domain/types";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An object built key by key with defineProperty, so `__proto__` is an own key as parsers make it. */
export function recordOf(
  entries: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

/** A copy that keeps own keys (even `__proto__`) in their order. */
export function copyRecord(record: Record<string, unknown>): Record<string, unknown> {
  return recordOf(Object.entries(record));
}

/** Writes a name as people do: as is, lower, upper, or capitalised. */
function recased(name: string, how: number): string {
  switch (how) {
    case 1:
      return name.toUpperCase();
    case 2:
      return name.charAt(0).toUpperCase() + name.slice(1);
    default:
      return name;
  }
}

const caseOf = fc.constantFrom(0, 0, 0, 1, 2);

/** A day that exists, in the years around the interviews. */
export const dayArb = fc
  .record({
    y: fc.integer({ min: 2020, max: 2032 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, mo, d }) => d <= daysIn(y, mo));

const offsetArb = fc.oneof(
  fc.constantFrom("Z", "z", "+00:00"),
  fc
    .record({
      sign: fc.constantFrom("+", "-"),
      h: fc.integer({ min: 0, max: 14 }),
      m: fc.constantFrom(0, 30, 45),
      form: fc.constantFrom("colon", "compact", "hours"),
    })
    .map(({ sign, h, m, form }) =>
      form === "colon"
        ? `${sign}${pad(h)}:${pad(m)}`
        : form === "compact"
          ? `${sign}${pad(h)}${pad(m)}`
          : `${sign}${h}`,
    ),
);

/** A date or date-time written in one of the forms the spec accepts. */
export const dateTextArb: fc.Arbitrary<string> = fc
  .record({
    day: dayArb,
    time: fc.option(
      fc.record({
        sep: fc.constantFrom("T", " ", "t"),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.integer({ min: 0, max: 59 }),
        s: fc.option(fc.integer({ min: 0, max: 59 })),
        fraction: fc.option(fc.constantFrom(".5", ".123", ".000000001")),
        offset: fc.option(offsetArb),
      }),
    ),
  })
  .map(({ day, time }) => {
    const date = `${day.y}-${pad(day.mo)}-${pad(day.d)}`;
    if (time === null) return date;
    const seconds =
      time.s === null ? "" : `:${pad(time.s)}${time.fraction === null ? "" : time.fraction}`;
    return `${date}${time.sep}${pad(time.h)}:${pad(time.mi)}${seconds}${time.offset ?? ""}`;
  });

/** A Date as a YAML 1.1 parser hands it over: midnight UTC for a date, else an instant. */
export const dateObjectArb: fc.Arbitrary<Date> = fc.oneof(
  dayArb.map(({ y, mo, d }) => new Date(Date.UTC(y, mo - 1, d))),
  fc.date({
    min: new Date("2020-01-01T00:00Z"),
    max: new Date("2032-12-31T00:00Z"),
    noInvalidDate: true,
  }),
);

/** A good value for a date property. */
export const whenArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: dateTextArb },
  { weight: 1, arbitrary: dateObjectArb },
  { weight: 1, arbitrary: dateTextArb.map((text) => [text]) },
);

/** Values a date property should never accept: each makes the note a problem. */
export const badWhenArb: fc.Arbitrary<unknown> = fc.constantFrom(
  "2026-02-30",
  "2026-13-01",
  "2026-11-20T25:61",
  "next tuesday",
  20261120,
  true,
  ["2026-11-20", "2026-11-21"],
  { at: "2026-11-20" },
  "2026-11-20T10:00+15:00",
);

/** What people write into a "done" property: dates, booleans, words, nothing. */
export const doneArb: fc.Arbitrary<unknown> = fc.oneof(
  dateTextArb,
  fc.constantFrom(true, false, "false", "FALSE", "", "  ", null, "yes", "x", [], ["2026-11-20"]),
);

/** A status word: every status and synonym, in any case, with `_` or `-` for spaces. */
export const statusArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...ALL_STATUSES, ...Object.keys(STATUS_SYNONYMS)), caseOf, fc.boolean())
  .map(([word, how, underscores]) => {
    const text = recased(word, how);
    return underscores ? text.replace(/ /g, "_") : text;
  });

const interestedArb = fc.constantFrom(true, false, "false", "no", "No", "yes", "FALSE", null, "");

/** A `dismissed` value: a list, one id, or ids joined by commas, in any case. */
export const dismissedArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.subarray([...ACTION_IDS]), caseOf, fc.constantFrom("list", "one", "commas"))
  .map(([ids, how, form]) => {
    const written = ids.map((id) => recased(id, how));
    if (form === "list") return written;
    if (form === "one") return written[0] ?? null;
    return written.join(", ");
  });

export const organizationArb = fc.constantFrom(
  "Acme Corp",
  "acme corp",
  "ACME CORP",
  "[[Acme Corp]]",
  "Globex",
  "Initech",
  "Ünïcode GmbH 🚀",
  "شركة",
  "",
);
export const positionArb = fc.constantFrom("Senior Engineer", "senior engineer", "Designer", "");
const contactArb = fc.constantFrom(
  "Jane Doe",
  "[[People/Jane Doe|Jane]]",
  "Jane Doe <jane@acme.example>",
  "",
  null,
);
const emailArb = fc.constantFrom(
  "jane@acme.example",
  "not an email",
  "",
  null,
  "mailto:bob@x.example",
);

/** How a note is recognised: a type property, a tag, or only its folder. */
const recognitionArb: fc.Arbitrary<[string, unknown][]> = fc.constantFrom(
  [["type", "interview"]],
  [["Type", "Interview"]],
  [["type", ["meeting", "interview"]]],
  [["tags", ["job", "interview/onsite"]]],
  [["tags", "#interview"]],
  [],
);

type Entry = [string, unknown];

/** One optional property of an interview note, under its name in some case. */
function optional(name: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Entry[]> {
  return fc
    .option(fc.tuple(caseOf, value), { freq: 2 })
    .map((picked) => (picked === null ? [] : [[recased(name, picked[0]), picked[1]]]));
}

export interface NoteOptions {
  /** How often a value that makes the note a problem is mixed in (0 for none). */
  problems?: number;
}

/**
 * An interview note's frontmatter as people write it, with the default property names, its keys
 * in a random order. Most read as an interview; with `problems` some are meant not to.
 */
export function interviewArb(options: NoteOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const problems = options.problems ?? 0;
  const date =
    problems > 0
      ? fc.oneof({ weight: 10, arbitrary: whenArb }, { weight: problems, arbitrary: badWhenArb })
      : whenArb;
  const when = (name: string) =>
    optional(
      name,
      problems > 0
        ? fc.oneof(
            { weight: 10, arbitrary: whenArb },
            { weight: problems, arbitrary: badWhenArb },
            { weight: 2, arbitrary: fc.constantFrom(null, "") },
          )
        : fc.oneof(
            { weight: 5, arbitrary: dateTextArb },
            { weight: 1, arbitrary: fc.constantFrom(null, "") },
          ),
    );
  const status =
    problems > 0
      ? fc.oneof(
          { weight: 10, arbitrary: statusArb },
          { weight: problems, arbitrary: fc.constantFrom("maybe", 3, ["waiting", "offer"]) },
        )
      : statusArb;
  return fc
    .tuple(
      recognitionArb,
      fc.tuple(caseOf, date).map(([how, value]): Entry[] => [[recased("date", how), value]]),
      optional("organization", organizationArb),
      optional("position", positionArb),
      optional("contact", contactArb),
      optional("email", emailArb),
      optional("status", status),
      optional("interested", interestedArb),
      when("last_heard"),
      optional("thank_you_sent", doneArb),
      optional("research_done", doneArb),
      optional("followed_up", doneArb),
      optional("rejection_replied", doneArb),
      when("rejected_on"),
      when("offer_deadline"),
      when("snoozed_until"),
      optional("dismissed", dismissedArb),
      optional("notes", fc.oneof(fc.string(), fc.jsonValue())),
    )
    .chain((groups) => {
      const entries = groups.flat();
      return fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length });
    })
    .map((entries) => recordOf(entries));
}

/** Names the engine reads, in several cases, and names that reach for the prototype. */
export const keyArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...Object.values<string>(DEFAULT_PROPERTY_NAMES), "type", "tags", "tag"),
      caseOf,
    )
    .map(([name, how]) => recased(name, how)),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"),
  fc.string(),
);

/** Any value: JSON, the realistic ones, dates valid or not, and JavaScript oddities. */
export const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  whenArb,
  badWhenArb,
  doneArb,
  statusArb,
  dismissedArb,
  fc.date(),
  fc.anything({
    withBigInt: true,
    withDate: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withObjectString: true,
  }),
);

/** A record of any keys and values: junk, duplicates (last one wins) and prototype names included. */
export const junkRecordArb: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(keyArb, anyValueArb), { maxLength: 12 })
  .map((entries) => recordOf(entries));

/** Whatever a parser may hand over as frontmatter: mostly records, sometimes not even that. */
export const anyFrontmatterArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: junkRecordArb },
  { weight: 3, arbitrary: interviewArb({ problems: 3 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(interviewArb(), junkRecordArb)
      .map(([note, junk]) => recordOf([...Object.entries(note), ...Object.entries(junk)])),
  },
  { weight: 1, arbitrary: fc.jsonValue() as fc.Arbitrary<Record<string, unknown>> },
  { weight: 1, arbitrary: fc.object() },
);

/** Paths inside and outside the interview folder, in its templates folder, odd ones. */
export const pathArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "Interviews/Acme.md",
    "interviews/sub/Globex.md",
    "Interviews/Templates/Thank you.md",
    "Journal/2026-11-20.md",
    "Acme.md",
    "",
  ),
  fc.string().map((name) => `Interviews/${name}.md`),
);
