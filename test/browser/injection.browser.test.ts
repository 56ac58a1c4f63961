// HTML and script in notes, rendered in a real browser (Chromium): the sidebar and the
// "Create interview note" form show every hostile value as literal text, create no element from
// it, and run none of it. Each payload would set a flag on `window` if it ran; a control renders
// the same payloads as HTML to prove they are live and that the wait is long enough to see them.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../../styles.css";
import { type NoteReading, readNote } from "../../src/domain/interview";
import type { NewInterview } from "../../src/domain/newNote";
import { defaultSettings } from "../../src/domain/settings";
import { buildSidebarModel } from "../../src/domain/livePlan";
import { warningHeadline } from "../../src/domain/sidebar";
import type { SidebarCallbacks } from "../../src/ui/sidebarCallbacks";
import CreateNoteForm from "../../src/ui/CreateNoteForm.svelte";
import FollowUps from "../../src/ui/FollowUps.svelte";
import type { RoundDetails } from "../../src/ui/roundDetails";
import { SidebarStore } from "../../src/ui/sidebarStore.svelte";
import "./obsidian-theme.css";

const NOW = new Date(2026, 10, 25, 12, 0).getTime();
const HOUR = 3_600_000;
const settings = defaultSettings();

type Flags = Record<string, unknown>;
const flags = window as unknown as Flags;
const FLAG = "__pwned";

/**
 * Payloads that run `<target>.<flag> = true` when a page takes them for HTML, each another way.
 * The target is the window to flag: `window` in the view, `parent` for the control's frames.
 */
function payloads(flag: string, target = "window") {
  const run = `${target}.${flag}=true`;
  return {
    img: `<img src=x onerror="${run}">`,
    script: `<script>${run}</script>`,
    svg: `<svg onload="${run}"></svg>`,
    svgShort: `<svg/onload=${run}>`,
    details: `<details open ontoggle="${run}">x</details>`,
    iframe: `<iframe src="javascript:${run}"></iframe>`,
    link: `<a href="javascript:${run}">click</a>`,
    javascriptUrl: `javascript:${run}`,
    breakout: `"><b onmouseover="${run}">bold</b>`,
    quoteBreakout: `'><img src=x onerror=${run}>`,
    entities: "&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;i&#62; &quot;",
    style: "<style>*{display:none}</style>",
  };
}

const P = payloads(FLAG);
/** Every tag the payloads would create. */
const CREATED = "img, script, svg, details, iframe, a, b, i, style";

/** What in `root` came from a payload: its elements, inline handlers, or links and sources. */
function injected(root: Element): string[] {
  const found = [...root.querySelectorAll(CREATED)].map((el) => `<${el.tagName.toLowerCase()}>`);
  for (const el of root.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || ["src", "href", "srcdoc", "formaction"].includes(attr.name)) {
        found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      }
    }
  }
  return found;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a check waits for a payload that should not run: at least 400 ms, and at least twice
 * what the control's slowest live payload took on this machine (the control runs first), so that
 * a busy machine lengthens the wait instead of failing the control or cutting the check short.
 */
let noScriptWaitMs = 400;

/** The flag stays unset after a tick and after the wait. */
async function expectNoScriptRan(): Promise<void> {
  await wait(0);
  expect(flags[FLAG]).toBeUndefined();
  await wait(noScriptWaitMs);
  expect(flags[FLAG]).toBeUndefined();
}

let host: HTMLElement | null = null;
let component: Record<string, unknown> | null = null;

beforeEach(() => {
  delete flags[FLAG];
});

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  host?.remove();
  host = null;
  delete flags[FLAG];
});

describe("the control: the payloads are live", () => {
  it("set their flag when a page does read them as HTML, and set the checks' wait", async () => {
    const control = "__control";
    const live = payloads(control, "parent");
    // Each alone, in a frame whose parser reads it as a page would. (The javascript: frame and
    // link, and the breakout's handler, need a click or a hover; the element checks cover them.)
    for (const name of ["img", "script", "svg", "svgShort", "details", "quoteBreakout"] as const) {
      delete flags[control];
      const frame = document.createElement("iframe");
      frame.srcdoc = live[name];
      const started = performance.now();
      document.body.appendChild(frame);
      // The bound only ends a control that never fires; how long it took sets the checks' wait.
      await vi.waitFor(() => expect(flags[control], name).toBe(true), {
        timeout: 60_000,
        interval: 5,
      });
      noScriptWaitMs = Math.max(noScriptWaitMs, 2 * (performance.now() - started));
      frame.remove();
    }
    delete flags[control];
  });
});

const ICONS: Record<string, string> = { check: "✓", "more-horizontal": "⋯" };

