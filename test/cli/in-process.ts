// Runs the CLI in-process on real files (src/cli/main.ts's runCli), with its output captured.
import { runCli, runCliAsync } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/context.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliIn(argv: string[], cwd: string, io: Partial<CliIO> = {}): InProcessRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => new Date('2026-11-23T12:00:00Z'),
    ...io,
  });
  return { code, stdout, stderr };
}

/** cliIn for every command, `scan` included. */
export async function cliAsync(argv: string[], cwd: string, io: Partial<CliIO> = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCliAsync(argv, {
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => new Date('2026-12-01T12:00:00Z'),
    ...io,
  });
  return { code, stdout, stderr };
}
