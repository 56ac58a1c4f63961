import {
  type App,
  type Editor,
  Notice,
  SuggestModal,
  TFile,
  TFolder,
  normalizePath,
} from "obsidian";
import type { Interview, NoteReading, PanelMember } from "../domain/interview";
import type { Settings } from "../domain/settings";
import {
  type EmailTemplate,
  type RenderedEmail,
  allTemplates,
  emailText,
  readUserTemplate,
  renderTemplate,
  templatesFirstFor,
} from "../domain/templates";
import { appendEmail, emailAtCursor, keepsFrontmatter } from "../domain/emailInNote";
import { mailtoLink } from "../domain/mailto";
import type { ActionId } from "../domain/types";
import { canMarkDone } from "../domain/followUpKinds";
import type { FollowUpIndex } from "./followUpIndex";
import type { NoteWriter, Target } from "./noteWriter";
import { FuzzyMatcher } from "./fuzzy";
import { NoticeOffer } from "./noticeOffer";
import { errorMessage } from "../domain/text";

/** How long the notice offering "Mark as sent" stays. */
const MARK_SENT_NOTICE_MS = 15_000;

/** Lets the user pick a template, the due follow-up's first; fuzzy on its name and subject. */
export class TemplateSuggestModal extends SuggestModal<EmailTemplate> {
  private readonly matcher = new FuzzyMatcher<EmailTemplate>((t) =>
    t.subject === "" ? t.name : `${t.name}\n${t.subject}`,
  );

  constructor(
    app: App,
    private readonly templates: EmailTemplate[],
    private readonly choose: (template: EmailTemplate) => void,
  ) {
    super(app);
    this.setPlaceholder("Choose an email template");
  }

  getSuggestions(query: string): EmailTemplate[] {
    return this.matcher.filter(this.templates, query);
  }

  renderSuggestion(template: EmailTemplate, el: HTMLElement): void {
    this.matcher.render(el.createDiv(), template, 0);
    if (template.subject !== "")
      this.matcher.render(
        el.createDiv({ cls: "interview-follow-up-suggestion-path" }),
        template,
        1,
      );
  }

  onChooseSuggestion(template: EmailTemplate): void {
    this.choose(template);
  }
}

/**
 * Emails for follow-ups: the templates on offer, filled from a note, and the three ways out of
 * the sidebar (into the note, into the mail app, onto the clipboard), each followed by an offer to
 * mark the follow-up as sent, never marking it by itself.
 */
