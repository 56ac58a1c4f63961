// The due list as text, shared by the Node command line and Obsidian's: its sections, lines and
// summary, local times, and the escaping that keeps a note's text from driving a terminal.
import { describe, expect, it } from "vitest";
import { escapeLineBreaks, formatLocal, formatText, terminalSafe } from "../../src/domain/dueText";
import type { FollowUpItem, FollowUps } from "../../src/domain/types";

/** What terminalSafe must escape, from its spec: written out here, not taken from the code. */
function unsafe(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

describe("terminalSafe", () => {
  it("escapes exactly the controls, direction marks and line separators, and nothing else", () => {
    for (let code = 0; code <= 0x3000; code++) {
      const c = String.fromCharCode(code);
      const out = terminalSafe(`a${c}b`);
      if (!unsafe(code)) {
        expect(out, code.toString(16)).toBe(`a${c}b`);
        continue;
      }
      const expected =
        c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${code.toString(16).padStart(4, "0")}`;
      expect(out, code.toString(16)).toBe(`a${expected}b`);
    }
  });

  it("leaves JSON parsing to the same strings", () => {
    const text = "x\u001b[2J\r\n\t\u202eevil\u2028\u0000\u009b";
    const json = JSON.stringify({ text }, null, 2);
    expect(JSON.parse(terminalSafe(json))).toEqual({ text });
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(terminalSafe(json)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e\u2028]/);
  });

  it("escapes a line break only where asked to", () => {
    expect(escapeLineBreaks("a\nb\n")).toBe("a\\nb\\n");
    expect(escapeLineBreaks("a\rb")).toBe("a\rb");
    expect(terminalSafe("a\nb")).toBe("a\nb");
  });
});

describe("formatLocal", () => {
  it("writes local time the same way on every machine", () => {
    expect(formatLocal(new Date(2026, 10, 21, 14, 0))).toBe("Sat 21 Nov 2026 14:00");
    expect(formatLocal(new Date(2027, 0, 3, 9, 5))).toBe("Sun 3 Jan 2027 09:05");
    expect(formatLocal(new Date(2026, 11, 31, 0, 0))).toBe("Thu 31 Dec 2026 00:00");
  });
});

const NOW = new Date(2026, 10, 25, 12, 0);
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 10, day, hour, minute).toISOString();

function item(
  fields: Partial<FollowUpItem> & Pick<FollowUpItem, "action" | "state">,
): FollowUpItem {
  return {
    path: "Interviews/n.md",
    opens: at(24, 10),
    deadline: null,
    organization: "Acme",
    position: "Dev",
    ...fields,
  };
}

function text(items: FollowUpItem[], problems: FollowUps["problems"] = []): string {
  return formatText({ now: NOW.toISOString(), items, problems });
}

describe("formatText", () => {
  it("says there is nothing when nothing is due, leaving the empty sections out", () => {
    expect(text([])).toBe(
      ["Interview follow-ups as of Wed 25 Nov 2026 12:00", "", "Nothing to follow up.", ""].join(
        "\n",
      ),
    );
  });

  it("words each kind of item, in its section, with a summary", () => {
    const out = text([
      item({ action: "thank-you", state: "overdue", deadline: at(25, 10), contact: "Jo" }),
      item({
        action: "research",
        state: "due",
        deadline: at(27, 12),
        organization: "",
        position: "",
      }),
      item({ action: "offer-decision", state: "due", deadline: null, warning: "no\ndeadline" }),
      item({ action: "no-response", state: "due", deadline: at(26, 12) }),
      item({ action: "follow-up", state: "upcoming", opens: at(28, 9) }),
      item({ action: "upcoming-interview", state: "upcoming", opens: at(26, 15, 30) }),
    ]);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Interview follow-ups as of Wed 25 Nov 2026 12:00");
    expect(out).toContain(
      "Overdue (1)\n  - Send a thank-you note to Jo: Acme, Dev\n    was due Wed 25 Nov 2026 10:00 (2 hours overdue)\n    Interviews/n.md\n",
    );
    expect(out).toContain(
      "Due now (3)\n  - Research and reflect\n    due by Fri 27 Nov 2026 12:00 (due in 2 days)\n    Interviews/n.md\n",
    );
    expect(out).toContain(
      "  - Decide on the offer: Acme, Dev\n    no deadline\n    Interviews/n.md\n    ! no\\ndeadline\n",
    );
    expect(out).toContain("  - No answer: close as ghosted? Acme, Dev\n");
    // Coming up by when each opens: the interview first, though listed last.
    expect(out).toContain(
      "Coming up (2)\n  - Interview coming up: Acme, Dev\n    on Thu 26 Nov 2026 15:30 (in 1 day)\n    Interviews/n.md\n  - Send a polite follow-up: Acme, Dev\n    opens Sat 28 Nov 2026 09:00 (in 2 days)\n    Interviews/n.md\n",
    );
    expect(lines.at(-2)).toBe("6 follow-ups: 1 overdue, 3 due now, 2 coming up.");
    expect(out.endsWith("\n")).toBe(true);
  });

  it("orders items coming up at the same moment by the timeline", () => {
    const out = text([
      item({ action: "follow-up", state: "upcoming", opens: at(28, 9), path: "b.md" }),
      item({ action: "research", state: "upcoming", opens: at(28, 9), path: "a.md" }),
    ]);
    expect(out.indexOf("    a.md\n")).toBeGreaterThan(0);
    expect(out.indexOf("    a.md\n")).toBeLessThan(out.indexOf("    b.md\n"));
  });

  it("lists what it cannot read, and counts one of each in the singular", () => {
    const out = text(
      [item({ action: "thank-you", state: "due", deadline: at(26, 10) })],
      [{ path: "Interviews/bad\n.md", reason: "date is\nodd" }],
    );
    expect(out).toContain("Can't read (1)\n  - Interviews/bad\\n.md\n    date is\\nodd\n");
    expect(out.split("\n").at(-2)).toBe("1 follow-up: 1 due now. 1 note can't be read.");
    const two = text(
      [],
      [
        { path: "a.md", reason: "x" },
        { path: "b.md", reason: "y" },
      ],
    );
    expect(two.split("\n").at(-2)).toBe("Nothing to follow up. 2 notes can't be read.");
  });

  it("keeps a note's line breaks on one line: no fake line can appear", () => {
    const out = text([
      item({
        action: "thank-you",
        state: "due",
        deadline: at(26, 10),
        organization: "Acme\n  - Fake item",
        position: "Dev\nx",
        contact: "Jo\nDoe",
        path: "In\nterviews.md",
      }),
    ]);
    expect(out).toContain("to Jo\\nDoe: Acme\\n  - Fake item, Dev\\nx");
    expect(out).toContain("\n    In\\nterviews.md\n");
    expect(out.split("\n").filter((line) => line.startsWith("  - "))).toHaveLength(1);
  });
});
