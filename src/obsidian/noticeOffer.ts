import { Notice } from "obsidian";

/**
 * A notice that offers one follow-on step (Undo, Mark as sent) with a button, and remembers the
 * latest offer so that a command can take it too: notices vanish after seconds and their buttons
 * are hard to reach from the keyboard. Taking the offer, either way, hides the notice.
 */
export class NoticeOffer<T> {
  private latest: Offer<T> | null = null;

  constructor(
    private readonly button: string,
    private readonly durationMs: number,
    private readonly take: (value: T) => Promise<unknown>,
  ) {}

  /** Whether there is an offer a command could take. */
  get pending(): boolean {
    return this.latest !== null;
  }

  /** Shows `message` (and any `details` below it); with a value, offers the step for it. */
  show(message: string, details: string[], value: T | null): void {
    const notice = new Notice("", this.durationMs);
    notice.messageEl.createSpan({ text: message });
    for (const line of details) notice.messageEl.createDiv({ text: line });
    if (value === null) return;
    const offer: Offer<T> = { value, notice, taken: false };
    this.latest = offer;
    const button = notice.messageEl.createEl("button", {
      text: this.button,
      cls: "interview-follow-up-undo",
    });
    // A notice's button takes its own offer, even after a newer one: never another note's step.
    button.addEventListener("click", () => void this.takeOffer(offer));
  }

  /** Takes the latest offer, once. */
  async accept(): Promise<void> {
    if (this.latest !== null) await this.takeOffer(this.latest);
  }

  private async takeOffer(offer: Offer<T>): Promise<void> {
    if (offer.taken) return;
    offer.taken = true;
    if (this.latest === offer) this.latest = null;
    offer.notice.hide();
    await this.take(offer.value);
  }
}

interface Offer<T> {
  value: T;
  notice: Notice;
  taken: boolean;
}
