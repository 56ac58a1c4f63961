/**
 * Weekdays as the settings tab shows and reads them: "Saturday, Sunday" for [6, 0]. Typed names
 * may be short ("sat"), any case, and numbers 0 (Sunday) to 6 (Saturday) work too.
 */

const NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The weekdays in words, Monday first (the order most calendars show), or "none". */
export function weekdaysText(days: readonly number[]): string {
  const mondayFirst = [...new Set(days)]
    .filter((day) => NAMES[day] !== undefined)
    .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  return mondayFirst.length === 0 ? "none" : mondayFirst.map((day) => NAMES[day]).join(", ");
}

/** The weekday a typed word names: a name or its first three letters, or a digit 0–6. */
function dayOf(word: string): number | null {
  if (/^[0-6]$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = NAMES.findIndex((name) => name.toLowerCase().startsWith(lower));
  return index === -1 ? null : index;
}

/**
 * Reads typed weekdays, separated by commas or spaces: the days in order of the week, or the
 * first word that is not a weekday (returned as text so the check can name it).
 */
export function parseWeekdays(text: string): number[] | { unknown: string } {
  const words = text.split(/[\s,;]+/).filter((word) => word !== "");
  if (words.length === 1 && words[0]?.toLowerCase() === "none") return [];
  const days = new Set<number>();
  for (const word of words) {
    const day = dayOf(word);
    if (day === null) return { unknown: word };
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}
