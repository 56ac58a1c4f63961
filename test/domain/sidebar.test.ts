import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNote } from "../../src/domain/interview";
import { relativeDue } from "../../src/domain/labels";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { type SidebarItem, itemMoment, itemWhen, warningHeadline } from "../../src/domain/sidebar";
import { DAY, HOUR, local, settingsWith } from "../support/domain";

const settings = settingsWith();
const model = (notes: Record<string, Record<string, unknown>>, now: Date, s = settings) =>
  buildSidebarModel(
    Object.entries(notes).flatMap(([path, fm]) => readNote(path, fm, s) ?? []),
    s,
    now.getTime(),
    true,
  );
const keys = (m: ReturnType<typeof model>, state: string) =>
  m.sections.find((s) => s.state === state)?.items.map((i) => `${i.path} ${i.action}`) ?? [];

describe("the horizon", () => {
  const now = local(2026, 11, 25, 12, 0);
  // research opens one day after T: put T so that it opens exactly at the horizon's end
  const atEdge = { date: "2026-12-01T12:00", email: "a@x.example" };

  it("includes what opens exactly horizonDays calendar days from now, and nothing later", () => {
    const m = model({ "Interviews/a.md": atEdge }, now);
    expect(keys(m, "upcoming")).toContain("Interviews/a.md research");
    const later = model({ "Interviews/a.md": { ...atEdge, date: "2026-12-01T12:01" } }, now);
    expect(keys(later, "upcoming")).not.toContain("Interviews/a.md research");
  });

  it("follows the horizon setting, and 0 shows nothing coming up", () => {
    const m = model({ "Interviews/a.md": atEdge }, now, settingsWith({ horizonDays: 0 }));
    expect(keys(m, "upcoming")).toEqual([]);
    const wide = model({ "Interviews/a.md": atEdge }, now, settingsWith({ horizonDays: 30 }));
    expect(keys(wide, "upcoming")).toHaveLength(4);
  });

  it("never limits overdue or due items", () => {
    const m = model({ "Interviews/a.md": { date: "2025-01-01T10:00" } }, now);
    expect(keys(m, "overdue")).toHaveLength(3);
  });
});

describe("the order of coming-up items", () => {
  it("is by when each opens, then the timeline's order", () => {
    const now = local(2026, 11, 25, 12, 0);
    const m = model(
      {
        "Interviews/b.md": { date: "2026-11-26T09:00", email: "b@x.example" },
        "Interviews/a.md": { date: "2026-11-28T09:00", email: "a@x.example" },
      },
      now,
    );
    expect(keys(m, "upcoming")).toEqual([
      "Interviews/b.md upcoming-interview",
      "Interviews/b.md thank-you",
      "Interviews/b.md research",
      "Interviews/a.md upcoming-interview",
      "Interviews/a.md thank-you",
      "Interviews/a.md research",
    ]);
  });
});

describe("the pipeline", () => {
  it("counts each organization and position once, by its latest round", () => {
    const now = local(2026, 11, 25, 12, 0);
    const m = model(
      {
        "Interviews/r1.md": {
          organization: "Acme",
          position: "Dev",
          date: "2026-11-01",
          status: "interviewed",
        },
        "Interviews/r2.md": {
          organization: "acme",
          position: "dev",
          date: "2026-11-10",
          status: "offer",
        },
        "Interviews/x.md": { organization: "X", date: "2026-11-10" },
        "Interviews/bad.md": { organization: "Bad", date: "soon" },
      },
      now,
    );
    expect(m.pipeline).toEqual([
      { status: "none", label: "No status", count: 1 },
      { status: "offer", label: "Offer", count: 1 },
    ]);
    expect(m.problems).toHaveLength(1);
  });
});

describe("relative times", () => {
  const now = 1_000 * DAY;
  it.each([
    ["upcoming", now + 30_000, null, "in less than a minute"],
    ["upcoming", now + 60_000, null, "in 1 minute"],
    ["upcoming", now + 59 * 60_000, null, "in 59 minutes"],
    ["upcoming", now + 3 * HOUR, null, "in 3 hours"],
    ["upcoming", now + 25 * HOUR, null, "in 1 day"],
    ["upcoming", now + 50 * HOUR, null, "in 2 days"],
    ["due", now - HOUR, now + 5 * HOUR, "due in 5 hours"],
    ["due", now - HOUR, null, "now"],
    ["overdue", now - 5 * DAY, now - 2 * DAY - HOUR, "2 days overdue"],
    ["overdue", now - 5 * DAY, now - HOUR, "1 hour overdue"],
  ] as const)("%s opens %d deadline %j → %j", (state, opens, deadline, text) => {
    expect(relativeDue(state, opens, deadline, now)).toBe(text);
  });
});

