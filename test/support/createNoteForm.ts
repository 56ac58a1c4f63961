// Driving the "Create interview note" form in obsidian-test-mocks: shared by the tests of the
// command and of what it does with hostile input.
import type { TFile } from "obsidian-test-mocks/obsidian";
import { flushSync } from "svelte";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { type Harness, createPlugin, loadPlugin, openModals } from "./obsidian";

export type Handlers = {
  obsidianProtocolHandlers__: Map<string, (params: Record<string, string>) => void>;
};
export type Commands = { commands__: Map<string, { name: string; callback?: () => void }> };

/**
 * For a test file of the form: the clock at 2026-11-25 09:08 local (Date only: timers still run)
 * before each test, and after it every modal closed and the clock and spies restored.
 */
export function formClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(2026, 10, 25, 9, 8) });
  });
  afterEach(() => {
    for (const modal of openModals()) modal.close();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

export function runCommand(harness: Harness, id: string): void {
  const command = (harness.plugin as unknown as Commands).commands__.get(id);
  if (command?.callback === undefined) throw new Error(`no command ${id}`);
  command.callback();
}

export function form(): HTMLFormElement {
  const modal = openModals().at(-1);
  const el = modal?.contentEl.querySelector("form");
  if (!el) throw new Error("no form open");
  return el;
}

export function fill(values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    const labelEl = [...form().querySelectorAll("label")].find((l) => l.textContent === label);
    const input = labelEl ? document.getElementById(labelEl.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`no field ${label}`);
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  flushSync();
}

export async function submitAndWait(harness: Harness, count: number): Promise<TFile[]> {
  form().requestSubmit();
  await vi.waitFor(() => expect(harness.app.vault.getMarkdownFiles().length).toBe(count));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return harness.app.vault.getMarkdownFiles();
}

export async function setUp(
  files: Record<string, string> = {},
  data: unknown = null,
): Promise<Harness> {
  const harness = createPlugin(files, data);
  await loadPlugin(harness);
  return harness;
}
