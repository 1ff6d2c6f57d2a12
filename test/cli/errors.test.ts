// Every bad input a new user can hand the CLI: a plain message naming the file, exit code 2, no stack
// trace (unless --debug), no half-written or temporary file left behind, and nothing shown as approved.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cliIn } from './in-process.js';

const BIN = join(ROOT, 'bin/genai-clearance.js');
const SERIES = join(ROOT, 'examples/series');
const IDEATION = join(ROOT, 'examples/m1-ideation/genai-usage.yml');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genai-errors-'));
  cpSync(IDEATION, join(dir, 'genai-usage.yml'));
  return dir;
}

/** The real CLI in a child process, killed if it hangs (a FIFO with no writer must not block it). */
function cliChild(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string; hung: boolean } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, hung: r.signal !== null };
}

function expectClean(r: { code: number | null; stderr: string }, message: string): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

const noTemp = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'));

describe('output that cannot be written', () => {
  it('--output into a missing folder', () => {
    const dir = project();
    const r = cliIn(['check', '--output', 'reports/r.txt'], dir);
    expectClean(r, 'genai-clearance: cannot write reports/r.txt: the folder reports does not exist');
    expect(existsSync(join(dir, 'reports'))).toBe(false);
    expect(noTemp(dir)).toEqual([]);
  });

  it('--output onto a folder', () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    const r = cliIn(['check', '-f', 'json', '-o', 'out'], dir);
    expectClean(r, 'genai-clearance: cannot write out: a folder, not a regular file');
    expect(noTemp(dir)).toEqual([]);
  });

  it('init into a folder whose name a file already has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-errors-'));
    writeFileSync(join(dir, 'shows'), 'not a folder\n');
    const r = cliIn(['init', '--output', 'shows/genai-usage.yml'], dir);
    expectClean(r, 'genai-clearance: cannot make the folder shows: a file of that name is in the way');
    expect(readdirSync(dir)).toEqual(['shows']);
  });
});

describe('input that cannot be read', () => {
  it('--base naming a missing file', () => {
    const r = cliIn(['check', 'genai-usage.yml', '--base', 'old/genai-usage.yml'], project());
    expectClean(r, 'genai-clearance: cannot read old/genai-usage.yml: no such file or folder');
  });

  it.runIf(process.platform === 'linux')('a file whose read fails (/proc/self/mem: EIO even for root)', () => {
    const r = cliIn(['check', '/proc/self/mem'], project());
    expectClean(r, 'genai-clearance: cannot read /proc/self/mem: input/output error');
  });

  it.runIf(process.platform !== 'win32')('a FIFO as the declaration is refused at once, not read', () => {
    const dir = project();
    execFileSync('mkfifo', [join(dir, 'pipe.yml')]);
    const r = cliChild(['check', 'pipe.yml'], dir);
    expect(r.hung).toBe(false);
    expectClean(r, 'pipe.yml: a named pipe (FIFO), not a regular file');
  });

  it.runIf(process.platform !== 'win32')('a FIFO named genai-usage.yml inside a walked folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-errors-'));
    mkdirSync(join(dir, 'show'));
    execFileSync('mkfifo', [join(dir, 'show/genai-usage.yml')]);
    const r = cliChild(['check'], dir);
    expect(r.hung).toBe(false);
    expectClean(r, 'show/genai-usage.yml: a named pipe (FIFO), not a regular file');
  });

  it.runIf(process.platform !== 'win32')('a FIFO as the ledger', () => {
    const dir = project();
    execFileSync('mkfifo', [join(dir, 'ledger.yml')]);
    const r = cliChild(['check', '--ledger', 'ledger.yml'], dir);
    expect(r.hung).toBe(false);
    expectClean(r, 'ledger.yml:1:1: cannot read the approvals ledger: a named pipe (FIFO), not a regular file');
    expect(r.stdout).toBe('');
  });
});

describe('a missing or broken --ledger', () => {
  it('is an error, and no use is shown as approved', () => {
    const without = cliIn(['check', SERIES, '--today', '2026-11-23', '-f', 'json'], ROOT);
    expect(JSON.parse(without.stdout).counts.approved).toBeGreaterThan(0);
    const r = cliIn(['check', SERIES, '--ledger', 'approvals/missing.yml', '--today', '2026-11-23', '-f', 'json'], ROOT);
    expectClean(r, 'the approvals ledger cannot be used, so nothing was checked:\n  approvals/missing.yml:1:1: cannot read the approvals ledger: no such file or folder');
    expect(r.stdout).toBe('');
  });

  it('a malformed ledger gives its positioned errors and no report', () => {
    const dir = project();
    writeFileSync(join(dir, 'ledger.yml'), 'format: genai-approvals/v1\napprovals:\n  - ref: GENAI-2026-0001\n    rules: nope\n');
    const r = cliIn(['check', '--ledger', 'ledger.yml'], dir);
    expectClean(r, 'ledger.yml:');
    expect(r.stderr).toMatch(/ledger\.yml:\d+:\d+: /);
    expect(r.stdout).toBe('');
  });
});

