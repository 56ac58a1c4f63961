// The "Create interview note" form in jsdom: labels, validation, submit and cancel.
import fc from "fast-check";
import { flushSync, mount, tick, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NewInterview } from "../../src/domain/newNote";
import CreateNoteForm from "../../src/ui/CreateNoteForm.svelte";
import type { RoundDetails } from "../../src/ui/roundDetails";
import { LINE_BREAKS_AND_CONTROLS, hostileText, isWellFormed } from "../support/hostileText";

const START: NewInterview = {
  organization: "",
  position: "",
  date: "2026-11-25",
  time: "09:15",
  contact: "",
  email: "",
  previousRound: "",
};

let target: HTMLElement;
let component: Record<string, unknown> | null = null;

function render(initial: Partial<NewInterview> = {}) {
  target = document.createElement("div");
  document.body.appendChild(target);
  const onSubmit = vi.fn<(input: NewInterview) => void | Promise<void>>();
  const onCancel = vi.fn<() => void>();
  let choose: ((round: RoundDetails) => void) | null = null;
  const attachRoundSuggest = vi.fn(
    (_input: HTMLInputElement, pick: (round: RoundDetails) => void) => {
      choose = pick;
    },
  );
  component = mount(CreateNoteForm, {
    target,
    props: { initial: { ...START, ...initial }, onSubmit, onCancel, attachRoundSuggest },
  });
  flushSync();
  return {
    onSubmit,
    onCancel,
    attachRoundSuggest,
    choose: (round: RoundDetails) => choose?.(round),
  };
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  target.remove();
});

