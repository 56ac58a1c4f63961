// Opening a Base in a plugin's Bases view in obsidian-test-mocks. The mocks model the classes
// (BasesView, BasesQueryResult, BasesEntry, BasesEntryGroup, BasesViewConfig, QueryController)
// and keep what `registerBasesView` was given, but run no query. The gaps filled here (listed in
// test/README.md):
// - a Base's filters are not evaluated: `openBase` selects the notes with support/queryFilter.ts,
//   over the frontmatter in the metadata cache;
// - entries have no values: each gets `note.<key>` for every property of its note;
// - the results are neither sorted nor grouped: `openBase` sorts them by the Base's sort
//   (as text) and groups them by one property, as Bases hands them to a view;
// - nothing calls the factory or `onDataUpdated`: `openBase` does, and `update` sends new
//   results as Bases does after a change (new entry objects each time).
import type { BasesView as BasesViewOriginal, BasesViewRegistration } from "obsidian";
import {
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesViewConfig,
  BooleanValue,
  ListValue,
  NullValue,
  NumberValue,
  QueryController,
  StringValue,
  TFile,
} from "obsidian-test-mocks/obsidian";
import type { Harness } from "./obsidian";
import { basesFilterHolds } from "./queryFilter";

export interface BaseSpec {
  /** The Base's `filters` (an expression or `and`/`or`/`not` lists); none: every note. */
  filters?: unknown;
  sort?: { property: string; direction: "ASC" | "DESC" }[];
  /** A property to group by, as `groupBy` does. */
  groupBy?: string;
}

type ValueMock = StringValue | ListValue | BooleanValue | NumberValue | NullValue;

function valueOf(raw: unknown): ValueMock {
  if (typeof raw === "string") return StringValue.create__(raw);
  if (typeof raw === "number") return NumberValue.create__(raw);
  if (typeof raw === "boolean") return BooleanValue.create__(raw);
  if (Array.isArray(raw)) return ListValue.create__(raw.map(valueOf));
  return NullValue.create__();
}

/** The registration a plugin made for a view type (the mocks keep them by id). */
export function basesRegistration(harness: Harness, type: string): BasesViewRegistration {
  const registrations = (
    harness.plugin as unknown as { basesViewRegistrations__: Map<string, BasesViewRegistration> }
  ).basesViewRegistrations__;
  const registration = registrations.get(type);
  if (registration === undefined) throw new Error(`no Bases view "${type}" registered`);
  return registration;
}

export interface OpenBase {
  view: BasesViewOriginal;
  containerEl: HTMLElement;
  /** The paths the Base selected, in the order given to the view. */
  paths: string[];
  /** Runs the query again (after notes changed) and tells the view, as Bases does. */
  update(spec?: BaseSpec): string[];
  close(): void;
}

function frontmatterOf(harness: Harness, file: TFile): Record<string, unknown> {
  const cache = harness.app.metadataCache.getFileCache(file);
  return cache?.frontmatter ?? {};
}

function sortKey(frontmatter: Record<string, unknown>, property: string): string {
  const raw = frontmatter[property];
  return raw === undefined || raw === null ? "" : JSON.stringify(raw);
}

/** Evaluates a Base as Bases would and hands its results to the registered view. */
export function openBase(harness: Harness, type: string, spec: BaseSpec = {}): OpenBase {
  const { app, plugin } = harness;
  const registration = basesRegistration(harness, type);
  const containerEl = document.body.createDiv();
  const controller = QueryController.create2__(app, plugin, containerEl, null);
  const view = registration.factory(controller.asOriginalType2__(), containerEl);
  const config = BasesViewConfig.create__("", type, registration.name);
  const run = (current: BaseSpec): string[] => {
    const notes = app.vault
      .getMarkdownFiles()
      .map((file) => ({ file, frontmatter: frontmatterOf(harness, file) }))
      .filter(
        ({ file, frontmatter }) =>
          current.filters === undefined ||
          basesFilterHolds(current.filters, { path: file.path, frontmatter }),
      );
    notes.sort((a, b) => a.file.path.localeCompare(b.file.path));
    for (const { property, direction } of [...(current.sort ?? [])].reverse()) {
      const sign = direction === "DESC" ? -1 : 1;
      notes.sort(
        (a, b) =>
          sign * sortKey(a.frontmatter, property).localeCompare(sortKey(b.frontmatter, property)),
      );
    }
    const entries = notes.map(({ file, frontmatter }) => {
      const entry = BasesEntry.create__(null, file);
      for (const [key, raw] of Object.entries(frontmatter))
        entry.setValue__(`note.${key}`, valueOf(raw));
      return { entry, frontmatter };
    });
    const groups: BasesEntryGroup[] = [];
    if (current.groupBy === undefined) {
      groups.push(
        BasesEntryGroup.create__(
          entries.map((e) => e.entry),
          undefined,
        ),
      );
    } else {
      const byKey = new Map<string, BasesEntry[]>();
      for (const { entry, frontmatter } of entries) {
        const raw = frontmatter[current.groupBy];
        const key = typeof raw === "string" && raw !== "" ? raw : "";
        byKey.set(key, [...(byKey.get(key) ?? []), entry]);
      }
      for (const [key, list] of byKey)
        groups.push(
          key === ""
            ? BasesEntryGroup.create__(list, undefined)
            : BasesEntryGroup.create__(list, StringValue.create__(key)),
        );
    }
    const result = BasesQueryResult.create__(app, config, [], []);
    result.setData__(entries.map((e) => e.entry));
    result.setGroupedData__(groups);
    config.setSort__((current.sort ?? []).map((s) => ({ ...s, property: `note.${s.property}` })));
    const target = view as unknown as { data: unknown; config: unknown };
    target.data = result.asOriginalType__();
    target.config = config.asOriginalType__();
    // What Bases calls after each query; the plugin's view exists only where Bases does.
    (view as { onDataUpdated(): void }).onDataUpdated();
    return notes.map(({ file }) => file.path);
  };
  // Bases loads the view before its first results arrive.
  view.load();
  const paths = run(spec);
  return {
    view,
    containerEl,
    paths,
    update: (next = spec) => run(next),
    close: () => {
      view.unload();
      containerEl.remove();
    },
  };
}
