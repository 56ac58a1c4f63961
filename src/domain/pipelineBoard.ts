/**
 * The "Interview pipeline" board of a Base: a column per status, a card per note the Base gives
 * (its filters already applied), each card with the note's next follow-up from the sidebar's
 * plan. The Base's groups become lanes; its sort order is kept within a column, and without a
 * sort the most urgent follow-up comes first, as in the sidebar.
 */

import type { NoteReading } from "./interview";
import { STATE_LABELS } from "./labels";
import type { SidebarItem, SidebarModel } from "./sidebar";
import { SECTION_ORDER, SECTION_STATES, compareByPath } from "./sidebarOrder";
import { ALL_STATUSES, OPEN_STATUSES, type Status, statusOf } from "./status";

/** A status, "none" for a note without one, "other" for a problem or a word we do not know. */
export type ColumnKey = Status | "none" | "other";

/**
 * Cards a large board draws at first, shared among its columns (see `firstShown`); a board of
 * `WHOLE_BOARD` cards or fewer draws them all. A Base of years of notes puts thousands in each
 * column: nine columns of twenty cards took 131 ms to draw at 5,000 interviews, and a first draw,
 * its code not yet compiled, costs over a millisecond a card in the benchmark's DOM.
 */
export const FIRST_DRAW = 12;

/** A board of this many cards or fewer is drawn whole at once (the sample vault's is 25). */
export const WHOLE_BOARD = 30;

/** At most this many cards left behind are drawn rather than put behind "Show more". */
const FEW_LEFT = 2;

/** How many more cards each press of a column's "Show more" adds. */
export const CARDS_PER_PAGE = 20;

/**
 * How many cards each column draws at first, for columns of these sizes: all of them on a board
 * of `whole` cards or fewer; otherwise the smallest take all of theirs, the others share what is
 * left alike (rounded down), a column with cards shows at least one, and one that would hide
 * only `FEW_LEFT` or fewer shows them all. Deterministic: the same sizes give the same counts.
 */
export function firstShown(
  sizes: readonly number[],
  budget = FIRST_DRAW,
  whole = WHOLE_BOARD,
): number[] {
  if (sizes.reduce((sum, size) => sum + Math.max(0, size), 0) <= whole)
    return sizes.map((size) => Math.max(0, size));
  const order = sizes.map((_, i) => i).sort((a, b) => (sizes[a] ?? 0) - (sizes[b] ?? 0) || a - b);
  const shown = sizes.map(() => 0);
  let left = budget;
  let columns = sizes.length;
  for (const i of order) {
    const size = Math.max(0, sizes[i] ?? 0);
    const share = Math.min(size, Math.max(1, Math.floor(left / columns)));
    // "Show 1 more" is no help: a column that would hide only a card or two shows them.
    const count = size - share <= FEW_LEFT ? size : share;
    shown[i] = count;
    left = Math.max(0, left - count);
    columns--;
  }
  return shown;
}

/**
 * How many of a column's `total` cards to draw after `pages` presses of "Show more", when it
 * drew `first` at first.
 */
export function cardsShown(total: number, pages: number, first: number): number {
  const presses = Number.isFinite(pages) ? Math.max(0, Math.floor(pages)) : 0;
  return Math.min(total, Math.max(0, first) + CARDS_PER_PAGE * presses);
}

export interface BoardCard {
  path: string;
  /** The organisation, or the file's name when the note has none. */
  title: string;
  position: string;
  /** The note's next follow-up: the most urgent it shows in the sidebar; null for none. */
  next: SidebarItem | null;
  /** The words for the follow-up's state ("Overdue"), empty without one. */
  state: string;
  /** Why the plugin cannot read the note, or why its status has no column of its own. */
  problem: string | null;
}

export interface BoardColumn {
  key: ColumnKey;
  label: string;
  cards: BoardCard[];
  /** How many of its cards the column draws before "Show more" (see `firstShown`). */
  first: number;
}

export interface BoardLane {
  /** The Base's group value in words; null when the Base is not grouped. */
  label: string | null;
  columns: BoardColumn[];
}

export interface BoardModel {
  now: number;
  lanes: BoardLane[];
}