function actionsStub() {
  return {
    open: vi.fn<SidebarCallbacks["open"]>(),
    done: vi.fn<SidebarCallbacks["done"]>(),
    menu: vi.fn<SidebarCallbacks["menu"]>(),
    restore: vi.fn<SidebarCallbacks["restore"]>(),
    create: vi.fn<SidebarCallbacks["create"]>(),
    formatExact: (ms: number) => new Date(ms).toISOString(),
    icon: (el: HTMLElement, name: string) => {
      el.textContent = ICONS[name] ?? "";
    },
  };
}

function renderSidebar(readings: NoteReading[]) {
  document.body.className = "theme-light";
  host = document.createElement("div");
  host.className = "view-content interview-follow-up-content";
  document.body.appendChild(host);
  const store = new SidebarStore();
  store.model = buildSidebarModel(readings, settings, NOW, true);
  const callbacks = actionsStub();
  // Tall enough that the virtual list renders every row.
  component = mount(FollowUps, {
    target: host,
    props: { store, callbacks, viewportHeight: 20_000 },
  });
  flushSync();
  return { store, callbacks, view: host };
}

const recent = new Date(NOW - 2 * HOUR).toISOString();

/** Hostile notes: every property the sidebar shows, and paths, holding HTML or script. */
const HOSTILE: Record<string, Record<string, unknown>> = {
  "Interviews/org-img.md": { organization: P.img, email: "a@x.example", date: recent },
  "Interviews/org-svg.md": { organization: P.svgShort, email: "a@x.example", date: recent },
  "Interviews/org-breakout.md": { organization: P.breakout, email: "a@x.example", date: recent },
  "Interviews/org-js.md": { organization: P.javascriptUrl, email: "a@x.example", date: recent },
  "Interviews/pos-script.md": { position: P.script, email: "a@x.example", date: recent },
  "Interviews/pos-details.md": { position: P.details, email: "a@x.example", date: recent },
  "Interviews/pos-entities.md": { position: P.entities, email: "a@x.example", date: recent },
  "Interviews/pos-iframe.md": { position: P.iframe, email: "a@x.example", date: recent },
  "Interviews/pos-style.md": { position: P.style, email: "a@x.example", date: recent },
  "Interviews/email-svg.md": { organization: "Acme", email: P.svg, date: recent },
  "Interviews/email-quote.md": { organization: "Acme", email: P.quoteBreakout, date: recent },
  "Interviews/contact-img.md": { organization: "Acme", contact: `Jane ${P.img}`, date: recent },
  "Interviews/status-script.md": { organization: "Acme", status: P.script, date: recent },
  "Interviews/status-link.md": { organization: "Acme", status: P.link, date: recent },
  "Interviews/date-img.md": { organization: "Acme", date: P.img },
  "Interviews/date-entities.md": { organization: "Acme", date: P.entities },
  [`Interviews/${P.svgShort}.md`]: { organization: "Acme", date: P.quoteBreakout },
  [`Interviews/${P.javascriptUrl}.md`]: { organization: "Acme", date: "2026-02-30" },
  [`Interviews/${P.breakout}.md`]: { date: recent, snoozed_until: "2027-01-01" },
  "Interviews/dismissed.md": {
    organization: P.img,
    position: P.breakout,
    email: "a@x.example",
    date: recent,
    dismissed: ["thank-you"],
  },
};

function readingsOf(notes: Record<string, Record<string, unknown>>): NoteReading[] {
  return Object.entries(notes).flatMap(([path, fm]) => readNote(path, fm, settings) ?? []);
}

function interviewOf(readings: NoteReading[], path: string) {
  const reading = readings.find((r) => r.kind === "interview" && r.interview.path === path);
  if (reading?.kind !== "interview") throw new Error(`${path} is not read as an interview`);
  return reading.interview;
}

function problemOf(readings: NoteReading[], path: string): string {
  const reading = readings.find((r) => r.kind === "problem" && r.path === path);
  if (reading?.kind !== "problem") throw new Error(`${path} is not read as a problem`);
  return reading.reason;
}

const rowsOf = (view: Element, selector: string, path: string) =>
  [...view.querySelectorAll<HTMLElement>(selector)].filter((el) => el.dataset.path === path);

const textOf = (row: Element, selector: string) => row.querySelector(selector)?.textContent;

