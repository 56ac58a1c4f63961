// The date and time an obsidian:// link gives the create form, when the link's time carries a
// time-zone offset (a calendar or a script writes "…Z" or "+01:00"). The spec: all times are
// local unless a value carries an offset, which is kept. The form asks for local time, so it
// shows that same moment in local time, not the link's clock reading with its zone dropped.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prefillFromLink } from "../../src/domain/newNote";
import { inTimeZone } from "../support/domain";

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date and time of a moment, to the minute, by the Date API alone. */
function localParts(ms: number): { date: string; time: string } {
  const d = new Date(ms);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** A moment written with the given offset in minutes east of UTC, as `YYYY-MM-DDTHH:mm±hh:mm`. */
function withOffset(ms: number, offset: number): string {
  const shifted = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const zone =
    offset === 0
      ? "Z"
      : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${shifted.toISOString().slice(0, 16)}${zone}`;
}

describe("a link's time with an offset", () => {
  inTimeZone("Europe/Berlin");

  it("fills the form with the same moment in local time", () => {
    expect(prefillFromLink({ date: "2026-11-20T13:00Z" }, 0)).toMatchObject({
      date: "2026-11-20",
      time: "14:00",
    });
    expect(prefillFromLink({ date: "2026-11-20T23:30:00-05:00" }, 0)).toMatchObject({
      date: "2026-11-21",
      time: "05:30",
    });
  });

  it("is the same moment for any time and offset", () => {
    const minute = 60_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / minute, max: Date.UTC(2099, 0, 1) / minute }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        (minutes, offset) => {
          const ms = minutes * minute;
          expect(prefillFromLink({ date: withOffset(ms, offset) }, 0)).toMatchObject(
            localParts(ms),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves a time without an offset, and a date alone, as written", () => {
    expect(prefillFromLink({ date: "2026-03-29T02:30" }, 0)).toMatchObject({
      date: "2026-03-29",
      time: "02:30",
    });
    expect(prefillFromLink({ date: "2026-11-20" }, 0)).toMatchObject({
      date: "2026-11-20",
      time: "",
    });
  });
});
