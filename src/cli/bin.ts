import { readFileSync } from 'node:fs';
import { runCliAsync } from './main.js';

// A reader that stops early (`check | head`) closes the pipe (EPIPE; ECONNRESET when the pipe is a
// socket, as a parent process's pipes are): the output is simply no longer wanted,
// which is neither a crash nor a reason to change the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') throw err;
  });
}

// The process shell: real argv, streams and clock. Everything else lives in runCli.
// A check runs synchronously (a scan awaits only its file reads), so writes to a pipe would queue in memory until it returns; blocking
// writes let a streamed report leave as it is written.
(process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle?.setBlocking?.(true);
runCliAsync(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => new Date(),
  readStdin,
}).then((code) => {
  process.exitCode = code;
});

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (err) {
    // A non-blocking pipe (some CI runners hand one over) has no data yet; its path blocks as it should.
    if ((err as { code?: string }).code === 'EAGAIN') return readFileSync('/dev/stdin');
    throw err;
  }
}
