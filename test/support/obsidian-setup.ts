// Setup for tests that run plugin code in obsidian-test-mocks (see test/README.md).
// The mocks patch DOM prototypes, so jsdom's globals must exist first: this file runs in
// vitest's jsdom environment, which provides them before any setup file.
import { MetadataCache, Modal } from "obsidian-test-mocks/obsidian";
import { setup } from "obsidian-test-mocks/setup";
import { vi } from "vitest";
import { keepEntryForBrokenYaml } from "./brokenYamlEntry";

// Plugin code imports 'obsidian', aliased to the mocks: give it Obsidian's normalizePath and
// fuzzy search.
// (vi.mock is hoisted above the imports, so the replacement is imported inside the factory.)
vi.mock("obsidian-test-mocks/obsidian", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  normalizePath: (await import("./normalizePath")).obsidianNormalizePath,
  // Obsidian's fuzzy search and its highlighting (the mock's scores run the wrong way).
  prepareFuzzySearch: (await import("./fuzzySearch")).prepareFuzzySearch,
  renderMatches: (await import("./fuzzySearch")).renderMatches,
}));

setup();

keepEntryForBrokenYaml(MetadataCache);

// jsdom lays nothing out: every element is 0 px tall and there is no ResizeObserver, so a
// virtual list would render as if it had no room. Give elements a tall viewport (tests that
// measure rendering set their own) and report it once when an element is observed.
const VIEWPORT_PX = 4000;
Object.defineProperty(HTMLElement.prototype, "clientHeight", {
  configurable: true,
  get(): number {
    return VIEWPORT_PX;
  },
});

class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const entry = { target } as ResizeObserverEntry;
    queueMicrotask(() => this.callback([entry], this));
  }
  unobserve(): void {}
  disconnect(): void {}
}
if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", {
    configurable: true,
    value: ResizeObserverStub,
  });
}

// Absent from jsdom, present in Obsidian: stubs that do nothing visible.
if (!("matchMedia" in window)) {
  const matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
  Object.defineProperty(window, "matchMedia", { configurable: true, value: matchMedia });
}
if (!("scrollIntoView" in Element.prototype)) {
  Object.defineProperty(Element.prototype, "scrollIntoView", {
    configurable: true,
    value: () => undefined,
  });
}

// The clipboard: what was written can be read back, as in Obsidian.
let clipboardText = "";
Object.defineProperty(navigator, "clipboard", {
  configurable: true,
  value: {
    writeText: (text: string) => {
      clipboardText = text;
      return Promise.resolve();
    },
    readText: () => Promise.resolve(clipboardText),
  },
});

// The mock's Modal closes itself on the next tick and is never attached to the page. Keep it
// open, in the document, until it is closed, as Obsidian does; tests find it with openModals().
const openedModals = new Set<Modal>();
Object.defineProperty(Modal.prototype, "open", {
  configurable: true,
  value: function open(this: Modal): void {
    document.body.appendChild(this.containerEl);
    openedModals.add(this);
    this.onOpen();
  },
});
Object.defineProperty(Modal.prototype, "close", {
  configurable: true,
  value: function close(this: Modal): void {
    if (!openedModals.delete(this)) return;
    this.onClose();
    this.containerEl.remove();
  },
});
(globalThis as { openedModals__?: Set<Modal> }).openedModals__ = openedModals;