describe("an item's time", () => {
  const now = local(2026, 11, 25, 12, 0).getTime();
  const base: SidebarItem = {
    path: "Interviews/a.md",
    action: "research",
    state: "due",
    label: "Research",
    contact: null,
    organization: "Acme",
    position: "",
    warning: null,
    opens: now - DAY,
    deadline: now + 2 * DAY,
  };

  it("speaks of the opening while coming up, of the deadline once open", () => {
    const upcoming = { ...base, state: "upcoming" as const, opens: now + 3 * HOUR };
    expect(itemMoment(upcoming, now)).toBe(now + 3 * HOUR);
    expect(itemWhen(upcoming, now)).toBe("in 3 hours");
    expect(itemMoment(base, now)).toBe(now + 2 * DAY);
    expect(itemWhen(base, now)).toBe("due in 2 days");
    const overdue = { ...base, state: "overdue" as const, deadline: now - DAY };
    expect(itemMoment(overdue, now)).toBe(now - DAY);
    expect(itemWhen(overdue, now)).toBe("1 day overdue");
  });

  it("is now for an item without a deadline, and for one that opens whenever asked", () => {
    const open = { ...base, deadline: null };
    expect(itemMoment(open, now)).toBe(now - DAY);
    expect(itemWhen(open, now)).toBe("now");
    const whenever = { ...base, action: "offer-decision" as const, opens: null, deadline: null };
    expect(itemMoment(whenever, now)).toBe(now);
    expect(itemWhen(whenever, now)).toBe("now");
    // Coming up with no fixed opening cannot happen; were it to, it reads as now.
    expect(itemMoment({ ...whenever, state: "upcoming" }, now)).toBe(now);
    expect(itemWhen({ ...whenever, state: "upcoming" }, now)).toBe("in less than a minute");
  });
});

describe("a warning's headline, what a row shows of it", () => {
  /** The warnings the reader writes for a note with this email and contact. */
  const warningsOf = (email: unknown, contact: unknown) => {
    const m = model(
      { "Interviews/a.md": { date: "2026-11-25T09:00", organization: "Acme", email, contact } },
      local(2026, 11, 25, 12, 0),
    );
    return m.sections.flatMap((s) => s.items.flatMap((i) => (i.warning ? [i.warning] : [])));
  };
  /** Unescaped double quotes: an even number means no quoted value was cut in two. */
  const quotes = (text: string) => text.replace(/\\./g, "").split('"').length - 1;

  it("is what is wrong, before the colon; the rest says what to do", () => {
    expect(warningHeadline('No contact email: add "email" to send the thank-you.')).toBe(
      "No contact email",
    );
    expect(warningHeadline('No email for "Ann": add it to "email" as in "contact".')).toBe(
      'No email for "Ann"',
    );
    expect(warningHeadline("Plain sentence.")).toBe("Plain sentence.");
    expect(warningHeadline(": starts with a colon")).toBe(": starts with a colon");
    expect(warningHeadline("")).toBe("");
  });

  it("does not end inside a quoted value, whatever the value holds", () => {
    expect(warningHeadline('No email for "A: b": add it.')).toBe('No email for "A: b"');
    expect(warningHeadline('No email for "A\\": b": add it.')).toBe('No email for "A\\": b"');
    expect(warningHeadline('"email" "x: y" does not look like an email address.')).toBe(
      '"email" "x: y" does not look like an email address.',
    );
  });

  it("is a whole start of every warning the reader writes, for any email and contact", () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("", "a: b", 'x": y', "[[Ann: lead]]", "Ann <a@x.example>", '\\: "'),
    );
    let seen = 0;
    fc.assert(
      fc.property(value, value, (email, contact) => {
        for (const warning of warningsOf(email, contact)) {
          seen++;
          const head = warningHeadline(warning);
          expect(head.length).toBeGreaterThan(0);
          expect(warning.startsWith(head)).toBe(true);
          expect(quotes(head) % 2).toBe(0);
          if (head !== warning) expect(warning.slice(head.length)).toMatch(/^: /);
        }
      }),
      { numRuns: 200 },
    );
    expect(seen).toBeGreaterThan(0);
  });
});
