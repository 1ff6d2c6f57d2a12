// Property-based tests of netflix-genai 2.0.0 on genai-usage/v2 declarations drawn from the v2 schema's
// own values (contradictions excluded, as a person would fix them): they are valid and decided; an
// `unknown` alone never blocks; documenting every performer's consent never worsens an outcome.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UseReport } from '../../src/model/report.js';
import schema from '../../src/schema/genai-usage.v2.schema.json' with { type: 'json' };
import { declarationV2Yaml } from '../core/v2-helpers.js';
import { evaluateYaml, onlyUse } from '../helpers.js';

type Json = { enum?: unknown[]; items?: Json; properties?: Record<string, Json> };
const defs = schema.definitions as unknown as Record<string, Json>;
const use = defs.use?.properties ?? {};
const values = (s: Json | undefined): string[] => (s?.enum ?? s?.items?.enum ?? []) as string[];
const at = (...path: string[]): string[] => values(path.reduce<Json | undefined>((o, k) => o?.properties?.[k], { properties: use }));
const tri = fc.constantFrom<boolean | 'unknown'>(true, false, 'unknown');
const RULES = ['final-deliverable', 'replica-use', 'replica-creation', 'talent-likeness-input', 'prominent-element', 'misleading-content', 'union-work-impact'];

const record = fc.record(
  {
    ref: fc.constantFrom<string>('C-1', 'pending'),
    party: fc.constantFrom(...values(defs.consentRecord?.properties?.party)),
    scope: fc.constantFrom(...values(defs.consentRecord?.properties?.scope)),
    signed_on: fc.constantFrom<string>('2026-01-05', '2026-12-20'),
  },
  { requiredKeys: ['ref'] },
);
const performer = fc.record({
  who: fc.constantFrom('Lead actor', 'Double'),
  status: fc.constantFrom(...values(defs.performer?.properties?.status)),
  union: fc.constantFrom(...values(defs.performer?.properties?.union)),
  consent: fc.array(record, { maxLength: 2 }),
});

const talent = fc
  .record({
    replica: fc.constantFrom(...at('talent', 'replica')),
    replica_use: fc.constantFrom(...at('talent', 'replica_use')),
    alteration: fc.constantFrom(...at('talent', 'alteration')),
    model_reuse: tri,
    union_work: fc.constantFrom(...at('talent', 'union_work')),
    performers: fc.array(performer, { maxLength: 2 }),
  })
  // The combinations v2 rejects, settled the way its error messages ask.
  .map((t) => {
    const out = { ...t };
    if (out.replica === 'none') out.replica_use = 'none';
    if (out.replica === 'use' && out.replica_use === 'none') out.replica_use = 'as-performed';
    if (out.model_reuse === true && out.replica === 'none' && out.alteration === 'none') Object.assign(out, { replica: 'use', replica_use: 'as-performed' });
    return out;
  });

const v2Use = fc.record({
  id: fc.constant('u'),
  summary: fc.constant('A use'),
  stage: fc.constantFrom(...at('stage')),
  work: fc.constantFrom(...at('work')),
  disclosed: fc.constantFrom('2026-01-10', '2026-12-01', false),
  tools: fc.array(fc.record({ name: fc.constant('T'), enterprise: tri, trains_on_inputs: tri }), { minLength: 1, maxLength: 2 }),
  inputs: fc.subarray(at('inputs'), { maxLength: 3 }),
  training: fc.constantFrom(...at('training')),
  output: fc.record({
    kinds: fc.subarray(at('output', 'kinds'), { minLength: 1, maxLength: 2 }),
    final: tri,
    prominence: fc.constantFrom(...at('output', 'prominence')),
    resembles: fc.subarray(at('output', 'resembles'), { maxLength: 2 }),
  }),
  creative: fc.record({ key_element: tri, references: fc.subarray(at('creative', 'references'), { maxLength: 2 }) }),
  talent,
  audience: fc.record({ could_mislead: tri }),
  approvals: fc.array(fc.record({ ref: fc.constantFrom('GENAI-2026-0001', 'pending'), rules: fc.subarray(RULES, { minLength: 1, maxLength: 3 }), approved_on: fc.constant('2026-10-01') }), {
    maxLength: 1,
  }),
});

const RANK: Record<string, number> = { clear: 0, approved: 1, 'needs-approval': 2, blocked: 3 };
const judge = (u: unknown): UseReport => onlyUse(evaluateYaml(declarationV2Yaml([u]), { today: '2026-11-23' }));
const RUNS = { numRuns: 150 };

describe('netflix-genai 2.0.0 on generated v2 declarations', () => {
  it('are valid and every use gets an outcome', () => {
    fc.assert(
      fc.property(v2Use, (u) => {
        expect(Object.keys(RANK)).toContain(judge(u).outcome);
      }),
      RUNS,
    );
  });

  it('a finding that fires only on `unknown` values never blocks', () => {
    fc.assert(
      fc.property(v2Use, (u) => {
        for (const f of judge(u).findings) {
          if (f.status === 'blocked')
            expect(
              f.paths.some((p) => p.reason === 'match'),
              f.rule,
            ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("documenting every performer's consent never worsens the outcome", () => {
    fc.assert(
      fc.property(v2Use, (u) => {
        const documented = structuredClone(u);
        for (const p of documented.talent.performers) p.consent.push({ ref: 'C-9', party: 'all-parties', scope: 'other-productions', signed_on: '2026-01-05' });
        expect(RANK[judge(documented).outcome]).toBeLessThanOrEqual(RANK[judge(u).outcome] as number);
      }),
      RUNS,
    );
  });
});
