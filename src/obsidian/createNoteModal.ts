import { AbstractInputSuggest, type App, Modal } from "obsidian";
import { mount, unmount } from "svelte";
import type { RoundChoice } from "../domain/earlierRounds";
import type { NewInterviewForm } from "../domain/newNote";
import CreateNoteForm from "../ui/CreateNoteForm.svelte";
import type { RoundDetails } from "../ui/roundDetails";

/** Suggests interview notes by organisation, position or file name. */
class RoundSuggest extends AbstractInputSuggest<RoundChoice> {
  constructor(
    app: App,
    input: HTMLInputElement,
    private readonly rounds: () => RoundChoice[],
    private readonly choose: (round: RoundChoice) => void,
  ) {
    super(app, input);
  }

  protected getSuggestions(query: string): RoundChoice[] {
    const words = query
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== "");
    return this.rounds().filter((round) => {
      const haystack = `${round.organization} ${round.position} ${round.path}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }

  renderSuggestion(round: RoundChoice, el: HTMLElement): void {
    el.createDiv({
      text: [round.organization, round.position].filter((p) => p !== "").join(" · ") || round.path,
    });
    el.createDiv({ text: round.path, cls: "interview-follow-up-suggestion-path" });
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
