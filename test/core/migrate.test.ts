// `genai-clearance migrate` over every example as it was written in v1 (test/fixtures/v1-examples):
// the rewrite is valid v2, means what the v1 file was read as, keeps every comment, and changes no
// finding of the pack the file pins. Then the refusals, and the command itself on real files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExamples } from '../../src/authoring/examples.js';
import { loadDeclaration } from '../../src/declaration/load.js';
import { migrateV1Text, missingComments } from '../../src/declaration/migrate-text.js';
import type { Report } from '../../src/model/report.js';
import { evaluateYaml, ROOT, readText } from '../helpers.js';
import { cli } from '../policy/run-cli.js';

const FIXTURES = 'test/fixtures/v1-examples';
const examples = findExamples(join(ROOT, FIXTURES)).map((p) => p.slice(ROOT.length + 1));

// Findings by use, without positions (the rewrite moves lines) or messages (which quote paths).
const findings = (r: Report) => r.files[0]?.uses.map((u) => [u.id, u.outcome, u.findings.map((f) => `${f.pack}/${f.rule}:${f.status}`)]);

describe('migrate round-trips every example', () => {
  it('covers every bundled example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(19);
  });

  for (const path of examples) {
    it(path, () => {
      const text = readText(path);
      const result = migrateV1Text(path, text, 'scripted');
      if ('errors' in result) throw new Error(JSON.stringify(result.errors));
      expect(result.text).toContain('format: genai-usage/v2');
      const v1 = loadDeclaration(path, text);
      const v2 = loadDeclaration(path, result.text);
      expect([v1.format, v2.format, v2.errors]).toEqual(['genai-usage/v1', 'genai-usage/v2', []]);
      // Same model, apart from the kind of work the command was told.
      const told = v1.declaration && { ...v1.declaration, production: { ...v1.declaration.production, work: 'scripted' }, uses: v1.declaration.uses.map((u) => ({ ...u, work: 'scripted' })) };
      expect(JSON.parse(JSON.stringify(v2.declaration))).toEqual(JSON.parse(JSON.stringify(told)));
      expect(missingComments(text, result.text)).toEqual([]);
      // Keys stay in their order: every top-level and use key of the v1 file appears in the same order.
      const keys = (t: string) =>
        t
          .split('\n')
          .filter((l) => /^( {0,4}- )?[a-z_]+:/.test(l))
          .map((l) => l.replace(/^( {0,4}- )/, '').split(':')[0]);
      const after = keys(result.text);
      let at = 0;
      for (const k of keys(text).map((k) => (k === 'consent' ? 'performers' : k))) {
        at = after.indexOf(k as string, at);
        expect(at, `${k} kept in order`).toBeGreaterThanOrEqual(0);
      }
      // The pinned packs judge the rewritten file exactly as the original (v1 packs read the v1 view).
      const today = '2026-11-23';
      expect(findings(evaluateYaml(result.text, { today }))).toEqual(findings(evaluateYaml(text, { today })));
    });
  }
});

describe('migrate refuses to lose anything', () => {
  const head = 'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction:\n  title: T\nuses:\n';
  const use = (talent: string) =>
    `  - id: u\n    summary: s\n    stage: ideation\n    disclosed: false\n    tools: [{name: t, enterprise: true, trains_on_inputs: false}]\n    inputs: []\n    output: {kinds: [image], final: false, prominence: none}\n    talent:\n${talent}`;

  it('a combination v2 rejects: the v1 file must change first, at its line', () => {
    const result = migrateV1Text('g.yml', `${head}${use('      replica: none\n      replica_use: new-performance\n')}`);
    expect(result).toEqual({
      errors: [expect.objectContaining({ code: 'contradiction', line: 15, message: expect.stringContaining('(genai-usage/v2 rejects this; change the v1 file first)') })],
    });
  });

  it('a file that is already v2, or invalid, is not rewritten', () => {
    const v2 = readText('examples/m1-ideation/genai-usage.yml');
    expect(migrateV1Text('g.yml', v2)).toEqual({ errors: [expect.objectContaining({ code: 'not-v1' })] });
    expect(migrateV1Text('g.yml', `${head}  - id: Not A Slug\n`)).toHaveProperty('errors');
  });

  it('what v1 could not say is noted, with its line: consent, union work, a replica used without saying how', () => {
    const result = migrateV1Text('g.yml', `${head}${use('      replica: use\n      consent: [C-1]   # signed rider\n      union_work: assists\n')}`);
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    expect(result.notes.map((n) => [n.line, n.message.split(':')[0]])).toEqual([
      [4, 'production.work'],
      [15, 'uses[0].talent.consent'],
      [16, 'uses[0].talent.union_work'],
      [14, 'uses[0].talent.replica_use'],
    ]);
    expect(result.text).toContain('# signed rider');
    expect(result.text).toContain('union_work: materially-affects');
    expect(result.text).toContain('replica_use: unknown');
  });
});

describe('genai-clearance migrate', () => {
  it('rewrites the file in place, which then checks as v2; a second run has nothing to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-migrate-'));
    const file = join(dir, 'genai-usage.yml');
    writeFileSync(file, readText(`${FIXTURES}/m4-talent-replication/genai-usage.yml`));
    const r = cli(['migrate', file, '--work', 'scripted']);
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('migrated to genai-usage/v2')]);
    expect(r.stderr).toContain('note: uses[0].talent.consent');
    expect(loadDeclaration(file, readFileSync(file, 'utf8')).format).toBe('genai-usage/v2');
    const again = cli(['migrate', file]);
    expect([again.code, again.stderr]).toEqual([0, expect.stringContaining('already genai-usage/v2: nothing to migrate')]);
  });

  it('a v1 file with a byte that is not UTF-8 is refused at its place and left as it was; its UTF-8 twin migrates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-migrate-'));
    const file = join(dir, 'genai-usage.yml');
    const text = `# Kept by José (Legal)\n${readText(`${FIXTURES}/m1-ideation/genai-usage.yml`)}`;
    const bytes = Buffer.from(text, 'latin1');
    writeFileSync(file, bytes);
    const r = cli(['migrate', file, '--work', 'scripted']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1:14 file is not valid UTF-8`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    writeFileSync(file, text);
    expect(cli(['migrate', file, '--work', 'scripted']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('# Kept by José (Legal)');
  });

  it('--dry-run prints the v2 text and leaves the file; a bad --work or no file is a usage error', () => {
    const path = `${FIXTURES}/m1-ideation/genai-usage.yml`;
    const r = cli(['migrate', path, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('format: genai-usage/v2\n');
    expect(readText(path)).toContain('format: genai-usage/v1');
    expect(cli(['migrate', path, '--work', 'opera']).code).toBe(2);
    expect(cli(['migrate']).code).toBe(2);
  });
});
