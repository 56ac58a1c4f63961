// The command line's entry point, bundled to dist/cli.mjs.
import { main } from "./main";
import { wantsColor } from "./terminal";
import { errorText } from "./vault";

declare const CLI_VERSION: string;

// A reader that stops early (`due … | head`) closes the pipe: the rest is not wanted, and the
// command ends quietly. Any other failure to write the output (a full disk) is said in one line.
process.stdout.on("error", (error: Error & { code?: string }) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`interview-follow-up: cannot write the output: ${errorText(error)}\n`);
  process.exit(1);
});

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: wantsColor(process.stdout.isTTY === true, process.env),
  },
  CLI_VERSION,
);
