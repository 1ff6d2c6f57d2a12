// dist/cli.js runs the CLI bundle through a V8 code cache kept per user (scripts/build.mjs): the
// cache must never change what a run prints, whether it is missing, present, corrupt or turned off.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, TODAY } from './helpers.js';

async function check(cacheHome: string, extra: Record<string, string> = {}): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', HOME: cacheHome, XDG_CACHE_HOME: cacheHome, ...extra };
  const args = [join(ROOT, 'dist/cli.js'), 'check', 'examples/m1-ideation', '--format', 'json', '--today', TODAY];
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, env });
  expect(stderr).toBe('');
  return stdout;
}

const cacheFiles = (home: string): string[] => {
  try {
    return readdirSync(join(home, 'genai-clearance'));
  } catch {
    return [];
  }
};

describe('the CLI code cache', () => {
  it('is written by the first run of a command and read by the next, with the same output', async () => {
    const home = mkdtempSync(join(tmpdir(), 'genai-cache-'));
    const first = await check(home);
    expect(cacheFiles(home)).toEqual([expect.stringMatching(/^cli-[0-9a-f]{16}-check-v\d+\.\d+\.\d+-[a-z0-9]+\.v8$/)]);
    expect(JSON.parse(first).decision).toBe('pass');
    expect(await check(home)).toBe(first);
  });

  it('a corrupt cache is refused, rewritten, and changes nothing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'genai-cache-'));
    const first = await check(home);
    const [name] = cacheFiles(home);
    writeFileSync(join(home, 'genai-clearance', name!), Buffer.from('not a V8 code cache'));
    expect(await check(home)).toBe(first);
    expect(readFileSync(join(home, 'genai-clearance', name!)).length).toBeGreaterThan(10_000);
    expect(await check(home)).toBe(first);
  });

  it('GENAI_CLEARANCE_CODE_CACHE=0 writes nothing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'genai-cache-'));
    await check(home, { GENAI_CLEARANCE_CODE_CACHE: '0' });
    expect(cacheFiles(home)).toEqual([]);
  });
});
