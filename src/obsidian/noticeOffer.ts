import { Notice } from "obsidian";

/**
 * A notice that offers one follow-on step (Undo, Mark as sent) with a button, and remembers the
 * latest offer so that a command can take it too: notices vanish after seconds and their buttons
 * are hard to reach from the keyboard. Taking the offer, either way, hides the notice.
 */
export class NoticeOffer<T> {
  private latest: { value: T; notice: Notice } | null = null;

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
    this.latest = { value, notice };
    const button = notice.messageEl.createEl("button", {
      text: this.button,
      cls: "interview-follow-up-undo",
    });
    button.addEventListener("click", () => void this.accept());
  }

  /** Takes the latest offer, once. */
  async accept(): Promise<void> {
    const latest = this.latest;
    if (latest === null) return;
    this.latest = null;
    latest.notice.hide();
    await this.take(latest.value);
  }
}
