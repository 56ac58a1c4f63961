// A board card in jsdom: its buttons' icons follow the card's follow-up as it changes.
import { flushSync, mount, unmount } from "svelte";
import { fromStore, writable } from "svelte/store";
import { afterEach, describe, expect, it } from "vitest";
import { FOLLOW_UP_KINDS, doneAction } from "../../src/domain/followUpKinds";
import type { BoardCard } from "../../src/domain/pipelineBoard";
import type { SidebarItem } from "../../src/domain/sidebar";
import { ACTION_IDS, type ActionId } from "../../src/domain/types";
import PipelineCard from "../../src/ui/PipelineCard.svelte";
import { quietCallbacks } from "../support/callbacks";

const NOW = Date.parse("2026-11-25T12:00:00Z");

let target: HTMLElement;
let component: Record<string, unknown> | null = null;

afterEach(async () => {
  if (component) await unmount(component);
  component = null;
  target.remove();
});

function item(action: ActionId): SidebarItem {
  return {
    path: "Acme.md",
    action,
    state: "due",
    label: FOLLOW_UP_KINDS[action].label,
    organization: "Acme",
    position: "Dev",
    warning: null,
    contact: null,
    opens: NOW - 3_600_000,
    deadline: NOW + 3_600_000,
  };
}

function card(next: SidebarItem | null): BoardCard {
  return { path: "Acme.md", title: "Acme", position: "Dev", next, state: "Due", problem: null };
}

/** The card drawn from a store it reads as it changes; the icons drawn, by button. */
function render(first: BoardCard) {
  target = document.createElement("ul");
  document.body.appendChild(target);
  const cards = writable(first);
  const current = fromStore(cards);
  const drawn = new Map<HTMLElement, string>();
  const callbacks = quietCallbacks({ icon: (el, name) => drawn.set(el, name) });
  component = mount(PipelineCard, {
    target,
    props: {
      get card() {
        return current.current;
      },
      now: NOW,
      callbacks,
    },
  });
  flushSync();
  return { cards, drawn };
}

const button = (name: string) =>
  target.querySelector<HTMLElement>(`.interview-follow-up-item-${name}`);

describe("a board card's icons", () => {
  it("follow its follow-up from one kind to any other, and from none", () => {
    const { cards, drawn } = render(card(null));
    expect(drawn.size).toBe(0);
    // Every kind after every other (and each after none, the start), on the same card.
    const order = ACTION_IDS.flatMap((from) => ACTION_IDS.flatMap((to) => [from, to]));
    for (const action of order) {
      cards.set(card(item(action)));
      flushSync();
      const done = doneAction(action, FOLLOW_UP_KINDS[action].label);
      const doneButton = button("done");
      if (done === null) expect(doneButton).toBeNull();
      else expect(doneButton && drawn.get(doneButton)).toBe(done.icon);
      const more = button("more");
      if (FOLLOW_UP_KINDS[action].menu === null) expect(more).toBeNull();
      else expect(more && drawn.get(more)).toBe("more-horizontal");
    }
  });
});
