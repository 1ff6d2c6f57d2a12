// `init` on a fresh machine: a declaration that passes, and beside it the schema its modeline names.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cliIn } from './in-process.js';

const SHIPPED = readFileSync(join(ROOT, 'src/schema/genai-usage.v2.schema.json'), 'utf8');
const fresh = () => mkdtempSync(join(tmpdir(), 'genai-init-'));

describe('init', () => {
  it('writes the declaration and the schema it points at, equal to the shipped schema', () => {
    const dir = fresh();
    const r = cliIn(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote genai-usage.yml and genai-usage.schema.json');
    expect(readFileSync(join(dir, 'genai-usage.yml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/genai-usage\.schema\.json\n/);
    expect(JSON.parse(readFileSync(join(dir, 'genai-usage.schema.json'), 'utf8'))).toEqual(JSON.parse(SHIPPED));
    expect(cliIn(['check'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it('--output into a subfolder puts the schema beside the declaration', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'shows'));
    expect(cliIn(['init', '-o', 'shows/genai-usage.yml'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'shows/genai-usage.schema.json'), 'utf8'))).toEqual(JSON.parse(SHIPPED));
  });

  it('refuses to overwrite a different schema file without --force', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'genai-usage.schema.json'), '{"mine": true}\n');
    const r = cliIn(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("genai-usage.schema.json already exists and differs from this version's schema; pass --force to overwrite it");
    expect(readFileSync(join(dir, 'genai-usage.schema.json'), 'utf8')).toBe('{"mine": true}\n');
  });

  it('check notes a stale schema copy; init --schema-only refreshes it and leaves the declaration alone', () => {
    const dir = fresh();
    cliIn(['init'], dir);
    const declaration = readFileSync(join(dir, 'genai-usage.yml'), 'utf8');
    writeFileSync(join(dir, 'genai-usage.schema.json'), '{"title": "an older schema"}\n');
    const stale = cliIn(['check'], dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain("note: genai-usage.schema.json is not this version's declaration schema");
    expect(stale.stderr).toContain('`genai-clearance init --schema-only`');
    expect(cliIn(['check', '-q'], dir)).toMatchObject({ code: 0, stderr: '' });
    expect(cliIn(['init', '--schema-only'], dir)).toMatchObject({ code: 0, stderr: 'wrote genai-usage.schema.json\n' });
    expect(readFileSync(join(dir, 'genai-usage.yml'), 'utf8')).toBe(declaration);
    expect(cliIn(['check'], dir)).toMatchObject({ code: 0, stderr: '' });
  });
});
