// The "Create interview note" form in Chromium: typing, Enter to submit, Escape to cancel, Tab order.
import { flushSync, mount, tick, unmount } from "svelte";
import { afterEach, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../../styles.css";
import type { NewInterview } from "../../src/domain/newNote";
import CreateNoteForm from "../../src/ui/CreateNoteForm.svelte";
import "./obsidian-theme.css";

const START: NewInterview = {
  organization: "",
  position: "",
  date: "2026-11-25",
  time: "09:15",
  contact: "",
  email: "",
  previousRound: "",
};

let host: HTMLElement | null = null;
let component: Record<string, unknown> | null = null;

function render() {
  document.body.className = "theme-light";
  host = document.createElement("div");
  document.body.appendChild(host);
  const onSubmit = vi.fn<(input: NewInterview) => void | Promise<void>>();
  const onCancel = vi.fn<() => void>();
  component = mount(CreateNoteForm, {
    target: host,
    props: { initial: START, onSubmit, onCancel },
  });
  flushSync();
  return { onSubmit, onCancel, inputs: [...host.querySelectorAll("input")] };
}

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  host?.remove();
});

it("submits on Enter once the organization is there", async () => {
  const { onSubmit, inputs } = render();
  const [organization, position] = inputs;
  if (!organization || !position) throw new Error("no inputs");
  await userEvent.click(position);
  await userEvent.keyboard("{Enter}");
  expect(onSubmit).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(organization);
  await userEvent.keyboard("Acme Corp");
  await userEvent.keyboard("{Enter}");
  expect(onSubmit).toHaveBeenCalledWith({ ...START, organization: "Acme Corp" });
});

it("cancels on Escape", async () => {
  const { onCancel, inputs } = render();
  const [organization] = inputs;
  if (!organization) throw new Error("no inputs");
  await userEvent.click(organization);
  await userEvent.keyboard("{Escape}");
  expect(onCancel).toHaveBeenCalledTimes(1);
});

it("moves through the fields in order with Tab", async () => {
  const { inputs } = render();
  const [organization] = inputs;
  if (!organization) throw new Error("no inputs");
  await userEvent.click(organization);
  const order: string[] = [];
  // Chromium stops on each part of a date or time input (day, month, year…): count each field once.
  for (let i = 0; i < 24; i++) {
    const active = document.activeElement as HTMLElement;
    const name = active.id.replace(/^.*-/, "") || (active.textContent ?? "");
    if (order.at(-1) !== name) order.push(name);
    await userEvent.tab();
  }
  expect(order.slice(0, 11)).toEqual([
    "organization",
    "position",
    "date",
    "time",
    "contact",
    "email",
    "Add interviewer",
    "decisionBy",
    "round",
    "Cancel",
    "Create note",
  ]);
});

it("shows a pasted value as one line and sends exactly what it shows", async () => {
  const { onSubmit, inputs } = render();
  const [organization] = inputs;
  if (!organization) throw new Error("no inputs");
  await userEvent.click(organization);
  await userEvent.fill(organization, "Acme\u2028Corp\u202e \u200fLtd\u0085\tX");
  await tick();
  await tick();
  expect(organization.value).toBe("Acme Corp   Ltd  X");
  await userEvent.click(organization);
  await userEvent.keyboard("{Enter}");
  expect(onSubmit).toHaveBeenCalledTimes(1);
  expect(onSubmit.mock.calls[0]?.[0].organization).toBe(organization.value);
});

it("makes one note for Enter then a click on Create note", async () => {
  const { onSubmit, inputs } = render();
  let finish: () => void = () => undefined;
  onSubmit.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
  const [organization] = inputs;
  if (!organization || !host) throw new Error("no inputs");
  await userEvent.click(organization);
  await userEvent.keyboard("Acme{Enter}");
  const button = [...host.querySelectorAll("button")].find((b) => b.textContent === "Create note");
  if (!button) throw new Error("no button");
  await userEvent.click(button, { force: true });
  button.click();
  expect(onSubmit).toHaveBeenCalledTimes(1);
  finish();
});

it("adds, fills and removes an interviewer from the keyboard alone", async () => {
  const { onSubmit, inputs } = render();
  const [organization] = inputs;
  if (!organization || !host) throw new Error("no inputs");
  await userEvent.click(organization);
  await userEvent.keyboard("Acme");
  const add = [...host.querySelectorAll("button")].find((b) => b.textContent === "Add interviewer");
  if (!add) throw new Error("no add button");
  add.focus();
  await userEvent.keyboard("{Enter}");
  await tick();
  await userEvent.keyboard("Bob Lee");
  await userEvent.tab();
  await userEvent.keyboard("bob@acme.example");
  await userEvent.tab();
  expect(document.activeElement?.getAttribute("aria-label")).toBe("Remove interviewer 2");
  add.focus();
  await userEvent.keyboard("{Enter}");
  await tick();
  await userEvent.keyboard("Cy");
  await userEvent.tab();
  await userEvent.tab();
  await userEvent.keyboard("{Enter}");
  await tick();
  expect(document.activeElement).toBe(add);
  expect(host.querySelector("[aria-label='Remove interviewer 3']")).toBeNull();
  organization.focus();
  await userEvent.keyboard("{Enter}");
  expect(onSubmit).toHaveBeenCalledWith({
    ...START,
    organization: "Acme",
    moreInterviewers: [{ contact: "Bob Lee", email: "bob@acme.example" }],
  });
});
