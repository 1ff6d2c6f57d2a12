import { join } from 'node:path';
import { runCli, runCliAsync } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';

export const FIXTURES = join(ROOT, 'test/fixtures/packs');

/** The CLI in-process, from the repository root, with a fixed clock and no colour. */
export function cli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** `cli` for the commands that read files asynchronously (`test` and `diff` read the examples' media). */
export async function cliAsync(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCliAsync(args, {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  return { code, stdout, stderr };
}
