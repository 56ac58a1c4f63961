import { describe, expect, it } from "vitest";
import {
  applyChanges,
  changedSince,
  dismiss,
  keyIn,
  localDateText,
  localDateTimeText,
  markDone,
  quickStatus,
  snooze,
  undismiss,
  unsnooze,
  writtenBy,
} from "../../src/domain/edits";
import { defaultSettings } from "../../src/domain/settings";
import { local } from "../support/domain";

const settings = defaultSettings();
const now = local(2026, 11, 25, 9, 5).getTime();

describe("planning changes", () => {
  it("marks each action done in its own property, and the others not at all", () => {
    expect(markDone("thank-you", {}, settings, now)).toEqual([
      { key: "thank_you_sent", value: "2026-11-25" },
    ]);
    expect(markDone("research", {}, settings, now)).toEqual([
      { key: "research_done", value: "2026-11-25" },
    ]);
    expect(markDone("follow-up", {}, settings, now)).toEqual([
      { key: "followed_up", value: "2026-11-25" },
    ]);
    expect(markDone("rejection-reply", {}, settings, now)).toEqual([
      { key: "rejection_replied", value: "2026-11-25" },
    ]);
    expect(markDone("offer-decision", {}, settings, now)).toEqual([]);
    expect(markDone("upcoming-interview", {}, settings, now)).toEqual([]);
  });

  it("writes local dates and date-times as Obsidian's properties hold them", () => {
    expect(localDateText(now)).toBe("2026-11-25");
    expect(localDateTimeText(now)).toBe("2026-11-25T09:05");
    expect(snooze({}, settings, local(2026, 12, 2, 18, 30).getTime())).toEqual([
      { key: "snoozed_until", value: "2026-12-02T18:30" },
    ]);
  });

  it("uses the note's own spelling of a property, else the name from settings", () => {
    expect(keyIn({ Thank_You_Sent: "" }, "thank_you_sent")).toBe("Thank_You_Sent");
    expect(keyIn({ thank_you_sent: "", Thank_You_Sent: "" }, "thank_you_sent")).toBe(
      "thank_you_sent",
    );
    expect(keyIn({ Thank_You_Sent: "", thank_you_sent: "" }, "thank_you_sent")).toBe(
      "thank_you_sent",
    );
    expect(keyIn({}, "thank_you_sent")).toBe("thank_you_sent");
    const custom = { ...settings, properties: { ...settings.properties, thankYouSent: "thanked" } };
    expect(markDone("thank-you", {}, custom, now)).toEqual([
      { key: "thanked", value: "2026-11-25" },
    ]);
  });

  it("dismisses into a list, keeping what is there, once", () => {
    expect(dismiss("research", {}, settings)).toEqual([{ key: "dismissed", value: ["research"] }]);
    expect(dismiss("research", { dismissed: "thank-you" }, settings)).toEqual([
      { key: "dismissed", value: ["thank-you", "research"] },
    ]);
    expect(dismiss("research", { dismissed: ["Research"] }, settings)).toEqual([]);
    expect(undismiss("research", { dismissed: ["thank-you", "research"] }, settings)).toEqual([
      { key: "dismissed", value: ["thank-you"] },
    ]);
    expect(undismiss("research", { dismissed: [] }, settings)).toEqual([]);
  });

  it("reads ids joined by commas one by one, as the reader does, and keeps the text", () => {
    const fm = { dismissed: "thank-you, Research" };
    expect(dismiss("research", fm, settings)).toEqual([]);
    expect(dismiss("follow-up", fm, settings)).toEqual([
      { key: "dismissed", value: ["thank-you, Research", "follow-up"] },
    ]);
    expect(undismiss("research", fm, settings)).toEqual([
      { key: "dismissed", value: ["thank-you"] },
    ]);
    expect(undismiss("research", { dismissed: "Research ,thank-you" }, settings)).toEqual([
      { key: "dismissed", value: ["thank-you"] },
    ]);
  });

  it("ends a snooze only when there is one", () => {
    expect(unsnooze({ snoozed_until: "2026-12-01" }, settings)).toEqual([
      { key: "snoozed_until", remove: true },
    ]);
    expect(unsnooze({}, settings)).toEqual([]);
  });

  it("plans the quick status actions", () => {
    expect(quickStatus("heard-back", {}, settings, now)).toEqual([
      { key: "last_heard", value: "2026-11-25" },
    ]);
    expect(quickStatus("rejected", { status: "waiting" }, settings, now)).toEqual([
      { key: "status", value: "rejected" },
      { key: "rejected_on", value: "2026-11-25" },
    ]);
    expect(quickStatus("offer", {}, settings, now)).toEqual([{ key: "status", value: "offer" }]);
    expect(quickStatus("accepted", {}, settings, now)).toEqual([
      { key: "status", value: "accepted" },
    ]);
    expect(quickStatus("declined", {}, settings, now)).toEqual([
      { key: "status", value: "declined" },
    ]);
  });
});