/** One note of the Base: what the Base says of it, and the plugin's reading if it has one. */
export interface BoardNote {
  path: string;
  /** The file's name without its extension. */
  name: string;
  reading: NoteReading | undefined;
  /**
   * The Base's values of the organisation, position and status properties, as text; read only
   * for a note the plugin has no interview reading of (the adapter looks them up on demand).
   */
  readonly values: { organization: string; position: string; status: string };
}

export interface BoardGroup {
  label: string | null;
  notes: readonly BoardNote[];
}

const COLUMN_ORDER: readonly ColumnKey[] = ["none", ...ALL_STATUSES, "other"];
/** Shown even when empty: where a new interview goes and where it moves next. */
const ALWAYS_SHOWN: ReadonlySet<ColumnKey> = new Set<ColumnKey>([...OPEN_STATUSES, "offer"]);

function columnLabel(key: ColumnKey): string {
  if (key === "none") return "No status";
  if (key === "other") return "Other";
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** Each note's most urgent item in the sidebar's model (overdue, then due, then coming up). */
export function nextByNote(model: SidebarModel): Map<string, SidebarItem> {
  const next = new Map<string, SidebarItem>();
  for (const section of model.sections)
    for (const item of section.items) if (!next.has(item.path)) next.set(item.path, item);
  return next;
}

function cardOf(note: BoardNote, next: ReadonlyMap<string, SidebarItem>): [ColumnKey, BoardCard] {
  const { reading } = note;
  const item = next.get(note.path) ?? null;
  const card = (organization: string, position: string, problem: string | null): BoardCard => ({
    path: note.path,
    title: organization === "" ? note.name : organization,
    position,
    next: item,
    state: item === null ? "" : STATE_LABELS[item.state],
    problem,
  });
  if (reading?.kind === "interview") {
    const { interview } = reading;
    return [interview.status ?? "none", card(interview.organization, interview.position, null)];
  }
  if (reading?.kind === "problem")
    return ["other", card(note.values.organization, note.values.position, reading.reason)];
  // Not an interview note for the plugin: placed by what its status property says.
  // Only here are the Base's values read: the adapter may look them up on demand.
  const { values } = note;
  const written = values.status.trim();
  const status = written === "" ? "none" : statusOf(written);
  const problem = status === null ? `"${written}" is not a status the plugin knows` : null;
  return [status ?? "other", card(values.organization, values.position, problem)];
}

/** Most urgent first: by section, then the sidebar's order; notes without a follow-up last. */
function byUrgency(a: BoardCard, b: BoardCard): number {
  if (a.next === null || b.next === null)
    return (a.next === null ? 1 : 0) - (b.next === null ? 1 : 0) || compareByPath(a, b);
  const rank = SECTION_STATES.indexOf(a.next.state) - SECTION_STATES.indexOf(b.next.state);
  return rank || SECTION_ORDER[a.next.state](a.next, b.next);
}

/**
 * The board for the Base's groups at the model's time. `sorted` says the Base has a sort of its
 * own: its order is kept; otherwise cards come most urgent first.
 */
export function buildBoard(
  groups: readonly BoardGroup[],
  model: SidebarModel,
  sorted: boolean,
): BoardModel {
  const next = nextByNote(model);
  const lanes = groups.map((group): BoardLane => {
    const columns = new Map<ColumnKey, BoardCard[]>();
    for (const note of group.notes) {
      const [key, card] = cardOf(note, next);
      const cards = columns.get(key);
      if (cards === undefined) columns.set(key, [card]);
      else cards.push(card);
    }
    const shown = COLUMN_ORDER.filter((key) => ALWAYS_SHOWN.has(key) || columns.has(key));
    return {
      label: group.label,
      columns: shown.map((key) => {
        const cards = columns.get(key) ?? [];
        if (!sorted) cards.sort(byUrgency);
        return { key, label: columnLabel(key), cards, first: 0 };
      }),
    };
  });
  // The first draw is shared by every column of every lane.
  const all = lanes.flatMap((lane) => lane.columns);
  const first = firstShown(all.map((column) => column.cards.length));
  all.forEach((column, i) => (column.first = first[i] ?? 0));
  return { now: model.now, lanes };
}
