// Svelte 5 compiles TypeScript in components itself; no preprocessor is needed.
export default {};