function field(label: string): HTMLInputElement {
  const el = [...target.querySelectorAll("label")].find((l) => l.textContent === label);
  const input = el ? document.getElementById(el.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input labelled ${label}`);
  return input;
}

function type(label: string, value: string): void {
  const input = field(label);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

function button(text: string): HTMLButtonElement {
  const found = [...target.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function submit(): Promise<void> {
  target.querySelector("form")?.requestSubmit();
  flushSync();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const LABELS = [
  "Organization",
  "Position",
  "Date",
  "Time (optional)",
  "Contact name",
  "Contact email",
  "They will decide by (optional)",
  "Earlier round (optional)",
];

describe("the form", () => {
  it("has a visible label tied to every input, in a sensible focus order", () => {
    render();
    const inputs = [...target.querySelectorAll("input")];
    expect(
      inputs.map((input) => target.querySelector(`label[for="${input.id}"]`)?.textContent),
    ).toEqual(LABELS);
    expect(new Set(inputs.map((input) => input.id)).size).toBe(inputs.length);
    expect(target.querySelectorAll("[tabindex]")).toHaveLength(0);
    const buttons = [...target.querySelectorAll("button")].map((b) => b.textContent);
    expect(buttons).toEqual(["Add interviewer", "Cancel", "Create note"]);
  });

  it("starts with the values it is given", () => {
    render({ organization: "Acme", date: "2026-11-30", time: "10:30" });
    expect(field("Organization").value).toBe("Acme");
    expect(field("Date").value).toBe("2026-11-30");
    expect(field("Time (optional)").value).toBe("10:30");
  });

  it("requires the organization, says so inline, and focuses it", async () => {
    const { onSubmit } = render();
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const org = field("Organization");
    expect(org.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(org.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Enter the organization.",
    );
    expect(document.activeElement).toBe(org);
  });

  it("checks the email's shape and the date", async () => {
    const { onSubmit } = render({ organization: "Acme" });
    type("Contact email", "jane at acme");
    type("Date", "");
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(target.textContent).toContain("Enter an address such as jane@example.com.");
    expect(target.textContent).toContain("Enter the date of the interview.");
  });

  it("shows an error once a field is left, not before", () => {
    render();
    expect(target.querySelector(".interview-follow-up-field-error")).toBeNull();
    field("Organization").dispatchEvent(new FocusEvent("blur"));
    flushSync();
    expect(target.querySelector(".interview-follow-up-field-error")?.textContent).toBe(
      "Enter the organization.",
    );
  });

  it("submits the values when they are good", async () => {
    const { onSubmit } = render();
    type("Organization", "Acme Corp");
    type("Position", "Engineer");
    type("Contact name", "Jane Doe");
    type("Contact email", "jane@acme.example");
    type("Time (optional)", "");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      ...START,
      organization: "Acme Corp",
      position: "Engineer",
      contact: "Jane Doe",
      email: "jane@acme.example",
      time: "",
    });
  });

  it("cancels on Escape and on the Cancel button", () => {
    const { onCancel } = render();
    field("Position").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    button("Cancel").click();
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it("leaves Escape in the earlier-round field to its suggester", () => {
    const { onCancel } = render();
    field("Earlier round (optional)").dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", bubbles: true }),
    );
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("fills the earlier round, organization, position and contact from the chosen round", () => {
    const { attachRoundSuggest, choose } = render();
    expect(attachRoundSuggest).toHaveBeenCalledWith(
      field("Earlier round (optional)"),
      expect.any(Function),
    );
    choose({
      previousRound: "Interviews/Round 1",
      organization: "Acme",
      position: "Dev",
      contact: "Jane",
      email: "j@a.example",
    });
    flushSync();
    expect(field("Earlier round (optional)").value).toBe("Interviews/Round 1");
    expect(field("Organization").value).toBe("Acme");
    expect(field("Position").value).toBe("Dev");
    expect(field("Contact name").value).toBe("Jane");
    expect(field("Contact email").value).toBe("j@a.example");
  });
});

describe("what the form shows is what it sends", () => {
  const TEXT_FIELDS = ["Organization", "Position", "Contact name", "Earlier round (optional)"];

  it("shows a typed or pasted value as one line, and sends exactly what it shows", async () => {
    const { onSubmit } = render();
    const removed = new Set(LINE_BREAKS_AND_CONTROLS);
    await fc.assert(
      fc.asyncProperty(hostileText(), hostileText(), async (organization, contact) => {
        onSubmit.mockClear();
        type("Organization", `Acme ${organization}`);
        type("Contact name", contact);
        // The field is corrected as it is typed in, with the caret kept where it was.
        await tick();
        const shown = TEXT_FIELDS.map((label) => field(label).value);
        for (const value of shown) {
          expect([...value].filter((c) => removed.has(c))).toEqual([]);
          expect(isWellFormed(value)).toBe(true);
        }
        await submit();
        expect(onSubmit).toHaveBeenCalledTimes(1);
        const sent = onSubmit.mock.calls[0]?.[0];
        expect(
          sent && [sent.organization, sent.position, sent.contact, sent.previousRound],
        ).toEqual(shown);
      }),
      { numRuns: 100 },
    );
  });

  it("shows a link's values as one line from the start", () => {
    render({
      organization: "Acme\u2028Corp\u202e",
      position: "Dev\r\n# heading",
      contact: "\uD800Jane",
    });
    expect(field("Organization").value).toBe("Acme Corp ");
    expect(field("Position").value).toBe("Dev  # heading");
    expect(field("Contact name").value).toBe("\uFFFDJane");
  });
});

describe("submitting twice", () => {
  it("sends once while the note is being made, and again once that has failed", async () => {
    const { onSubmit } = render({ organization: "Acme" });
    let finish: () => void = () => undefined;
    onSubmit.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    const form = target.querySelector("form");
    // Two submits in the same tick (a double click), then one more while the first is still busy.
    form?.requestSubmit();
    form?.requestSubmit();
    flushSync();
    expect(target.querySelector<HTMLButtonElement>("button[type=submit]")?.disabled).toBe(true);
    form?.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    flushSync();
    expect(target.querySelector<HTMLButtonElement>("button[type=submit]")?.disabled).toBe(false);
    await submit();
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});
