import { moment } from "obsidian";
import { FOLLOW_UP_KINDS } from "../domain/followUpKinds";
import {
  DEFAULT_PROPERTY_NAMES,
  PROPERTY_LABELS,
  type PropertyNames,
  type SettingKey,
} from "../domain/settings";
import { CALENDAR_PATH, PATH_SETTINGS } from "../domain/settingRules";
import { ACTION_IDS } from "../domain/types";

/** Every setting as the settings tab shows it, in groups; both ways of drawing the tab use this. */

export type Kind = "text" | "number" | "toggle" | "folder" | "file" | "weekdays";

export interface Field {
  key: SettingKey;
  name: string;
  desc: string;
  kind: Kind;
  /** Shows a live preview under the field, from its current value. */
  preview?: (value: string) => string;
}

export interface Group {
  /** No heading for the first group: the tab's own title says what it is. */
  heading: string | null;
  fields: Field[];
}

/** Every setting, grouped as the tab shows them. */
export const SETTING_GROUPS: readonly Group[] = [
  {
    heading: null,
    fields: [
      {
        key: "interviewFolder",
        name: PATH_SETTINGS.interviewFolder.name,
        desc: "Every note in this folder and its subfolders is an interview note. A path inside the vault, such as Jobs/Interviews; leave empty to use only the type and the tag.",
        kind: "folder",
      },
      {
        key: "typeProperty",
        name: "Type property",
        desc: "A note anywhere in the vault whose property of this name has the value below is an interview note.",
        kind: "text",
      },
      {
        key: "typeValue",
        name: "Type value",
        desc: "Compared ignoring case; a list holding it counts too.",
        kind: "text",
      },
      {
        key: "tag",
        name: "Tag",
        desc: "A note with this tag, or a tag below it such as interview/onsite, is an interview note. Leave empty to turn this off.",
        kind: "text",
      },
    ],
  },
  {
    heading: "Timing",
    // Each follow-up kind lists the settings that time it.
    fields: ACTION_IDS.flatMap((id) =>
      FOLLOW_UP_KINDS[id].settings.map(({ key, name, desc, accepts }) => ({
        key,
        name,
        desc,
        kind: accepts === "weekdays" ? ("weekdays" as const) : ("number" as const),
      })),
    ),
  },
  {
    heading: "Sidebar",
    fields: [
      {
        key: "horizonDays",
        name: "Coming up",
        desc: "How many days ahead the sidebar looks.",
        kind: "number",
      },
      {
        key: "showStatusBar",
        name: "Status bar count",
        desc: "Show the number of follow-ups due in the status bar (desktop).",
        kind: "toggle",
      },
      {
        key: "awaySummary",
        name: "Since you were away",
        desc: "At start-up after an absence, one notice of the follow-ups that became due, and those rows marked as new until the sidebar has been seen.",
        kind: "toggle",
      },
      {
        key: "awaySummaryHours",
        name: "Absence before that notice",
        desc: "Hours the follow-ups must have gone unseen on this device.",
        kind: "number",
      },
    ],
  },
  {
    heading: "New notes",
    fields: [
      {
        key: "fileNamePattern",
        name: "File name",
        desc: "Placeholders: {{organization}}, {{position}}, {{contact}}, {{email}}, {{date:YYYY-MM-DD}}.",
        kind: "text",
      },
      {
        key: "noteTemplateFile",
        name: PATH_SETTINGS.noteTemplateFile.name,
        desc: "A note whose body new interview notes start with. Leave empty for the built-in sections.",
        kind: "file",
      },
      {
        key: "openInNewTab",
        name: "Open in a new tab",
        desc: "Otherwise the note opens in the current tab.",
        kind: "toggle",
      },
    ],
  },
  {
    heading: "Emails",
    fields: [
      { key: "myName", name: "Your name", desc: "Signs the emails ({{my_name}}).", kind: "text" },
      {
        key: "dateFormat",
        name: "Date format",
        desc: "How dates are shown and written into emails (moment.js format).",
        kind: "text",
        preview: (format) => `Preview: ${moment().format(format)}`,
      },
      {
        key: "templatesFolder",
        name: PATH_SETTINGS.templatesFolder.name,
        desc: "Your own email templates. Notes in it are never interview notes. Leave empty for none.",
        kind: "folder",
      },
    ],
  },
  {
    heading: "Calendar",
    fields: [
      {
        key: "calendarPath",
        name: CALENDAR_PATH.name,
        desc: 'Where "Export follow-ups to calendar" writes the follow-ups with a deadline, as an .ics file inside the vault.',
        kind: "text",
      },
      {
        key: "calendarAutoRefresh",
        name: "Keep the calendar file current",
        desc: "Rewrite the calendar file whenever the follow-ups change.",
        kind: "toggle",
      },
    ],
  },
  {
    heading: "Property names",
    fields: (Object.keys(PROPERTY_LABELS) as (keyof PropertyNames)[]).map((name) => ({
      key: `properties.${name}` as SettingKey,
      name: PROPERTY_LABELS[name],
      desc: `The note property that holds this. Default: ${DEFAULT_PROPERTY_NAMES[name]}.`,
      kind: "text" as const,
    })),
  },
];
