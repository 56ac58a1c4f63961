// The command lines' text in a terminal: columns per character, cutting and wrapping, and the
// due list and the insights within 80 columns whatever the notes hold, styled only by the caller.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatText } from "../../src/domain/dueText";
import type { Insights, OrganizationInsights } from "../../src/domain/insights";
import { formatInsights } from "../../src/domain/insightsText";
import { ALL_STATUSES } from "../../src/domain/status";
import { type Style, block, cut, fit, widthOf, wrapText } from "../../src/domain/terminalText";
import { ACTION_IDS, type FollowUpItem, type FollowUps } from "../../src/domain/types";
import { hostileText } from "../support/hostileText";

describe("widthOf", () => {
  it("counts wide characters two columns, marks and joiners none", () => {
    expect(widthOf("")).toBe(0);
    expect(widthOf("Acme")).toBe(4);
    expect(widthOf("株式会社")).toBe(8);
    expect(widthOf("삼성")).toBe(4);
    expect(widthOf("😀")).toBe(2);
    expect(widthOf("e\u0301")).toBe(1);
    expect(widthOf("a\u200db\ufe0f")).toBe(2);
    expect(widthOf("Ｆｕｌｌ")).toBe(8);
    // As printed once made safe: the escape is six columns of plain text.
    expect(widthOf("\\u001b")).toBe(6);
  });
});

describe("cut and fit", () => {
  it("keeps what fits, cuts the rest with … by columns, never past the width", () => {
    expect(cut("Acme", 4)).toBe("Acme");
    expect(cut("Acme Corp", 5)).toBe("Acme…");
    expect(cut("株式会社", 5)).toBe("株式…");
    expect(fit("Acme", 6)).toBe("Acme  ");
    fc.assert(
      fc.property(hostileText(120), fc.integer({ min: 2, max: 90 }), (text, width) => {
        const short = cut(text, width);
        expect(widthOf(short)).toBeLessThanOrEqual(width);
        if (widthOf(text) <= width) expect(short).toBe(text);
        else expect(short.endsWith("…")).toBe(true);
        expect(widthOf(fit(text, width))).toBe(width);
      }),
    );
  });
});

const wideText = fc
  .array(
    fc.constantFrom("Acme", "株式会社", "😀", "e\u0301", " ", "-", "/", "Ünïcödé", "x".repeat(50)),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("wrapText", () => {
  it("breaks into lines within the width and loses nothing but the spaces it breaks at", () => {
    fc.assert(
      fc.property(
        fc.oneof(wideText, hostileText(200)),
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 2, max: 80 }),
        (text, first, later) => {
          const lines = wrapText(text, first, later);
          expect(lines.length).toBeGreaterThan(0);
          for (const [i, line] of lines.entries())
            expect(widthOf(line), line).toBeLessThanOrEqual(i === 0 ? first : later);
          expect(lines.join("").replaceAll(" ", "")).toBe(text.replaceAll(" ", ""));
          if (widthOf(text) <= first) expect(lines).toEqual([text]);
        },
      ),
    );
  });

  it("breaks at a space when it can", () => {
    expect(wrapText("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("aaaaaaaaaa", 4)).toEqual(["aaaa", "aaaa", "aa"]);
    expect(wrapText("株式会社", 5)).toEqual(["株式", "会社"]);
  });

  it("puts later lines of a block further in, within 80 columns", () => {
    const lines = block(`${"word ".repeat(30)}end`, 4, (t) => t, 2);
    expect(lines[0]?.startsWith("    word")).toBe(true);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {6}\S/);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(80);
  });
});

/**
 * A style that marks what it styles with control characters: the formatter escapes every such
 * character from a note, so any left in the text came from the style, and stripping them gives
 * the plain text back.
 */
const MARKED: Style = {
  bold: (t) => `\u0001B${t}\u0001b`,
  dim: (t) => `\u0001D${t}\u0001d`,
  red: (t) => `\u0001R${t}\u0001r`,
  yellow: (t) => `\u0001Y${t}\u0001y`,
};
// eslint-disable-next-line no-control-regex -- the markers are control characters
const MARK = /\u0001./g;

