// Writes from the sidebar in obsidian-test-mocks: each one writes exactly its property, the
// body stays byte for byte, the other properties keep their values and order, and Undo puts
// everything back.
import { TFile } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import {
  captureMenus,
  captureNoticeElements,
  clickMenuItem,
  createPlugin,
  loadPlugin,
  menuTitles,
  openViews,
} from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const PATH = "Interviews/acme.md";

/** A body that a careless write would damage: rules, a code fence, trailing spaces, no final newline. */
const BODY =
  "# Acme\n\nNotes --- with a rule\n\n---\n\n```yaml\n---\nkey: value\n---\n```\ntrailing   \nlast line";

function noteText(properties: string): string {
  return `---\n${properties}\n---\n${BODY}`;
}

const PROPERTIES = [
  "type: interview",
  "organization: Acme Corp",
  'position: "Senior: Engineer #1"',
  "date: 2026-11-24T09:00",
  "email: jane@acme.example",
  "status: interviewed",
  "tags:",
  "  - job",
  "  - interview/onsite",
  "custom_field: keep me",
].join("\n");

let notices: HTMLElement[];
let menus: ReturnType<typeof captureMenus>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  notices = captureNoticeElements();
  menus = captureMenus();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function setUp(properties = PROPERTIES, data: unknown = null) {
  const harness = createPlugin({ [PATH]: noteText(properties) }, data);
  await loadPlugin(harness);
  await harness.plugin.openFollowUps();
  const [view] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
  if (view === undefined) throw new Error("the view did not open");
  const file = harness.app.vault.getFileByPath(PATH);
  if (!(file instanceof TFile)) throw new Error("missing note");
  const read = () => harness.app.vault.read(file);
  return { ...harness, view, read };
}

function split(text: string): { properties: Record<string, unknown>; body: string } {
  const block = findFrontmatter(text);
  if (block === null) throw new Error("no frontmatter");
  return {
    properties: parse(block.yaml) as Record<string, unknown>,
    body: text.slice(block.bodyStart),
  };
}

/** Checks that only `changed` keys differ (new ones at the end) and that the body is intact. */
function expectOnly(before: string, after: string, changed: Record<string, unknown>): void {
  const a = split(before);
  const b = split(after);
  expect(b.body).toBe(a.body);
  const kept = Object.keys(a.properties);
  const added = Object.keys(changed).filter((key) => !kept.includes(key));
  expect(Object.keys(b.properties)).toEqual([...kept, ...added]);
  for (const key of kept)
    if (!(key in changed)) expect(b.properties[key]).toEqual(a.properties[key]);
  for (const [key, value] of Object.entries(changed)) expect(b.properties[key]).toEqual(value);
}

