import { join } from 'node:path';
import type { CliIO } from '../../src/cli/context.js';
import { runCli, runCliAsync } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';

export const FIXTURES = join(ROOT, 'test/fixtures/packs');

type Run = { code: number; stdout: string; stderr: string };

/** A fixed clock and no colour; `out` reads what was written. */
function captured(cwd: string): { io: CliIO; out: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  return {
    io: { cwd, env: { NO_COLOR: '1' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTTY: false, stderrIsTTY: false, now: () => new Date('2026-11-23T12:00:00Z') },
    out: () => ({ stdout, stderr }),
  };
}

/** The CLI in-process, from the repository root, with a fixed clock and no colour. */
export function cli(args: string[], cwd = ROOT): Run {
  const c = captured(cwd);
  const code = runCli(args, c.io);
  return { code, ...c.out() };
}

/** `cli` for the commands that read files asynchronously (`test` and `diff` read the examples' media). */
export async function cliAsync(args: string[], cwd = ROOT): Promise<Run> {
  const c = captured(cwd);
  const code = await runCliAsync(args, c.io);
  return { code, ...c.out() };
}
