// genai-usage/v2 on real YAML: defaults, closed objects, contradictions at their line, v1 read
// through the migration, documented consent as the core derives it, and packs written for v1
// reading a v2 file through its v1 view.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/declaration/load.js';
import { CLEAN_USE, declarationYaml, evaluateYaml, onlyUse, patch, ROOT } from '../helpers.js';
import { DOCUMENTED, declarationV2Yaml, V2_CLEAN_USE } from './v2-helpers.js';

const load = (uses: unknown[], extra: Record<string, unknown> = {}) => loadDeclaration('genai-usage.yml', declarationV2Yaml(uses, extra));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('genai-usage/v2', () => {
  it("fills in what a use leaves out: the production's kind of work, and nothing to declare elsewhere", () => {
    const d = load([V2_CLEAN_USE, { ...V2_CLEAN_USE, id: 'trailer', work: 'marketing' }]).declaration;
    expect(d?.uses.map((u) => u.work)).toEqual(['scripted', 'marketing']);
    expect(d?.uses[0]).toMatchObject({ training: 'none', output: { resembles: [] }, talent: { replica: 'none', union_work: 'none', performers: [] }, assets: [], approvals: [] });
  });

  it('is closed: an unknown key in a consent record is an error at its line, and production.work is required', () => {
    const text = declarationV2Yaml([patch(V2_CLEAN_USE, { talent: { performers: [{ ...DOCUMENTED, consent: [{ ref: 'C-1', signed: '2026-01-01' }] }] } })]);
    const loaded = loadDeclaration('g.yml', text);
    expect(loaded.errors.map((e) => [e.line, e.path])).toEqual([[lineOf(text, 'signed:'), 'uses[0].talent.performers[0].consent[0].signed']]);
    const noWork = loadDeclaration('g.yml', 'format: genai-usage/v2\npolicies: [netflix-genai@2]\nproduction:\n  title: T\nuses: []\n');
    expect(noWork.errors.map((e) => e.message).join()).toContain('work');
  });

  const contradictions: Array<[string, Record<string, unknown>, string, string]> = [
    ['a replica used without saying how', { talent: { replica: 'use', replica_use: 'none' } }, 'replica_use: none', 'talent.replica is use, so talent.replica_use must say how it is used'],
    ['a reused talent model that makes neither replica nor alteration', { talent: { model_reuse: true } }, 'model_reuse: true', 'declare talent.replica (use) or talent.alteration'],
    ['a sha256 on a glob', { assets: [{ path: 'vfx/ep06/*.exr', sha256: 'a'.repeat(64) }] }, 'sha256:', 'a sha256 binds one file'],
  ];
  for (const [name, changes, needle, message] of contradictions) {
    it(`a contradiction is an error at its line: ${name}`, () => {
      const text = declarationV2Yaml([patch(V2_CLEAN_USE, changes)]);
      const errors = loadDeclaration('g.yml', text).errors;
      expect(errors.map((e) => [e.code, e.line])).toEqual([['contradiction', lineOf(text, needle)]]);
      expect(errors[0]?.message).toContain(message);
    });
  }

  it('a consent record signed on a date that does not exist is an error at its line', () => {
    const text = declarationV2Yaml([patch(V2_CLEAN_USE, { talent: { performers: [{ ...DOCUMENTED, consent: [{ ref: 'C-1', party: 'performer', scope: 'this-use', signed_on: '2026-02-30' }] }] } })]);
    expect(loadDeclaration('g.yml', text).errors.map((e) => [e.code, e.line])).toEqual([['invalid-date', lineOf(text, '2026-02-30')]]);
  });

  it('a v1 file is read through the migration: consent strings become incomplete records, assists becomes materially-affects', () => {
    const v1 =
      'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction:\n  title: T\nuses:\n  - id: u\n    summary: s\n    stage: ideation\n    disclosed: false\n    tools: [{name: t, enterprise: true, trains_on_inputs: false}]\n    inputs: []\n    output: {kinds: [image], final: false, prominence: none}\n    talent: {replica: create, consent: [SAG-2025-117], union_work: assists}\n';
    const loaded = loadDeclaration('g.yml', v1);
    expect(loaded.format).toBe('genai-usage/v1');
    expect(loaded.declaration?.production.work).toBe('unknown');
    expect(loaded.declaration?.uses[0]?.talent).toEqual({
      replica: 'create',
      replica_use: 'none',
      alteration: 'none',
      model_reuse: false,
      union_work: 'materially-affects',
      performers: [{ who: 'not named in genai-usage/v1', status: 'unknown', union: 'unknown', consent: [{ ref: 'SAG-2025-117' }] }],
    });
  });

  it('a v1 file judged by a pack written for v2 carries a note saying it was read through the migration', () => {
    const v1 = (pin: string) => evaluateYaml(declarationYaml([CLEAN_USE], { policies: [pin] }), { today: '2026-11-23' }).files[0]?.warnings.map((w) => [w.code, w.line]);
    expect(v1('netflix-genai@2')).toEqual([['read-through-migration', 1]]);
    expect(v1('netflix-genai@1')).toEqual([['pack-deprecated', 3]]);
    expect(evaluateYaml(declarationV2Yaml([V2_CLEAN_USE]), { today: '2026-11-23' }).files[0]?.warnings).toEqual([]);
  });

  it('every schema has an id that promises no URL', () => {
    const ids = readdirSync(join(ROOT, 'src/schema'))
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => JSON.parse(readFileSync(join(ROOT, 'src/schema', f), 'utf8')).$id as string);
    for (const id of ids) expect(id).toMatch(/^urn:genai-clearance:schema:[a-z-]+:v[0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('documented consent, as netflix-genai 2.0.0 reads it', () => {
  const TODAY = '2026-11-23';
  const replicaFor = (performers: unknown[]) => {
    const use = onlyUse(evaluateYaml(declarationV2Yaml([patch(V2_CLEAN_USE, { talent: { replica: 'create', performers } })]), { today: TODAY }));
    const f = use.findings.find((x) => x.rule === 'replica-without-consent');
    return f ? f.effectiveLevel : 'documented';
  };
  const record = (over: Record<string, unknown>) => ({ ref: 'C-1', party: 'performer', scope: 'this-production', signed_on: '2026-01-05', ...over });
  const performer = (status: string, ...consent: unknown[]) => ({ who: 'P', status, union: 'member', consent });

  const cases: Array<[string, unknown[], string]> = [
    ['a complete record from a living performer', [performer('living', record({}))], 'documented'],
    ["a guardian's, for a minor", [performer('living', record({ party: 'guardian' }))], 'documented'],
    ['a record with only its reference', [performer('living', { ref: 'pending' })], 'block'],
    ['a record without a scope', [performer('living', { ref: 'C-1', party: 'performer', signed_on: '2026-01-05' })], 'block'],
    ['a record signed after the evaluation date', [performer('living', record({ signed_on: '2026-12-01' }))], 'block'],
    ["a union's agreement for a living performer", [performer('living', record({ party: 'union' }))], 'block'],
    ["a deceased performer's own, older consent", [performer('deceased', record({}))], 'block'],
    ["a deceased performer's estate", [performer('deceased', record({ party: 'estate' }))], 'documented'],
    ['all parties, for a performer whose status is unknown', [performer('unknown', record({ party: 'all-parties' }))], 'documented'],
    ["a performer's own, when nobody knows if they are living", [performer('unknown', record({}))], 'escalate'],
    ['no performer listed', [], 'block'],
    ['two performers, one without consent', [performer('living', record({})), performer('living')], 'block'],
  ];
  for (const [name, performers, want] of cases) {
    it(`${name}: ${want}`, () => {
      expect(replicaFor(performers)).toBe(want);
    });
  }
});

describe('packs written for v1 read a v2 file through its v1 view', () => {
  const pinned = (pin: string, changes: Record<string, unknown>) =>
    onlyUse(evaluateYaml(declarationV2Yaml([patch(V2_CLEAN_USE, changes)], { policies: [pin] }), { today: '2026-11-23' })).findings.map((f) => `${f.rule}:${f.effectiveLevel}`);

  it('netflix-genai 1.0.0: any consent reference counts, as v1 read it; a member\'s own work is v1\'s "assists"', () => {
    expect(pinned('netflix-genai@1.0.0', { talent: { replica: 'create', performers: [{ ...DOCUMENTED, consent: [{ ref: 'pending' }] }] } })).not.toContain('replica-without-consent:block');
    expect(pinned('netflix-genai@1.0.0', { talent: { union_work: 'member-own-work' } })).toEqual(['union-work-impact:escalate']);
  });

  it('a v2 `unknown` that v1 could not express fires the v1 rules that read the field, and escalates', () => {
    const published = { output: { kinds: ['video'], final: true, prominence: 'featured', source_type: 'trainedAlgorithmicMedia' } };
    expect(pinned('eu-ai-act-art50@1', { ...published, talent: { replica: 'unknown' } })).toEqual(['real-likeness-disclosure:escalate']);
    expect(pinned('eu-ai-act-art50@1', { ...published, talent: { replica: 'none' } })).toEqual([]);
  });
});
