// What the command line does with files no note should be, and output no one reads: a note
// swapped for a pipe after the folder was listed is reported, not waited on; a note of gigabytes
// is read only as far as its properties can reach; a crafted note's YAML errors are told with
// the line the package would give, without working out a line for each of thousands; and output
// cut short by `| head` or a full disk ends the command with at most one line on stderr.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { HEAD_BYTES, NotAFile, readNoteHead } from "../../cli/noteFile";
import { scanVault } from "../../cli/vault";
import { YAML_OPTIONS, parseWithPackage } from "../../cli/yamlPackage";
import { yamlProblem } from "../../src/domain/frontmatter";
import { defaultSettings } from "../../src/domain/settings";
import { PROPERTY_RUNS } from "../support/propertyRuns";
import { tempDirs } from "../support/tempDirs";

const tempDir = tempDirs("ifu-files-");
const settings = defaultSettings();
const onPosix = process.platform !== "win32";

describe("reading a note's file", () => {
  it.runIf(onPosix)("refuses a pipe at once, whoever swapped it in, instead of waiting", () => {
    const root = tempDir();
    const pipe = join(root, "z.md");
    execFileSync("mkfifo", [pipe]);
    expect(() => readNoteHead(pipe)).toThrow(NotAFile);
  });

  it("reads a file whole up to the bound, and only its start past it", () => {
    const root = tempDir();
    const sizes = fc.oneof(
      fc.integer({ min: 0, max: 64 }),
      fc.integer({ min: HEAD_BYTES - 8, max: HEAD_BYTES + 8 }),
    );
    const unit = fc.constantFrom("a", "é", "€", "🚀", "\n", "\r\n");
    fc.assert(
      fc.property(sizes, fc.array(unit, { minLength: 1, maxLength: 6 }), (size, units) => {
        const file = join(root, "n.md");
        let text = units.join("");
        while (Buffer.byteLength(text) < size) text += text;
        const bytes = Buffer.from(text).subarray(0, size);
        writeFileSync(file, bytes);
        const head = readNoteHead(file);
        expect(head.cut).toBe(size > HEAD_BYTES);
        expect(head.text).toBe(bytes.subarray(0, HEAD_BYTES).toString("utf8"));
      }),
      { ...PROPERTY_RUNS, numRuns: Math.min(PROPERTY_RUNS.numRuns, 60) },
    );
  });

  it("reads a note of a gigabyte by its properties, and says why one that never closes them is a problem", () => {
    const root = tempDir();
    mkdirSync(join(root, "Interviews"));
    mkdirSync(join(root, "Notes"));
    const big = (path: string, start: string) => {
      writeFileSync(join(root, path), start);
      // Sparse: a gigabyte that costs nothing on disk, and that nothing should read.
      truncateSync(join(root, path), 1024 ** 3);
    };
    big("Interviews/body.md", "---\ntype: interview\ndate: 2026-11-20T10:00\n---\nbody");
    big("Interviews/open.md", "---\ntype: interview\ndate: 2026-11-20T10:00\nnotes: ");
    big("Notes/open.md", "---\ntype: interview\ndate: 2026-11-20T10:00\nnotes: ");
    const scan = scanVault(root, settings);
    const paths = (kind: string) =>
      scan.readings
        .filter((r) => r.kind === kind)
        .map((r) => (r.kind === "interview" ? r.interview.path : r.path));
    expect(paths("interview")).toEqual(["Interviews/body.md"]);
    expect(scan.readings.filter((r) => r.kind === "problem")).toEqual([
      {
        kind: "problem",
        path: "Interviews/open.md",
        reason:
          "Its properties run past the first 1,048,576 bytes of the note, more than the 262,144 characters read: move long text into the note's body",
      },
    ]);
    expect(scan.warnings).toEqual([]);
  });
});

describe("YAML errors of crafted notes", () => {
  const fragment = fc.constantFrom(
    "a: 1",
    "b: [1, 2",
    "]",
    "}",
    "c: {x: 1",
    "- d",
    "  e: 2",
    "f: !t x",
    "&a g",
    "'h",
    "k: 1",
    "k: 2",
    ":",
  );
  it("name the same line and cause as the package's own positioned errors", () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        let own: string | null = null;
        let theirs: string | null = null;
        try {
          parseWithPackage(text);
        } catch (error) {
          own = yamlProblem(error);
        }
        try {
          parse(text, { ...YAML_OPTIONS, prettyErrors: true });
        } catch (error) {
          theirs = yamlProblem(error);
        }
        expect(own).toBe(theirs);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe.runIf(onPosix)("output no one reads to the end", () => {
  const vault = () => {
    const root = tempDir();
    mkdirSync(join(root, "Interviews"));
    for (let i = 0; i < 800; i++)
      writeFileSync(
        join(root, "Interviews", `n${i}.md`),
        `---\ntype: interview\norganization: Org ${i}\ndate: 2026-11-20T10:00\n---\n`,
      );
    return root;
  };
  const shell = (command: string, root: string) =>
    spawnSync("bash", ["-c", command, "bash", root], { encoding: "utf8", cwd: process.cwd() });

  it("ends quietly when the reader stops early (| head)", () => {
    const root = vault();
    const command = 'node bin/interview-follow-up.mjs due "$1" --json --now 2026-11-25T12:00Z';
    // More than a pipe holds (64 KiB on Linux), so the writer does meet the closed pipe.
    expect(shell(`${command} | wc -c`, root).stdout.trim()).toMatch(/^\d{6,}$/);
    const run = shell(`${command} | head -c 10; echo " \${PIPESTATUS[0]}"`, root);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe('{\n  "now": 0\n');
  });

  it("says in one line that the output could not be written (a full disk)", () => {
    const run = shell(
      'node bin/interview-follow-up.mjs due "$1" --json > /dev/full; echo "$?"',
      vault(),
    );
    expect(run.stderr).toBe(
      "interview-follow-up: cannot write the output: no space left on the device (ENOSPC)\n",
    );
    expect(run.stdout).toBe("1\n");
  });
});
