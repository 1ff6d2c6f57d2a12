import { readFileSync } from 'node:fs';
import { runCli } from './main.js';

// The process shell: real argv, streams and clock. Everything else lives in runCli.
const code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => new Date(),
  readStdin: () => readFileSync(0),
});
process.exitCode = code;