describe("applying and undoing", () => {
  it("sets in place, adds at the end, and undoes exactly", () => {
    const fm: Record<string, unknown> = { a: 1, status: "waiting", b: [1, 2] };
    const undo = applyChanges(fm, [
      { key: "status", value: "rejected" },
      { key: "rejected_on", value: "2026-11-25" },
    ]);
    expect(Object.entries(fm)).toEqual([
      ["a", 1],
      ["status", "rejected"],
      ["b", [1, 2]],
      ["rejected_on", "2026-11-25"],
    ]);
    applyChanges(fm, undo);
    expect(Object.entries(fm)).toEqual([
      ["a", 1],
      ["status", "waiting"],
      ["b", [1, 2]],
    ]);
  });

  it("removes a key and puts it back where it was", () => {
    const fm: Record<string, unknown> = { a: 0, snoozed_until: "2026-12-01", x: 1, y: [2] };
    const undo = applyChanges(fm, [{ key: "snoozed_until", remove: true }]);
    expect(Object.entries(fm)).toEqual([
      ["a", 0],
      ["x", 1],
      ["y", [2]],
    ]);
    applyChanges(fm, undo);
    expect(Object.entries(fm)).toEqual([
      ["a", 0],
      ["snoozed_until", "2026-12-01"],
      ["x", 1],
      ["y", [2]],
    ]);
  });

  it("leaves what it wrote writable and removable, as Obsidian's own code expects", () => {
    const fm: Record<string, unknown> = { status: "waiting" };
    const undo = applyChanges(fm, [
      { key: "status", value: "offer" },
      { key: "rejected_on", value: "2026-11-25" },
    ]);
    fm.status = "accepted";
    expect(fm.status).toBe("accepted");
    delete fm.rejected_on;
    expect(fm).toEqual({ status: "accepted" });
    applyChanges(fm, undo);
    expect(fm).toEqual({ status: "waiting" });
  });

  it("undoes twice in a row without error", () => {
    const fm: Record<string, unknown> = { a: 1 };
    const undo = applyChanges(fm, [{ key: "b", value: 2 }]);
    const redo = applyChanges(fm, undo);
    applyChanges(fm, redo);
    expect(fm).toEqual({ a: 1, b: 2 });
  });

  it("writes a key named __proto__ as a property, never as the prototype", () => {
    const fm: Record<string, unknown> = {};
    applyChanges(fm, [{ key: "__proto__", value: { polluted: true } }]);
    expect(Object.keys(fm)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(fm)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("what a write left, for its undo", () => {
  it("is each touched key's final value, or its removal", () => {
    const fm: Record<string, unknown> = { status: "waiting", snoozed_until: "2026-12-01T09:00" };
    const changes = [
      { key: "status", value: "offer" },
      { key: "status", value: "rejected" },
      { key: "snoozed_until", remove: true as const },
      { key: "rejected_on", value: "2026-11-25" },
    ];
    applyChanges(fm, changes);
    expect(writtenBy(fm, changes)).toEqual([
      { key: "status", value: "rejected" },
      { key: "snoozed_until", remove: true },
      { key: "rejected_on", value: "2026-11-25" },
    ]);
  });

  it("names the keys changed, removed, put back or edited in a list since, and no other", () => {
    const written = [
      { key: "status", value: "rejected" },
      { key: "snoozed_until", remove: true as const },
      { key: "dismissed", value: ["follow-up", "thank-you"] },
    ];
    const same = { other: 1, status: "rejected", dismissed: ["follow-up", "thank-you"] };
    expect(changedSince(same, written)).toEqual([]);
    expect(changedSince({ ...same, other: 2 }, written)).toEqual([]);
    expect(changedSince({ ...same, status: "offer" }, written)).toEqual(["status"]);
    expect(changedSince({ dismissed: same.dismissed }, written)).toEqual(["status"]);
    expect(changedSince({ ...same, snoozed_until: "2026-12-01" }, written)).toEqual([
      "snoozed_until",
    ]);
    expect(changedSince({ ...same, dismissed: ["follow-up"] }, written)).toEqual(["dismissed"]);
    expect(changedSince({ ...same, dismissed: ["thank-you", "follow-up"] }, written)).toEqual([
      "dismissed",
    ]);
    expect(changedSince({ ...same, dismissed: "follow-up, thank-you" }, written)).toEqual([
      "dismissed",
    ]);
    expect(changedSince({ ...same, status: ["rejected"] }, written)).toEqual(["status"]);
    expect(changedSince({ ...same, status: null, dismissed: {} }, written)).toEqual([
      "status",
      "dismissed",
    ]);
  });

  it("compares values as parsed YAML holds them: nested, dates, numbers", () => {
    const date = new Date("2026-11-25T00:00:00Z");
    const written = [
      { key: "a", value: { x: [1, { y: "z" }] } },
      { key: "d", value: date },
      { key: "n", value: 1 },
    ];
    expect(changedSince({ a: { x: [1, { y: "z" }] }, d: new Date(date), n: 1 }, written)).toEqual(
      [],
    );
    expect(changedSince({ a: { x: [1, { y: "w" }] }, d: date, n: 1 }, written)).toEqual(["a"]);
    expect(changedSince({ a: { x: [1, { y: "z" }], more: 1 }, d: date, n: 1 }, written)).toEqual([
      "a",
    ]);
    expect(changedSince({ a: { x: [1, { y: "z" }] }, d: new Date(0), n: "1" }, written)).toEqual([
      "d",
      "n",
    ]);
    expect(changedSince({ a: { 0: 1 }, d: date, n: 1 }, [{ key: "a", value: [1] }])).toEqual(["a"]);
  });

  it("reads a written __proto__ key as the note's own property", () => {
    const fm: Record<string, unknown> = {};
    const changes = [{ key: "__proto__", value: "x" }];
    applyChanges(fm, changes);
    const written = writtenBy(fm, changes);
    expect(changedSince(fm, written)).toEqual([]);
    expect(changedSince({}, written)).toEqual(["__proto__"]);
  });
});
