import { AbstractInputSuggest, type App, TFile, TFolder } from "obsidian";
import { FuzzyMatcher } from "./fuzzy";

/** How many paths a suggestion list shows at most. */
const MOST_PATHS = 50;

/**
 * Suggests vault folders (or Markdown files, without ".md") as the user types a path, fuzzy,
 * best match first; with nothing typed, every path in alphabetical order.
 */
export class PathSuggest extends AbstractInputSuggest<string> {
  private readonly matcher = new FuzzyMatcher<string>((path) => path, MOST_PATHS);

  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly kind: "folder" | "file",
    private readonly pick: (path: string) => void,
  ) {
    super(app, input);
  }

  protected getSuggestions(query: string): string[] {
    const paths = this.app.vault
      .getAllLoadedFiles()
      .filter((file) =>
        this.kind === "folder"
          ? file instanceof TFolder && !file.isRoot()
          : file instanceof TFile && file.extension === "md",
      )
      .map((file) => (file instanceof TFile ? file.path.replace(/\.md$/, "") : file.path))
      .sort();
    return this.matcher.filter(paths, query);
  }

  renderSuggestion(path: string, el: HTMLElement): void {
    this.matcher.render(el, path);
  }

  override selectSuggestion(path: string): void {
    this.input.value = path;
    this.pick(path);
    this.close();
  }
}
