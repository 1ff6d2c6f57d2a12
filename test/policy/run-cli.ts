import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
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
