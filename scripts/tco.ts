/**
 * Command-line entry point of the cost model: `npm run tco -- --help`. The logic lives in
 * tco-cli.ts, which tests run with injected input and output.
 */
import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";

import { runCli } from "./tco-cli";

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (output) => process.stdout.write(output),
    stderr: (output) => process.stderr.write(output),
    readFile: (path) => readFile(path, "utf8"),
    readStdin: () => text(process.stdin),
  });
} catch (error) {
  // Invalid input exits with status 2 before this; anything caught here is a defect.
  process.stderr.write(`error: internal failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
