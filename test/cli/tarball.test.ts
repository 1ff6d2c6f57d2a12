// The package as a user installs it: the release workflow's packing step (scripts/pack-release.mjs,
// `npm pack` of whatever dist/ holds) run here as a dry run, installed into an empty project from an
// empty npm cache with --offline (any registry fetch would fail), then run through npx.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let work: string;
let tarball: string;
let packed: string[];
let env: NodeJS.ProcessEnv;
/** What the packing step hands the workflow's later steps ($GITHUB_OUTPUT lines). */
let outputs: Record<string, string>;

function run(cmd: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'genai-tarball-'));
  // An empty cache and a registry nobody listens on: with --offline, anything not in the tarball fails.
  env = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    NO_COLOR: '1',
    npm_config_cache: join(work, 'cache'),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  const out = execFileSync(process.execPath, ['scripts/pack-release.mjs', join(work, 'release')], { cwd: ROOT, env, encoding: 'utf8' });
  outputs = Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  tarball = outputs.tarball ?? '';
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  packed = listing
    .trim()
    .split('\n')
    .filter((p) => !p.endsWith('/'))
    .map((p) => p.replace(/^package\//, ''));
}, 120_000);

describe("the release workflow's packing step", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  it('packs the version package.json holds, and publishes the SHA-256 of exactly that tarball', () => {
    expect(outputs.version).toBe(manifest.version);
    expect(tarball).toBe(join(work, 'release', `genai-clearance-${manifest.version}.tgz`));
    const sha256 = createHash('sha256').update(readFileSync(tarball)).digest('hex');
    expect(outputs.sha256).toBe(sha256);
    // The file attached beside the tarball, in the format `sha256sum --check` reads.
    expect(outputs.sha256_file).toBe(`${tarball}.sha256`);
    expect(readFileSync(`${tarball}.sha256`, 'utf8')).toBe(`${sha256}  genai-clearance-${manifest.version}.tgz\n`);
    const verify = spawnSync('sha256sum', ['--check', `genai-clearance-${manifest.version}.tgz.sha256`], { cwd: join(work, 'release'), encoding: 'utf8' });
    if (verify.error === undefined) expect(verify.stdout).toContain(': OK');
  });

  it("the release notes are the changelog's section for this version", () => {
    const notes = readFileSync(outputs.notes ?? '', 'utf8');
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${manifest.version}\n`);
    expect(notes.length).toBeGreaterThan(100);
    expect(changelog).toContain(notes.trim());
    expect(notes).not.toMatch(/^## /m);
  });

  it('refuses a tag that is not the version, packing nothing', () => {
    const out = join(work, 'wrong-tag');
    const r = spawnSync(process.execPath, ['scripts/pack-release.mjs', out], {
      cwd: ROOT,
      env: { ...env, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v9.9.9' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`pack-release: the tag v9.9.9 is not package.json's version (v${manifest.version}): set the version, commit, and tag that commit\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('its honest twin: the tag of the version packs', () => {
    const out = join(work, 'right-tag');
    const r = spawnSync(process.execPath, ['scripts/pack-release.mjs', out], {
      cwd: ROOT,
      env: { ...env, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: `v${manifest.version}` },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`genai-clearance-${manifest.version}.tgz`, `genai-clearance-${manifest.version}.tgz.sha256`, 'release-notes.md']);
  });
});

describe('the packed tarball', () => {
  it('holds the CLI, its packs and schemas, and no tests, bench, fixtures, examples or Action bundle', () => {
    expect(packed).toContain('bin/genai-clearance.js');
    expect(packed).toContain('dist/cli.js');
    expect(packed).toContain('policy/netflix-genai/1.0.0.yml');
    expect(packed).toContain('src/schema/genai-usage.schema.json');
    expect(packed).toContain('src/schema/genai-usage.v2.schema.json');
    // What a studio's copy of a pack and its own examples point their editors at.
    expect(packed).toContain('src/schema/policy-pack.schema.json');
    expect(packed).toContain('src/schema/expected-outcomes.schema.json');
    expect(packed).toContain('policy/netflix-genai/2.0.0.yml');
    expect(packed).toContain('CHANGELOG.md');
    // package.json says MIT; the licence text travels with every copy.
    expect(packed).toContain('LICENSE');
    const unwanted = packed.filter((p) => /^(test|bench|examples|\.ci|action|scripts|coverage)\//.test(p) || /fixture/i.test(p) || /\.test\./.test(p) || p === 'dist/index.js' || /\.ts$/.test(p));
    expect(unwanted).toEqual([]);
  });

  it('declares no runtime dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
  });

  it('installs offline into an empty project and runs init and check through npx', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "my-production", "private": true }\n');
    const install = run(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/EBADENGINE|ENOTCACHED/);
    // Only the package itself was installed: nothing else came along.
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['genai-clearance']);

    const shows = join(project, 'shows');
    mkdirSync(shows);
    const init = run(NPX, ['--offline', 'genai-clearance', 'init', '--title', 'Harbour Lights'], shows);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(shows, 'genai-usage.yml'), 'utf8')).toContain('title: "Harbour Lights"');
    expect(existsSync(join(shows, 'genai-usage.schema.json'))).toBe(true);

    const check = run(NPX, ['--offline', 'genai-clearance', 'check', '--format', 'json'], shows);
    expect(check.code, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout) as { decision: string; counts: { uses: number; clear: number }; packs: Array<{ pack: string }> };
    expect(report.decision).toBe('pass');
    expect(report.counts).toMatchObject({ uses: 1, clear: 1 });
    expect(report.packs.map((p) => p.pack)).toEqual(['netflix-genai']);

    // What loads lazily must ship too: the full YAML parser (a tab-indented file) and `explain`.
    writeFileSync(join(shows, 'tabbed.yml'), readFileSync(join(shows, 'genai-usage.yml'), 'utf8').replace(/^ {2}/gm, '\t'));
    const tabbed = run(NPX, ['--offline', 'genai-clearance', 'check', 'tabbed.yml'], shows);
    expect(tabbed.code).toBe(2);
    expect(tabbed.stdout).toContain('YAML forbids tabs for indentation; use spaces');
    const explain = run(NPX, ['--offline', 'genai-clearance', 'explain', 'final-deliverable'], shows);
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toMatch(/^final-deliverable \(netflix-genai@/);

    const version = run(NPX, ['--offline', 'genai-clearance', '--version'], shows);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);

    studioCopiesAPack(project);
  }, 240_000);
});

