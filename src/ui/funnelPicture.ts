/**
 * The funnel's picture as numbers and words, worked out apart from the component so that every
 * figure can be tested: bar widths as percentages of the sidebar's width (never negative, never
 * NaN, whatever the figures), each stage's share of the interviews, and the sentence a screen
 * reader says instead of the picture.
 */

import type { FunnelFigures } from "../domain/insights";
import { shareOf } from "../domain/insightsText";

export interface FunnelStage {
  key: "interviewed" | "heard-back" | "offers";
  /** "12 interviews", "7 heard back", "1 offer". */
  label: string;
  /** The share of the interviews, "58%"; empty for the interviews themselves. */
  share: string;
  /** The bar, centred: its left edge and width as percentages of the picture's width. */
  x: number;
  width: number;
  /** Where the stage's text sits (its baseline) and its bar's top, in pixels from the top. */
  textY: number;
  barY: number;
}

export interface FunnelPicture {
  /** No interview yet: nothing to draw. */
  empty: boolean;
  stages: FunnelStage[];
  /** The picture's height in pixels. */
  height: number;
  /** "Median answer: 6 days", or "No answers yet". */
  median: string;
  /** The whole picture in one sentence, for screen readers. */
  summary: string;
}

/** A stage's height: a line of text, then its bar. */
const TEXT_BASELINE = 12;
const BAR_TOP = 16;
export const BAR_HEIGHT = 6;
const STAGE_HEIGHT = 28;
/** A stage with anyone in it is never drawn thinner than this, in percent of the width. */
const MIN_WIDTH = 2;

/** A count as drawn: a whole number of at least 0, whatever the figure. */
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

// A count is whole; a median of days may be a half, which is shown as it is (never rounded).
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** "12,345", then "1.2M" from 100,000 on, so that no label outgrows a narrow sidebar. */
export function formatCount(n: number): string {
  if (n < 100_000) return grouped.format(n);
  if (n < 1e15) return compact.format(n);
  return ">999T";
}

// The same shares as the command line's `stats` text.
export { shareOf };

/** A bar's width for a part of a whole, in percent of the picture: 0 to 100. */
export function widthOf(part: number, whole: number): number {
  if (part <= 0 || whole <= 0) return 0;
  return Math.min(100, Math.max(MIN_WIDTH, (part / whole) * 100));
}

/** "6.5 days", "1 day", "under a day" (the same calendar day); null without a usable median. */
export function daysText(days: number | null): string | null {
  if (days === null || Number.isNaN(days)) return null;
  if (days <= 0) return "under a day";
  if (!Number.isFinite(days)) return "too many days to count";
  return days === 1 ? "1 day" : `${formatCount(days)} days`;
}

export function funnelPicture(figures: FunnelFigures): FunnelPicture {
  // Each stage is part of the one before: figures that say otherwise (bad data) are clamped.
  const interviewed = count(figures.interviewed);
  const heardBack = Math.min(count(figures.heardBack), interviewed);
  const offers = Math.min(count(figures.offers), heardBack);
  const days = daysText(figures.medianDaysToAnswer);
  const median = days === null ? "No answers yet" : `Median answer: ${days}`;
  if (interviewed === 0) {
    return { empty: true, stages: [], height: 0, median, summary: "No interviews yet" };
  }
  const parts: [FunnelStage["key"], number, string][] = [
    ["interviewed", interviewed, interviewed === 1 ? "interview" : "interviews"],
    ["heard-back", heardBack, "heard back"],
    ["offers", offers, offers === 1 ? "offer" : "offers"],
  ];
  const stages = parts.map(([key, n, noun], i): FunnelStage => {
    const width = widthOf(n, interviewed);
    return {
      key,
      label: `${formatCount(n)} ${noun}`,
      share: i === 0 ? "" : shareOf(n, interviewed),
      x: (100 - width) / 2,
      width,
      textY: i * STAGE_HEIGHT + TEXT_BASELINE,
      barY: i * STAGE_HEIGHT + BAR_TOP,
    };
  });
  const spoken = stages.map((s) => (s.share === "" ? s.label : `${s.label} (${s.share})`));
  const answers = days === null ? "no answers yet" : `median ${days} to an answer`;
  return {
    empty: false,
    stages,
    height: (stages.length - 1) * STAGE_HEIGHT + BAR_TOP + BAR_HEIGHT,
    median,
    summary: `${spoken.join(", ")}; ${answers}`,
  };
}
