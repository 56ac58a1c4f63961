// The command line's entry point, bundled to dist/cli.mjs.
import { main } from "./main";

declare const CLI_VERSION: string;

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  CLI_VERSION,
);
