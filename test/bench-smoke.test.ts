// The performance bench (bench/run.mjs, `npm run bench`) at a tiny size, one run per tool: it must run
// end to end and write its table with a row for every tool. Never asserts a duration: speed is
// benchmarked side by side, not asserted in timed tests (SPEC §6).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('bench smoke run', () => {
  it('runs every tool on tiny declarations and writes one table with a row for each', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-bench-smoke-'));
    const out = join(dir, 'RESULTS.md');
    const args = [join(ROOT, 'bench/run.mjs'), '--scale', '0.01', '--runs', '1', '--warmup', '0', '--shapes', 'typical,studio', '--out', out, '--data', join(dir, 'data')];
    await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const table = readFileSync(out, 'utf8');
    const rows = table.split('\n').filter((l) => l.startsWith('| typical') || l.startsWith('| studio'));
    for (const tool of ["`node -e ''` (floor)", '`genai-clearance check --format json`', 'Action bundle', 'ajv-cli', 'Spectral']) {
      expect(rows.some((r) => r.includes(tool)), `typical row for ${tool}`).toBe(true);
    }
    // Peers and the CLI also run on many files; the Action runs on the typical shape only.
    for (const tool of ["`node -e ''` (floor)", '`genai-clearance check --format json`', 'ajv-cli', 'Spectral']) {
      expect(rows.some((r) => r.startsWith('| studio') && r.includes(tool)), `studio row for ${tool}`).toBe(true);
    }
    expect(table).toMatch(/Node v\d+\.\d+\.\d+, \d+ cores/);
    expect(table).toContain('## Targets');
  });
});
