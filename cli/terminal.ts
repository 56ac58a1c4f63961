/**
 * Everything the command line prints, on stdout and on stderr, in text and in JSON, passes through
 * `terminalSafe` (see `safeIo`), so that no message, path or value from a note, an argument or a
 * setting can move the cursor, recolour or clear the screen, ring the bell, or reorder what a
 * person reads. A new message cannot forget it: `main` never writes to the streams any other way.
 */

import { escapeLineBreaks, terminalSafe } from "../src/domain/dueText";

export { escapeLineBreaks, terminalSafe };

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface SafeOut {
  /** The program's own text on stdout (the list, the JSON, the help), lines and all. */
  stdout: (text: string) => void;
  /** Text whose lines end in CRLF (the calendar file), each line made safe, its CRLFs kept. */
  lines: (text: string) => void;
  /** One message on stderr, after the program's name: one line, whatever it quotes. */
  say: (message: string) => void;
}

/** The streams with every write made safe: the only way the command line writes. */
export function safeOut(io: Io): SafeOut {
  return {
    stdout: (text) => io.stdout(terminalSafe(text)),
    lines: (text) => io.stdout(text.split("\r\n").map(terminalSafe).join("\r\n")),
    say: (message) =>
      io.stderr(`interview-follow-up: ${terminalSafe(escapeLineBreaks(message))}\n`),
  };
}
