import { runCli } from './main.js';

// The process shell: real argv, streams and clock. Everything else lives in runCli.
// A check runs synchronously, so writes to a pipe would queue in memory until it returns; blocking
// writes let a streamed report leave as it is written.
(process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle?.setBlocking?.(true);
const code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => new Date(),
});
process.exitCode = code;
