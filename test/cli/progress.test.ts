import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../../src/cli/main.js';
import { CLEAN_USE, declarationYaml, patch } from '../helpers.js';

function studio(files: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'genai-progress-'));
  for (let i = 0; i < files; i++) {
    mkdirSync(join(dir, `p${i}`));
    writeFileSync(join(dir, `p${i}`, 'genai-usage.yml'), declarationYaml([patch(CLEAN_USE, { id: `use-${i}` })]));
  }
  return dir;
}

/** Runs `check` with a clock that advances `stepMs` on every reading. */
function run(dir: string, options: { tty: boolean; env?: Record<string, string>; stepMs: number }) {
  let stdout = '';
  let stderr = '';
  let t = Date.parse('2026-11-23T12:00:00Z');
  const code = runCli(['check', dir, '--format', 'json', '--today', '2026-11-23'], {
    cwd: dir,
    env: options.env ?? {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdoutIsTTY: false,
    stderrIsTTY: options.tty,
    now: () => new Date((t += options.stepMs)),
  });
  return { code, stdout, stderr };
}

describe('check progress on a terminal', () => {
  const dir = studio(6);

  it('a check running longer than a second shows files done / total on stderr, then erases it', () => {
    const slow = run(dir, { tty: true, stepMs: 400 });
    expect(slow.code).toBe(0);
    expect(slow.stderr).toMatch(/\rchecking \d\/6 files/);
    // The last thing written is the erasure: the terminal is left clean for the report.
    expect(slow.stderr).toMatch(/\r {15,}\r$/);
    expect(JSON.parse(slow.stdout).counts.files).toBe(6);
  });

  it('never in pipes or CI, and not for a quick check', () => {
    expect(run(dir, { tty: false, stepMs: 400 }).stderr).toBe('');
    expect(run(dir, { tty: true, env: { CI: 'true' }, stepMs: 400 }).stderr).toBe('');
    expect(run(dir, { tty: true, env: { TERM: 'dumb' }, stepMs: 400 }).stderr).toBe('');
    expect(run(dir, { tty: true, stepMs: 1 }).stderr).toBe('');
  });

  it('the report is the same with or without progress', () => {
    expect(run(dir, { tty: true, stepMs: 400 }).stdout).toBe(run(dir, { tty: false, stepMs: 400 }).stdout);
  });
});

describe('scan progress on a terminal', () => {
  it('a long scan shows media files done / total, erases it, and prints the same report as without', async () => {
    const dir = studio(1);
    const { jpeg } = await import('../support/media/containers.js');
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `still-${i}.jpg`), jpeg());
    const scan = async (tty: boolean) => {
      let stdout = '';
      let stderr = '';
      let t = Date.parse('2026-12-01T12:00:00Z');
      const code = await runCliAsync(['scan', '--format', 'json', '--today', '2026-12-01'], {
        cwd: dir,
        env: {},
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        stdoutIsTTY: false,
        stderrIsTTY: tty,
        now: () => new Date((t += 400)),
      });
      return { code, stdout, stderr };
    };
    const shown = await scan(true);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/\rscanning \d\/5 files/);
    expect(shown.stderr).toMatch(/\r {15,}\r$/);
    const quiet = await scan(false);
    expect(quiet.stderr).toBe('');
    expect(shown.stdout).toBe(quiet.stdout);
  });
});
