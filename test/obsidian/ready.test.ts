// `ready: true` means complete: the API and the view say ready only once every note is in, the
// problems of notes read from disk (their YAML does not parse, so the cache has no properties)
// included, however long those reads take, in whatever order they end, and if they fail.
import { flushSync } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FollowUps } from "../../src/domain/types";
import type { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/obsidian/followUpsView";
import { seeded } from "../support/noteCorpus";
import { type Harness, createPlugin, loadPlugin, openViews } from "../support/obsidian";

const NOW = new Date("2026-11-25T12:00:00Z");

afterEach(() => {
  vi.restoreAllMocks();
});

/** YAML the cache cannot parse, each a different way: each such note is a problem. */
const BROKEN = [
  "organization: [Acme\ndate: 2026-11-01",
  "organization: Acme\n  date: : :",
  'organization: "Acme\ndate: 2026-11-01',
  "organization: Acme\norganization: Globex",
];

interface Vault {
  files: Record<string, string>;
  /** Notes that must be listed as problems once ready. */
  broken: string[];
}

/** A vault of good interviews, broken ones in the interview folder, and folder notes without properties. */
function vault(seed: number): Vault {
  const next = seeded(seed);
  const files: Record<string, string> = {};
  const broken: string[] = [];
  const count = 5 + Math.floor(next() * 20);
  for (let i = 0; i < count; i++) {
    const roll = next();
    const path = `Interviews/${i}.md`;
    if (roll < 0.4) {
      files[path] = `---\n${BROKEN[i % BROKEN.length]}\n---\nBody.\n`;
      broken.push(path);
    } else if (roll < 0.6) files[path] = "No properties at all.\n";
    else
      files[path] =
        `---\norganization: Org ${i}\ndate: 2026-11-2${i % 5}T10:00\nemail: a@b.example\n---\n`;
  }
  return { files, broken: broken.sort() };
}

/** Makes every disk read end after its own delay (some fail), so they end out of order. */
function slowReads(harness: Harness, seed: number, fail = 0): () => number {
  const next = seeded(seed);
  const vault = harness.app.vault;
  const read = vault.cachedRead.bind(vault);
  let pending = 0;
  vi.spyOn(vault, "cachedRead").mockImplementation(async (file) => {
    pending++;
    await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 30)));
    pending--;
    if (next() < fail) throw new Error("unreadable");
    return read(file);
  });
  return () => pending;
}

const indexOf = (harness: Harness) => (harness.plugin as unknown as { index: FollowUpIndex }).index;

/** Layout-ready, then every answer the API gives until it says ready (at each change and between). */
async function answersUntilReady(harness: Harness): Promise<FollowUps[]> {
  const answers: FollowUps[] = [];
  const ask = () => answers.push(harness.plugin.api.followUps(NOW));
  indexOf(harness).onChange(ask);
  harness.app.workspace.setLayoutReady__();
  ask();
  for (let waited = 0; !answers.at(-1)?.ready; waited++) {
    if (waited > 200) throw new Error("never ready");
    await new Promise((resolve) => setTimeout(resolve, 1));
    ask();
  }
  return answers;
}

