// Fuzzy matching in every suggester (templates, earlier rounds, folders, files): Obsidian's own
// fuzzy search, best match first, matches highlighted as Obsidian draws them. The mocks' search
// and highlighting are filled in by test/support/fuzzySearch.ts.
import { prepareFuzzySearch } from "obsidian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RoundChoice } from "../../src/domain/earlierRounds";
import type { EmailTemplate } from "../../src/domain/templates";
import { RoundSuggest } from "../../src/obsidian/createNoteModal";
import { TemplateSuggestModal } from "../../src/obsidian/emails";
import { FuzzyMatcher } from "../../src/obsidian/fuzzy";
import { PathSuggest } from "../../src/obsidian/pathSuggest";
import { createApp } from "../support/obsidian";

/** What a suggestion shows: its text, and the highlighted parts in order. */
function shown(el: HTMLElement): { text: string; highlighted: string[] } {
  return {
    text: el.textContent ?? "",
    highlighted: [...el.querySelectorAll(".suggestion-highlight")].map((s) => s.textContent ?? ""),
  };
}

function matcherOf(
  query: string,
  items: string[],
): { order: string[]; draw: (item: string) => HTMLElement } {
  const matcher = new FuzzyMatcher<string>((item) => item);
  const order = matcher.filter(items, query);
  return {
    order,
    draw: (item) => {
      const el = document.createElement("div");
      matcher.render(el, item);
      return el;
    },
  };
}

describe("the stand-in for Obsidian's fuzzy search (test/support)", () => {
  it("scores a run at the start above the same letters scattered or late", () => {
    const search = prepareFuzzySearch("acme");
    const score = (text: string) => search(text)?.score ?? Number.NEGATIVE_INFINITY;
    expect(score("Acme")).toBeGreaterThan(score("A cat met me"));
    expect(score("Acme")).toBeGreaterThan(score("Globex / Acme"));
    expect(score("Globex / Acme")).toBeGreaterThan(score("Globexacme"));
    expect(search("Amce")).toBeNull();
  });
});