export class Emails {
  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
    private readonly index: FollowUpIndex,
    private readonly notes: NoteWriter,
    private readonly now: () => number,
    private readonly formatDate: (ms: number) => string,
  ) {}

  /** The built-in templates and the user's, from the templates folder. */
  async templates(): Promise<EmailTemplate[]> {
    // Empty means no templates folder: normalizePath("") is "/", the whole vault.
    const name = this.settings().templatesFolder;
    const folder = name === "" ? null : this.app.vault.getFolderByPath(normalizePath(name));
    const user: EmailTemplate[] = [];
    const files: TFile[] = [];
    const walk = (dir: TFolder) => {
      for (const child of dir.children) {
        if (child instanceof TFolder) walk(child);
        else if (child instanceof TFile && child.extension === "md") files.push(child);
      }
    };
    if (folder !== null) walk(folder);
    for (const file of files) {
      const text = await this.app.vault.cachedRead(file);
      const reading = readUserTemplate(
        file.path,
        text,
        this.app.metadataCache.getFileCache(file)?.frontmatter ?? null,
      );
      if (reading.ok) user.push(reading.template);
      else new Notice(`The template "${reading.path}" is skipped: ${reading.reason}.`);
    }
    return allTemplates(user);
  }

  /** Asks which template to use (directly, when the follow-up has exactly one), then runs `use`. */
  async choose(action: ActionId | null, use: (template: EmailTemplate) => void): Promise<void> {
    const ordered = templatesFirstFor(await this.templates(), action);
    const own = ordered.filter((t) => t.action !== null && t.action === action);
    const [only] = own;
    if (own.length === 1 && only !== undefined) use(only);
    else new TemplateSuggestModal(this.app, ordered, use).open();
  }

  /** Fills a template from a note's properties. */
  render(path: string, template: EmailTemplate, contact: string | null = null): RenderedEmail {
    const file = this.app.vault.getFileByPath(path);
    const frontmatter =
      file === null ? null : (this.app.metadataCache.getFileCache(file)?.frontmatter ?? null);
    const reading: NoteReading | undefined = this.index.get(path);
    const interview = reading?.kind === "interview" ? reading.interview : null;
    return renderTemplate(template, {
      frontmatter,
      interview,
      person: personOf(interview, contact),
      myName: this.settings().myName,
      now: this.now(),
      formatDate: this.formatDate,
    });
  }

  /** Appends the email to the note under "Follow-up emails", through `Vault.process`. */
  async insertIntoNote(target: Target, template: EmailTemplate): Promise<void> {
    const file = this.app.vault.getFileByPath(target.path);
    if (file === null) {
      new Notice(`"${target.path}" no longer exists.`);
      return;
    }
    const email = this.render(target.path, template, target.contact ?? null);
    let kept = true;
    await this.app.vault.process(file, (text) => {
      const next = appendEmail(text, email, template.name);
      kept = keepsFrontmatter(text, next);
      return kept ? next : text;
    });
    if (!kept) {
      new Notice(frontmatterAtRisk(target.path));
      return;
    }
    this.offerMarkSent(target, "The email is in the note.", email.missing);
  }

  /** Opens the email in the mail app; what does not fit in a link goes to the clipboard. */
  async openInMailApp(target: Target, template: EmailTemplate): Promise<void> {
    const email = this.render(target.path, template, target.contact ?? null);
    const to = this.index.get(target.path);
    const interview = to?.kind === "interview" ? to.interview : null;
    const address = personOf(interview, target.contact ?? null)?.email ?? interview?.email ?? "";
    const link = mailtoLink(address, email.subject, email.body);
    // A shortened subject is given in full with the body.
    const clip = link.subjectShortened ? emailText(email) : email.body;
    const copied = link.bodyLeftOut ? await this.toClipboard(clip) : true;
    // The window the user is in, which may be a pop-out one.
    activeWindow.open(link.href);
    if (!copied) return;
    const lines = [
      link.subjectShortened
        ? "The email is long: its subject and body are on the clipboard, paste them into the message."
        : link.bodyLeftOut
          ? "The email is long: its body is on the clipboard, paste it into the message."
          : "The email is open in your mail app.",
    ];
    if (link.addressLeftOut) lines.push("The address is too long for a mail link: add it there.");
    const [message = "", ...details] = lines;
    this.offerMarkSent(target, message, email.missing, details);
  }

  /** Copies the subject and body. */
  async copy(target: Target, template: EmailTemplate): Promise<void> {
    const email = this.render(target.path, template, target.contact ?? null);
    if (await this.toClipboard(emailText(email)))
      this.offerMarkSent(target, "The email is on the clipboard.", email.missing);
  }

  /**
   * Inserts the email at the cursor (after the properties when the cursor is in them), as one
   * undo step, never replacing a selection. Null when it would change the note's properties.
   */
  insertAtCursor(editor: Editor, path: string, template: EmailTemplate): RenderedEmail | null {
    const email = this.render(path, template);
    const insertion = emailAtCursor(
      editor.getValue(),
      editor.posToOffset(editor.getCursor()),
      email,
    );
    if (insertion === null) {
      new Notice(frontmatterAtRisk(path));
      return null;
    }
    editor.replaceRange(insertion.text, editor.offsetToPos(insertion.offset));
    if (email.missing.length > 0) new Notice(missingText(email.missing));
    return email;
  }

  /** Copies text, or says why it could not (clipboard access can be refused). */
  private async toClipboard(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      new Notice(`The email could not be copied to the clipboard (${errorMessage(error)}).`);
      return false;
    }
  }

  /** "Mark as sent" for the latest email, offered in a notice and by the command. */
  readonly markSent = new NoticeOffer<Target>("Mark as sent", MARK_SENT_NOTICE_MS, (target) =>
    this.notes.markDone(target),
  );

  private offerMarkSent(
    target: Target,
    message: string,
    missing: string[],
    notes: string[] = [],
  ): void {
    const details = missing.length > 0 ? [...notes, missingText(missing)] : notes;
    this.markSent.show(message, details, canMarkDone(target.action) ? target : null);
  }
}

/** The one person of a panel a follow-up is for, if it is for one. */
function personOf(interview: Interview | null, contact: string | null): PanelMember | null {
  if (interview === null || contact === null) return null;
  return interview.panel.find((each) => each.name === contact) ?? null;
}

function missingText(missing: string[]): string {
  return `No value for ${missing.map((name) => `{{${name}}}`).join(", ")}: fill ${missing.length === 1 ? "it" : "them"} in before sending.`;
}

function frontmatterAtRisk(path: string): string {
  return `The email was not put in "${path}": the note starts with "---" but its properties are not closed, and a "---" line in the email would change them. Close the properties with a "---" line first.`;
}
