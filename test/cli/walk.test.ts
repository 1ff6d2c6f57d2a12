// Which files a check reads: the glob every declaration search uses, and the CLI's folder walk on
// real folders with real symbolic links.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDeclarations } from '../../src/io/files.js';
import { DEFAULT_DECLARATION_GLOB, globMatcher } from '../../src/util/glob.js';
import { ROOT } from '../helpers.js';
import { cliIn } from './in-process.js';

const EXAMPLE = join(ROOT, 'examples/m1-ideation/genai-usage.yml');

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'genai-walk-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    cpSync(EXAMPLE, join(dir, f));
  }
  return dir;
}

describe('globMatcher', () => {
  it('the default declaration glob finds both extensions at any depth, and nothing else', () => {
    const m = globMatcher(DEFAULT_DECLARATION_GLOB);
    for (const p of ['genai-usage.yml', 'genai-usage.yaml', 'shows/a/genai-usage.yml', '.hidden/genai-usage.yaml']) expect(m(p), p).toBe(true);
    for (const p of ['genai-usage.yml.bak', 'my-genai-usage.yml', 'genai-usage.json', 'shows/genai-usage.yml/x']) expect(m(p), p).toBe(false);
  });

  it('classes, braces, exclusions, and a pattern without a slash at any depth', () => {
    expect(globMatcher('[ab]/genai-usage.yml')('a/genai-usage.yml')).toBe(true);
    expect(globMatcher('[ab]/genai-usage.yml')('c/genai-usage.yml')).toBe(false);
    const m = globMatcher('**/genai-usage.{yml,yaml}\n!archive/**');
    expect(m('shows/genai-usage.yml')).toBe(true);
    expect(m('archive/2019/genai-usage.yml')).toBe(false);
    expect(globMatcher('genai-usage.yml')('deep/down/genai-usage.yml')).toBe(true);
    const list = globMatcher('shows/*/genai-usage.{yml,yaml}, ./film/genai-usage.yml');
    expect(['shows/x/genai-usage.yaml', 'film/genai-usage.yml', 'shows/x/y/genai-usage.yml'].map(list)).toEqual([true, true, false]);
    expect(globMatcher('!archive/**')('shows/genai-usage.yml')).toBe(true);
  });
});

describe('the folder walk', () => {
  it('finds genai-usage.yaml as the Action does, and skips node_modules and .git', () => {
    const dir = tree(['a/genai-usage.yaml', 'b/genai-usage.yml', 'node_modules/x/genai-usage.yml', '.git/genai-usage.yml', 'c/genai-usage.yml.orig']);
    expect(findDeclarations([], dir)).toEqual({ files: ['a/genai-usage.yaml', 'b/genai-usage.yml'], missing: [], problems: [] });
  });

  it('follows a link to a folder inside the root, and reads each real file once through a loop', () => {
    const dir = tree(['real/genai-usage.yml']);
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    const found = findDeclarations([], dir);
    expect(found.problems).toEqual([]);
    // Shown by its own path, not the link's, though `alias` sorts first.
    expect(found.files).toEqual(['real/genai-usage.yml']);
    const r = cliIn(['check', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).counts.files).toBe(1);
  });

  it('follows a link to a folder holding the only route to a declaration', () => {
    const dir = tree(['store/shows/a/genai-usage.yml']);
    symlinkSync(join(dir, 'store/shows'), join(dir, 'shows'));
    expect(findDeclarations([], dir).files).toEqual(['store/shows/a/genai-usage.yml']);
    expect(findDeclarations(['shows'], dir).files).toEqual(['shows/a/genai-usage.yml']);
  });

  it('follows a link to a declaration inside the root', () => {
    const dir = tree(['store/v1.yml']);
    mkdirSync(join(dir, 'show'));
    symlinkSync(join(dir, 'store/v1.yml'), join(dir, 'show/genai-usage.yml'));
    expect(findDeclarations([], dir).files).toEqual(['show/genai-usage.yml']);
  });

  it('a link leaving the root is an error that names it, never a silent skip', () => {
    const outside = tree(['genai-usage.yml']);
    const dir = tree(['a/genai-usage.yml']);
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync(join(outside, 'genai-usage.yml'), join(dir, 'a', 'genai-usage.yaml'));
    const r = cliIn(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('these paths cannot be checked, so nothing was:');
    expect(r.stderr).toContain(`elsewhere: symbolic link to a folder outside . (${outside})`);
    expect(r.stderr).toContain(`a/genai-usage.yaml: symbolic link to a file outside . (${join(outside, 'genai-usage.yml')})`);
    expect(r.stderr).not.toContain('    at ');
  });

  it('a dangling link named like a declaration is an error; one named otherwise holds nothing', () => {
    const dir = tree(['a/genai-usage.yml']);
    symlinkSync(join(dir, 'gone'), join(dir, 'notes'));
    expect(findDeclarations([], dir).problems).toEqual([]);
    symlinkSync(join(dir, 'gone.yml'), join(dir, 'genai-usage.yaml'));
    expect(findDeclarations([], dir).problems).toEqual(['genai-usage.yaml: symbolic link cannot be followed: no such file or folder']);
  });
});

describe('--ignore', () => {
  it('passes over folders, links and files deliberately, relative to the working folder', () => {
    const outside = tree(['genai-usage.yml']);
    const dir = tree(['shows/a/genai-usage.yml', 'archive/2019/genai-usage.yml', 'shows/b/genai-usage.yaml']);
    symlinkSync(outside, join(dir, 'shows', 'elsewhere'));
    expect(cliIn(['check'], dir).code).toBe(2);
    const r = cliIn(['check', '--ignore', 'archive/**', '--ignore', 'elsewhere', '--ignore', 'shows/b/*', '-f', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['shows/a/genai-usage.yml']);
  });
});