const NOW = new Date(2026, 10, 25, 12, 0);
const at = (day: number) => new Date(2026, 10, day, 9, 0).toISOString();

const nameArb = fc.oneof(
  wideText,
  hostileText(80),
  fc.constantFrom("", "Acme", "Ünïcödé Gesellschaft mit beschränkter Haftung".repeat(3)),
);

const itemArb: fc.Arbitrary<FollowUpItem> = fc.record(
  {
    path: nameArb.map((name) => `Interviews/${name}.md`),
    action: fc.constantFrom(...ACTION_IDS),
    state: fc.constantFrom("upcoming" as const, "due" as const, "overdue" as const),
    opens: fc.integer({ min: 1, max: 28 }).map(at),
    deadline: fc.option(fc.integer({ min: 1, max: 28 }).map(at)),
    organization: nameArb,
    position: nameArb,
    warning: nameArb,
    contact: nameArb,
  },
  { requiredKeys: ["path", "action", "state", "opens", "deadline", "organization", "position"] },
);

const followUpsArb: fc.Arbitrary<FollowUps> = fc.record({
  now: fc.constant(NOW.toISOString()),
  items: fc.array(itemArb, { maxLength: 8 }),
  problems: fc.array(fc.record({ path: nameArb, reason: nameArb }), { maxLength: 3 }),
});

function organization(name: string, rounds: number): OrganizationInsights {
  return {
    organization: name,
    rounds,
    latestStatus: "waiting",
    daysToAnswer: 10.5,
    interviews: [],
  };
}

const insightsArb: fc.Arbitrary<Insights> = fc
  .record({
    names: fc.array(nameArb, { maxLength: 6 }),
    counts: fc.array(fc.nat({ max: 100_000 }), {
      minLength: ALL_STATUSES.length + 1,
      maxLength: ALL_STATUSES.length + 1,
    }),
    happened: fc.nat({ max: 100_000 }),
  })
  .map(({ names, counts, happened }) => ({
    now: NOW.toISOString(),
    interviews: happened + 3,
    unreadable: counts[0] ?? 0,
    byStatus: Object.fromEntries(
      (["none", ...ALL_STATUSES] as const).map((status, i) => [status, counts[i] ?? 0]),
    ) as Insights["byStatus"],
    happened,
    heardBack: Math.floor(happened / 2),
    responseRate: happened === 0 ? null : 0.5,
    medianDaysToAnswer: happened === 0 ? null : 123.5,
    timedAnswers: happened,
    ghosted: counts[1] ?? 0,
    offers: Math.floor(happened / 3),
    organizations: names.map((name, i) => organization(name, i * 997)),
  }));

function expectFits(text: string): void {
  expect(text.endsWith("\n")).toBe(true);
  for (const line of text.slice(0, -1).split("\n"))
    expect(widthOf(line), line).toBeLessThanOrEqual(80);
}

