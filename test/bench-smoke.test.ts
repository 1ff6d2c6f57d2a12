// The performance bench (bench/run.mjs, `npm run bench`) at a tiny size, one run per tool: it must run
// end to end and write its table with a row for every tool, the targets and the Action's request
// counts. Never asserts a duration: speed is measured side by side by the bench, not in timed tests.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The peers come from bench/package.json (`npm ci --prefix bench`), which the root `npm ci` does not
// install; without them the bench says so in place of their rows.
const PEERS = existsSync(join(ROOT, 'bench/node_modules/.bin/spectral')) && existsSync(join(ROOT, 'bench/node_modules/.bin/ajv'));

describe('bench smoke run', () => {
  it('runs every tool on tiny declarations and writes one table with a row for each', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-bench-smoke-'));
    const out = join(dir, 'RESULTS.md');
    const args = [join(ROOT, 'bench/run.mjs'), '--scale', '0.01', '--runs', '1', '--warmup', '0', '--shapes', 'typical,studio', '--out', out, '--data', join(dir, 'data')];
    await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const table = readFileSync(out, 'utf8');
    const rows = (shape: string) => table.split('\n').filter((l) => l.startsWith(`| ${shape} (`));
    const ours = ["`node -e ''` (floor)", '`genai-clearance check --format json`', '`genai-clearance check --format text`', 'Action bundle'];
    const peers = ['ajv-cli', 'Spectral'];
    for (const shape of ['typical', 'studio']) {
      for (const tool of [...ours, ...(PEERS ? peers : [])])
        expect(
          rows(shape).some((r) => r.includes(tool)),
          `${shape} row for ${tool}`,
        ).toBe(true);
    }
    // The typical shape is measured in the v2 format too, and the Action beside its own floor.
    for (const tool of ['`genai-clearance check --format json`, v2 format', 'Action floor (reads the inputs, writes one comment)', ...(PEERS ? ['ajv-cli 5 `validate`, v2 schema only'] : [])])
      expect(
        rows('typical').some((r) => r.includes(tool)),
        `typical row for ${tool}`,
      ).toBe(true);
    expect(table).toMatch(/\| typical: Action ≤ 2\.5× a process that reads the inputs and writes one comment \| \d+\.\d\d× \([+−][\d,]+ ms\) \|/);
    if (!PEERS) expect(table).toContain('**The peers are not installed**');
    // Every ratio carries its difference in milliseconds: `1.80× (+25 ms)`.
    const cli = rows('typical').find((r) => r.includes('--format json'));
    expect(cli).toMatch(/\| \d+\.\d\d× \([+−][\d,]+ ms\) \|/);
    expect(table).toMatch(/Node v\d+\.\d+\.\d+, \d+ cores/);
    expect(table).toContain('Every command gets the same environment (`PATH`, `HOME` only');
    expect(table).toContain('## Targets');
    // The Action's requests, read from the emulator: the tree, one blob per declaration, the PR, the comment.
    const requests = table.split('\n').filter((l) => l.startsWith('| studio (') && l.includes('git/get-tree'));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/\| studio \(5 files × 1 use\) \| \d+ \| \d+ \| \d+ \|/);
  });

  it('the provenance bench runs end to end on a few images and the 2 GB video, with a row for each tool', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-bench-provenance-'));
    const out = join(dir, 'RESULTS.md');
    await promisify(execFile)(process.execPath, [join(ROOT, 'bench/provenance.mjs'), '--runs', '1', '--images', '20', '--out', out, '--data', join(dir, 'data')], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const table = readFileSync(out, 'utf8');
    for (const row of ['| both | floor |', '| images | scan |', '| video | scan |']) expect(table).toContain(row);
    if (existsSync(join(ROOT, 'bench/node_modules/exiftool-vendored.pl/bin/exiftool'))) expect(table).toMatch(/scan ÷ ExifTool: images \d+\.\d\d×, video \d+\.\d\d×/);
    expect(table).toContain('2,147,48');
    rmSync(dir, { recursive: true, force: true });
  });
});
