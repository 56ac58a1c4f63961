import { AbstractInputSuggest, type App, Modal } from "obsidian";
import { mount, unmount } from "svelte";
import type { RoundChoice } from "../domain/earlierRounds";
import type { NewInterviewForm } from "../domain/newNote";
import CreateNoteForm from "../ui/CreateNoteForm.svelte";
import { FuzzyMatcher } from "./fuzzy";
import type { RoundDetails } from "../ui/roundDetails";

/** The first line a round is shown with: organization and position, or its file's path. */
function roundTitle(round: RoundChoice): string {
  return [round.organization, round.position].filter((p) => p !== "").join(" · ") || round.path;
}

/** Suggests interview notes, fuzzy on organization, position and file path. */
export class RoundSuggest extends AbstractInputSuggest<RoundChoice> {
  private readonly matcher = new FuzzyMatcher<RoundChoice>(
    (round) => `${roundTitle(round)}\n${round.path}`,
  );

  constructor(
    app: App,
    input: HTMLInputElement,
    private readonly rounds: () => RoundChoice[],
    private readonly choose: (round: RoundChoice) => void,
  ) {
    super(app, input);
  }

  protected getSuggestions(query: string): RoundChoice[] {
    return this.matcher.filter(this.rounds(), query);
  }

  renderSuggestion(round: RoundChoice, el: HTMLElement): void {
    this.matcher.render(el.createDiv(), round, 0);
    this.matcher.render(el.createDiv({ cls: "interview-follow-up-suggestion-path" }), round, 1);
  }

  override selectSuggestion(round: RoundChoice): void {
    this.setValue(round.previousRound);
    this.choose(round);
    this.close();
  }
}

/** The "Create interview note" form, in a modal. */
export class CreateNoteModal extends Modal {
  private component: Record<string, unknown> | null = null;

  constructor(
    app: App,
    private readonly initial: NewInterviewForm,
    private readonly rounds: () => RoundChoice[],
    /** Creates the note; the form stays open, with what was typed, when that fails. */
    private readonly create: (input: NewInterviewForm) => Promise<boolean>,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Create interview note");
    this.component = mount(CreateNoteForm, {
      target: this.contentEl,
      props: {
        initial: this.initial,
        onSubmit: async (input: NewInterviewForm) => {
          if (await this.create(input)) this.close();
        },
        onCancel: () => this.close(),
        attachRoundSuggest: (input: HTMLInputElement, choose: (round: RoundDetails) => void) => {
          new RoundSuggest(this.app, input, this.rounds, choose);
        },
      },
    });
  }

  override onClose(): void {
    if (this.component !== null) {
      void unmount(this.component);
      this.component = null;
    }
    this.contentEl.empty();
  }
}
