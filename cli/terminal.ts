/**
 * Everything the command line prints, on stdout and on stderr, in text and in JSON, passes through
 * `terminalSafe` (see `safeIo`), so that no message, path or value from a note, an argument or a
 * setting can move the cursor, recolour or clear the screen, ring the bell, or reorder what a
 * person reads. A new message cannot forget it: `main` never writes to the streams any other way.
 */

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
