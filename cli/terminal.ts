/**
 * Everything the command line prints, on stdout and on stderr, in text and in JSON, passes through
 * `terminalSafe` (see `safeIo`), so that no message, path or value from a note, an argument or a
 * setting can move the cursor, recolour or clear the screen, ring the bell, or reorder what a
 * person reads. A new message cannot forget it: `main` never writes to the streams any other way.
 * On a terminal the readable text is styled (`ANSI`): those few sequences, and no others, are
 * let through (`painted`), and only our formatters write them, around text already made safe.
 */

import { escapeLineBreaks, terminalSafe } from "../src/domain/dueText";
import { PLAIN, type Style } from "../src/domain/terminalText";

export { escapeLineBreaks, terminalSafe };

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout may be styled: a terminal that wants colour (see `wantsColor`). */
  color?: boolean;
}

/** Select Graphic Rendition: on, then off again without resetting anything else. */
const sgr = (on: number, off: number) => (text: string) =>
  text === "" ? "" : `\u001b[${on}m${text}\u001b[${off}m`;

/** Bold, dim, red and yellow for a terminal: the only control sequences the program writes. */
export const ANSI: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
};

/** Exactly the sequences `ANSI` writes. */
// eslint-disable-next-line no-control-regex -- the escape character is what it matches
const OUR_SGR = /(\u001b\[(?:1|2|22|31|33|39)m)/;

/** The style for stdout: `ANSI` when it may be coloured, none otherwise. */
export function styleFor(io: Io): Style {
  return io.color === true ? ANSI : PLAIN;
}

/**
 * Whether to colour: stdout is a terminal, `NO_COLOR` is unset or empty (no-color.org: any other
 * value turns colour off, and it wins), and `TERM` is not "dumb"; `FORCE_COLOR` set to anything
 * but "0" or "false" colours without a terminal, `FORCE_COLOR=0` never colours.
 */
export function wantsColor(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  return isTTY && env["TERM"] !== "dumb";
}

export interface SafeOut {
  /** The program's own text on stdout (the list, the JSON, the help), lines and all. */
  stdout: (text: string) => void;
  /** Text whose lines end in CRLF (the calendar file), each line made safe, its CRLFs kept. */
  lines: (text: string) => void;
  /**
   * The readable text in `styleFor(io)`: made safe as `stdout` is, except for the sequences
   * `ANSI` writes, which pass as they are (text from notes in it is already made safe).
   */
  painted: (text: string) => void;
  /** One message on stderr, after the program's name: one line, whatever it quotes. */
  say: (message: string) => void;
}

/** The streams with every write made safe: the only way the command line writes. */
export function safeOut(io: Io): SafeOut {
  return {
    stdout: (text) => io.stdout(terminalSafe(text)),
    lines: (text) => io.stdout(text.split("\r\n").map(terminalSafe).join("\r\n")),
    painted: (text) =>
      io.stdout(
        text
          .split(OUR_SGR)
          .map((part, i) => (i % 2 === 1 ? part : terminalSafe(part)))
          .join(""),
      ),
    say: (message) =>
      io.stderr(`interview-follow-up: ${terminalSafe(escapeLineBreaks(message))}\n`),
  };
}
