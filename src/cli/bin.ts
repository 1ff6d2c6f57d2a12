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
  readStdin,
});
process.exitCode = code;

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (err) {
    // A non-blocking pipe (some CI runners hand one over) has no data yet; its path blocks as it should.
    if ((err as { code?: string }).code === 'EAGAIN') return readFileSync('/dev/stdin');
    throw err;
  }
}
