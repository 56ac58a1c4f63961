// Real-browser tests: the sidebar rendered in Debian's Chromium through Playwright, with a
// project-written stub of Obsidian's CSS variables. Run with `npm run test:browser`.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { playwright } from "@vitest/browser-playwright";
import { loadEnv } from "vite";
import { defineConfig } from "vitest/config";

// CHROMIUM_PATH from the environment (or a .env file), read through Vite rather than Node's
// `process`, which the directory's scanner does not expect in a root file.
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  test: {
    include: ["test/browser/**/*.test.ts"],
    // The same bounds as vitest.config.ts: a test is never failed for the machine being busy
    // (Vitest's 5 seconds are a guess at its speed); three minutes still end one that hangs.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath:
            loadEnv(mode, import.meta.dirname, "CHROMIUM_").CHROMIUM_PATH ?? "/usr/bin/chromium",
          // Without these, Chromium keeps trying to reach the network at start-up.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
        // A window taller than any picture, so that the tests' frame is drawn at its real size
        // (not scaled down to fit) and a whole sidebar is pictured at one pixel per CSS pixel.
        contextOptions: { viewport: { width: 1280, height: 3200 } },
      }),
      instances: [{ browser: "chromium" }],
      viewport: { width: 1000, height: 800 },
    },
  },
}));
