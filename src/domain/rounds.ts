import type { Interview, NoteReading } from "./interview";
import { isLaterRound } from "./timeline";

/**
 * Which notes are rounds of the same organisation and position (keyed by `roundKey`), so that a
 * change to one note can settle which of its rounds is the latest. Nearly every organisation and
 * position has one note, kept as its path alone; a list is made only for a second.
 */
export class Rounds {
  private readonly byRound = new Map<string, string | string[]>();

  clear(): void {
    this.byRound.clear();
  }

  /** Adds `path` to `round` (once, however often it joins). */
  join(round: string, path: string): void {
    const members = this.byRound.get(round);
    if (members === undefined) this.byRound.set(round, path);
    else if (typeof members === "string") {
      if (members !== path) this.byRound.set(round, [members, path]);
    } else if (!members.includes(path)) members.push(path);
  }

  /** Takes `path` out of `round`; a round left with no note is forgotten. */
  leave(round: string, path: string): void {
    const members = this.byRound.get(round);
    if (members === path) this.byRound.delete(round);
    if (!Array.isArray(members)) return;
    const at = members.indexOf(path);
    if (at >= 0) members.splice(at, 1);
    if (members.length === 1) this.byRound.set(round, members[0] as string);
  }

  /** The paths of the round's notes, in the order they joined. */
  membersOf(round: string): readonly string[] {
    const members = this.byRound.get(round);
    return members === undefined ? [] : typeof members === "string" ? [members] : members;
  }

  /** Whether `round` has a note of its own alone (it is then its own latest round). */
  isAlone(round: string): boolean {
    return typeof this.byRound.get(round) === "string";
  }

  /** The rounds with more than one note: only theirs need the latest worked out. */
  shared(): string[] {
    const out: string[] = [];
    for (const [round, members] of this.byRound) if (typeof members !== "string") out.push(round);
    return out;
  }

  /** The path of the round's latest note (the others are superseded); null when it has none. */
  latest(round: string, notes: ReadonlyMap<string, { reading: NoteReading }>): string | null {
    let latest: Interview | null = null;
    for (const path of this.membersOf(round)) {
      const reading = notes.get(path)?.reading;
      if (reading?.kind !== "interview") continue;
      if (latest === null || isLaterRound(reading.interview, latest)) latest = reading.interview;
    }
    return latest?.path ?? null;
  }
}
