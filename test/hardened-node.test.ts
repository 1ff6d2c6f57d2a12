// Hardened runners start Node with --disallow-code-generation-from-strings: `eval` and `new Function`
// throw. Both committed bundles must work there, on the paths that load libraries lazily (a YAML
// error goes through the `yaml` package, `explain` prints YAML) as well as on a plain check.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLEAR_USE, declaration, HEAD, prEvent, REPO, repoState, startEmulator, TOKEN } from './action/harness.js';
import { ROOT, TODAY } from './helpers.js';

const HARDENED = '--disallow-code-generation-from-strings';
const BROKEN_YAML = 'format: genai-usage/v1\npolicies: [netflix-genai@1\nproduction:\n  title: Broken\n';

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [HARDENED, join(ROOT, 'dist/cli.js'), ...args], { cwd });
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
      const dir = mkdtempSync(join(tmpdir(), 'genai-hardened-action-'));
      mkdirSync(dir, { recursive: true });
      const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
      writeFileSync(files.event, JSON.stringify({ repository: { full_name: REPO, default_branch: 'main' }, ...prEvent() }));
      writeFileSync(files.output, '');
      writeFileSync(files.summary, '');
      const env = {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: files.event,
        GITHUB_REPOSITORY: REPO,
        GITHUB_SHA: HEAD,
        GITHUB_API_URL: emulator.url,
        GITHUB_GRAPHQL_URL: `${emulator.url}/graphql`,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: dir,
        INPUT_TOKEN: TOKEN,
        INPUT_DECLARATIONS: '**/genai-usage.yml',
      };
      // Spawned, not execFile'd synchronously: the emulator answers from this process's event loop.
      const child = spawn(process.execPath, [HARDENED, join(ROOT, 'dist/index.js')], { env, cwd: dir });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).not.toMatch(/EvalError|Code generation/);
      expect(code, stdout.slice(-2000)).toBe(1);
      expect(readFileSync(files.output, 'utf8')).toMatch(/^decision<<ghadelimiter_[^\n]+\nfail\n/m);
      expect(stdout).toMatch(/broken\/genai-usage\.yml:\d+:\d+: error: .*\(yaml-syntax\)/);
      expect(readFileSync(files.summary, 'utf8')).toContain('broken/genai-usage.yml');
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