async function undo(): Promise<void> {
  const notice = notices.at(-1);
  const button = [...(notice?.querySelectorAll("button") ?? [])].find(
    (b) => b.textContent === "Undo",
  );
  if (button === undefined) throw new Error("no Undo button on the last notice");
  button.click();
  await vi.waitFor(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const rowOf = (view: FollowUpsView, action: string) =>
  view.contentEl.querySelector<HTMLElement>(`[data-path="${PATH}"][data-action="${action}"]`);

async function openMenu(view: FollowUpsView, action: string) {
  rowOf(view, action)
    ?.querySelector<HTMLElement>(".interview-follow-up-item-more")
    ?.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
  const menu = menus.at(-1);
  if (menu === undefined) throw new Error("no menu");
  return menu;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

describe("mark as done", () => {
  it("writes today's date into thank_you_sent from the row's one-click button, and Undo removes it", async () => {
    const { view, read } = await setUp();
    const before = await read();
    rowOf(view, "thank-you")?.querySelector<HTMLElement>(".interview-follow-up-item-done")?.click();
    await settle();
    const after = await read();
    expectOnly(before, after, { thank_you_sent: "2026-11-25" });
    expect(rowOf(view, "thank-you")).toBeNull();
    expect(notices.at(-1)?.textContent).toContain("Marked done: Send a thank-you note.");
    await undo();
    expectOnly(before, await read(), {});
    expect(split(await read()).properties).toEqual(split(before).properties);
  });

  it.each([
    ["research", "date: 2026-11-20T09:00", { research_done: "2026-11-25" }],
    [
      "follow-up",
      "date: 2026-11-01T09:00\nthank_you_sent: yes\nresearch_done: yes",
      { followed_up: "2026-11-25" },
    ],
    [
      "rejection-reply",
      "date: 2026-11-20T09:00\nstatus: rejected",
      { rejection_replied: "2026-11-25" },
    ],
  ])("writes only its property for %s (from the menu)", async (action, extra, changed) => {
    const properties = PROPERTIES.replace("date: 2026-11-24T09:00", extra).replace(
      "status: interviewed",
      extra.includes("status") ? "" : "status: interviewed",
    );
    const { view, read } = await setUp(properties.replace(/\n\n/g, "\n"));
    const before = await read();
    clickMenuItem(await openMenu(view, action), "Mark as done");
    await settle();
    expectOnly(before, await read(), changed);
    await undo();
    expect(split(await read()).body).toBe(BODY);
    expect(split(await read()).properties).toEqual(split(before).properties);
  });

  it("for a nudge, adds today's date to followed_up, a single date becoming a list", async () => {
    const properties = `${PROPERTIES.replace("date: 2026-11-24T09:00", "date: 2026-10-01T09:00")}\nthank_you_sent: yes\nresearch_done: yes\nfollowed_up: 2026-10-20`;
    const { view, read } = await setUp(properties, { maxNudges: 3, nudgeGapDays: 14 });
    const before = await read();
    clickMenuItem(await openMenu(view, "follow-up"), "Mark as done");
    await settle();
    expectOnly(before, await read(), { followed_up: ["2026-10-20", "2026-11-25"] });
    await undo();
    expect(split(await read()).properties.followed_up).toBe("2026-10-20");
  });
});

describe("round 2's writes", () => {
  const PANEL = PROPERTIES.replace(
    "email: jane@acme.example",
    'contact:\n  - Jane Doe\n  - "Bob Roe <bob@acme.example>"\nemail:\n  - jane@acme.example',
  );
  const doneOf = (view: FollowUpsView, who: string) =>
    [...view.contentEl.querySelectorAll<HTMLElement>(`[data-action="thank-you"]`)]
      .find((row) => row.getAttribute("aria-label")?.includes(who))
      ?.querySelector<HTMLElement>(".interview-follow-up-item-done");

  it("thanks one interviewer of a panel: their name into thanked; the last also writes thank_you_sent", async () => {
    const { view, read } = await setUp(PANEL);
    expect(view.contentEl.querySelectorAll('[data-action="thank-you"]')).toHaveLength(2);
    const before = await read();
    doneOf(view, "Bob Roe")?.click();
    await settle();
    expectOnly(before, await read(), { thanked: ["Bob Roe"] });
    expect(notices.at(-1)?.textContent).toContain("Marked done: Send a thank-you note to Bob Roe.");
    expect(view.contentEl.querySelectorAll('[data-action="thank-you"]')).toHaveLength(1);
    await undo();
    expect(split(await read()).properties).toEqual(split(before).properties);
    expect(split(await read()).body).toBe(BODY);
    doneOf(view, "Bob Roe")?.click();
    await settle();
    doneOf(view, "Jane Doe")?.click();
    await settle();
    expectOnly(before, await read(), {
      thanked: ["Bob Roe", "Jane Doe"],
      thank_you_sent: "2026-11-25",
    });
  });

  it.each([
    [
      "reconnect",
      "date: 2026-06-01T09:00\nstatus: rejected\nrejection_replied: 2026-08-01",
      "Mark as done",
      { reconnected: "2026-11-25" },
    ],
    [
      "no-response",
      "date: 2026-10-01T09:00\nthank_you_sent: yes\nresearch_done: yes\nfollowed_up: [2026-10-20, 2026-10-27]",
      "Close as ghosted",
      { status: "ghosted" },
    ],
  ])(
    "%s writes only what it says, and Undo puts it back",
    async (action, extra, title, changed) => {
      const properties = PROPERTIES.replace("date: 2026-11-24T09:00", extra).replace(
        "status: interviewed",
        extra.includes("status") ? "" : "status: interviewed",
      );
      const { view, read } = await setUp(properties.replace(/\n\n/g, "\n"));
      const before = await read();
      clickMenuItem(await openMenu(view, action), title);
      await settle();
      expectOnly(before, await read(), changed);
      await undo();
      expect(split(await read()).body).toBe(BODY);
      expect(split(await read()).properties).toEqual(split(before).properties);
    },
  );
});

describe("snooze and dismiss", () => {
  it.each([
    ["Snooze for 1 day", 1],
    ["Snooze for 3 days", 3],
    ["Snooze for 1 week", 7],
  ])("%s writes snoozed_until as a local date-time and hides the note", async (title, days) => {
    const { view, read } = await setUp();
    const before = await read();
    clickMenuItem(await openMenu(view, "thank-you"), title);
    await settle();
    const until = new Date(NOW);
    until.setDate(until.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, "0");
    const expected = `${until.getFullYear()}-${pad(until.getMonth() + 1)}-${pad(until.getDate())}T${pad(until.getHours())}:${pad(until.getMinutes())}`;
    expectOnly(before, await read(), { snoozed_until: expected });
    expect(view.contentEl.querySelectorAll(`[data-path="${PATH}"][data-action]`)).toHaveLength(0);
    await undo();
    expect(split(await read()).properties).toEqual(split(before).properties);
  });

  it("adds the action to dismissed, turning a lone string into a list", async () => {
    const { view, read } = await setUp(`${PROPERTIES}\ndismissed: follow-up`);
    const before = await read();
    clickMenuItem(await openMenu(view, "thank-you"), "Dismiss");
    await settle();
    expectOnly(before, await read(), { dismissed: ["follow-up", "thank-you"] });
    await undo();
    expect(split(await read()).properties.dismissed).toBe("follow-up");
  });

  it("brings a dismissed follow-up and a snoozed note back from the collapsed section", async () => {
    const { view, read } = await setUp(
      `${PROPERTIES}\ndismissed: [thank-you]\nsnoozed_until: 2026-12-24T09:00`,
    );
    const before = await read();
    view.contentEl.querySelector<HTMLElement>(".interview-follow-up-section-toggle")?.click();
    flushSync();
    view.contentEl
      .querySelector<HTMLElement>('[data-kind="snoozed"] .interview-follow-up-restore')
      ?.click();
    await settle();
    const afterSnooze = split(await read()).properties;
    expect("snoozed_until" in afterSnooze).toBe(false);
    expect(afterSnooze.dismissed).toEqual(["thank-you"]);
    expect(split(await read()).body).toBe(split(before).body);
    view.contentEl
      .querySelector<HTMLElement>('[data-kind="dismissed"] .interview-follow-up-restore')
      ?.click();
    await settle();
    expect(split(await read()).properties.dismissed).toEqual([]);
    expect(rowOf(view, "thank-you")).not.toBeNull();
  });
});

describe("quick status actions", () => {
  it.each([
    ["Heard back", { last_heard: "2026-11-25" }],
    ["Rejected", { status: "rejected", rejected_on: "2026-11-25" }],
    ["Got an offer", { status: "offer" }],
  ])("%s writes exactly its properties", async (title, changed) => {
    const { view, read } = await setUp();
    const before = await read();
    clickMenuItem(await openMenu(view, "thank-you"), title);
    await settle();
    expectOnly(before, await read(), changed);
    await undo();
    expect(split(await read()).properties).toEqual(split(before).properties);
    expect(split(await read()).body).toBe(BODY);
  });

  it("answers an offer with Accepted or Declined instead of Mark as done", async () => {
    const { view, read } = await setUp(PROPERTIES.replace("status: interviewed", "status: offer"));
    const menu = await openMenu(view, "offer-decision");
    expect(menuTitles(menu)).toContain("Accepted");
    expect(menuTitles(menu)).toContain("Declined");
    expect(menuTitles(menu)).not.toContain("Mark as done");
    const before = await read();
    clickMenuItem(menu, "Declined");
    await settle();
    expectOnly(before, await read(), { status: "declined" });
    expect(rowOf(view, "offer-decision")).toBeNull();
  });

  it("offers only Open for an upcoming interview", async () => {
    // Scheduled: an interview coming up is listed only while its status says it has not happened.
    const { view } = await setUp(
      PROPERTIES.replace("date: 2026-11-24T09:00", "date: 2026-11-30T09:00").replace(
        "status: interviewed",
        "status: scheduled",
      ),
    );
    const row = rowOf(view, "upcoming-interview");
    expect(row).toBeInstanceOf(HTMLElement);
    expect(row?.querySelector(".interview-follow-up-item-more")).toBeNull();
    row?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    expect(menus).toHaveLength(0);
  });

  it("uses the note's own spelling of a property written in another case", async () => {
    const { view, read } = await setUp(
      PROPERTIES.replace("status: interviewed", "Status: interviewed"),
    );
    const before = await read();
    clickMenuItem(await openMenu(view, "thank-you"), "Got an offer");
    await settle();
    expectOnly(before, await read(), { Status: "offer" });
  });
});
