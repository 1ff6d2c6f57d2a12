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
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('wrote genai-usage.yml and genai-usage.schema.json');
    expect(r.stdout).toContain('fill in production.id');
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

  it('--output makes the folders it names', () => {
    const dir = fresh();
    const r = cliIn(['init', '-o', 'seasons/s01/genai-usage.yml'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('wrote seasons/s01/genai-usage.yml and seasons/s01/genai-usage.schema.json');
    expect(cliIn(['check', 'seasons/s01/genai-usage.yml'], dir).code).toBe(0);
  });

  it('claims no disclosure date the team did not write, and shows where production.id goes', () => {
    const dir = fresh();
    cliIn(['init'], dir, { now: () => new Date('2026-03-04T10:00:00Z') });
    const text = readFileSync(join(dir, 'genai-usage.yml'), 'utf8');
    expect(text).not.toContain('2026-03-04');
    expect(text).toMatch(/^ {4}disclosed: false +# the date your platform contact was told/m);
    expect(text).toMatch(/^ {2}# id: PRD-0000 +# the platform's production id/m);
  });

  it('every commented example is valid once uncommented, and the performer and resemblance are among them', () => {
    const dir = fresh();
    cliIn(['init'], dir);
    const text = readFileSync(join(dir, 'genai-usage.yml'), 'utf8');
    // Uncomment every example line (not the first-line modeline, not the comments that explain a value).
    const uncommented = text.replace(/^( *)# (?=[a-z_]+:|- | {2})/gm, '$1');
    expect(uncommented).toMatch(/^ {6}resembles: \[real-place\]/m);
    expect(uncommented).toMatch(/^ {8}- who: A\. Performer \(lead\)\n {10}status: living +#.*\n {10}union: member/m);
    writeFileSync(join(dir, 'genai-usage.yml'), uncommented);
    const r = cliIn(['check', '--format', 'json'], dir);
    expect(r.code, r.stdout).toBeLessThan(2);
    const report = JSON.parse(r.stdout) as { counts: { uses: number; invalid?: number } };
    expect(report.counts.uses).toBe(1);
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
    expect(cliIn(['init', '--schema-only'], dir)).toMatchObject({ code: 0, stdout: 'wrote genai-usage.schema.json\n' });
    expect(readFileSync(join(dir, 'genai-usage.yml'), 'utf8')).toBe(declaration);
    expect(cliIn(['check'], dir)).toMatchObject({ code: 0, stderr: '' });
  });
});
