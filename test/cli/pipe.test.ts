import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

it('a reader that closes the pipe early (check | head) ends the CLI quietly, without a crash', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/genai-clearance.js'), 'check', join(ROOT, 'examples'), '--format', 'json', '--today', '2026-11-23'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // Read one chunk, then hang up, as `head -c` does.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
  expect(code).toBe(1);
});