/**
 * The README's walkthrough for policy owners, outside this repository: copy a pack out of the installed
 * package, point its schema line at a schema that exists there, change a rule, test it against the
 * studio's own example, diff it against the shipped version.
 */
function studioCopiesAPack(project: string): void {
  const studio = join(project, 'studio');
  const installed = join(project, 'node_modules/genai-clearance');
  cpSync(join(installed, 'policy/netflix-genai'), join(studio, 'policy/netflix-genai'), { recursive: true });
  const shipped = readFileSync(join(studio, 'policy/netflix-genai/4.0.0.yml'), 'utf8');
  // As shipped, the schema line names a path into this repository, which the studio does not have.
  const line = /^# yaml-language-server: \$schema=(\S+)$/m.exec(shipped)?.[1] ?? '';
  expect(existsSync(join(studio, 'policy/netflix-genai', line))).toBe(false);

  const schema = run(NPX, ['--offline', 'genai-clearance', 'init', '--schema-only', '--pack', 'policy'], studio);
  expect(schema.code, schema.stderr).toBe(0);
  expect(schema.stdout).toMatch(/^wrote policy\/policy-pack\.schema\.json; the schema line of policy\/netflix-genai\/1\.0\.0\.yml, .*policy\/netflix-genai\/4\.0\.0\.yml now names it\n$/);
  const pointed = readFileSync(join(studio, 'policy/netflix-genai/4.0.0.yml'), 'utf8');
  const now = /^# yaml-language-server: \$schema=(\S+)$/m.exec(pointed)?.[1] ?? '';
  expect(JSON.parse(readFileSync(join(studio, 'policy/netflix-genai', now), 'utf8'))).toEqual(JSON.parse(readFileSync(join(installed, 'src/schema/policy-pack.schema.json'), 'utf8')));
  // Only the schema line changed: the rules are the shipped ones.
  expect(pointed.split('\n').slice(1)).toEqual(shipped.split('\n').slice(1));

  // Change a rule in a new version, and test it on the studio's own example.
  writeFileSync(
    join(studio, 'policy/netflix-genai/4.1.0.yml'),
    pointed
      .replace('version: 4.0.0', 'version: 4.1.0')
      .replace('remedy: Tell your Netflix contact about this use and record the date in disclosed.', "remedy: Tell the studio's platform liaison about this use and record the date in disclosed."),
  );
  mkdirSync(join(studio, 'examples/moodboards'), { recursive: true });
  writeFileSync(
    join(studio, 'examples/moodboards/genai-usage.yml'),
    'format: genai-usage/v2\npolicies: [netflix-genai@4]\nproduction:\n  title: Studio sample\n  work: scripted\nuses:\n  - id: moodboards\n    summary: Mood boards\n    stage: ideation\n    disclosed: 2026-12-01\n    tools:\n      - name: Studio Image Gen\n        enterprise: true\n        trains_on_inputs: false\n    inputs: []\n    output:\n      kinds: [image]\n      final: false\n      prominence: background\n',
  );
  writeFileSync(
    join(studio, 'examples/moodboards/expected.yml'),
    '# yaml-language-server: $schema=../../../node_modules/genai-clearance/src/schema/expected-outcomes.schema.json\nevaluated_on: 2026-12-08\ndecision: pass\nuses:\n  moodboards: { outcome: clear, rules: [] }\n',
  );
  // The example's schema line resolves to the schema the installed package ships.
  expect(existsSync(join(studio, 'examples/moodboards', '../../../node_modules/genai-clearance/src/schema/expected-outcomes.schema.json'))).toBe(true);
  const tested = run(NPX, ['--offline', 'genai-clearance', 'test', '--policy-dir', 'policy', '--examples', 'examples', '--min-coverage', '0'], studio);
  expect(tested.code, tested.stderr).toBe(0);
  expect(tested.stdout).toContain('  ok    examples/moodboards/genai-usage.yml (1 use)\n');
  expect(tested.stdout).toContain('Rule coverage, counted on the examples below examples only (at least 0% per pack version;');
  expect(tested.stdout).toMatch(/^ {2}ok {4}netflix-genai@4\.1\.0 {2}\d+\/60 behaviours/m);

  const diff = run(NPX, ['--offline', 'genai-clearance', 'diff', 'netflix-genai@4.0.0', 'netflix-genai@4.1.0', '--policy-dir', 'policy', '--examples', 'examples'], studio);
  expect(diff.code, diff.stderr).toBe(0);
  expect(diff.stdout).toContain('  ~ disclose-to-contact  PATCH: wording and grouping do not change which uses fire or how');
  expect(diff.stdout).toContain('Semver: requires PATCH; declared MINOR (4.0.0 → 4.1.0): enough.');
}