/** Checks every hostile value shows as its literal text in the rendered sidebar. */
function expectLiteral(view: HTMLElement, readings: NoteReading[]): void {
  const item = ".interview-follow-up-item";
  const who = ".interview-follow-up-item-who";
  for (const [path, organization] of [
    ["Interviews/org-img.md", P.img],
    ["Interviews/org-svg.md", P.svgShort],
    ["Interviews/org-breakout.md", P.breakout],
    ["Interviews/org-js.md", P.javascriptUrl],
  ] as const) {
    const rows = rowsOf(view, item, path);
    expect(rows.length, path).toBeGreaterThan(0);
    for (const row of rows) {
      expect(textOf(row, who)).toBe(organization);
      // Attributes hold the text too, as text: the aria-label starts with the label, then it.
      expect(row.getAttribute("aria-label")).toContain(`, ${organization}`);
    }
  }
  for (const [path, position] of [
    ["Interviews/pos-script.md", P.script],
    ["Interviews/pos-details.md", P.details],
    ["Interviews/pos-entities.md", P.entities],
    ["Interviews/pos-iframe.md", P.iframe],
    ["Interviews/pos-style.md", P.style],
  ] as const) {
    const rows = rowsOf(view, item, path);
    expect(rows.length, path).toBeGreaterThan(0);
    for (const row of rows) expect(textOf(row, who)).toBe(position);
  }
  // The email and the contact reach the sidebar in the thank-you's warning.
  for (const [path, raw] of [
    ["Interviews/email-svg.md", P.svg],
    ["Interviews/email-quote.md", P.quoteBreakout],
    ["Interviews/contact-img.md", "img src=x onerror"],
  ] as const) {
    const warning = interviewOf(readings, path).emailWarning ?? "";
    expect(warning).toContain(raw.replace(/"/g, '\\"'));
    const [row] = rowsOf(view, `${item}[data-action="thank-you"]`, path);
    // The row shows what is wrong (the sentence up to its colon), the tooltip all of it.
    const shown = row?.querySelector(".interview-follow-up-item-warning");
    expect(shown?.textContent).toBe(warningHeadline(warning));
    expect(shown?.getAttribute("title")).toBe(warning);
    const open = row?.querySelector(".interview-follow-up-item-open");
    expect(open?.getAttribute("aria-label")).toContain(warning);
  }
  // Problems: the path as it is, and the reason, which quotes the value.
  const problem = ".interview-follow-up-problem";
  for (const [path, raw] of [
    ["Interviews/status-script.md", P.script],
    ["Interviews/status-link.md", P.link],
    ["Interviews/date-img.md", P.img],
    ["Interviews/date-entities.md", P.entities],
    [`Interviews/${P.svgShort}.md`, P.quoteBreakout],
    [`Interviews/${P.javascriptUrl}.md`, "2026-02-30"],
  ] as const) {
    const reason = problemOf(readings, path);
    expect(reason).toContain(JSON.stringify(raw));
    const [row] = rowsOf(view, problem, path);
    expect(row && textOf(row, ".interview-follow-up-problem-path"), path).toBe(path);
    expect(row && textOf(row, ".interview-follow-up-problem-reason")).toBe(reason);
    expect(row?.querySelector(".interview-follow-up-problem-reason")?.getAttribute("title")).toBe(
      reason,
    );
  }
  expect(injected(view)).toEqual([]);
}

describe("the sidebar in Chromium, with HTML and script in notes", () => {
  it("shows every value as literal text and creates no element from it", async () => {
    const readings = readingsOf(HOSTILE);
    const { view } = renderSidebar(readings);
    expectLiteral(view, readings);
    await expectNoScriptRan();
  });

  it("shows hidden notes (snoozed, dismissed) literally once the section is opened", async () => {
    const readings = readingsOf(HOSTILE);
    const { view } = renderSidebar(readings);
    const toggle = view.querySelector<HTMLElement>(".interview-follow-up-section-toggle");
    if (toggle === null) throw new Error("no hidden section");
    await userEvent.click(toggle);
    const hidden = ".interview-follow-up-hidden";
    // A snoozed note without organization or position is named by its path.
    const [snoozed] = rowsOf(view, hidden, `Interviews/${P.breakout}.md`);
    expect(snoozed && textOf(snoozed, ".interview-follow-up-hidden-who")).toBe(
      `Interviews/${P.breakout}.md`,
    );
    const [dismissed] = rowsOf(view, hidden, "Interviews/dismissed.md");
    const who = dismissed && textOf(dismissed, ".interview-follow-up-hidden-who");
    expect(who?.startsWith(P.img)).toBe(true);
    expect(who?.endsWith(P.breakout)).toBe(true);
    expect(injected(view)).toEqual([]);
    await expectNoScriptRan();
  });

  it("keeps them literal when the model changes under a mounted view", async () => {
    const { store, view } = renderSidebar(
      readingsOf({ "Interviews/org-img.md": { organization: "Acme", date: recent } }),
    );
    const readings = readingsOf(HOSTILE);
    store.model = buildSidebarModel(readings, settings, NOW, true);
    flushSync();
    expectLiteral(view, readings);
    await expectNoScriptRan();
  });

  it("runs nothing when the rows are hovered and opened; a javascript: path is only passed on", async () => {
    const readings = readingsOf(HOSTILE);
    const { view, callbacks } = renderSidebar(readings);
    for (const row of view.querySelectorAll<HTMLElement>(".interview-follow-up-item-who")) {
      row.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    }
    const path = `Interviews/${P.javascriptUrl}.md`;
    const [problem] = rowsOf(view, ".interview-follow-up-problem", path);
    if (problem === undefined) throw new Error("no problem row");
    const before = window.location.href;
    await userEvent.click(problem);
    expect(callbacks.open).toHaveBeenCalledWith(path, false);
    expect(window.location.href).toBe(before);
    const [item] = rowsOf(view, ".interview-follow-up-item", "Interviews/org-js.md");
    const open = item?.querySelector<HTMLElement>(".interview-follow-up-item-open");
    if (!open) throw new Error("no item row");
    await userEvent.click(open);
    expect(callbacks.open).toHaveBeenLastCalledWith("Interviews/org-js.md", false);
    expect(window.location.href).toBe(before);
    await expectNoScriptRan();
  });
});

describe("the create-note form in Chromium, with HTML and script prefilled", () => {
  const HOSTILE_FORM: NewInterview = {
    organization: P.img,
    position: P.breakout,
    date: "2026-11-25",
    time: "09:15",
    contact: P.script,
    email: "jane@acme.example",
    previousRound: P.svgShort,
  };

  function renderForm(initial: NewInterview) {
    document.body.className = "theme-light";
    host = document.createElement("div");
    document.body.appendChild(host);
    const onSubmit = vi.fn<(input: NewInterview) => void>();
    const onCancel = vi.fn<() => void>();
    let choose: ((round: RoundDetails) => void) | null = null;
    const attachRoundSuggest = (_input: HTMLInputElement, pick: (round: RoundDetails) => void) => {
      choose = pick;
    };
    component = mount(CreateNoteForm, {
      target: host,
      props: { initial, onSubmit, onCancel, attachRoundSuggest },
    });
    flushSync();
    const input = (name: string) => {
      const el = host?.querySelector<HTMLInputElement>(`input[id$="-${name}"]`);
      if (!el) throw new Error(`no ${name} input`);
      return el;
    };
    return { form: host, onSubmit, input, choose: () => choose };
  }

  it("shows prefilled values as the inputs' text and submits them unchanged", async () => {
    const { form, onSubmit, input } = renderForm(HOSTILE_FORM);
    expect(input("organization").value).toBe(P.img);
    expect(input("position").value).toBe(P.breakout);
    expect(input("contact").value).toBe(P.script);
    expect(input("round").value).toBe(P.svgShort);
    expect(injected(form)).toEqual([]);
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit === null) throw new Error("no submit button");
    await userEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith(HOSTILE_FORM);
    await expectNoScriptRan();
  });

  it("refuses hostile text where a date, time or email belongs, and echoes none of it", async () => {
    const { form, onSubmit } = renderForm({
      ...HOSTILE_FORM,
      date: P.img,
      time: P.script,
      email: P.svg,
    });
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit === null) throw new Error("no submit button");
    await userEvent.click(submit);
    expect(onSubmit).not.toHaveBeenCalled();
    const errors = [...form.querySelectorAll(".interview-follow-up-field-error")];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.textContent).not.toContain("<");
    expect(injected(form)).toEqual([]);
    await expectNoScriptRan();
  });

  it("fills in an earlier round's hostile details as text", async () => {
    const { form, input, choose } = renderForm({
      organization: "",
      position: "",
      date: "2026-11-25",
      time: "",
      contact: "",
      email: "",
      previousRound: "",
    });
    const pick = choose();
    if (pick === null) throw new Error("the round suggester was not attached");
    pick({
      previousRound: `Interviews/${P.iframe}`,
      organization: P.details,
      position: P.entities,
      contact: P.link,
      email: P.quoteBreakout,
    });
    flushSync();
    expect(input("round").value).toBe(`Interviews/${P.iframe}`);
    expect(input("organization").value).toBe(P.details);
    expect(input("position").value).toBe(P.entities);
    expect(input("contact").value).toBe(P.link);
    expect(input("email").value).toBe(P.quoteBreakout);
    expect(injected(form)).toEqual([]);
    await expectNoScriptRan();
  });
});
