// Folders the command line cannot list, for any user: root lists a `chmod 000` folder anyway, so
// here the listing itself fails (as it does for an ordinary user) through a stand-in for
// `readdirSync`. The vault folder is then a bad path (exit 2); a folder inside it is skipped
// with a warning.
import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runInProcess } from "../support/cli";

const LOCKED = "locked-by-test";

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const readdirSync = ((path: fs.PathLike, options?: unknown) => {
    if (String(path).endsWith(LOCKED)) {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), {
        code: "EACCES",
      });
    }
    return (real.readdirSync as (p: fs.PathLike, o?: unknown) => unknown)(path, options);
  }) as typeof real.readdirSync;
  return { ...real, readdirSync };
});

const root = mkdtempSync(join(tmpdir(), "ifu-unreadable-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = runInProcess;

describe("folders that cannot be listed", () => {
  it("the vault folder: exit 2 with a one-line reason", async () => {
    const vault = join(root, LOCKED);
    mkdirSync(vault);
    const result = await run(["due", vault, "--json"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `interview-follow-up: cannot read "${vault}": permission denied (EACCES) (usage: interview-follow-up due|stats <vault> [--now ISO] [--json | --ics])\n`,
    });
  });

  it("a folder inside the vault: skipped with a warning, the rest read, exit 0", async () => {
    const vault = join(root, "vault");
    mkdirSync(join(vault, "Interviews", LOCKED), { recursive: true });
    writeFileSync(
      join(vault, "Interviews", "a.md"),
      "---\norganization: Acme\ndate: 2026-11-24T10:00Z\n---\n",
    );
    const result = await run(["due", vault, "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `interview-follow-up: warning: skipped folder "Interviews/${LOCKED}": permission denied (EACCES); allow your user to read it\n`,
    );
    const parsed = JSON.parse(result.stdout) as { items: { path: string }[] };
    expect(new Set(parsed.items.map((i) => i.path))).toEqual(new Set(["Interviews/a.md"]));
  });
});
