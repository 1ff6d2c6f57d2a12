// Hardened runners start Node with --disallow-code-generation-from-strings: `eval` and `new Function`
// throw. Both committed bundles must work there, on the paths that load libraries lazily (a YAML
// error goes through the `yaml` package, `explain` prints YAML) as well as on a plain check.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLEAR_USE, declaration, repoState, runBundle, startEmulator } from './action/harness.js';
import { ROOT, TODAY } from './helpers.js';

const HARDENED = '--disallow-code-generation-from-strings';
const BROKEN_YAML = 'format: genai-usage/v1\npolicies: [netflix-genai@1\nproduction:\n  title: Broken\n';

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [HARDENED, join(ROOT, 'dist/cli.js'), ...args], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('under --disallow-code-generation-from-strings', () => {
  it('code generation really is off (the flag is honoured by this Node)', async () => {
    const probe = promisify(execFile)(process.execPath, [HARDENED, '-e', "new Function('return 1')"]);
    await expect(probe).rejects.toMatchObject({ stderr: expect.stringContaining('Code generation from strings disallowed') });
  });

  it('the CLI reports a YAML error with its place, and no internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-hardened-'));
    writeFileSync(join(dir, 'genai-usage.yml'), BROKEN_YAML);
    const r = await cli(['check', '.', '--today', TODAY], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^genai-usage\.yml:\d+:\d+: error: .*\(yaml-syntax\)$/m);
    expect(r.stderr).not.toMatch(/internal error|EvalError/);
  });

  it('the CLI explains a rule', async () => {
    const r = await cli(['explain', 'final-deliverable']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('final-deliverable (netflix-genai@');
  });

  it('the CLI checks the examples in every format', async () => {
    for (const format of ['json', 'text', 'markdown', 'sarif', 'junit']) {
      const r = await cli(['check', 'examples', '--format', format, '--today', TODAY]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toBe('');
    }
    const json = await cli(['check', 'examples', '--format', 'json', '--today', TODAY]);
    expect(JSON.parse(json.stdout).counts.files).toBeGreaterThan(10);
  });

  it('the Action checks a pull request with a valid and a broken declaration', async () => {
    const emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), 'broken/genai-usage.yml': BROKEN_YAML }));
    try {
      const run = await runBundle(emulator, { declarations: '**/genai-usage.yml' }, { nodeArgs: [HARDENED] });
      expect(run.stderr).not.toMatch(/EvalError|Code generation/);
      expect(run.code, run.stdout.slice(-2000)).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expect(run.stdout).toMatch(/broken\/genai-usage\.yml:\d+:\d+: error: .*\(yaml-syntax\)/);
      expect(run.summary).toContain('broken/genai-usage.yml');
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
