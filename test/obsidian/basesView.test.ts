// The "Interview pipeline" Bases view in obsidian-test-mocks (the Base's query run by
// support/bases.ts): columns per status, a card per note the Base gives, the next follow-up as
// the sidebar words it, the sidebar's actions, the Base's filters, sort and groups, live updates,
// and an app without Bases views.
import { readFileSync } from "node:fs";
import { flushSync } from "svelte";
import { parse } from "yaml";
import { BasesEntry } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { STATE_LABELS } from "../../src/domain/labels";
import { itemWhen } from "../../src/domain/sidebar";
import { CARDS_PER_PAGE, FIRST_DRAW } from "../../src/domain/pipelineBoard";
import { PIPELINE_VIEW_NAME, PIPELINE_VIEW_TYPE } from "../../src/obsidian/basesPipelineView";
import type { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { type OpenBase, basesRegistration, openBase } from "../support/bases";
import {
  type Harness,
  captureMenus,
  createPlugin,
  loadPlugin,
  menuTitles,
  readVaultFolder,
} from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");
const SAMPLE = parse(readFileSync("examples/vault/Interviews.base", "utf8")) as {
  filters: unknown;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function loaded(files: Record<string, string>): Promise<Harness> {
  const harness = createPlugin(files);
  await loadPlugin(harness);
  return harness;
}

function indexOf(harness: Harness): FollowUpIndex {
  return (harness.plugin as unknown as { index: FollowUpIndex }).index;
}

/** Each column's label and the paths of its cards, in order. */
function columns(base: OpenBase): [string, string[]][] {
  flushSync();
  return [
    ...base.containerEl.querySelectorAll<HTMLElement>(".interview-follow-up-board-column"),
  ].map((column) => [
    column.dataset.status ?? "?",
    [...column.querySelectorAll<HTMLElement>(".interview-follow-up-card")].map(
      (card) => card.dataset.path ?? "",
    ),
  ]);
}

function card(base: OpenBase, path: string): HTMLElement {
  flushSync();
  const found = [
    ...base.containerEl.querySelectorAll<HTMLElement>(".interview-follow-up-card"),
  ].find((each) => each.dataset.path === path);
  if (found === undefined) throw new Error(`no card for ${path}`);
  return found;
}

const text = (el: Element, selector: string) =>
  el.querySelector(selector)?.textContent?.trim() ?? "";

const ACME = "Interviews/2026-11-24 Acme Corp - Senior Engineer.md";
const note = (fm: string) => `---\n${fm}\n---\nBody.\n`;

describe("registration", () => {
  it("registers the Interview pipeline view type with Bases", async () => {
    const harness = await loaded({});
    const registration = basesRegistration(harness, PIPELINE_VIEW_TYPE);
    expect(registration.name).toBe(PIPELINE_VIEW_NAME);
    expect(registration.icon).toBeTruthy();
  });

  it("registers nothing on an app without Bases views, and the plugin still works", async () => {
    const harness = createPlugin(readVaultFolder("examples/vault"));
    Object.defineProperty(harness.plugin, "registerBasesView", { value: undefined });
    await loadPlugin(harness);
    const registrations = (
      harness.plugin as unknown as { basesViewRegistrations__: Map<string, unknown> }
    ).basesViewRegistrations__;
    expect(registrations.size).toBe(0);
    expect(harness.plugin.api.followUps(NOW).items.length).toBeGreaterThan(10);
  });

  it("loads when Bases is turned off in the vault (registerBasesView says false)", async () => {
    const harness = createPlugin({});
    const register = vi.fn(() => false);
    Object.defineProperty(harness.plugin, "registerBasesView", { value: register });
    await loadPlugin(harness);
    expect(register).toHaveBeenCalledWith(PIPELINE_VIEW_TYPE, expect.anything());
  });
});

describe("the sample vault's Base", () => {
  it("shows every note it selects, once, in its status's column", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    const base = openBase(harness, PIPELINE_VIEW_TYPE, { filters: SAMPLE.filters });
    const shown = columns(base);
    const keys = shown.map(([key]) => key);
    // The open statuses and offer always, in the pipeline's order; others when they have notes.
    expect(keys.slice(0, 5)).toEqual(["none", "scheduled", "interviewed", "waiting", "offer"]);
    expect(keys).toContain("rejected");
    expect(keys.at(-1)).toBe("other");
    const cards = shown.flatMap(([, paths]) => paths);
    expect([...cards].sort()).toEqual([...base.paths].sort());
    expect(new Set(cards).size).toBe(cards.length);
    const index = indexOf(harness);
    for (const [key, paths] of shown)
      for (const path of paths) {
        // Every note the Base selects is one the plugin reads (test/domain/exampleQueries.test.ts).
        const reading = index.get(path);
        if (reading === undefined) throw new Error(`${path} is not the plugin's`);
        const column = reading.kind === "problem" ? "other" : (reading.interview.status ?? "none");
        expect(key, path).toBe(column);
      }
  });

  it("shows each note's organization, position and next follow-up as the sidebar words it", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    const base = openBase(harness, PIPELINE_VIEW_TYPE, { filters: SAMPLE.filters });
    const model = indexOf(harness).sidebar(NOW.getTime());
    const first = new Map<string, (typeof model.sections)[number]["items"][number]>();
    for (const section of model.sections)
      for (const item of section.items) if (!first.has(item.path)) first.set(item.path, item);
    let withNext = 0;
    for (const path of base.paths) {
      const el = card(base, path);
      const reading = indexOf(harness).get(path);
      if (reading?.kind !== "interview") continue;
      expect(text(el, ".interview-follow-up-card-title")).toBe(reading.interview.organization);
      expect(text(el, ".interview-follow-up-card-position")).toBe(reading.interview.position);
      const item = first.get(path);
      if (item === undefined) {
        expect(el.querySelector(".interview-follow-up-card-next")).toBeNull();
        continue;
      }
      withNext++;
      expect(text(el, ".interview-follow-up-card-what")).toContain(item.label);
      expect(text(el, ".interview-follow-up-card-state")).toBe(STATE_LABELS[item.state]);
      expect(text(el, ".interview-follow-up-card-when")).toBe(itemWhen(item, NOW.getTime()));
      expect(el.classList.contains(`interview-follow-up-card-${item.state}`)).toBe(true);
    }
    expect(withNext).toBeGreaterThan(5);
  });

  it("reads the Base's values only of notes the plugin has no interview reading of", async () => {
    const harness = await loaded({
      ...readVaultFolder("examples/vault"),
      "Notes/odd.md": note("organization: Odd\nstatus: maybe"),
    });
    const read = vi.spyOn(BasesEntry.prototype, "getValue");
    const base = openBase(harness, PIPELINE_VIEW_TYPE, {});
    expect(columns(base).flatMap(([, paths]) => paths)).toContain("Notes/odd.md");
    const pathOf = (entry: { file: { path: string } }) => entry.file.path;
    const asked = new Set(
      read.mock.contexts.map((entry) => pathOf(entry as { file: { path: string } })),
    );
    expect(asked.has("Notes/odd.md")).toBe(true);
    const index = indexOf(harness);
    for (const path of asked) expect(index.get(path)?.kind, path).not.toBe("interview");
    expect(text(card(base, "Notes/odd.md"), ".interview-follow-up-card-title")).toBe("Odd");
  });

  it("offers the sidebar's actions: open, the one-click answer and the menu", async () => {
    const harness = await loaded(readVaultFolder("examples/vault"));
    const base = openBase(harness, PIPELINE_VIEW_TYPE, { filters: SAMPLE.filters });
    const el = card(base, ACME);
    const open = vi.spyOn(harness.app.workspace, "getLeaf");
    el.querySelector<HTMLButtonElement>(".interview-follow-up-card-open")?.click();
    expect(open).toHaveBeenCalled();
    const menus = captureMenus();
    el.querySelector<HTMLButtonElement>(".interview-follow-up-item-more")?.click();
    expect(menus).toHaveLength(1);
    expect(menuTitles(menus[0]!).length).toBeGreaterThan(1);
    const before = indexOf(harness).sidebar(NOW.getTime());
    const thankYou = before.sections.flatMap((s) => s.items).find((i) => i.path === ACME);
    expect(thankYou?.action).toBe("thank-you");
    el.querySelector<HTMLButtonElement>(".interview-follow-up-item-done")?.click();
    await vi.waitFor(() => {
      const fm = harness.app.metadataCache.getCache(ACME)?.frontmatter ?? {};
      expect(fm["thank_you_sent"]).toBeTruthy();
    });
    // The board follows the index: the thank-you is no longer the card's next follow-up.
    await vi.waitFor(() => {
      expect(card(base, ACME).textContent).not.toContain(thankYou?.label ?? "?");
    });
  });
});

