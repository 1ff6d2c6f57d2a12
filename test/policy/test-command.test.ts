import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCoverage } from '../../src/authoring/coverage.js';
import { findExamples, runExample } from '../../src/authoring/examples.js';
import { lintLibrary } from '../../src/authoring/lint.js';
import { readPackDir } from '../../src/io/files.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { ROOT } from '../helpers.js';
import { cliAsync, FIXTURES } from './run-cli.js';

const COVERAGE = 'test/fixtures/packs/coverage';
const library = (dir: string) => loadPackLibrary(readPackDir(join(FIXTURES, dir), ROOT));
const runAll = (lib: ReturnType<typeof library>, examplesDir: string) => Promise.all(findExamples(join(ROOT, examplesDir)).map((p) => runExample(p, lib, ROOT)));

describe('rule coverage', () => {
  it('counts, per rule, the example uses it fired on and the ones it did not', async () => {
    const lib = library('coverage/policy');
    const result = ruleCoverage(lib, await runAll(lib, `${COVERAGE}/examples`));
    expect(result).toEqual({
      packs: [
        {
          pack: 'demo',
          version: '1.0.0',
          examples: [`${COVERAGE}/examples/partial/genai-usage.yml`],
          uses: 2,
          rules: [
            { rule: 'sensitive-input', fired: 1, passed: 1 },
            { rule: 'final-output', fired: 2, passed: 0 },
            { rule: 'stage-note', fired: 2, passed: 0 },
            { rule: 'misleading', fired: 0, passed: 2 },
          ],
          covered: 5,
          total: 8,
        },
      ],
      superseded: [],
    });
  });

  it('a pack no example pins counts at 0% under its newest version; older unpinned versions are listed, not failed', async () => {
    const lib = loadPackLibrary([...readPackDir(join(FIXTURES, 'coverage/policy'), ROOT), ...readPackDir(join(FIXTURES, 'lifecycle'), ROOT).filter((f) => f.path.includes('/legacy/'))]);
    const result = ruleCoverage(lib, await runAll(lib, `${COVERAGE}/examples`));
    expect(result.packs.map((p) => [p.pack, p.version, p.covered, p.total, p.uses])).toEqual([
      ['demo', '1.0.0', 5, 8, 2],
      ['legacy', '1.0.0', 0, 8, 0],
    ]);
    const twoVersions = library('diff/loosening');
    const pinnedNewest = ruleCoverage(twoVersions, await runAll(twoVersions, 'test/fixtures/packs/diff/examples'));
    expect(pinnedNewest.packs.map((p) => `${p.pack}@${p.version}`)).toEqual(['demo@1.1.0']);
    expect(pinnedNewest.superseded).toEqual([{ pack: 'demo', version: '1.0.0' }]);
  });
});

describe('lint', () => {
  it('the bundled packs are clean', async () => {
    expect(lintLibrary(loadPackLibrary(readPackDir(join(ROOT, 'policy'), ROOT)))).toEqual([]);
  });

  it('a blank remedy and a placeholder source are reported', async () => {
    expect(lintLibrary(library('lint/policy'))).toEqual([
      { pack: 'demo', version: '1.0.0', subject: 'stage-note', code: 'no-remedy', message: 'rule stage-note gives no remedy' },
      { pack: 'demo', version: '1.0.0', subject: 'misleading', code: 'placeholder-text', message: 'rule misleading: source still says TODO' },
    ]);
  });
});

