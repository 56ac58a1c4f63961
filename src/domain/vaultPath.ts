/**
 * The one check for every folder and file setting: a path inside the vault, written from the
 * vault's top folder with "/". The settings tab, the settings loader and the command line all
 * judge paths here, so a value refused in one is refused in all.
 *
 * Refused, each with a message that says what to write instead: names made only of dots (`..`
 * climbs out of the vault), backslashes (Obsidian reads `\` as a folder separator, so `..\` is
 * `../`), a leading `/` or `\` or `~` (a path on the disk, not in the vault), drive letters,
 * anything with a colon (links such as `file:` or `obsidian://`; Obsidian allows no colon in a
 * name), percent-encoded dots and slashes (`%2e%2e` turns into `..` wherever it is decoded),
 * characters no name may hold in Obsidian or on Windows (`* " < > ? # ^ [ ] |`), control
 * characters and line separators.
 */

/**
 * Accepted: `path` is the value as stored, tidied as Obsidian's `normalizePath` would tidy it
 * ("" for none). Refused: `problem` is a phrase that follows the setting's name, "must …; write …".
 */
export type VaultPathCheck = { ok: true; path: string } | { ok: false; problem: string };

/** Non-breaking spaces, which Obsidian's `normalizePath` turns into plain spaces. */
const NON_BREAKING = /[\u00a0\u202f]/g;
/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const DRIVE = /^[A-Za-z]:/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const ENCODED = /%(2e|2f|5c)/i;
/**
 * Characters Obsidian refuses in names (links would read `#`, `^`, `[`, `]`, `|`) or Windows does
 * (`*`, `"`, `<`, `>`, `?`): a vault that syncs to Windows could not hold such a folder, and a
 * `?` or `#` would end the path where a link or URL reads it ("..?" reads as "..").
 */
const FORBIDDEN_IN_NAMES = /[*"<>?#^[\]|]/;

/**
 * Checks a folder or note path typed by a person or read from data.json. `example` is a good
 * value to suggest ("Jobs/Interviews" for a folder). Empty, or only spaces, is accepted as "none".
 */
export function checkVaultPath(value: string, example: string): VaultPathCheck {
  const instead = `write the path from the vault's top folder, such as "${example}"`;
  const text = value.replace(NON_BREAKING, " ").normalize("NFC").trim();
  const refuse = (problem: string): VaultPathCheck => ({ ok: false, problem });
  if (CONTROL.test(text)) return refuse(`must not contain control characters; ${instead}`);
  if (DRIVE.test(text)) {
    return refuse(
      `must be inside the vault, not on a drive such as "${text.slice(0, 2)}"; ${instead}`,
    );
  }
  const scheme = SCHEME.exec(text);
  if (scheme) return refuse(`must be a path, not a link ("${scheme[0]}"); ${instead}`);
  if (text.includes(":")) {
    return refuse(`must not contain ":", which Obsidian does not allow in names; ${instead}`);
  }
  if (text.startsWith("/") || text.startsWith("\\")) {
    return refuse(`must be inside the vault, so it cannot start with "${text[0]}"; ${instead}`);
  }
  if (text.includes("\\")) return refuse(`must use "/" between folders, not "\\"; ${instead}`);
  const encoded = ENCODED.exec(text);
  if (encoded) {
    return refuse(`must not contain "${encoded[0]}", an encoded "." or slash; ${instead}`);
  }
  const forbidden = FORBIDDEN_IN_NAMES.exec(text);
  if (forbidden) {
    return refuse(
      `must not contain "${forbidden[0]}", which Obsidian or Windows does not allow in names; ${instead}`,
    );
  }
  const parts = text.split("/").map((part) => part.trim());
  // The first real name: "./~" is "~" once "." is dropped, as Obsidian drops it.
  if (parts.find((part) => part !== "" && part !== ".") === "~") {
    return refuse(`must be inside the vault, not in the home folder "~"; ${instead}`);
  }
  if (parts.some(isDotsName)) {
    return refuse(
      `must stay inside the vault: ".." and other names made only of dots leave it; ${instead}`,
    );
  }
  return { ok: true, path: parts.filter((part) => part !== "" && part !== ".").join("/") };
}

/** A name of dots (and spaces) with two dots or more: `..` leaves the folder on every system. */
function isDotsName(part: string): boolean {
  let dots = 0;
  for (const c of part) {
    if (c === ".") dots++;
    else if (c.trim() !== "") return false;
  }
  return dots >= 2;
}
