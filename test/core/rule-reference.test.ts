// One definition of a rule reference (`rule` or `pack/rule`): every schema that takes one carries
// exactly that definition, the command parser reads it, and what the `ambiguous-rule` message advises
// is accepted wherever an approval is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCommand } from '../../src/approvals/commands.js';
import { evaluate } from '../../src/evaluate/report.js';
import { loadLedger } from '../../src/ledger/load.js';
import ruleReference from '../../src/validate/rule-reference.json' with { type: 'json' };
import { bundledLibrary, CLEAN_USE, patch, ROOT } from '../helpers.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'src/schema', name), 'utf8'));
const FINGERPRINT = '3f9a2c61d0b4e7a8c2d51f06ab37e9c4';

describe('one definition of a rule reference', () => {
  it('the v1, v2 and ledger schemas carry it as defined', () => {
    expect(schema('genai-usage.schema.json').definitions.approval.properties.rules.items).toEqual(ruleReference);
    const v2 = schema('genai-usage.v2.schema.json');
    expect(v2.definitions.approval.properties.rules.items).toEqual({ $ref: '#/definitions/ruleReference' });
    expect(v2.definitions.ruleReference).toEqual(ruleReference);
    expect(schema('approvals-ledger.schema.json').properties.approvals.items.properties.rules.items).toEqual(ruleReference);
  });

  it('the command parser takes `pack/rule` and refuses what the schemas refuse', () => {
    expect(parseCommand(`/genai-clearance approve title-card@${FINGERPRINT} netflix-genai/final-deliverable ref=GENAI-2026-0042`)).toMatchObject({
      command: { rules: ['netflix-genai/final-deliverable'] },
    });
    expect(parseCommand(`/genai-clearance approve title-card@${FINGERPRINT} Netflix/Final ref=GENAI-2026-0042`)).toMatchObject({ error: expect.stringContaining('is not a rule id') });
  });
});

describe('what the ambiguous-rule message advises is accepted', () => {
  // The message names a rule two packs define as `pack/rule`; each place an approval is written must take that spelling.
  const approved = (rules: string[]) =>
    patch(CLEAN_USE, { id: 'title-card', stage: 'post-production', output: { final: true, prominence: 'featured' }, approvals: [{ ref: 'GENAI-2026-0042', rules, approved_on: '2026-11-01' }] });

  it('in a v2 declaration (the format `init` writes)', () => {
    const text = stringify({
      format: 'genai-usage/v2',
      policies: ['netflix-genai@3'],
      production: { title: 'T', id: 'PRD-0001', work: 'scripted' },
      uses: [approved(['netflix-genai/final-deliverable', 'prominent-element'])],
    });
    const report = evaluate({ files: [{ path: 'genai-usage.yml', text }], library: bundledLibrary(), today: '2026-12-01' });
    expect(report.files[0]?.errors).toEqual([]);
    expect(report.files[0]?.status).toBe('valid');
  });

  it('in a v1 declaration and in the ledger', () => {
    const v1 = stringify({ format: 'genai-usage/v1', policies: ['netflix-genai@1'], production: { title: 'T', id: 'PRD-0001' }, uses: [approved(['netflix-genai/final-deliverable'])] });
    expect(evaluate({ files: [{ path: 'genai-usage.yml', text: v1 }], library: bundledLibrary(), today: '2026-11-23' }).files[0]?.status).toBe('valid');
    const ledger = stringify({
      format: 'genai-approvals/v1',
      approvals: [
        { ref: 'GENAI-2026-0042', production: 'PRD-0001', path: 'genai-usage.yml', use: 'title-card', rules: ['netflix-genai/final-deliverable'], approved_on: '2026-11-01', approver: 'Dana (Legal)' },
      ],
    });
    expect(loadLedger('ledger.yml', ledger)).toHaveProperty('ledger');
  });

  it('the honest twin: a reference outside the definition is refused in v2', () => {
    const text = stringify({
      format: 'genai-usage/v2',
      policies: ['netflix-genai@3'],
      production: { title: 'T', id: 'PRD-0001', work: 'scripted' },
      uses: [approved(['Netflix-GenAI/Final Deliverable'])],
    });
    expect(evaluate({ files: [{ path: 'genai-usage.yml', text }], library: bundledLibrary(), today: '2026-12-01' }).files[0]?.status).toBe('invalid');
  });
});
