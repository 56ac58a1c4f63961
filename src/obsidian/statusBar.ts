import { Component } from "obsidian";
import type { Settings } from "../domain/settings";
import type { FollowUpIndex } from "./followUpIndex";

/** "N follow-ups due" in the status bar (desktop), hidden at zero; a click opens the sidebar. */
export class StatusBarCount extends Component {
  constructor(
    private readonly el: HTMLElement,
    private readonly index: FollowUpIndex,
    private readonly settings: () => Settings,
    private readonly now: () => number,
    private readonly open: () => void,
  ) {
    super();
  }

  override onload(): void {
    this.el.addClass("interview-follow-up-status", "mod-clickable");
    this.el.setAttribute("aria-label", "Open follow-ups");
    this.registerDomEvent(this.el, "click", this.open);
    this.register(this.index.onChange(() => this.update()));
    this.update();
  }

  update(): void {
    // Turned off, it asks nothing: counting would plan the whole sidebar for text no one sees.
    // Until every note is in, a count would be wrong or soon superseded (counted again when
    // ready): the first count waits for the index to be ready.
    if (!this.settings().showStatusBar || !this.index.ready) {
      this.el.addClass("interview-follow-up-is-hidden");
      return;
    }
    const count = this.index.dueCount(this.now());
    this.el.setText(count === 1 ? "1 follow-up due" : `${count} follow-ups due`);
    this.el.toggleClass("interview-follow-up-is-hidden", count === 0);
  }
}
