// The create form's panel rows and "They will decide by", in jsdom: adding and removing
// interviewers, their labels and focus, their checks, and what the form sends.
import fc from "fast-check";
import { flushSync, mount, tick, unmount } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NewInterviewForm } from "../../src/domain/newNote";
import CreateNoteForm from "../../src/ui/CreateNoteForm.svelte";
import { LINE_BREAKS_AND_CONTROLS, hostileText } from "../support/hostileText";

const START: NewInterviewForm = {
  organization: "Acme",
  position: "",
  date: "2026-11-25",
  time: "09:15",
  contact: "Jane",
  email: "jane@acme.example",
  previousRound: "",
};

let target: HTMLElement;
let component: Record<string, unknown> | null = null;

function render(initial: Partial<NewInterviewForm> = {}) {
  target = document.createElement("div");
  document.body.appendChild(target);
  const onSubmit = vi.fn<(input: NewInterviewForm) => void | Promise<void>>();
  component = mount(CreateNoteForm, {
    target,
    props: { initial: { ...START, ...initial }, onSubmit, onCancel: vi.fn() },
  });
  flushSync();
  return { onSubmit };
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

const labels = () => [...target.querySelectorAll("label")].map((l) => l.textContent);

function type(label: string, value: string): void {
  const input = field(label);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

function button(name: string): HTMLButtonElement {
  const found = [...target.querySelectorAll("button")].find(
    (b) => (b.getAttribute("aria-label") ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function add(): Promise<void> {
  button("Add interviewer").click();
  flushSync();
  await tick();
}

async function submit(): Promise<void> {
  target.querySelector("form")?.requestSubmit();
  flushSync();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("adding interviewers", () => {
  it("adds a labelled name and email row, focuses its name, and offers to remove it", async () => {
    render();
    await add();
    expect(labels()).toContain("Interviewer 2 name");
    expect(labels()).toContain("Interviewer 2 email");
    expect(document.activeElement).toBe(field("Interviewer 2 name"));
    expect(field("Interviewer 2 email").type).toBe("email");
    const remove = button("Remove interviewer 2");
    expect(remove.type).toBe("button");
    expect(remove.textContent).toBe("Remove");
    // Every input still has its own id and label.
    const inputs = [...target.querySelectorAll("input")];
    expect(new Set(inputs.map((i) => i.id)).size).toBe(inputs.length);
    for (const input of inputs)
      expect(target.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
  });

  it("sends the interviewers in order, leaving out rows left blank", async () => {
    const { onSubmit } = render();
    await add();
    await add();
    await add();
    type("Interviewer 2 name", "Bob: the boss");
    type("Interviewer 4 name", "Ann");
    type("Interviewer 4 email", "ann@acme.example");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      ...START,
      moreInterviewers: [
        { contact: "Bob: the boss", email: "" },
        { contact: "Ann", email: "ann@acme.example" },
      ],
    });
  });

  it("sends plain data, no live state: a copy that later edits of the form leave alone", async () => {
    const { onSubmit } = render({ organization: "Acme", decisionBy: "2026-12-01" });
    await add();
    await add();
    type("Interviewer 2 name", "Bob");
    type("Interviewer 3 name", "Cy");
    type("Interviewer 3 email", "cy@acme.example");
    await submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = onSubmit.mock.calls[0]?.[0];
    // structuredClone refuses a Proxy (Svelte's `$state` is one), at any depth.
    expect(() => structuredClone(sent)).not.toThrow();
    const before = structuredClone(sent);
    type("Organization", "Other");
    type("Interviewer 2 name", "Zed");
    button("Remove interviewer 3").click();
    flushSync();
    expect(sent).toEqual(before);
    expect(sent?.moreInterviewers).toEqual([
      { contact: "Bob", email: "" },
      { contact: "Cy", email: "cy@acme.example" },
    ]);
    expect(sent?.decisionBy).toBe("2026-12-01");
  });

  it("removes the chosen row, keeps the others' values, renumbers, and keeps the focus", async () => {
    render();
    await add();
    await add();
    await add();
    type("Interviewer 2 name", "Bob");
    type("Interviewer 3 name", "Cy");
    type("Interviewer 4 name", "Dee");
    button("Remove interviewer 3").click();
    flushSync();
    expect(field("Interviewer 2 name").value).toBe("Bob");
    expect(field("Interviewer 3 name").value).toBe("Dee");
    expect(labels()).not.toContain("Interviewer 4 name");
    expect(document.activeElement).toBe(button("Add interviewer"));
  });

  it("starts with the rows it is given (from a link)", () => {
    render({ moreInterviewers: [{ contact: "Bob\nSmith", email: "b@acme.example" }] });
    expect(field("Interviewer 2 name").value).toBe("Bob Smith");
    expect(field("Interviewer 2 email").value).toBe("b@acme.example");
  });

  it("checks each row's address and name, says so inline, and focuses the first", async () => {
    const { onSubmit } = render();
    await add();
    await add();
    type("Interviewer 2 email", "bob at acme");
    type("Interviewer 3 email", "c@acme.example");
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const email = field("Interviewer 2 email");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(
      document.getElementById(email.getAttribute("aria-describedby") ?? "")?.textContent?.trim(),
    ).toBe("Enter an address such as jane@example.com.");
    expect(document.activeElement).toBe(field("Interviewer 2 name"));
    expect(field("Interviewer 2 name").getAttribute("aria-invalid")).toBe("true");
    expect(target.textContent).toContain("Enter the interviewer's name.");
  });

  it("shows a row's error once its field is left, and not another row's", async () => {
    render();
    await add();
    await add();
    type("Interviewer 2 email", "nope");
    type("Interviewer 3 email", "nope");
    field("Interviewer 3 email").dispatchEvent(new FocusEvent("blur"));
    flushSync();
    expect(field("Interviewer 3 email").getAttribute("aria-invalid")).toBe("true");
    expect(field("Interviewer 2 email").getAttribute("aria-invalid")).toBe("false");
  });

  it("shows and sends a typed or pasted name as one line", async () => {
    const { onSubmit } = render();
    await add();
    const removed = new Set(LINE_BREAKS_AND_CONTROLS);
    await fc.assert(
      fc.asyncProperty(hostileText(), async (name) => {
        onSubmit.mockClear();
        type("Interviewer 2 name", `Bob ${name}`);
        await tick();
        const shown = field("Interviewer 2 name").value;
        expect([...shown].filter((c) => removed.has(c))).toEqual([]);
        await submit();
        expect(onSubmit.mock.calls[0]?.[0].moreInterviewers?.[0]?.contact).toBe(shown);
      }),
      { numRuns: 50 },
    );
  });
});

describe("They will decide by", () => {
  it("sends the day when given, and nothing when left empty", async () => {
    const { onSubmit } = render();
    type("They will decide by (optional)", "2026-12-04");
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ ...START, decisionBy: "2026-12-04" });
    type("They will decide by (optional)", "");
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith(START);
    expect(field("They will decide by (optional)").type).toBe("date");
  });

  it("refuses a day before the interview, inline", async () => {
    const { onSubmit } = render();
    type("They will decide by (optional)", "2026-11-01");
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(target.textContent).toContain("Enter a day on or after the interview.");
    expect(document.activeElement).toBe(field("They will decide by (optional)"));
  });
});
