// The package as a user installs it: the release workflow's packing step (scripts/pack-release.mjs,
// `npm pack` of whatever dist/ holds) run here as a dry run, installed into an empty project from an
// empty npm cache with --offline (any registry fetch would fail), then run through npx.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  }, 180_000);
});
