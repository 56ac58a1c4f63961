// The pipeline board's model: columns per status in the pipeline's order, a card per note of the
// Base, the next follow-up as the sidebar has it, the Base's order kept or urgency first, lanes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NoteReading, readNote } from "../../src/domain/interview";
import { buildSidebarModel } from "../../src/domain/livePlan";
import {
  type BoardNote,
  CARDS_PER_PAGE,
  FIRST_DRAW,
  WHOLE_BOARD,
  buildBoard,
  cardsShown,
  firstShown,
  nextByNote,
} from "../../src/domain/pipelineBoard";
import { defaultSettings } from "../../src/domain/settings";
import type { SidebarItem } from "../../src/domain/sidebar";

const NOW = new Date("2026-11-25T12:00:00Z").getTime();
const settings = defaultSettings();

function reading(path: string, fm: Record<string, unknown>): NoteReading {
  const read = readNote(path, fm, settings);
  if (read === null) throw new Error(`${path} is not an interview note`);
  return read;
}

const NOTES: Record<string, Record<string, unknown>> = {
  "Interviews/a.md": {
    organization: "Alpha",
    position: "Dev",
    date: "2026-11-24T10:00",
    status: "waiting",
    email: "a@x.example",
  },
  "Interviews/b.md": {
    organization: "Beta",
    date: "2026-11-01T10:00",
    status: "waiting",
    thank_you_sent: true,
    research_done: true,
  },
  "Interviews/c.md": { organization: "Gamma", date: "2026-11-30T10:00", status: "scheduled" },
  "Interviews/d.md": {
    organization: "Delta",
    date: "2026-11-20T10:00",
    status: "Not selected",
    rejected_on: "2026-11-24",
  },
  "Interviews/e.md": { organization: "", date: "2026-11-02T10:00", status: "accepted" },
};

const readings = Object.entries(NOTES).map(([path, fm]) => reading(path, fm));
const model = buildSidebarModel(readings, settings, NOW, true);