describe('genai-clearance test', () => {
  it('the bundled packs pass with every rule covered both ways', async () => {
    const r = await cliAsync(['test']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  ok    eu-ai-act-art50@1.0.0  10/10 behaviours (100%) of 5 rules, each to fire once and pass once; 17 uses in 3 examples');
    expect(lines).toContain('  ok    eu-ai-act-art50@3.0.0  22/22 behaviours (100%) of 11 rules, each to fire once and pass once; 19 uses in 3 examples');
    expect(lines).toContain('  ok    examples/netflix-genai-4/scan/genai-usage.yml (2 uses; 2 media files scanned)');
    expect(lines.find((l) => l.includes('netflix-genai@4.0.0 '))).toMatch(/^ {2}ok {4}netflix-genai@4\.0\.0 {4}60\/60 behaviours \(100%\)/);
    expect(lines.find((l) => l.includes('netflix-genai@2.0.0'))).toMatch(
      /^ {2}ok {4}netflix-genai@2\.0\.0 {4}(\d+)\/\1 behaviours \(100%\) of \d+ rules, each to fire once and pass once; \d+ uses in \d+ examples$/,
    );
    expect(lines.at(-2)).toBe('PASS');
  });

  it('coverage below the threshold fails (exit 1) and names the rules', async () => {
    const r = await cliAsync(['test', '--examples', `${COVERAGE}/examples`, '--policy-dir', `${COVERAGE}/policy`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'Examples (1)',
        `  ok    ${COVERAGE}/examples/partial/genai-usage.yml (2 uses)`,
        '',
        'Rule coverage, counted on the examples below test/fixtures/packs/coverage/examples only (at least 100% per pack version; a rule counts twice: it must fire on one example use and not fire on another)',
        '  FAIL  demo@1.0.0  5/8 behaviours (62.5%) of 4 rules, each to fire once and pass once; 2 uses in 1 example',
        '          never fired: misleading',
        '          never passed: final-output, stage-note',
        '',
        'Lint',
        '  ok    4 rules: each cites its source and gives a remedy',
        '',
        'FAIL: demo@1.0.0 coverage 62.5% is below 100% (never fired: misleading; never passed: final-output, stage-note)',
        '',
      ].join('\n'),
    );
  });

  it('--min-coverage is compared exactly: 62.5 passes 5 of 8, 63 does not', async () => {
    const at = async (n: string) => (await cliAsync(['test', '--examples', `${COVERAGE}/examples`, '--policy-dir', `${COVERAGE}/policy`, '--min-coverage', n])).code;
    expect([await at('62.5'), await at('62.5%'), await at('63'), await at('0')]).toEqual([0, 0, 1, 0]);
  });

  it('an example that disagrees with its expected.yml fails, saying how', async () => {
    const r = await cliAsync(['test', '--examples', 'test/fixtures/packs/diff/examples', '--policy-dir', 'test/fixtures/packs/diff/tightening', '--min-coverage', '0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  FAIL  test/fixtures/packs/diff/examples/demo-production/genai-usage.yml\n');
    expect(r.stdout).toContain(
      [
        '          script-breakdown: expected approved, got needs-approval',
        '          archive-footage: expected clear, got needs-approval',
        '          archive-footage: rule(s) sensitive-input fired, not expected',
      ].join('\n'),
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('FAIL: 1 of 1 examples do not match their expected.yml');
  });

  it('lint problems fail with exit 1', async () => {
    const r = await cliAsync(['test', '--examples', `${COVERAGE}/examples`, '--policy-dir', 'test/fixtures/packs/lint/policy', '--min-coverage', '0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  FAIL  demo@1.0.0 rule stage-note gives no remedy\n  FAIL  demo@1.0.0 rule misleading: source still says TODO\n');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('FAIL: 2 lint problems');
  });

  it('a pack that does not load: exit 2, with its file:line:col', async () => {
    const r = await cliAsync(['test', '--examples', `${COVERAGE}/examples`, '--policy-dir', 'test/fixtures/packs/invalid']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^genai-clearance: the policy packs do not load, so nothing was tested:\n {2}test\/fixtures\/packs\/invalid\/demo\/1\.0\.0\.yml:\d+:\d+: rule final-output: `output\.finale`: output has no field `finale`/,
    );
  });

  it('usage errors: exit 2', async () => {
    expect((await cliAsync(['test', '--min-coverage', '101'])).stderr).toContain('--min-coverage takes a percentage from 0 to 100, got "101"');
    expect((await cliAsync(['test', '--min-coverage', 'all'])).code).toBe(2);
    expect((await cliAsync(['test', '--examples', 'no/such/dir'])).stderr).toContain('no examples folder: no/such/dir');
    expect((await cliAsync(['test', '--examples', 'test/fixtures/packs/lint'])).stderr).toContain('no examples below test/fixtures/packs/lint');
  });
});

describe('an example whose ledger is missing', () => {
  it('is a failed example naming the ledger, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-missing-ledger-'));
    mkdirSync(join(dir, 'a'));
    copyFileSync(join(ROOT, 'examples/m1-ideation/genai-usage.yml'), join(dir, 'a/genai-usage.yml'));
    writeFileSync(join(dir, 'a/expected.yml'), 'evaluated_on: 2026-11-23\nledger: ../missing.yml\ndecision: pass\nuses: {}\n');
    const r = await cliAsync(['test', '--examples', dir], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('missing.yml: the ledger named by expected.yml cannot be read: no such file or folder');
  });
});

describe('test --format json', () => {
  it('writes the same run as data: every example, coverage per pack version, lint, the decision', async () => {
    const r = await cliAsync(['test', '--format', 'json']);
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout) as { decision: string; examples: Array<{ mismatches: string[] }>; coverage: Array<{ pack: string; version: string; percent: string; meetsThreshold: boolean }> };
    expect(run.decision).toBe('pass');
    expect(run.examples.length).toBeGreaterThan(20);
    expect(run.examples.every((e) => e.mismatches.length === 0)).toBe(true);
    expect(run.coverage.map((c) => [`${c.pack}@${c.version}`, c.percent, c.meetsThreshold])).toEqual([
      ['eu-ai-act-art50@1.0.0', '100%', true],
      ['eu-ai-act-art50@3.0.0', '100%', true],
      ['netflix-genai@2.0.0', '100%', true],
      ['netflix-genai@4.0.0', '100%', true],
      ['talent-consent@1.0.0', '100%', true],
    ]);
    expect((await cliAsync(['test', '--format', 'jsn'])).stderr).toContain('did you mean "json"');
  });
});

describe('test covers the newest version of every pack', () => {
  it('an older pinned version does not hide an untested newest one: it is counted at 0% and fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-newest-'));
    mkdirSync(join(dir, 'm1'));
    for (const f of ['genai-usage.yml', 'expected.yml']) copyFileSync(join(ROOT, 'examples/m1-ideation', f), join(dir, 'm1', f));
    const r = await cliAsync(['test', '--examples', dir], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}FAIL {2}netflix-genai@4\.0\.0 +0\/60 behaviours \(0%\) of 30 rules, each to fire once and pass once; 0 uses in 0 examples$/m);
    expect(r.stdout).toContain('  FAIL  netflix-genai@2.0.0    27/52 behaviours (51.9%)');
  });

  it('an example that pins a version not yet in effect on its date is judged on the version’s first day, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-later-'));
    mkdirSync(join(dir, 'early'));
    copyFileSync(join(ROOT, 'examples/netflix-genai-4/disclosure/genai-usage.yml'), join(dir, 'early/genai-usage.yml'));
    writeFileSync(
      join(dir, 'early/expected.yml'),
      readFileSync(join(ROOT, 'examples/netflix-genai-4/disclosure/expected.yml'), 'utf8').replace('evaluated_on: 2026-12-07', 'evaluated_on: 2026-11-23'),
    );
    const r = await cliAsync(['test', '--examples', dir, '--min-coverage', '0'], dir);
    expect(r.stdout).toContain('  ok    early/genai-usage.yml (2 uses; judged on 2026-12-07: netflix-genai@4.0.0 is in effect from then)\n');
    expect(r.code).toBe(0);
  });

  it('an example with `scan` reads the media files in its folder: without the file in the deliverables, the use is temporary again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-media-'));
    cpSync(join(ROOT, 'examples/netflix-genai-4/scan'), join(dir, 'scan'), { recursive: true });
    const ok = await cliAsync(['test', '--examples', dir, '--min-coverage', '0'], dir);
    expect(ok.stdout).toContain('  ok    scan/genai-usage.yml (2 uses; 2 media files scanned)\n');
    // The honest twin of the example: the file moved out of the deliverables.
    renameSync(join(dir, 'scan/deliverables/key-art/poster-background.png'), join(dir, 'scan/previs/poster-background.png'));
    const moved = await cliAsync(['test', '--examples', dir, '--min-coverage', '0'], dir);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain('          poster-background-in-deliverables: expected needs-approval, got clear\n');
  });
});
