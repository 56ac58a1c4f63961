// Runs the command line's `main` in this process (so a test can stand in for a Node API it
// uses), as of 2026-11-25 12:00 UTC, and collects what it prints.
import { main } from "../../cli/main";

export async function runInProcess(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    args,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    "9.9.9",
    () => new Date("2026-11-25T12:00:00Z"),
  );
  return { code, stdout, stderr };
}
