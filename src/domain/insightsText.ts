/**
 * The readable insights (`stats` without `--json`, in the Node command line and Obsidian's):
 * every line fits 80 columns.
 */

import { escapeLineBreaks, formatLocal, terminalSafe } from "./dueText";
import { funnelOf, type Insights } from "./insights";
import { ALL_STATUSES, type Status } from "./status";

const WIDTH = 80;
const NAME_COLUMNS = 32;
const BAR_COLUMNS = 40;

/**
 * Characters a terminal draws two columns wide (CJK, Hangul, full-width forms, most emoji),
 * and marks drawn over the character before them (no column of their own).
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const MARK = /\p{M}/u;

function columnsOf(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // Zero-width spaces and joiners, and variation selectors, take no column either.
  const invisible = (code >= 0x200b && code <= 0x200d) || (code >= 0xfe00 && code <= 0xfe0f);
  return invisible || MARK.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
}

/** `text` cut to at most `width` columns (with "…" when cut) and padded with spaces to it. */
export function fit(text: string, width: number): string {
  let used = 0;
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    const columns = columnsOf(char);
    const rest = chars.length - i - 1;
    // Keep one column for the ellipsis unless this character ends the text.
    if (used + columns > width - (rest > 0 ? 1 : 0)) {
      out += "…";
      used += 1;
      break;
    }
    out += char;
    used += columns;
  }
  return out + " ".repeat(Math.max(0, width - used));
}

/** "same day", "1 day", "6.5 days". */
export function daysText(days: number): string {
  if (days === 0) return "same day";
  return `${days} day${days === 1 ? "" : "s"}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Words joined with ", " into lines of at most WIDTH columns, each indented by two spaces. */
function wrapped(words: readonly string[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const [i, word] of words.entries()) {
    const piece = i < words.length - 1 ? `${word},` : word;
    if (line !== "" && line.length + 1 + piece.length > WIDTH) {
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

function organizationLines(insights: Insights): string[] {
  if (insights.organizations.length === 0) return ["  none"];
  const lines = [`  ${fit("Organization", NAME_COLUMNS)}  Rounds  Latest       Answered in`];
  for (const org of insights.organizations) {
    // Made safe before it is measured: an escape such as \u001b is printed six columns wide.
    const name = fit(terminalSafe(escapeLineBreaks(org.organization)), NAME_COLUMNS);
    const answer = org.daysToAnswer === null ? "-" : daysText(org.daysToAnswer);
    const status = statusWord(org.latestStatus).padEnd(11);
    lines.push(`  ${name}  ${String(org.rounds).padStart(6)}  ${status}  ${answer}`);
  }
  return lines;
}

export function formatInsights(insights: Insights): string {
  const now = new Date(Date.parse(insights.now));
  const lines = [`Interview insights as of ${formatLocal(now)}`, ""];
  const unreadable =
    insights.unreadable === 0 ? "" : `; ${plural(insights.unreadable, "note")} can't be read`;
  lines.push(`Interviews: ${insights.interviews}, ${insights.happened} held so far${unreadable}`);
  const rate =
    insights.responseRate === null ? "" : ` (${Math.round(insights.responseRate * 100)}%)`;
  lines.push(`Heard back: ${insights.heardBack} of ${insights.happened}${rate}`);
  const median =
    insights.medianDaysToAnswer === null
      ? "no dated answer yet"
      : `${daysText(insights.medianDaysToAnswer)} (median of ${plural(insights.timedAnswers, "dated answer")})`;
  lines.push(`Time to an answer: ${median}`);
  lines.push(`Closed as ghosted: ${insights.ghosted}`, "", ...funnelLines(insights), "");
  const counts = (["none", ...ALL_STATUSES] as const)
    .filter((status) => insights.byStatus[status] > 0)
    .map((status) => `${insights.byStatus[status]} ${statusWord(status)}`);
  lines.push("By status", ...(counts.length === 0 ? ["  none"] : wrapped(counts)), "");
  lines.push("By organization, latest interview first", ...organizationLines(insights));
  return `${lines.join("\n")}\n`;
}

/** What `stats` prints, in the Node command line and Obsidian's alike: text, or the JSON. */
export function statsOutput(insights: Insights, json: boolean): string {
  return json ? `${JSON.stringify(insights, null, 2)}\n` : formatInsights(insights);
}