function boardNote(path: string, values: Partial<BoardNote["values"]> = {}): BoardNote {
  return {
    path,
    name: path.replace(/^.*\//, "").replace(/\.md$/, ""),
    reading: readings.find((r) => (r.kind === "interview" ? r.interview.path : r.path) === path),
    values: { organization: "", position: "", status: "", ...values },
  };
}

const columnsOf = (board: ReturnType<typeof buildBoard>, lane = 0) =>
  (board.lanes[lane]?.columns ?? []).map((c): [string, string[]] => [
    c.key,
    c.cards.map((card) => card.path),
  ]);

describe("nextByNote", () => {
  it("gives each note its most urgent item: overdue before due before coming up", () => {
    const next = nextByNote(model);
    const all = model.sections.flatMap((s) => s.items);
    for (const [path, item] of next) {
      const mine = all.filter((each) => each.path === path);
      const rank = (i: SidebarItem) => ["overdue", "due", "upcoming"].indexOf(i.state);
      expect(Math.min(...mine.map(rank))).toBe(rank(item));
      expect(mine[0]).toBe(item);
    }
    expect(new Set(all.map((i) => i.path))).toEqual(new Set(next.keys()));
  });
});

describe("buildBoard", () => {
  const notes = Object.keys(NOTES).map((path) => boardNote(path));

  it("makes a column per status, open ones and offer always, others only with notes", () => {
    const board = buildBoard([{ label: null, notes }], model, true);
    expect(board.now).toBe(NOW);
    expect(columnsOf(board)).toEqual([
      ["scheduled", ["Interviews/c.md"]],
      ["interviewed", []],
      ["waiting", ["Interviews/a.md", "Interviews/b.md"]],
      ["offer", []],
      ["rejected", ["Interviews/d.md"]],
      ["accepted", ["Interviews/e.md"]],
    ]);
    expect(board.lanes[0]?.columns.map((c) => c.label)).toEqual([
      "Scheduled",
      "Interviewed",
      "Waiting",
      "Offer",
      "Rejected",
      "Accepted",
    ]);
    expect(board.lanes[0]?.label).toBeNull();
  });

  it("fills each card from the plugin's reading and the sidebar's next item", () => {
    const board = buildBoard([{ label: null, notes }], model, true);
    const cards = board.lanes[0]?.columns.flatMap((c) => c.cards) ?? [];
    const next = nextByNote(model);
    for (const card of cards) {
      expect(card.next).toBe(next.get(card.path) ?? null);
      expect(card.state).toBe(
        card.next === null
          ? ""
          : { overdue: "Overdue", due: "Due now", upcoming: "Coming up" }[card.next.state],
      );
      expect(card.problem).toBeNull();
    }
    const alpha = cards.find((c) => c.path === "Interviews/a.md");
    expect(alpha).toMatchObject({ title: "Alpha", position: "Dev" });
    // No organization: the file's name stands in.
    expect(cards.find((c) => c.path === "Interviews/e.md")?.title).toBe("e");
  });

  it("keeps the Base's order when it sorts, and puts the most urgent first when it does not", () => {
    const reversed = [...notes].reverse();
    const kept = buildBoard([{ label: null, notes: reversed }], model, true);
    expect(columnsOf(kept).find(([key]) => key === "waiting")?.[1]).toEqual([
      "Interviews/b.md",
      "Interviews/a.md",
    ]);
    const urgent = buildBoard([{ label: null, notes: reversed }], model, false);
    const waiting = urgent.lanes[0]?.columns.find((c) => c.key === "waiting")?.cards ?? [];
    const ranks = waiting.map((c) =>
      c.next === null ? 3 : ["overdue", "due", "upcoming"].indexOf(c.next.state),
    );
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    // The same either way round: the order comes from the follow-ups, not the Base.
    expect(columnsOf(buildBoard([{ label: null, notes }], model, false))).toEqual(
      columnsOf(urgent),
    );
  });

  it("places notes the plugin does not read by their status property, unknown words under Other", () => {
    const others = [
      boardNote("Notes/p.md", { status: "On hold", organization: "Pending Co" }),
      boardNote("Notes/q.md", { status: "maybe later" }),
      boardNote("Notes/r.md", { status: "   " }),
      boardNote("Notes/s.md", { status: "OFFERED", position: "Lead" }),
    ];
    const board = buildBoard([{ label: null, notes: others }], model, true);
    expect(columnsOf(board)).toEqual([
      ["none", ["Notes/r.md"]],
      ["scheduled", []],
      ["interviewed", []],
      ["waiting", ["Notes/p.md"]],
      ["offer", ["Notes/s.md"]],
      ["other", ["Notes/q.md"]],
    ]);
    const cards = board.lanes[0]?.columns.flatMap((c) => c.cards) ?? [];
    expect(cards.find((c) => c.path === "Notes/q.md")?.problem).toBe(
      '"maybe later" is not a status the plugin knows',
    );
    expect(cards.find((c) => c.path === "Notes/p.md")).toMatchObject({
      title: "Pending Co",
      problem: null,
      next: null,
      state: "",
    });
    expect(cards.find((c) => c.path === "Notes/s.md")?.position).toBe("Lead");
    expect(board.lanes[0]?.columns.at(-1)?.label).toBe("Other");
    expect(board.lanes[0]?.columns[0]?.label).toBe("No status");
  });

  it("lists a note the plugin cannot read under Other with its reason", () => {
    const broken = reading("Interviews/x.md", { organization: "X", date: "next tuesday" });
    expect(broken.kind).toBe("problem");
    const note: BoardNote = {
      path: "Interviews/x.md",
      name: "x",
      reading: broken,
      values: { organization: "X", position: "P", status: "waiting" },
    };
    const board = buildBoard([{ label: null, notes: [note] }], model, true);
    const other = board.lanes[0]?.columns.find((c) => c.key === "other");
    expect(other?.cards[0]).toMatchObject({ title: "X", position: "P" });
    expect(other?.cards[0]?.problem).toContain("next tuesday");
  });

  it("makes a lane per group, each with its own columns", () => {
    const board = buildBoard(
      [
        { label: "Remote", notes: [notes[0]!, notes[2]!] },
        { label: null, notes: [notes[1]!] },
      ],
      model,
      true,
    );
    expect(board.lanes.map((l) => l.label)).toEqual(["Remote", null]);
    expect(columnsOf(board, 0).filter(([, paths]) => paths.length > 0)).toEqual([
      ["scheduled", ["Interviews/c.md"]],
      ["waiting", ["Interviews/a.md"]],
    ]);
    expect(columnsOf(board, 1).filter(([, paths]) => paths.length > 0)).toEqual([
      ["waiting", ["Interviews/b.md"]],
    ]);
    expect(buildBoard([], model, true).lanes).toEqual([]);
  });
});

describe("cardsShown", () => {
  it("draws the column's first cards, a page more per press, never more than the column has", () => {
    expect(cardsShown(3, 0, 4)).toBe(3);
    expect(cardsShown(45, 0, 4)).toBe(4);
    expect(cardsShown(45, 1, 4)).toBe(4 + CARDS_PER_PAGE);
    expect(cardsShown(45, 2, 4)).toBe(4 + 2 * CARDS_PER_PAGE);
    expect(cardsShown(45, 3, 4)).toBe(45);
    expect(cardsShown(45, 99, 4)).toBe(45);
    // Anything odd counts as no press.
    for (const pages of [-1, Number.NaN, 0.5]) expect(cardsShown(45, pages, 4)).toBe(4);
    expect(cardsShown(45, 0, -3)).toBe(0);
  });
});

describe("firstShown", () => {
  it("shows a small board whole, and shares the first draw of a large one alike", () => {
    expect(firstShown([3, 0, 7, 1])).toEqual([3, 0, 7, 1]);
    // The sample vault's Base: 25 cards, drawn whole; one more card than WHOLE_BOARD is not.
    expect(firstShown([1, 1, 6, 6, 1, 10])).toEqual([1, 1, 6, 6, 1, 10]);
    expect(firstShown([WHOLE_BOARD + 1])).toEqual([FIRST_DRAW]);
    // Never "Show 1 more" or "Show 2 more": those few are drawn.
    expect(firstShown([14, 14], 24, 0)).toEqual([14, 10]);
    expect(firstShown([13, 100], 24, 0)).toEqual([13, 11]);
    expect(firstShown([15, 15], 24, 0)).toEqual([12, 12]);
    expect(firstShown([500, 500, 500, 500, 500, 500, 500, 500, 500], 36, 0)).toEqual(
      Array.from({ length: 9 }, () => 4),
    );
    // Small columns take all of theirs; the others share what is left.
    expect(firstShown([2, 900, 3, 900], 36, 0)).toEqual([2, 15, 3, 16]);
    expect(firstShown([100, 100], 36, 0)).toEqual([18, 18]);
    expect(firstShown([], 36, 0)).toEqual([]);
  });

  it("never draws more than a column has, nor more than the budget or one a column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5_000 }), { maxLength: 40 }),
        fc.nat({ max: 200 }),
        fc.nat({ max: 100 }),
        (sizes, budget, whole) => {
          const first = firstShown(sizes, budget, whole);
          expect(first).toHaveLength(sizes.length);
          first.forEach((count, i) => {
            const size = sizes[i] ?? 0;
            expect(count).toBeGreaterThanOrEqual(Math.min(1, size));
            expect(count).toBeLessThanOrEqual(size);
            // Hidden cards are never just one or two.
            if (count < size) expect(size - count).toBeGreaterThan(2);
          });
          const drawn = first.reduce((a, b) => a + b, 0);
          const nonEmpty = sizes.filter((size) => size > 0).length;
          const total = sizes.reduce((a, b) => a + b, 0);
          // Beyond the budget only by the one card a column always shows and the few not hidden.
          if (total > whole)
            expect(drawn).toBeLessThanOrEqual(Math.max(budget, nonEmpty) + 2 * nonEmpty);
          // Nothing left unused that a column could have shown, beyond the rounding.
          if (total <= Math.max(budget, whole)) expect(drawn).toBe(total);
          else expect(drawn).toBeGreaterThan(Math.min(budget, total) - sizes.length);
          // The same sizes in another order give each column the same count.
          const reversed = firstShown([...sizes].reverse(), budget, whole).reverse();
          expect(reversed.reduce((a, b) => a + b, 0)).toBe(drawn);
        },
      ),
    );
  });

  it("shares the first draw among every lane's columns", () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      boardNote(`Notes/${i}.md`, { status: "waiting" }),
    );
    const board = buildBoard(
      [
        { label: "A", notes: many },
        { label: "B", notes: many },
      ],
      model,
      true,
    );
    const waiting = board.lanes.map((lane) => lane.columns.find((c) => c.key === "waiting"));
    expect(waiting.map((column) => column?.first)).toEqual([FIRST_DRAW / 2, FIRST_DRAW / 2]);
    for (const lane of board.lanes)
      for (const column of lane.columns)
        if (column.cards.length === 0) expect(column.first).toBe(0);
  });
});