describe("the Base's own choices", () => {
  const files = {
    "Interviews/a.md": note("organization: Alpha\ndate: 2026-11-24T10:00\nstatus: waiting"),
    "Interviews/b.md": note("organization: Beta\ndate: 2026-11-10T10:00\nstatus: waiting"),
    "Interviews/c.md": note("organization: Gamma\ndate: 2026-11-23T10:00\nstatus: interviewed"),
    "Interviews/d.md": note("organization: Delta\ndate: 2026-11-26T10:00\nstatus: scheduled"),
    "Interviews/bad.md": note("organization: Broken\ndate: next tuesday"),
    "Daily/2026-11-25.md": note("date: 2026-11-25\nstatus: On hold"),
    "Notes/odd.md": note("status: maybe"),
    "Notes/plain.md": "No properties at all.",
  };

  it("shows only the notes its filters give, notes of any kind included", async () => {
    const harness = await loaded(files);
    const base = openBase(harness, PIPELINE_VIEW_TYPE, {
      filters: { not: ['file.path.lower().startsWith("interviews/")'] },
    });
    const shown = new Map(columns(base));
    expect([...shown.values()].flat().sort()).toEqual([
      "Daily/2026-11-25.md",
      "Notes/odd.md",
      "Notes/plain.md",
    ]);
    // Not interview notes: placed by their status property; a word we do not know under Other.
    expect(shown.get("waiting")).toEqual(["Daily/2026-11-25.md"]);
    expect(shown.get("none")).toEqual(["Notes/plain.md"]);
    expect(shown.get("other")).toEqual(["Notes/odd.md"]);
    expect(card(base, "Notes/odd.md").textContent).toContain('"maybe" is not a status');
    expect(text(card(base, "Notes/plain.md"), ".interview-follow-up-card-title")).toBe("plain");
  });

  it("draws a long column a page at a time, with the rest a press away", async () => {
    const many: Record<string, string> = {};
    const count = FIRST_DRAW + 2 * CARDS_PER_PAGE + 5;
    for (let i = 0; i < count; i++)
      many[`Interviews/Job ${String(i).padStart(3, "0")}.md`] = note(
        `type: interview\norganization: Job ${i}\ndate: 2026-10-01T10:00Z\nstatus: rejected`,
      );
    const harness = await loaded(many);
    const base = openBase(harness, PIPELINE_VIEW_TYPE, {});
    const rejected = () => new Map(columns(base)).get("rejected") ?? [];
    const more = () => {
      flushSync();
      return base.containerEl.querySelector<HTMLButtonElement>(".interview-follow-up-board-more");
    };
    const announced = () => text(base.containerEl, "[aria-live]");
    // The only column with cards has the whole first draw.
    expect(rejected()).toHaveLength(FIRST_DRAW);
    // The column's count is all of its notes, not the ones drawn.
    expect(text(base.containerEl, '[data-status="rejected"] .interview-follow-up-count')).toBe(
      String(count),
    );
    expect(more()?.textContent).toBe(`Show ${CARDS_PER_PAGE} more of ${count - FIRST_DRAW}`);
    expect(announced()).toBe("");
    more()?.click();
    expect(rejected()).toHaveLength(FIRST_DRAW + CARDS_PER_PAGE);
    // Said to a screen reader, and the focus on the first card the press drew.
    await vi.waitFor(() => {
      const open = document.activeElement;
      expect(open?.classList.contains("interview-follow-up-card-open")).toBe(true);
      expect(open?.closest<HTMLElement>(".interview-follow-up-card")?.dataset.path).toBe(
        rejected()[FIRST_DRAW],
      );
    });
    expect(announced()).toBe(`Rejected: ${FIRST_DRAW + CARDS_PER_PAGE} of ${count} shown`);
    more()?.click();
    expect(more()?.textContent).toBe("Show 5 more of 5");
    more()?.click();
    expect(rejected()).toHaveLength(count);
    expect(more()).toBeNull();
    await vi.waitFor(() =>
      expect(
        document.activeElement?.closest<HTMLElement>(".interview-follow-up-card")?.dataset.path,
      ).toBe(rejected()[count - 5]),
    );
    // The presses hold while the Base's results change.
    base.update();
    expect(rejected()).toHaveLength(count);
  });

  it("lists a note the plugin cannot read under Other, with the reason", async () => {
    const harness = await loaded(files);
    const base = openBase(harness, PIPELINE_VIEW_TYPE, {
      filters: 'file.path.lower().startsWith("interviews/")',
    });
    const shown = new Map(columns(base));
    expect(shown.get("other")).toEqual(["Interviews/bad.md"]);
    expect(card(base, "Interviews/bad.md").textContent).toContain("next tuesday");
  });

  it("keeps the Base's sort; without one, the most urgent follow-up first", async () => {
    const harness = await loaded(files);
    const waiting = (spec: Parameters<typeof openBase>[2]) =>
      new Map(columns(openBase(harness, PIPELINE_VIEW_TYPE, spec))).get("waiting");
    const filters = 'file.path.lower().startsWith("interviews/")';
    expect(waiting({ filters, sort: [{ property: "organization", direction: "ASC" }] })).toEqual([
      "Interviews/a.md",
      "Interviews/b.md",
    ]);
    expect(waiting({ filters, sort: [{ property: "organization", direction: "DESC" }] })).toEqual([
      "Interviews/b.md",
      "Interviews/a.md",
    ]);
    // No sort: b's research or follow-up is further along than a's; the sidebar's order decides.
    const model = indexOf(harness).sidebar(NOW.getTime());
    const order = model.sections
      .flatMap((s) => s.items)
      .map((i) => i.path)
      .filter(
        (p, i, all) => all.indexOf(p) === i && (p === "Interviews/a.md" || p === "Interviews/b.md"),
      );
    expect(waiting({ filters })).toEqual(order);
  });

  it("makes a lane of each group, titled by its value", async () => {
    const harness = await loaded(files);
    const base = openBase(harness, PIPELINE_VIEW_TYPE, {
      filters: 'file.path.lower().startsWith("interviews/")',
      groupBy: "status",
    });
    flushSync();
    const titles = [
      ...base.containerEl.querySelectorAll(".interview-follow-up-board-lane-title"),
    ].map((el) => el.textContent);
    // In the order the Base gives its groups (here, of their first notes by path).
    expect(titles).toEqual(["waiting", "No value", "interviewed", "scheduled"]);
    const lanes = [...base.containerEl.querySelectorAll(".interview-follow-up-board-lane")];
    expect(lanes[0]?.querySelectorAll(".interview-follow-up-card")).toHaveLength(2);
  });

  it("redraws with the Base's new results, and as time passes", async () => {
    const harness = await loaded(files);
    const filters = 'file.path.lower().startsWith("interviews/")';
    const base = openBase(harness, PIPELINE_VIEW_TYPE, { filters });
    expect(new Map(columns(base)).get("scheduled")).toEqual(["Interviews/d.md"]);
    base.update({ filters: 'file.path.lower().startsWith("notes/")' });
    expect(
      columns(base)
        .flatMap(([, paths]) => paths)
        .sort(),
    ).toEqual(["Notes/odd.md", "Notes/plain.md"]);
    base.update({ filters });
    const before = text(card(base, "Interviews/d.md"), ".interview-follow-up-card-when");
    vi.setSystemTime(new Date(NOW.getTime() + 2 * 86_400_000));
    indexOf(harness).tick();
    expect(text(card(base, "Interviews/d.md"), ".interview-follow-up-card-when")).not.toBe(before);
  });

  it("stops listening when closed", async () => {
    const harness = await loaded(files);
    const base = openBase(harness, PIPELINE_VIEW_TYPE, {});
    base.close();
    expect(() => indexOf(harness).tick()).not.toThrow();
    expect(base.containerEl.isConnected).toBe(false);
  });
});
