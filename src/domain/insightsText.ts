/**
 * The readable insights (`stats` without `--json`, in the Node command line and Obsidian's):
 * every line fits 80 columns.
 */

import { escapeLineBreaks, formatLocal, terminalSafe } from "./dueText";
import { funnelOf, type Insights } from "./insights";
import { plural } from "./labels";
import { ALL_STATUSES, type Status } from "./status";
import { PLAIN, type Style, TERMINAL_COLUMNS, fit, widthOf } from "./terminalText";

const NAME_COLUMNS = 32;
const BAR_COLUMNS = 40;

/** "same day", "1 day", "6.5 days". */
export function daysText(days: number): string {
  if (days === 0) return "same day";
  return plural(days, "day");
}

/** A part of a whole, in whole percent; never 0% for some nor 100% for fewer than all. */
export function shareOf(part: number, whole: number): string {
  if (whole <= 0) return "";
  const percent = Math.round((part / whole) * 100);
  if (part > 0 && percent === 0) return "<1%";
  if (part < whole && percent === 100) return ">99%";
  return `${percent}%`;
}

/** Words joined with ", " into lines of at most 80 columns, each indented by two spaces. */
function wrapped(words: readonly string[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const [i, word] of words.entries()) {
    const piece = i < words.length - 1 ? `${word},` : word;
    if (line !== "" && widthOf(line) + 1 + widthOf(piece) > TERMINAL_COLUMNS) {
      lines.push(line);
      line = "";
    }
    line = line === "" ? `  ${piece}` : `${line} ${piece}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function statusWord(status: Status | "none" | null): string {
  return status === null || status === "none" ? "no status" : status;
}

function funnelLines(insights: Insights): string[] {
  const funnel = funnelOf(insights);
  const top = Math.max(1, funnel.interviewed);
  const rows: [string, number][] = [
    ["Interviewed", funnel.interviewed],
    ["Heard back", funnel.heardBack],
    ["Offer", funnel.offers],
  ];
  const digits = String(funnel.interviewed).length;
  return rows.map(([label, count]) => {
    const bar = count === 0 ? 0 : Math.max(1, Math.round((count / top) * BAR_COLUMNS));
    return `  ${label.padEnd(13)}${String(count).padStart(digits)}  ${"#".repeat(bar)}`.trimEnd();
  });
}

function organizationLines(insights: Insights, style: Style): string[] {
  const lines = [
    `  ${style.dim(`${fit("Organization", NAME_COLUMNS)}  Rounds  Latest       Answered in`)}`,
  ];
  for (const org of insights.organizations) {
    // Made safe before it is measured: an escape such as \u001b is printed six columns wide.
    const name = fit(terminalSafe(escapeLineBreaks(org.organization)), NAME_COLUMNS);
    const answer = org.daysToAnswer === null ? "-" : daysText(org.daysToAnswer);
    const status = statusWord(org.latestStatus).padEnd(11);
    lines.push(`  ${name}  ${String(org.rounds).padStart(6)}  ${status}  ${answer}`);
  }
  return lines;
}

/**
 * The insights as text, every line within 80 columns; a section with nothing in it (the funnel,
 * the statuses, the organizations of a vault without interviews) is left out, the figures at the
 * top stay. `style` (bold, dim, for a terminal) is none by default.
 */
export function formatInsights(insights: Insights, style: Style = PLAIN): string {
  const now = new Date(Date.parse(insights.now));
  const lines = [style.bold(`Interview insights as of ${formatLocal(now)}`), ""];
  const unreadable =
    insights.unreadable === 0 ? "" : `; ${plural(insights.unreadable, "note")} can't be read`;
  lines.push(`Interviews: ${insights.interviews}, ${insights.happened} held so far${unreadable}`);
  const rate = insights.happened > 0 ? ` (${shareOf(insights.heardBack, insights.happened)})` : "";
  lines.push(`Heard back: ${insights.heardBack} of ${insights.happened}${rate}`);
  const median =
    insights.medianDaysToAnswer === null
      ? "no dated answer yet"
      : `${daysText(insights.medianDaysToAnswer)} (median of ${plural(insights.timedAnswers, "dated answer")})`;
  lines.push(`Time to an answer: ${median}`);
  lines.push(`Closed as ghosted: ${insights.ghosted}`);
  if (insights.happened > 0) lines.push("", ...funnelLines(insights));
  const counts = (["none", ...ALL_STATUSES] as const)
    .filter((status) => insights.byStatus[status] > 0)
    .map((status) => `${insights.byStatus[status]} ${statusWord(status)}`);
  if (counts.length > 0) lines.push("", style.bold("By status"), ...wrapped(counts));
  if (insights.organizations.length > 0)
    lines.push(
      "",
      style.bold("By organization, latest interview first"),
      ...organizationLines(insights, style),
    );
  return `${lines.join("\n")}\n`;
}

/** What `stats` prints, in the Node command line and Obsidian's alike: text, or the JSON. */
export function statsOutput(insights: Insights, json: boolean, style: Style = PLAIN): string {
  return json ? `${JSON.stringify(insights, null, 2)}\n` : formatInsights(insights, style);
}
