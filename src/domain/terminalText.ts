/**
 * What the command lines' text needs to fit a terminal: the columns a character takes, text cut
 * or wrapped to a number of columns, and a `Style` (bold, dim, colours) that is no style at all
 * unless the caller passes one. Measured on text that is already made safe (`terminalSafe`):
 * an escape such as \u001b is printed six columns wide.
 */

/** The columns of a terminal the text is made for. */
export const TERMINAL_COLUMNS = 80;

/**
 * Characters a terminal draws two columns wide (CJK, Hangul, full-width forms, most emoji),
 * and marks drawn over the character before them (no column of their own).
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const MARK = /\p{M}/u;

/** The columns one character (one code point) takes: 0, 1 or 2. */
export function columnsOf(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // Zero-width spaces and joiners, and variation selectors, take no column either.
  const invisible = (code >= 0x200b && code <= 0x200d) || (code >= 0xfe00 && code <= 0xfe0f);
  return invisible || MARK.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
}

/** The columns `text` takes on one line. */
export function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += columnsOf(char);
  return width;
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

/** `text` as it is when it fits `width` columns, else cut to them with "…" (never padded). */
export function cut(text: string, width: number): string {
  return widthOf(text) <= width ? text : fit(text, width).trimEnd();
}

/** The longest start of `word` that fits `width` columns (at least one character), and the rest. */
function split(word: string, width: number): [string, string] {
  const chars = [...word];
  let used = 0;
  let taken = 0;
  for (const char of chars) {
    const columns = columnsOf(char);
    if (taken > 0 && used + columns > width) break;
    used += columns;
    taken++;
  }
  return [chars.slice(0, taken).join(""), chars.slice(taken).join("")];
}

/**
 * `text` in lines of at most `width` columns (`later` columns for every line but the first),
 * broken at spaces where it can be and inside a word longer than a line where it must: nothing
 * is left out. Never empty (an empty text is one empty line).
 */
export function wrapText(text: string, width: number, later = width): string[] {
  const lines: string[] = [];
  const room = () => Math.max(2, lines.length === 0 ? width : later);
  let line = "";
  let used = 0;
  let started = false;
  for (const word of text.split(" ")) {
    let rest = word;
    let restColumns = widthOf(word);
    if (started && used + 1 + restColumns <= room()) {
      line += ` ${word}`;
      used += 1 + restColumns;
      continue;
    }
    if (started && restColumns > room() && used + 2 < room()) {
      // A word longer than any line is split anyway: its start fills this line.
      const [head, tail] = split(rest, room() - used - 1);
      lines.push(`${line} ${head}`);
      rest = tail;
      restColumns = widthOf(tail);
    } else if (started) {
      lines.push(line);
    }
    started = true;
    while (restColumns > room()) {
      const [head, tail] = split(rest, room());
      lines.push(head);
      rest = tail;
      restColumns = widthOf(tail);
    }
    line = rest;
    used = restColumns;
  }
  lines.push(line);
  return lines;
}

/**
 * Bold, dim and two colours for a terminal. Each takes text that is already safe and returns it
 * styled; `PLAIN` returns it as it is (files, pipes, Obsidian's command line, JSON).
 */
export interface Style {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
}

const same = (text: string): string => text;

export const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same };

/**
 * A block of text at `indent` columns, wrapped to the terminal's width, its later lines `hang`
 * columns further in; each line's text (not its indent) styled with `paint`.
 */
export function block(
  text: string,
  indent: number,
  paint: (text: string) => string = same,
  hang = 2,
): string[] {
  const room = TERMINAL_COLUMNS - indent;
  return wrapText(text, room, room - hang).map(
    (line, i) => " ".repeat(i === 0 ? indent : indent + hang) + paint(line),
  );
}