describe("FuzzyMatcher", () => {
  it("keeps every item in order for an empty or blank query, with nothing highlighted", () => {
    for (const query of ["", "  "]) {
      const { order, draw } = matcherOf(query, ["b", "a", "c"]);
      expect(order).toEqual(["b", "a", "c"]);
      expect(shown(draw("a")).highlighted).toEqual([]);
    }
  });

  it("puts the best match first and leaves out what does not match", () => {
    const items = ["Thank-you, general", "Templates/Thanks", "Reply to a rejection", "Nudge"];
    const { order } = matcherOf("thank", items);
    expect(order).toEqual(["Thank-you, general", "Templates/Thanks"]);
    expect(matcherOf("tmpl", items).order).toEqual(["Templates/Thanks"]);
    expect(matcherOf("rjctn", items).order).toEqual(["Reply to a rejection"]);
  });

  it("highlights the matched characters, in Obsidian's highlight class, and keeps the text whole", () => {
    const { draw } = matcherOf("rjctn", ["Reply to a rejection"]);
    const el = draw("Reply to a rejection");
    expect(el.textContent).toBe("Reply to a rejection");
    expect(shown(el).highlighted.join("").toLowerCase()).toBe("rjctn");
    expect(el.querySelectorAll("span.suggestion-highlight").length).toBeGreaterThan(0);
  });

  it("orders any list by score, best first, and highlights exactly the query's letters, for any text", () => {
    // Letters whose lower case is as long as they are, as in file names and organizations.
    const word = fc.string({ unit: fc.constantFrom(..."abcAB /-.·<"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), word, (items, query) => {
        const unique = [...new Set(items)];
        const matcher = new FuzzyMatcher<string>((item) => item);
        const order = matcher.filter(unique, query);
        if (query.trim() === "") {
          expect(order).toEqual(unique);
          return;
        }
        const search = prepareFuzzySearch(query.trim());
        const scores = order.map((item) => search(item)?.score ?? Number.NaN);
        for (let i = 1; i < scores.length; i++)
          expect(scores[i - 1]).toBeGreaterThanOrEqual(scores[i] ?? 0);
        expect(order.length).toBe(unique.filter((item) => search(item) !== null).length);
        for (const item of order) {
          const el = document.createElement("div");
          matcher.render(el, item);
          expect(el.textContent).toBe(item);
          expect(shown(el).highlighted.join("").toLowerCase()).toBe(
            [...query.toLowerCase()].filter((c) => c.trim() !== "").join(""),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("draws hostile text as text, never as markup", () => {
    const hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const { draw } = matcherOf("img", [hostile]);
    const el = draw(hostile);
    expect(el.querySelector("img, b")).toBeNull();
    expect(el.textContent).toBe(hostile);
  });

  it("splits highlights between the lines of a two-line suggestion", () => {
    const matcher = new FuzzyMatcher<string>((item) => item);
    const item = "Acme · Engineer\nJobs/2026-11-24 Acme.md";
    expect(matcher.filter([item], "acme jobs")).toEqual([item]);
    const first = document.createElement("div");
    const second = document.createElement("div");
    matcher.render(first, item, 0);
    matcher.render(second, item, 1);
    expect(shown(first)).toEqual({ text: "Acme · Engineer", highlighted: ["Acme"] });
    expect(shown(second)).toEqual({ text: "Jobs/2026-11-24 Acme.md", highlighted: ["Jobs"] });
  });
});

describe("the suggesters", () => {
  const app = (files: Record<string, string> = {}) => createApp(files).asOriginalType__();

  it("suggests folders and notes by fuzzy path, best first, highlighted", () => {
    const vault = app({
      "Jobs/2026/a.md": "x",
      "Meta/Templates/Thank you.md": "y",
      "Meta/Tasks/Employer list.md": "z",
      "Other.txt": "z",
    });
    const input = document.createElement("input");
    const folders = new PathSuggest(vault, input, "folder", () => undefined);
    const files = new PathSuggest(vault, input, "file", () => undefined);
    const suggest = (s: PathSuggest, q: string) =>
      (s as unknown as { getSuggestions(q: string): string[] }).getSuggestions(q);
    expect(suggest(folders, "jo")).toEqual(["Jobs", "Jobs/2026"]);
    expect(suggest(folders, "mtem")).toEqual(["Meta/Templates"]);
    // One run of the letters typed ranks above the same letters in two runs, whatever the
    // alphabet says.
    expect(suggest(files, "templ")).toEqual([
      "Meta/Templates/Thank you",
      "Meta/Tasks/Employer list",
    ]);
    expect(suggest(files, "thnk")).toEqual(["Meta/Templates/Thank you"]);
    expect(suggest(files, "")).toEqual([
      "Jobs/2026/a",
      "Meta/Tasks/Employer list",
      "Meta/Templates/Thank you",
    ]);
    const el = document.createElement("div");
    suggest(folders, "templ");
    folders.renderSuggestion("Meta/Templates", el);
    expect(shown(el)).toEqual({ text: "Meta/Templates", highlighted: ["Templ"] });
  });

  it("suggests earlier rounds by organization, position or path, best first, highlighted", () => {
    const round = (path: string, organization: string, position: string): RoundChoice => ({
      path,
      previousRound: path.replace(/\.md$/, ""),
      organization,
      position,
      contact: "",
      email: "",
    });
    const rounds = [
      round("Jobs/2026-11-02 Globex.md", "Globex", "Analyst"),
      round("Jobs/2026-11-20 Acme.md", "Acme", "Engineer"),
      round("Jobs/untitled.md", "", ""),
    ];
    const input = document.createElement("input");
    const suggest = new RoundSuggest(
      app(),
      input,
      () => rounds,
      () => undefined,
    );
    const get = (q: string) =>
      (suggest as unknown as { getSuggestions(q: string): RoundChoice[] })
        .getSuggestions(q)
        .map((r) => r.path);
    expect(get("acme eng")).toEqual(["Jobs/2026-11-20 Acme.md"]);
    expect(get("gbx")).toEqual(["Jobs/2026-11-02 Globex.md"]);
    expect(get("unt")).toEqual(["Jobs/untitled.md"]);
    expect(get("")).toEqual(rounds.map((r) => r.path));
    get("acme eng");
    const el = document.createElement("div");
    suggest.renderSuggestion(rounds[1] as RoundChoice, el);
    const [title, path] = [...el.children] as HTMLElement[];
    expect(shown(title as HTMLElement)).toEqual({
      text: "Acme · Engineer",
      highlighted: ["Acme", "Eng"],
    });
    expect(shown(path as HTMLElement).text).toBe("Jobs/2026-11-20 Acme.md");
  });

  it("suggests email templates by name or subject, best first, highlighted", () => {
    const template = (name: string, subject: string): EmailTemplate => ({
      id: name,
      name,
      action: null,
      subject,
      body: "",
    });
    const templates = [
      template("Reply to a rejection", "Thank you for letting me know"),
      template("Thank-you note", "Thank you for today"),
      template("Nudge", "Following up"),
    ];
    const modal = new TemplateSuggestModal(app(), templates, () => undefined);
    const names = (q: string) => modal.getSuggestions(q).map((t) => t.name);
    expect(names("thank")).toEqual(["Thank-you note", "Reply to a rejection"]);
    expect(names("follo")).toEqual(["Nudge"]);
    expect(names("")).toEqual(templates.map((t) => t.name));
    names("nudg");
    const el = document.createElement("div");
    modal.renderSuggestion(templates[2] as EmailTemplate, el);
    const [name, subject] = [...el.children] as HTMLElement[];
    expect(shown(name as HTMLElement)).toEqual({ text: "Nudge", highlighted: ["Nudg"] });
    expect(shown(subject as HTMLElement)).toEqual({ text: "Following up", highlighted: [] });
  });
});
