// The index's disk checks: the notes met in one run of code are read together, a check a newer
// event took over is never reported, and a note that cannot be read is reported as unread.
import { describe, expect, it } from "vitest";
import { type CheckedNote, DiskChecks } from "../../src/obsidian/diskChecks";

const file = (path: string) => ({ path });

/** Lets every promise already settled run its callbacks (no timer is involved here). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** Reads from disk end when `release` is called; "throws.md" throws, "fails.md" rejects. */
function heldReads() {
  const waiting: (() => void)[] = [];
  let reads = 0;
  const read = (note: { path: string }): Promise<string> => {
    reads++;
    if (note.path === "throws.md") throw new Error("no such file");
    return new Promise((resolve, reject) =>
      waiting.push(() =>
        note.path === "fails.md"
          ? reject(new Error("unreadable"))
          : resolve(`text of ${note.path}`),
      ),
    );
  };
  const release = async () => {
    for (const done of waiting.splice(0)) done();
    await settle();
  };
  return { read, release, reads: () => reads };
}

describe("disk checks", () => {
  it("read the notes met in one run of code together and report them once", async () => {
    const { read, release, reads } = heldReads();
    const heard: CheckedNote[][] = [];
    const checks = new DiskChecks(read, (notes) => heard.push(notes));
    checks.start(file("a.md"), true);
    checks.start(file("b.md"), false);
    expect([...checks.underWay.keys()]).toEqual(["a.md", "b.md"]);
    await settle();
    expect(reads()).toBe(2);
    await release();
    expect(heard).toEqual([
      [
        { path: "a.md", text: "text of a.md", cached: true },
        { path: "b.md", text: "text of b.md", cached: false },
      ],
    ]);
    expect(checks.underWay.has("a.md")).toBe(false);
  });

  it("never report a check that a newer event took over", async () => {
    const { read, release } = heldReads();
    const heard: CheckedNote[][] = [];
    const checks = new DiskChecks(read, (notes) => heard.push(notes));
    checks.start(file("a.md"), true);
    checks.start(file("b.md"), true);
    checks.start(file("c.md"), true);
    await settle();
    checks.underWay.delete("a.md");
    // Started again in a later run of code: only that later check counts.
    checks.start(file("b.md"), false);
    await release();
    await release();
    expect(heard).toEqual([
      [{ path: "c.md", text: "text of c.md", cached: true }],
      [{ path: "b.md", text: "text of b.md", cached: false }],
    ]);
  });

  it("report a note that cannot be read as unread, however the read fails", async () => {
    const { read, release } = heldReads();
    const heard: CheckedNote[][] = [];
    const checks = new DiskChecks(read, (notes) => heard.push(notes));
    checks.start(file("throws.md"), true);
    checks.start(file("fails.md"), true);
    await settle();
    await release();
    expect(heard).toEqual([
      [
        { path: "throws.md", text: null, cached: true },
        { path: "fails.md", text: null, cached: true },
      ],
    ]);
  });

  it("report nothing of the checks a new build cleared", async () => {
    const { read, release } = heldReads();
    const heard: CheckedNote[][] = [];
    const checks = new DiskChecks(read, (notes) => heard.push(notes));
    checks.start(file("a.md"), true);
    await settle();
    checks.underWay.clear();
    await release();
    expect(heard.flat()).toEqual([]);
  });
});
