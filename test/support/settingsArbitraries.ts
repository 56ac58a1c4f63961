// fast-check arbitraries for settings: valid timings for the engine's tests, and what data.json
// may hold (valid, partly valid, junk, not even an object) for the loading tests.
import fc from "fast-check";
import {
  DEFAULT_PROPERTY_NAMES,
  PROPERTY_KEYS,
  type PropertyNames,
  SCALAR_KEYS,
  type ScalarKey,
  type Settings,
  defaultSettings,
} from "../../src/domain/settings";
import { validateSettings } from "../../src/domain/settingRules";
import { recordOf } from "./arbitraries";

/** Valid timings and switches for the rules (the property names stay the defaults). */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    thankYouHours: fc.integer({ min: 1, max: 72 }),
    researchOpensDays: fc.integer({ min: 0, max: 10 }),
    researchSpan: fc.integer({ min: 1, max: 30 }),
    followUpAfterDays: fc.integer({ min: 1, max: 30 }),
    followUpWindowDays: fc.integer({ min: 1, max: 14 }),
    rejectionReplyHours: fc.integer({ min: 1, max: 96 }),
    maxNudges: fc.integer({ min: 1, max: 4 }),
    decisionGraceDays: fc.integer({ min: 0, max: 5 }),
    weekendDays: fc
      .uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 })
      .map((days) => [...days].sort((a, b) => a - b)),
    nudgeGapDays: fc.integer({ min: 1, max: 30 }),
    ghostAfterDays: fc.integer({ min: 1, max: 30 }),
    reconnectAfterDays: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ researchSpan, ...rest }) => {
    const settings: Settings = {
      ...defaultSettings(),
      ...rest,
      researchDueDays: rest.researchOpensDays + researchSpan,
    };
    const problems = validateSettings(settings);
    if (problems.length > 0)
      throw new Error(`settingsArb made invalid settings: ${problems[0]?.message}`);
    return settings;
  });

/** A value each setting accepts as it is (already tidy), so loading must keep it unchanged. */
export const VALID_SETTING: { readonly [K in ScalarKey]: fc.Arbitrary<Settings[K]> } = {
  typeProperty: fc.constantFrom("type", "category", "Kind", "note type"),
  typeValue: fc.constantFrom("interview", "Interview", "job interview"),
  tag: fc.constantFrom("interview", "jobs/interview", ""),
  interviewFolder: fc.constantFrom("Interviews", "Jobs/Interviews", ""),
  templatesFolder: fc.constantFrom("Interviews/Templates", "Templates"),
  noteTemplateFile: fc.constantFrom("", "Templates/Interview.md"),
  thankYouHours: fc.integer({ min: 1, max: 720 }),
  researchOpensDays: fc.integer({ min: 0, max: 365 }),
  researchDueDays: fc.integer({ min: 1, max: 365 }),
  followUpAfterDays: fc.integer({ min: 1, max: 365 }),
  followUpWindowDays: fc.integer({ min: 1, max: 365 }),
  rejectionReplyHours: fc.integer({ min: 1, max: 720 }),
  maxNudges: fc.integer({ min: 1, max: 10 }),
  decisionGraceDays: fc.integer({ min: 0, max: 30 }),
  weekendDays: fc
    .uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 })
    .map((days) => [...days].sort((a, b) => a - b)),
  nudgeGapDays: fc.integer({ min: 1, max: 365 }),
  ghostAfterDays: fc.integer({ min: 1, max: 365 }),
  reconnectAfterDays: fc.integer({ min: 0, max: 365 }),
  horizonDays: fc.integer({ min: 0, max: 365 }),
  myName: fc.string().filter((s) => !/[\r\n]/.test(s)),
  dateFormat: fc.constantFrom("YYYY-MM-DD", "dddd D MMMM YYYY", "D/M/YY"),
  fileNamePattern: fc.constantFrom("{{organization}}", "{{date:YYYY-MM-DD}} {{organization}}"),
  openInNewTab: fc.boolean(),
  showStatusBar: fc.boolean(),
  calendarPath: fc.constantFrom("Interviews/follow-ups.ics", "follow-ups.ics", "Cal/Jobs.ICS"),
  calendarAutoRefresh: fc.boolean(),
  awaySummary: fc.boolean(),
  awaySummaryHours: fc.integer({ min: 1, max: 720 }),
};

/** Property names a user may pick (they must also differ from each other to be kept). */
export const propertyNameArb = fc.constantFrom(
  "when",
  "Date",
  "company",
  "role",
  "recruiter",
  "e-mail",
  "stage",
  "keen",
  "heard",
  "thanked",
  "researched",
  "nudged",
  "replied",
  "rejected",
  "deadline",
  "snooze",
  "hidden",
  "earlier",
);

/** A property name of the user's for one role: never the name of another role. */
function ownName(key: keyof PropertyNames): fc.Arbitrary<string> {
  const name = DEFAULT_PROPERTY_NAMES[key];
  return fc.constantFrom(
    name,
    name.charAt(0).toUpperCase() + name.slice(1),
    `my ${name}`,
    `${name}_2`,
  );
}

/** A settings file whose every value is valid: loading must keep each one. */
export const validStoredArb = fc.record(
  {
    ...VALID_SETTING,
    properties: fc.record(
      Object.fromEntries(PROPERTY_KEYS.map((key) => [key, ownName(key)])) as {
        [K in keyof PropertyNames]: fc.Arbitrary<string>;
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const propertiesJunkArb = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PROPERTY_KEYS), fc.string()),
      fc.oneof(
        propertyNameArb,
        fc.constantFrom("", "  ", "a:b", "#tag", "-x", "two\nlines", " date ", "DATE"),
        fc.jsonValue(),
      ),
    ),
    { maxLength: 8 },
  )
  .map((entries) => recordOf(entries));

/** What may be stored as settings: valid, partly valid, junk, not even an object. */
export const storedSettingsArb: fc.Arbitrary<unknown> = fc.oneof(
  validStoredArb,
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...SCALAR_KEYS, "properties", "version", "__proto__", "constructor"),
          fc.string(),
        ),
        fc.oneof(
          ...Object.values(VALID_SETTING),
          propertiesJunkArb,
          fc.jsonValue(),
          fc.constantFrom(-1, 0, 1, 2, 1.5, 1e308, "1", null),
        ),
      ),
      { maxLength: 12 },
    )
    .map((entries) => recordOf(entries)),
  fc.jsonValue(),
);
