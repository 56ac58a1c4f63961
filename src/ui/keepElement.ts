/**
 * A Svelte action that hands its element to `keep` once it is drawn: `bind:this` for an element
 * drawn for its component's whole life, without the binding's runtime in main.js. That runtime
 * also follows elements inside `{#each}` blocks and clears them when they go; ours are in no
 * block, and each goes only with the component that keeps it.
 */
export function keepElement<E extends Element>(el: E, keep: (el: E) => void): void {
  keep(el);
}
