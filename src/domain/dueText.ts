/**
 * The due list as text: grouped overdue / due now / coming up, then what can't be read. One
 * formatter for the Node command line and Obsidian's own command line, so both print the same
 * text for the same vault and time; the text is made safe for a terminal here (`terminalSafe`).
 */

import { FOLLOW_UP_KINDS } from "./followUpKinds";
import { STATE_LABELS, plural, relativeDue } from "./labels";
import { SECTION_STATES } from "./sidebarOrder";
import { PLAIN, type Style, TERMINAL_COLUMNS, block, cut } from "./terminalText";
import { ACTION_IDS, type FollowUpItem, type FollowUps } from "./types";

/**
 * C0 controls but the line feed that ends our own lines, DEL and C1 controls, the Arabic letter
 * mark, the left-to-right and right-to-left marks, the bidirectional embeddings, overrides and
 * isolates, and the line and paragraph separators (JavaScript and some terminals break lines there).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { "\r": "\\r", "\t": "\\t" };

/**
 * Each unsafe character written as its escape: `\r`, `\t` or `\uXXXX`. These are JSON's own escape
 * forms, and JSON.stringify leaves such a character raw only inside a string, so the JSON output
 * escaped this way still parses to exactly the same strings.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Text from a note or an argument kept to one line: a line break inside it is shown as `\n`, so
 * it can never pose as a line of its own (a fake warning, a fake follow-up).
 */
export function escapeLineBreaks(text: string): string {
  return text.replaceAll("\n", "\\n");
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sat 21 Nov 2026 14:00" in local time: the same on every machine whatever its locale. */
export function formatLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function when(item: FollowUpItem, now: number): string {
  const opens = Date.parse(item.opens);
  const deadline = item.deadline === null ? null : Date.parse(item.deadline);
  const relative = relativeDue(item.state, opens, deadline, now);
  if (FOLLOW_UP_KINDS[item.action].timing === "event")
    return `on ${formatLocal(new Date(opens))} (${relative})`;
  if (item.state === "upcoming") return `opens ${formatLocal(new Date(opens))} (${relative})`;
  if (deadline === null) return "no deadline";
  const verb = item.state === "overdue" ? "was due" : "due by";
  return `${verb} ${formatLocal(new Date(deadline))} (${relative})`;
}

function title(item: FollowUpItem): string {
  const who = [item.organization, item.position]
    .filter((part) => part !== "")
    .map(escapeLineBreaks)
    .join(", ");
  const kind = FOLLOW_UP_KINDS[item.action].label;
  // A panel's thank-yous say whom each is for.
  const label = item.contact === undefined ? kind : `${kind} to ${escapeLineBreaks(item.contact)}`;
  if (who === "") return label;
  // A question ("No answer: close as ghosted?") is followed by whom it is about, not a colon.
  return label.endsWith("?") ? `${label} ${who}` : `${label}: ${who}`;
}

/** One line of the program's own words, or of a note's, made safe and kept to one line. */
function safe(text: string): string {
  return terminalSafe(escapeLineBreaks(text));
}

/** `block` at four columns, with "- " in the first line's last two columns of indent. */
function bulleted(text: string, paint: (text: string) => string): string[] {
  const [first = "", ...rest] = block(text, 4, paint);
  return [`  - ${first.slice(4)}`, ...rest];
}

/**
 * The due list as text: every line fits 80 columns (a follow-up's title is cut with "…", its
 * path and warning wrap, further in than any line of ours starts), a section with nothing in it is left out and the closing line counts what there is.
 * Text from notes is made safe before it is measured and styled, so `style` (bold, colours, for
 * a terminal; none by default) is the only thing that adds a control sequence.
 */
export function formatText(result: FollowUps, style: Style = PLAIN): string {
  const now = Date.parse(result.now);
  const lines: string[] = block(
    `Interview follow-ups as of ${formatLocal(new Date(now))}`,
    0,
    style.bold,
  );
  const counts: string[] = [];
  for (const state of SECTION_STATES) {
    const items = result.items.filter((item) => item.state === state);
    if (items.length === 0) continue;
    // What is coming up is read by when it opens; the JSON keeps the spec's order.
    if (state === "upcoming")
      items.sort(
        (a, b) =>
          Date.parse(a.opens) - Date.parse(b.opens) ||
          ACTION_IDS.indexOf(a.action) - ACTION_IDS.indexOf(b.action),
      );
    counts.push(`${items.length} ${STATE_LABELS[state].toLowerCase()}`);
    lines.push("", ...block(`${STATE_LABELS[state]} (${items.length})`, 0, style.bold));
    const timing = state === "overdue" ? style.red : (text: string) => text;
    for (const item of items) {
      lines.push(
        // One line whatever a note holds, cut to fit: a wrapped name could pose as a line of ours.
        `  ${cut(`- ${safe(title(item))}`, TERMINAL_COLUMNS - 2)}`,
        ...block(when(item, now), 4, timing),
        ...block(safe(item.path), 4, style.dim),
      );
      if (item.warning !== undefined)
        lines.push(...block(`! ${safe(item.warning)}`, 4, style.yellow));
    }
  }
  if (result.problems.length > 0) {
    lines.push("", ...block(`Can't read (${result.problems.length})`, 0, style.bold));
    for (const problem of result.problems)
      lines.push(
        ...bulleted(safe(problem.path), style.dim),
        ...block(safe(problem.reason), 4, style.yellow),
      );
  }
  const summary =
    counts.length === 0
      ? "Nothing to follow up."
      : `${plural(result.items.length, "follow-up")}: ${counts.join(", ")}.`;
  const unreadable =
    result.problems.length === 0 ? "" : ` ${plural(result.problems.length, "note")} can't be read.`;
  lines.push("", ...block(summary + unreadable, 0, style.bold));
  return `${lines.join("\n")}\n`;
}