describe('an invalid UTF-8 byte in a trusted document is refused at its place, as in a declaration', () => {
  const ledger = Buffer.concat([Buffer.from('format: genai-approvals/v1\napprovals:\n  - ref: GENAI-2026-0001\n    note: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);

  it('in the ledger', () => {
    const dir = project();
    writeFileSync(join(dir, 'ledger.yml'), ledger);
    const r = cliIn(['check', '--ledger', 'ledger.yml'], dir);
    expectClean(r, 'ledger.yml:4:14: file is not valid UTF-8 (first bad byte at offset 76)');
    expect(r.stdout).toBe('');
  });

  it('in the trusted configuration', () => {
    const dir = project();
    writeFileSync(join(dir, 'config.yml'), Buffer.concat([Buffer.from('packs: [netflix-genai]\nproduction: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const r = cliIn(['check', '--config', 'config.yml'], dir);
    expectClean(r, 'config.yml:2:16: file is not valid UTF-8 (first bad byte at offset 38)');
  });

  it('the honest twin: the same ledger in UTF-8 is read, and names what is missing from the entry', () => {
    const dir = project();
    writeFileSync(join(dir, 'ledger.yml'), Buffer.from(ledger.toString('latin1'), 'utf8'));
    const r = cliIn(['check', '--ledger', 'ledger.yml'], dir);
    expect(r.stderr).not.toContain('UTF-8');
    expect(r.stderr).toMatch(/ledger\.yml:3:5: /);
  });
});

describe('internal errors', () => {
  const broken = {
    stdout: () => {
      throw new Error('stdout went away');
    },
  };
  it('show the message and how to get the stack, not the stack', () => {
    const r = cliIn(['check'], project(), broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('genai-clearance: internal error: stdout went away (run again with --debug for the stack trace)\n');
  });

  it('--debug shows the stack', () => {
    const r = cliIn(['check', '--debug'], project(), broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^genai-clearance: internal error: Error: stdout went away\n\s+at /);
  });
});

describe('a policy folder that cannot be read', () => {
  it('stops at once with its name, instead of reporting every declaration invalid', () => {
    const r = cliIn(['check', '--policy-dir', 'packs'], project());
    expectClean(r, 'genai-clearance: cannot read the policy folder packs: no such file or folder');
    expect(r.stdout).toBe('');
    expectClean(cliIn(['explain', 'final-deliverable', '--policy-dir', 'genai-usage.yml'], project()), 'cannot read the policy folder genai-usage.yml: not a folder');
  });
});

describe('output to a device', () => {
  it.runIf(process.platform !== 'win32')('-o /dev/null is written as a shell redirection would, not refused', () => {
    const dir = project();
    expect(cliIn(['check', '-f', 'json', '-o', '/dev/null'], dir)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(`/dev/null.${process.pid}.tmp`)).toBe(false);
    expect(noTemp(dir)).toEqual([]);
  });
});

describe('YAML mistakes, through the CLI', () => {
  it('tabs: exit 2, one positioned error saying to use spaces', () => {
    const dir = project();
    writeFileSync(join(dir, 'genai-usage.yml'), 'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction:\n\ttitle: T\nuses: []\n');
    const r = cliIn(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('genai-usage.yml:4:1: error: YAML forbids tabs for indentation; use spaces (tab-indentation)');
    expect(r.stdout.match(/error:/g)).toHaveLength(1);
  });

  it('an unquoted colon: exit 2, the fix shown', () => {
    const dir = project();
    writeFileSync(join(dir, 'genai-usage.yml'), 'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction:\n  title: Dune: Part Two\nuses: []\n');
    const r = cliIn(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('genai-usage.yml:4:10: error: a `: ` inside an unquoted value starts another mapping; put the value in quotes: title: "Dune: Part Two"');
  });

  it('%YAML 1.1: exit 2 at the directive', () => {
    const dir = project();
    writeFileSync(join(dir, 'genai-usage.yml'), `%YAML 1.1\n---\n${readFileSync(IDEATION, 'utf8').replace('final: false', 'final: no')}`);
    const r = cliIn(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('genai-usage.yml:1:1: error: %YAML 1.1 is not supported');
  });
});

describe("the policy owners' commands", () => {
  it.runIf(process.platform !== 'win32')('test: a FIFO as an expected.yml is refused, not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-errors-'));
    mkdirSync(join(dir, 'examples/a'), { recursive: true });
    cpSync(IDEATION, join(dir, 'examples/a/genai-usage.yml'));
    execFileSync('mkfifo', [join(dir, 'examples/a/expected.yml')]);
    const r = cliChild(['test'], dir);
    expect(r.hung).toBe(false);
    expectClean(r, 'genai-clearance: cannot read examples/a/expected.yml: a named pipe (FIFO), not a regular file');
  });
});
