// The size of what ships: main.js as the project's global set-up built it (`npm run build`, see
// test/support/buildPlugin.ts), raw and gzipped, and the code the build options of
// esbuild.config.mjs shed staying shed (docs/PERFORMANCE.md, "The bundle").
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

/** Issue 21's budget for main.js: everything of round 2, Svelte 5's runtime included. */
export const BUNDLE_BUDGET = { bytes: 150_000, gzipBytes: 52_000 };

/**
 * What main.js may not outgrow while it is over the budget. The build options brought it to
 * 152,183 bytes (54,195 gzipped) on 2026-12-06; that round's features (the away notice, the
 * insights and their funnel, the Bases board, Obsidian's command line with its text, the
 * calendar, fuzzy suggesters, and the fixes found by testing them from the outside) then brought
 * it to 188,999 (67,147). On 2026-12-07 code that repeated itself or pulled in Svelte code for
 * nothing went (`$state.snapshot`, `svelte/store`'s `writable`, two copies of `ModelStore` and of
 * a date format): 187,526 (66,613). That day's later features (a board that draws fewer cards at
 * first, faster insights, a lighter start-up) took it to 189,085 (67,489); they shed more Svelte
 * features each used once (`style:`, `bind:value`, `{@attach}`, `$props.id()`, `fromStore`):
 * 187,045 (66,698), rounded up to 188,000 and 67,000. Later on 2026-12-07 Svelte features used
 * once (prop defaults, `$store`, `bind:this`) and code written twice went (185,360, 66,117), and
 * the data-safety fixes found by testing from the outside took part of that room: 186,815
 * (66,634). The second round of such fixes (the create form, the settings, email subjects, the
 * tag setting) paid for most of its bytes by shedding in the settings tab and the file name
 * pattern: 186,921 (66,613), then 186,947 (66,813) after the review. The ceiling is the first of these builds rounded up to the next
 * thousand, over the budget by about 37 KB, which the bench reports, not hides
 * (docs/PERFORMANCE.md, "The bundle", says where the bytes go). Lower it as code is shed, down to BUNDLE_BUDGET; a feature that needs more must shed as
 * much first.
 */
export const BUNDLE_CEILING = { bytes: 187_000, gzipBytes: 67_000 };

const main = readFileSync(inject("builtPlugin"));
const text = main.toString("utf8");

describe("main.js", () => {
  it("is no larger than the ceiling, raw and gzipped", () => {
    const gzipBytes = gzipSync(main).length;
    console.log(
      `main.js: ${main.length} bytes, ${gzipBytes} gzipped ` +
        `(budget ${BUNDLE_BUDGET.bytes} and ${BUNDLE_BUDGET.gzipBytes}; ` +
        `ceiling ${BUNDLE_CEILING.bytes} and ${BUNDLE_CEILING.gzipBytes})`,
    );
    expect(main.length).toBeLessThanOrEqual(BUNDLE_CEILING.bytes);
    expect(gzipBytes).toBeLessThanOrEqual(BUNDLE_CEILING.gzipBytes);
    expect(BUNDLE_CEILING.bytes).toBeGreaterThanOrEqual(BUNDLE_BUDGET.bytes);
  });

  it("holds none of Svelte's development code: no long error texts, no array warnings", () => {
    // Svelte names its development errors so and patches Array.prototype only in development.
    expect(text).not.toContain("Svelte error");
    expect(text).not.toContain("__svelte_cleanup");
    // Its production errors are the short links, so the errors themselves are still there.
    expect(text).toContain("https://svelte.dev/e/");
  });

  it("holds no custom-element class and no Svelte 4 class API", () => {
    expect(text).not.toContain("attributeChangedCallback");
    // Svelte 4's class API (createClassComponent), which only the custom-element code imports.
    expect(text).not.toContain("$$host");
  });
});
