// The one support layer over obsidian-test-mocks: building a plugin over an in-memory vault,
// and filling the gaps listed in test/README.md.
import { readFileSync } from "node:fs";
import type { PluginManifest } from "obsidian";
import { App, Notice } from "obsidian-test-mocks/obsidian";
import { vi } from "vitest";
import InterviewFollowUpPlugin from "../../src/main";

export const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;

export interface Harness {
  app: App;
  plugin: InterviewFollowUpPlugin;
}

/**
 * A plugin instance over a vault of the given files. `data` is what `loadData` returns:
 * `null` for no data.json (the mock would give `{}`), or an Error to throw as a corrupt file does.
 */
export function createPlugin(files: Record<string, string> = {}, data: unknown = null): Harness {
  const app = App.createConfigured__({ files });
  const plugin = new InterviewFollowUpPlugin(app.asOriginalType__(), manifest);
  vi.spyOn(plugin, "loadData").mockImplementation(() =>
    data instanceof Error ? Promise.reject(data) : Promise.resolve(structuredClone(data)),
  );
  return { app, plugin };
}

/** Records the message of every Notice shown while the returned list is alive. */
export function captureNotices(): string[] {
  const messages: string[] = [];
  vi.spyOn(Notice.prototype, "constructor__").mockImplementation((message: unknown) => {
    messages.push(typeof message === "string" ? message : String((message as Node).textContent));
  });
  return messages;
}
