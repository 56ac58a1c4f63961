import { type SearchMatches, type SearchResult, prepareFuzzySearch, renderMatches } from "obsidian";

/**
 * One suggester's matching, with Obsidian's own fuzzy search: the items whose text matches the
 * query, best score first (ties keep the order given), and each item drawn with its matched
 * characters highlighted as Obsidian highlights them. An empty query keeps every item, in order.
 * The searched text may span several drawn lines (joined with "\n"): `render` draws one line.
 */
export class FuzzyMatcher<T> {
  private matches = new Map<T, SearchMatches>();

  constructor(
    /** The text searched and drawn for an item: its lines joined with "\n". */
    private readonly text: (item: T) => string,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {}

  filter(items: readonly T[], query: string): T[] {
    this.matches = new Map();
    if (query.trim() === "") return items.slice(0, this.limit);
    const search = prepareFuzzySearch(query.trim());
    const found: { item: T; result: SearchResult }[] = [];
    for (const item of items) {
      const result = search(this.text(item));
      if (result !== null) found.push({ item, result });
    }
    found.sort((a, b) => b.result.score - a.result.score);
    const best = found.slice(0, this.limit);
    for (const { item, result } of best) this.matches.set(item, result.matches);
    return best.map(({ item }) => item);
  }

  /** Draws line `line` of the item's text into `el`, its matched characters highlighted. */
  render(el: HTMLElement, item: T, line = 0): void {
    const lines = this.text(item).split("\n");
    const start = lines.slice(0, line).reduce((sum, each) => sum + each.length + 1, 0);
    const text = lines[line] ?? "";
    const end = start + text.length;
    const within: SearchMatches = [];
    for (const [from, to] of this.matches.get(item) ?? []) {
      if (to > start && from < end)
        within.push([Math.max(from, start) - start, Math.min(to, end) - start]);
    }
    renderMatches(el, text, within);
  }
}
