// The package as a user installs it: `npm pack` of whatever dist/ holds, installed into an empty
// project from an empty npm cache with --offline (any registry fetch would fail), then run through npx.
import { execFileSync, spawnSync } from 'node:child_process';
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
  const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: ROOT, env, encoding: 'utf8' });
  const info = JSON.parse(out)[0] as { filename: string; files: Array<{ path: string }> };
  tarball = join(work, info.filename);
  packed = info.files.map((f) => f.path);
}, 120_000);

describe('the packed tarball', () => {
  it('holds the CLI, its packs and schemas, and no tests, bench, fixtures, examples or Action bundle', () => {
    expect(packed).toContain('bin/genai-clearance.js');
    expect(packed).toContain('dist/cli.js');
    expect(packed).toContain('policy/netflix-genai/1.0.0.yml');
    expect(packed).toContain('src/schema/genai-usage.schema.json');
    expect(packed).toContain('src/schema/genai-usage.v2.schema.json');
    expect(packed).toContain('policy/netflix-genai/2.0.0.yml');
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
