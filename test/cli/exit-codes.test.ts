import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
const BIN = join(ROOT, 'bin/genai-clearance.js');

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('genai-clearance exit codes on real files', () => {
  it('0 when every use is clear or approved', async () => {
    const r = await cli(['check', 'examples/m1-ideation', '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS');
  });

  it('1 when a use needs approval or is blocked', async () => {
    const r = await cli(['check', 'examples/m4-talent-replication', '--today', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('synthetic-voice-narration');
  });

  it('2 for an invalid declaration, with file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-cli-'));
    writeFileSync(join(dir, 'genai-usage.yml'), 'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction: {title: T}\nuses: []\nextra: 1\n');
    const r = await cli(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('genai-usage.yml:5:1');
  });

  it('2 for a usage error, an unknown pack, a missing path, and no declarations at all', async () => {
    expect((await cli(['check', '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['check', 'no/such/dir'])).stderr).toContain('no such file or folder: no/such/dir');
    const dir = mkdtempSync(join(tmpdir(), 'genai-cli-'));
    // An empty folder: one line saying what was not found and what to do, no footer about nothing.
    expect(await cli(['check'], dir)).toEqual({
      code: 2,
      stdout:
        'genai-clearance: error: no genai-usage.yml or genai-usage.yaml found, so nothing was checked (that fails closed): write one with `genai-clearance init`, or name the files to check (no-declarations)\n',
      stderr: '',
    });
    writeFileSync(join(dir, 'genai-usage.yml'), 'format: genai-usage/v1\npolicies: [netflix-genai@9]\nproduction: {title: T}\nuses: []\n');
    const r = await cli(['check', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].errors[0]).toMatchObject({ code: 'unknown-pack', line: 2 });
  });

  it('the ledger changes the decision: a series approval the ledger does not hold stays open', async () => {
    const withLedger = await cli(['check', 'examples/series', '--ledger', 'examples/ledger/approvals.yml', '--today', '2026-11-23', '--format', 'json']);
    const without = await cli(['check', 'examples/series', '--today', '2026-11-23', '--format', 'json']);
    const outcome = (r: { stdout: string }, id: string) => JSON.parse(r.stdout).files[0].uses.find((u: { id: string }) => u.id === id).outcome;
    expect(outcome(withLedger, 'previs-harbour-storm')).toBe('needs-approval');
    expect(outcome(without, 'previs-harbour-storm')).toBe('approved');
  });

  it('init writes a starter that passes check, and refuses to overwrite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-init-'));
    expect((await cli(['init', '--title', 'My Show'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'genai-usage.yml'), 'utf8')).toContain('title: "My Show"');
    const check = await cli(['check'], dir);
    expect(check.code, check.stdout).toBe(0);
    expect((await cli(['init'], dir)).code).toBe(2);
  });

  it('--output writes the report to a file; --base marks what changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-out-'));
    const base = join(dir, 'base.yml');
    const text = readFileSync(join(ROOT, 'examples/m1-ideation/genai-usage.yml'), 'utf8');
    writeFileSync(base, text.replace(/summary: .*/, 'summary: an older wording'));
    const r = await cli(['check', 'examples/m1-ideation', '--base', base, '--format', 'json', '--output', join(dir, 'r.json'), '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.files[0].uses.map((u: { change: string }) => u.change)).toEqual(['changed', 'unchanged']);
  });

  it('every command has --help', async () => {
    for (const c of ['check', 'init', 'explain']) expect((await cli([c, '--help'])).stdout).toMatch(/^Usage: genai-clearance/);
  });
});
