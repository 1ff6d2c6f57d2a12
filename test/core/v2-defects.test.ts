// Each defect found reviewing netflix-genai 1.0.0 against the guidance, observed twice on real
// declarations: as 1.0.0 (deprecated, kept as published) judges the v1 file, and as 2.0.0 judges
// the same use in v2, as docs/guidance/netflix-genai.md demands. Dates as in the review: 2026-06-01.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { CLEAN_USE, declarationYaml, evaluateYaml, patch } from '../helpers.js';
import { DOCUMENTED, declarationV2Yaml, V2_CLEAN_USE } from './v2-helpers.js';

const TODAY = '2026-06-01';
type Observed = { outcome: string; rules?: string[]; errors?: string[] };

interface Defect {
  name: string;
  /** Changes to the clean v1 use (netflix-genai@1), and what 1.0.0 gave. */
  v1: Record<string, unknown>;
  before: Observed;
  /** The same use in v2 (netflix-genai@2), and what the guidance demands. */
  v2: Record<string, unknown>;
  after: Observed;
  today?: string;
}

const approval = (ref: string, rules: string[], extra: Record<string, unknown> = {}) => ({ approvals: [{ ref, rules, approved_on: '2026-05-20', ...extra }] });

const DEFECTS: Defect[] = [
  {
    name: 'any string was documented consent: a voice clone with consent "pending" and a ticket',
    v1: {
      output: { kinds: ['voice'], final: true },
      talent: { replica: 'create', replica_use: 'as-performed', consent: ['pending'] },
      ...approval('GENAI-2026-0001', ['final-deliverable', 'replica-creation']),
    },
    before: { outcome: 'approved' },
    v2: {
      output: { kinds: ['voice'], final: true },
      talent: { replica: 'create', replica_use: 'as-performed', performers: [{ ...DOCUMENTED, consent: [{ ref: 'pending' }] }] },
      ...approval('GENAI-2026-0001', ['final-deliverable', 'replica-creation']),
    },
    after: { outcome: 'blocked', rules: ['replica-without-consent'] },
  },
  {
    name: 'a talent model reused in another production, no consent, approved by a ticket alone',
    v1: { talent: { model_reuse: true }, ...approval('GENAI-2026-0002', ['talent-model-reuse']) },
    before: { outcome: 'approved' },
    v2: { talent: { replica: 'use', replica_use: 'as-performed', model_reuse: true }, ...approval('GENAI-2026-0002', ['talent-model-reuse', 'replica-use']) },
    after: { outcome: 'blocked', rules: ['model-reuse-without-consent'] },
  },
  {
    name: 'using an existing replica, no inputs and not final, was clear',
    v1: { inputs: [], talent: { replica: 'use', replica_use: 'as-performed' } },
    before: { outcome: 'clear' },
    v2: { inputs: [], talent: { replica: 'use', replica_use: 'as-performed' } },
    after: { outcome: 'needs-approval', rules: ['replica-use'] },
  },
  {
    name: 'in the cut, a ticket for final-deliverable alone approved a replica shot',
    v1: { inputs: [], output: { kinds: ['video'], final: true }, talent: { replica: 'use', replica_use: 'as-performed' }, ...approval('GENAI-2026-0003', ['final-deliverable']) },
    before: { outcome: 'approved' },
    v2: { inputs: [], output: { kinds: ['video'], final: true }, talent: { replica: 'use', replica_use: 'as-performed' }, ...approval('GENAI-2026-0003', ['final-deliverable']) },
    after: { outcome: 'needs-approval', rules: ['replica-use'] },
  },
  {
    name: 'a contradiction passed: replica_use new-performance with replica none',
    v1: { talent: { replica: 'none', replica_use: 'new-performance' } },
    before: { outcome: 'clear' },
    v2: { talent: { replica: 'none', replica_use: 'new-performance' } },
    after: {
      outcome: 'invalid',
      errors: [
        'contradiction uses[0].talent.replica_use: `new-performance` says how a replica is used, but talent.replica is none: set talent.replica to use (or create), or talent.replica_use to none',
      ],
    },
  },
  {
    name: 'an invented 365-day maximum age rejected an approval still in date',
    v1: { output: { final: true }, approvals: [{ ref: 'GENAI-2025-0004', rules: ['final-deliverable'], approved_on: '2025-05-01', expires_on: '2027-05-01' }] },
    before: { outcome: 'needs-approval' },
    v2: { output: { final: true }, approvals: [{ ref: 'GENAI-2025-0004', rules: ['final-deliverable'], approved_on: '2025-05-01', expires_on: '2027-05-01' }] },
    after: { outcome: 'approved' },
  },
  {
    name: 'an invented effective date of 2026-01-01: a declaration checked in 2025 was invalid',
    today: '2025-10-01',
    v1: { disclosed: '2025-09-01' },
    before: { outcome: 'invalid', errors: ['no-pack-in-effect no pack this declaration is judged by is in effect on 2025-10-01: nothing can judge it (fails closed)'] },
    v2: { disclosed: '2025-09-01' },
    after: { outcome: 'clear' },
  },
  {
    name: 'an invented reference pattern: only GENAI- tickets',
    v1: { output: { final: true }, ...approval('LEGAL-2026-0042', ['final-deliverable']) },
    before: { outcome: 'needs-approval' },
    v2: { output: { final: true }, ...approval('LEGAL-2026-0042', ['final-deliverable']) },
    after: { outcome: 'approved' },
  },
  {
    name: 'the stage overrode the declared final: a marketing tagline brainstorm',
    v1: { stage: 'marketing', inputs: [], output: { kinds: ['text'], final: false } },
    before: { outcome: 'needs-approval' },
    v2: { stage: 'marketing', work: 'marketing', inputs: [], output: { kinds: ['text'], final: false } },
    after: { outcome: 'clear' },
  },
  {
    name: "the stage overrode the declared final: a translators' glossary",
    v1: { stage: 'localization', output: { kinds: ['text'], final: false } },
    before: { outcome: 'needs-approval' },
    v2: { stage: 'localization', output: { kinds: ['text'], final: false } },
    after: { outcome: 'clear' },
  },
  {
    name: "a union member's own use of a tool escalated like replacing union work",
    v1: { talent: { union_work: 'assists' } },
    before: { outcome: 'needs-approval' },
    v2: { talent: { union_work: 'member-own-work' } },
    after: { outcome: 'clear' },
  },
  {
    name: 'misleading content was blocked with no route, though the guidance asks for escalation and approval',
    v1: { audience: { could_mislead: true }, ...approval('GENAI-2026-0005', ['misleading-content']) },
    before: { outcome: 'blocked' },
    v2: { audience: { could_mislead: true }, ...approval('GENAI-2026-0005', ['misleading-content']) },
    after: { outcome: 'approved' },
  },
  {
    name: 'a disclosed date in the future was accepted',
    v1: { disclosed: '2026-09-01' },
    before: { outcome: 'clear', rules: [] },
    v2: { disclosed: '2026-09-01' },
    after: { outcome: 'clear', rules: ['disclose-to-contact'] },
  },
];

