// Obsidian's fuzzy search, as the plugin relies on it, for the mocks: obsidian-test-mocks 3.11
// scores a better match lower (the sum of its bonuses, negated, where Obsidian's best score is
// the highest) and its renderMatches draws nothing. These stand-ins keep Obsidian's contract:
// - prepareFuzzySearch(query)(text): null unless every non-space character of the query appears
//   in the text in order (case-insensitively); otherwise the matched ranges [from, to) in the
//   text, merged where consecutive, of the best of the readings that start at each place the
//   query's first letter occurs, and a score of 0 or less where higher is better: a run of
//   consecutive characters, a match at the start or after a separator, and a match early in the
//   text score higher than scattered characters deep in it.
// - renderMatches(el, text, matches, offset): the text as text nodes, each match (shifted by
//   `offset`, clipped to the text) in a <span class="suggestion-highlight">, as Obsidian draws
//   the highlighted part of a suggestion.
// Not Obsidian's exact figures: tests compare orders and highlights, never scores.
import type { SearchMatches, SearchResult } from "obsidian";

const SEPARATORS = new Set([" ", "/", "-", "_", ".", "\n", "·", ":"]);

export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const wanted = [...query.toLowerCase()].filter((char) => char.trim() !== "");
  return (text) => {
    const lower = text.toLowerCase();
    // Each place the first letter occurs starts one reading of the text; the best one counts.
    let best: SearchResult | null = null;
    for (let start = lower.indexOf(wanted[0] ?? ""); start !== -1;) {
      const result = alignFrom(wanted, text, lower, start);
      if (result === null) break;
      if (best === null || result.score > best.score) best = result;
      start = wanted.length === 0 ? -1 : lower.indexOf(wanted[0] ?? "", start + 1);
    }
    return best;
  };
}

/** The query's letters found in order from `start`, each at its first place after the last. */
function alignFrom(
  wanted: string[],
  text: string,
  lower: string,
  start: number,
): SearchResult | null {
  const matches: SearchMatches = [];
  let score = 0;
  let at = start;
  let previous = -2;
  for (const char of wanted) {
    const found = lower.indexOf(char, at);
    if (found === -1) return null;
    const last = matches[matches.length - 1];
    if (found === previous + 1 && last !== undefined) last[1] = found + 1;
    else {
      matches.push([found, found + 1]);
      // A new run costs, the more so the further it starts from where the last one ended.
      score -= 1 + Math.min(found - at, 10) / 10;
      if (found > 0 && !SEPARATORS.has(text.charAt(found - 1))) score -= 0.5;
    }
    previous = found;
    at = found + 1;
  }
  // A match early in a short text ranks above the same match late in a long one.
  score -= (matches[0]?.[0] ?? 0) / 100 + text.length / 10_000;
  return { score, matches };
}

export function renderMatches(
  el: HTMLElement | DocumentFragment,
  text: string,
  matches: SearchMatches | null,
  offset = 0,
): void {
  const doc = el.ownerDocument ?? document;
  let drawn = 0;
  for (const [from, to] of matches ?? []) {
    const start = Math.max(from + offset, drawn);
    const end = Math.min(to + offset, text.length);
    if (end <= start) continue;
    if (start > drawn) el.appendChild(doc.createTextNode(text.slice(drawn, start)));
    const span = doc.createElement("span");
    span.className = "suggestion-highlight";
    span.textContent = text.slice(start, end);
    el.appendChild(span);
    drawn = end;
  }
  if (drawn < text.length) el.appendChild(doc.createTextNode(text.slice(drawn)));
}
