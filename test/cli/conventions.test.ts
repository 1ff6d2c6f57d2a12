// The command-line conventions of the tools production and platform teams already use (Spectral,
// conftest, eslint): quiet runs, colour control, standard input, several reports in one run, the
// version, and "did you mean" for what was mistyped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cliIn } from './in-process.js';

const PASSING = join(ROOT, 'examples/m1-ideation');
const FAILING = join(ROOT, 'examples/m4-talent-replication');
const ESC = '\u001b[';

describe('--quiet', () => {
  it('prints nothing when the check passes, and the full report when it fails', () => {
    const pass = cliIn(['check', PASSING, '--quiet'], ROOT);
    expect(pass).toEqual({ code: 0, stdout: '', stderr: '' });
    const fail = cliIn(['check', FAILING, '-q'], ROOT);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('synthetic-voice-narration');
  });

  it('still writes the files it was asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-quiet-'));
    expect(cliIn(['check', PASSING, '-q', '-f', 'json', '-o', join(dir, 'r.json')], ROOT).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).decision).toBe('pass');
  });

  it('init --quiet says nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-quiet-'));
    expect(cliIn(['init', '--quiet'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('colour', () => {
  const tty = { stdoutIsTTY: true };
  it('on a terminal by default; off with --no-color or NO_COLOR; forced with --color', () => {
    expect(cliIn(['check', FAILING], ROOT, tty).stdout).toContain(ESC);
    expect(cliIn(['check', FAILING, '--no-color'], ROOT, tty).stdout).not.toContain(ESC);
    expect(cliIn(['check', FAILING], ROOT, { ...tty, env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cliIn(['check', FAILING], ROOT).stdout).not.toContain(ESC);
    expect(cliIn(['check', FAILING, '--color'], ROOT).stdout).toContain(ESC);
  });
});

describe('standard input', () => {
  const text = readFileSync(join(PASSING, 'genai-usage.yml'));
  it('`-` reads one declaration from standard input, named <stdin> or --stdin-filename', () => {
    const r = cliIn(['check', '-', '-f', 'json'], ROOT, { readStdin: () => text });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['<stdin>']);
    const named = cliIn(['check', '-', '--stdin-filename', 'shows/genai-usage.yml', '-f', 'json'], ROOT, { readStdin: () => text });
    expect(JSON.parse(named.stdout).files[0].path).toBe('shows/genai-usage.yml');
  });

  it('through the real binary, piped', () => {
    const bad = Buffer.from(text.toString().replace('stage: ideation', 'stage: ideashun'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/genai-clearance.js'), 'check', '-'], { input: bad, encoding: 'utf8', cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/<stdin>:\d+:\d+: error: .*ideation/);
  });

  it('`-` alongside folders, and only once', () => {
    const r = cliIn(['check', '-', FAILING, '-f', 'json'], ROOT, { readStdin: () => text });
    expect(JSON.parse(r.stdout).counts.files).toBe(2);
    expect(cliIn(['check', '-', '-'], ROOT, { readStdin: () => text })).toMatchObject({ code: 2, stderr: expect.stringContaining('`-` (standard input) can be given once') });
  });
});

describe('several reports in one run', () => {
  it('pairs each --format with its --output, in order; `-` is standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-pairs-'));
    const r = cliIn(['check', FAILING, '-f', 'json', '-o', join(dir, 'r.json'), '-f', 'sarif', '-o', join(dir, 'r.sarif'), '-f', 'junit', '-o', join(dir, 'r.xml'), '-f', 'text', '-o', '-'], ROOT);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).decision).toBe('fail');
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'r.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(r.stdout).toContain('synthetic-voice-narration');
    expect(r.stdout).not.toMatch(/^\{/);
  });

  it('refuses formats and outputs that do not pair', () => {
    const r = cliIn(['check', PASSING, '-f', 'json', '-f', 'sarif', '-o', 'r.json'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give one --output per --format, in the same order (got 2 formats and 1 outputs)');
  });
});

describe('--version', () => {
  it('prints the package version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    for (const flag of ['--version', '-v', 'version']) expect(cliIn([flag], ROOT)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('did you mean', () => {
  it('for a command', () => {
    const r = cliIn(['chek'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "chek" (did you mean "check"?)');
  });

  it('for an option, and plainly for a missing value', () => {
    const r = cliIn(['check', '--fromat', 'json'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option "--fromat" (did you mean "--format"?)');
    expect(cliIn(['check', '--ledgr', 'x.yml'], ROOT).stderr).toContain('(did you mean "--ledger"?)');
    expect(cliIn(['check', '--ledger'], ROOT).stderr).toContain('option "--ledger" needs a value');
    expect(cliIn(['init', '--force=yes'], ROOT).stderr).toContain('option "--force" takes no value');
  });

  it('for a format', () => {
    expect(cliIn(['check', PASSING, '-f', 'jsn'], ROOT).stderr).toContain('got "jsn" (did you mean "json"?)');
  });

  it('for a rule id, bare or with its pack', () => {
    const r = cliIn(['explain', 'final-deliverabel'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no rule `final-deliverabel` in the loaded packs (did you mean "final-deliverable"?)');
    expect(cliIn(['explain', 'netflix-genai/final-deliverabel'], ROOT).stderr).toContain('(did you mean "netflix-genai/final-deliverable"?)');
  });

  it('says nothing when nothing is close', () => {
    expect(cliIn(['zzzzzz'], ROOT).stderr).not.toContain('did you mean');
  });
});

describe('no guess where none helps', () => {
  it('an unknown one-letter option gets no suggestion', () => {
    const r = cliIn(['check', '-x'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option "-x"\n');
  });
});

describe('help', () => {
  it('`help COMMAND` is `COMMAND --help`', () => {
    const viaHelp = cliIn(['help', 'check'], ROOT);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(cliIn(['check', '--help'], ROOT).stdout);
    expect(viaHelp.stdout).toMatch(/^Usage: genai-clearance check/);
    expect(cliIn(['help', 'chek'], ROOT).stderr).toContain('(did you mean "check"?)');
  });
});
