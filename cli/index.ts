// The command line's entry point, bundled to dist/cli.mjs.
import { main } from "./main";
import { wantsColor } from "./terminal";

declare const CLI_VERSION: string;

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: wantsColor(process.stdout.isTTY === true, process.env),
  },
  CLI_VERSION,
);