describe("ready: true means complete", () => {
  it("the API says ready only once every broken note is listed, however the reads end", async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { files, broken } = vault(seed);
      const harness = createPlugin(files);
      const pending = slowReads(harness, seed);
      await loadPlugin(harness, { layoutReady: false });
      const answers = await answersUntilReady(harness);
      for (const answer of answers.filter((a) => a.ready))
        expect(answer.problems.map((p) => p.path).sort(), `seed ${seed}`).toEqual(broken);
      expect(pending(), `seed ${seed}`).toBe(0);
      // While reads were outstanding, it did not claim to be ready.
      if (broken.length > 0) expect(answers[0]?.ready, `seed ${seed}`).toBe(false);
    }
  });

  it("becomes ready, and says so, when reads fail or find nothing wrong", async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { files } = vault(seed);
      const harness = createPlugin(files);
      slowReads(harness, seed, 0.5);
      await loadPlugin(harness, { layoutReady: false });
      const heard: boolean[] = [];
      indexOf(harness).onChange(() => heard.push(indexOf(harness).ready));
      const answers = await answersUntilReady(harness);
      expect(answers.at(-1)?.ready).toBe(true);
      // The listeners (the view, the status bar) heard of it becoming ready.
      expect(heard.at(-1), `seed ${seed}`).toBe(true);
    }
  });

  it("the view reads 'Reading your notes…' until every note is in, then shows the problems", async () => {
    const { files, broken } = vault(3);
    expect(broken.length).toBeGreaterThan(0);
    const harness = createPlugin(files);
    slowReads(harness, 3);
    await loadPlugin(harness, { layoutReady: false });
    await harness.plugin.openFollowUps();
    const [view] = openViews(harness.app, VIEW_TYPE_FOLLOW_UPS, FollowUpsView);
    if (view === undefined) throw new Error("the view did not open");
    const text = () => {
      flushSync();
      return view.contentEl.textContent ?? "";
    };
    const index = indexOf(harness);
    const seen: string[] = [];
    index.onChange(() => seen.push(text()));
    harness.app.workspace.setLayoutReady__();
    expect(index.ready).toBe(false);
    expect(text()).toContain("Reading your notes");
    while (!index.ready) await new Promise((resolve) => setTimeout(resolve, 1));
    // Every state the view showed before the end said it was still reading.
    for (const shown of seen.slice(0, -1)) expect(shown).toContain("Reading your notes");
    expect(text()).not.toContain("Reading your notes");
    expect(index.sidebar(NOW.getTime()).problems.map((p) => p.path)).toEqual(broken);
  });

  it("the status bar stays empty until ready, then counts once", async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { files } = vault(seed);
      const harness = createPlugin(files);
      slowReads(harness, seed);
      await loadPlugin(harness, { layoutReady: false });
      const index = indexOf(harness);
      const counts = vi.spyOn(index, "dueCount");
      const item = (harness.plugin as unknown as { statusBarItems__: HTMLElement[] })
        .statusBarItems__[0];
      const shownEarly: boolean[] = [];
      index.onChange(() => {
        if (!index.ready) shownEarly.push(!item?.hasClass("interview-follow-up-is-hidden"));
      });
      harness.app.workspace.setLayoutReady__();
      while (!index.ready) await new Promise((resolve) => setTimeout(resolve, 1));
      expect(shownEarly.filter(Boolean), `seed ${seed}`).toEqual([]);
      // The count of the complete index, made once: nothing superseded was counted before it.
      expect(counts, `seed ${seed}`).toHaveBeenCalledTimes(1);
      const due = counts.mock.results[0]?.value as number;
      expect(due, `seed ${seed}`).toBeGreaterThan(0);
      expect(item?.textContent, `seed ${seed}`).toBe(
        due === 1 ? "1 follow-up due" : `${due} follow-ups due`,
      );
    }
  });

  it("a note edited while its read is outstanding leaves nothing waiting", async () => {
    const harness = createPlugin({ "Interviews/a.md": `---\n${BROKEN[0]}\n---\n` });
    slowReads(harness, 9);
    await loadPlugin(harness, { layoutReady: false });
    harness.app.workspace.setLayoutReady__();
    const index = indexOf(harness);
    expect(index.ready).toBe(false);
    await harness.app.vault.modify(
      harness.app.vault.getFileByPath("Interviews/a.md") ?? never(),
      "---\norganization: A\ndate: 2026-11-20T10:00\n---\n",
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(index.ready).toBe(true);
    expect(harness.plugin.api.followUps(NOW).problems).toEqual([]);
  });
});

describe("a note edited while the build's read of it is outstanding", () => {
  it.each([
    ["edited, still broken", "Interviews/a.md"],
    ["renamed within the folder", "Interviews/moved.md"],
  ])("%s: the index is not ready until its new read has listed it", async (how, listed) => {
    const harness = createPlugin({
      "Interviews/a.md": `---\n${BROKEN[0]}\n---\n`,
      "Interviews/b.md": "---\norganization: B\ndate: 2026-11-20T10:00\n---\n",
    });
    slowReads(harness, 9);
    await loadPlugin(harness, { layoutReady: false });
    const answers: FollowUps[] = [];
    const index = indexOf(harness);
    index.onChange(() => answers.push(harness.plugin.api.followUps(NOW)));
    harness.app.workspace.setLayoutReady__();
    expect(index.ready).toBe(false);
    const file = harness.app.vault.getFileByPath("Interviews/a.md") ?? never();
    if (how.startsWith("edited")) await harness.app.vault.modify(file, `---\n${BROKEN[1]}\n---\n`);
    else await harness.app.vault.rename(file, listed);
    for (let waited = 0; !index.ready; waited++) {
      if (waited > 200) throw new Error("never ready");
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    answers.push(harness.plugin.api.followUps(NOW));
    for (const answer of answers.filter((a) => a.ready))
      expect(answer.problems.map((p) => p.path)).toEqual([listed]);
  });
});

function never(): never {
  throw new Error("missing");
}