function observe(report: Report): Observed {
  const file = report.files[0];
  if (!file || file.status === 'invalid') return { outcome: 'invalid', errors: file?.errors.map((e) => `${e.code} ${e.message}`) ?? [] };
  const use = file.uses[0];
  return { outcome: use?.outcome ?? 'none', rules: use?.findings.map((f) => f.rule) ?? [] };
}

const expectObserved = (got: Observed, want: Observed) => {
  expect(got.outcome).toBe(want.outcome);
  if (want.errors) expect(got.errors).toEqual(want.errors);
  if (want.rules?.length === 0) expect(got.rules).toEqual([]);
  else for (const r of want.rules ?? []) expect(got.rules).toContain(r);
};

describe('defects of netflix-genai 1.0.0, before and after', () => {
  for (const d of DEFECTS) {
    describe(d.name, () => {
      const today = d.today ?? TODAY;
      it('before: netflix-genai 1.0.0 on the v1 file', () => {
        expectObserved(observe(evaluateYaml(declarationYaml([patch(CLEAN_USE, d.v1)]), { today })), d.before);
      });
      it('after: netflix-genai 2.0.0 on the v2 file, as the guidance demands', () => {
        expectObserved(observe(evaluateYaml(declarationV2Yaml([patch(V2_CLEAN_USE, d.v2)]), { today })), d.after);
      });
    });
  }

  it('the contradiction is reported at its line', () => {
    const text = declarationV2Yaml([patch(V2_CLEAN_USE, { talent: { replica: 'none', replica_use: 'new-performance' } })]);
    const error = evaluateYaml(text, { today: TODAY }).files[0]?.errors[0];
    const line = text.split('\n').findIndex((l) => l.includes('replica_use: new-performance')) + 1;
    expect([error?.code, error?.line]).toEqual(['contradiction', line]);
  });

  // Fixed in the engine, for every pack: no version can be observed still clearing the other rules.
  it('an approval listing a rule that does not exist clears nothing, in either version', () => {
    const listing = { output: { final: true }, ...approval('GENAI-2026-0006', ['final-deliverable', 'no-such-rule']) };
    for (const text of [declarationYaml([patch(CLEAN_USE, listing)]), declarationV2Yaml([patch(V2_CLEAN_USE, listing)])]) {
      const use = evaluateYaml(text, { today: TODAY }).files[0]?.uses[0];
      expect(use?.outcome).toBe('needs-approval');
      expect(use?.approvals[0]?.problems.map((p) => p.code)).toContain('unknown-rule');
    }
  });
});