describe("the due list and the insights in a terminal", () => {
  it("fit every line in 80 columns, whatever the names, paths and warnings", () => {
    fc.assert(
      fc.property(followUpsArb, (result) => {
        const plain = formatText(result);
        expectFits(plain);
        // One line per follow-up starts with "  - ": no note's text poses as another.
        const bullets = plain.split("\n").filter((line) => line.startsWith("  - ")).length;
        expect(bullets).toBe(result.items.length + result.problems.length);
        // Styling adds only its own marks, and the styled text is the plain text once removed.
        expect(formatText(result, MARKED).replace(MARK, "")).toBe(plain);
      }),
    );
    fc.assert(
      fc.property(insightsArb, (insights) => {
        const plain = formatInsights(insights);
        expectFits(plain);
        expect(formatInsights(insights, MARKED).replace(MARK, "")).toBe(plain);
      }),
    );
  });

  it("styles titles bold, overdue times red, paths dim and warnings yellow", () => {
    const out = formatText(
      {
        now: NOW.toISOString(),
        items: [
          {
            path: "Interviews/a.md",
            action: "thank-you",
            state: "overdue",
            opens: at(20),
            deadline: at(22),
            organization: "Acme\u0001R",
            position: "Dev",
            warning: "No contact email",
          },
        ],
        problems: [{ path: "Interviews/b.md", reason: "not a date" }],
      },
      MARKED,
    );
    expect(out).toContain("\u0001BInterview follow-ups as of");
    expect(out).toContain("\u0001BOverdue (1)\u0001b\n");
    expect(out).toContain("  - Send a thank-you note: Acme\\u0001R, Dev\n");
    // eslint-disable-next-line no-control-regex -- the markers are control characters
    expect(out).toMatch(/\n {4}\u0001Rwas due [^\n]+ overdue\)\u0001r\n/);
    expect(out).toContain("\n    \u0001DInterviews/a.md\u0001d\n");
    expect(out).toContain("\n    \u0001Y! No contact email\u0001y\n");
    expect(out).toContain("\u0001BCan't read (1)\u0001b\n");
    expect(out).toContain("\n    \u0001Ynot a date\u0001y\n");
  });

  it("leave out the sections with nothing in them, in both", () => {
    const due = formatText({
      now: NOW.toISOString(),
      items: [
        {
          path: "a.md",
          action: "research",
          state: "due",
          opens: at(24),
          deadline: null,
          organization: "",
          position: "",
        },
      ],
      problems: [],
    });
    expect(due).toContain("Due now (1)");
    expect(due).not.toMatch(/Overdue|Coming up|Can't read|nothing|none/);
    expect(due.split("\n").at(-2)).toBe("1 follow-up: 1 due now.");
    const empty: Insights = {
      now: NOW.toISOString(),
      interviews: 0,
      unreadable: 0,
      byStatus: Object.fromEntries(
        (["none", ...ALL_STATUSES] as const).map((s) => [s, 0]),
      ) as Insights["byStatus"],
      happened: 0,
      heardBack: 0,
      responseRate: null,
      medianDaysToAnswer: null,
      timedAnswers: 0,
      ghosted: 0,
      offers: 0,
      organizations: [],
    };
    const stats = formatInsights(empty);
    expect(stats).toContain("Interviews: 0, 0 held so far\n");
    expect(stats).not.toMatch(/By status|By organization|Interviewed|none/);
  });
});

describe("the insights' response rate", () => {
  /** The stats text of `heard` answers out of `held` interviews. */
  function rateLine(heard: number, held: number): string {
    const insights: Insights = {
      now: NOW.toISOString(),
      interviews: held,
      unreadable: 0,
      byStatus: Object.fromEntries(
        (["none", ...ALL_STATUSES] as const).map((s) => [s, s === "none" ? held : 0]),
      ) as Insights["byStatus"],
      happened: held,
      heardBack: heard,
      responseRate: held === 0 ? null : heard / held,
      medianDaysToAnswer: null,
      timedAnswers: 0,
      ghosted: 0,
      offers: 0,
      organizations: [],
    };
    return (
      formatInsights(insights)
        .split("\n")
        .find((l) => l.startsWith("Heard back")) ?? ""
    );
  }

  it("says 100% only when all heard back and 0% only when none did, as the funnel does", () => {
    expect(rateLine(199, 200)).toBe("Heard back: 199 of 200 (>99%)");
    expect(rateLine(1, 300)).toBe("Heard back: 1 of 300 (<1%)");
    expect(rateLine(200, 200)).toBe("Heard back: 200 of 200 (100%)");
    expect(rateLine(0, 200)).toBe("Heard back: 0 of 200 (0%)");
    expect(rateLine(0, 0)).toBe("Heard back: 0 of 0");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (held, n) => {
        const heard = n % (held + 1);
        const line = rateLine(heard, held);
        if (heard < held) expect(line).not.toContain("(100%)");
        if (heard > 0) expect(line).not.toContain("(0%)");
      }),
    );
  });
});
