// Runs the CLI in-process on real files (src/cli/main.ts's runCli), with its output captured.

import type { CliIO } from '../../src/cli/context.js';
import { runCli, runCliAsync } from '../../src/cli/main.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

function captured(cwd: string, io: Partial<CliIO>, now: string): { io: CliIO; out: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  return {
    io: { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTTY: false, stderrIsTTY: false, now: () => new Date(now), ...io },
    out: () => ({ stdout, stderr }),
  };
}

export function cliIn(argv: string[], cwd: string, io: Partial<CliIO> = {}): InProcessRun {
  const run = captured(cwd, io, '2026-11-23T12:00:00Z');
  const code = runCli(argv, run.io);
  return { code, ...run.out() };
}

/** cliIn for every command, `scan` included, on a day the packs that judge media files are in effect. */
export async function cliAsync(argv: string[], cwd: string, io: Partial<CliIO> = {}): Promise<InProcessRun> {
  const run = captured(cwd, io, '2026-12-01T12:00:00Z');
  const code = await runCliAsync(argv, run.io);
  return { code, ...run.out() };
}
