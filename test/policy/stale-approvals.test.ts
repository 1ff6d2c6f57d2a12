import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluate } from '../../src/evaluate/report.js';
import { readPackDir } from '../../src/io/files.js';
import { diffPacks } from '../../src/policy/diff.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { ROOT } from '../helpers.js';
import { FIXTURES } from './run-cli.js';

// demo 1.0.0 → 1.1.0 (test/fixtures/packs/stale): final-output gains a conjunct, misleading drops from
// block to escalate, sensitive-input is only reworded, third-party-input is new.
const library = loadPackLibrary(readPackDir(join(FIXTURES, 'stale'), ROOT));

const USE = {
  id: 'title-card',
  summary: 'Generated title card for the pitch deck',
  stage: 'pre-production',
  disclosed: '2026-05-20',
  tools: [{ name: 'Image tool', enterprise: true, trains_on_inputs: false }],
  inputs: ['script'],
  output: { kinds: ['image'], final: true, prominence: 'featured' },
};

function judge(approvals: Array<Record<string, unknown>>, opts: { pin?: string; use?: Record<string, unknown> } = {}) {
  const text = stringify({ format: 'genai-usage/v1', policies: [opts.pin ?? 'demo@1'], production: { title: 'T' }, uses: [{ ...USE, ...opts.use, approvals }] });
  const report = evaluate({ files: [{ path: 'genai-usage.yml', text }], library, today: '2026-11-23' });
  const use = report.files[0]?.uses[0];
  if (!use) throw new Error(JSON.stringify(report.files[0]?.errors));
  return {
    version: report.files[0]?.policies[0]?.version,
    outcome: use.outcome,
    findings: use.findings.map((f) => [f.rule, f.status]),
    problems: use.approvals.flatMap((a) => a.problems.map((p) => [p.code, p.message])),
  };
}

const grant = (rules: string[], policy?: string) => ({ ref: 'DEMO-0042', rules, approved_on: '2026-06-01', expires_on: '2027-05-31', ...(policy ? { policy } : {}) });

describe('approvals granted under an earlier pack version', () => {
  it('a rule whose condition changed since: stale, the finding reopens', () => {
    expect(judge([grant(['final-output', 'sensitive-input'], 'demo@1.0.0')])).toEqual({
      version: '1.1.0',
      outcome: 'needs-approval',
      findings: [
        ['sensitive-input', 'approved'],
        ['final-output', 'needs-approval'],
      ],
      problems: [['stale', 'DEMO-0042: granted under demo@1.0.0; rule `final-output` has changed since (demo@1.1.0), so it must be approved again']],
    });
  });

  it('a rule that was only reworded: the approval still holds', () => {
    expect(judge([grant(['sensitive-input'], 'demo@1.0.0')], { use: { output: { kinds: ['image'], final: false, prominence: 'none' } } })).toEqual({
      version: '1.1.0',
      outcome: 'approved',
      findings: [['sensitive-input', 'approved']],
      problems: [],
    });
  });

  it('a rule whose level changed: stale; granted again under the new version, it clears', () => {
    const mislead = { audience: { could_mislead: true }, inputs: ['owned-cleared'], output: { kinds: ['image'], final: false, prominence: 'none' } };
    expect(judge([grant(['misleading'], 'demo@1.0.0')], { use: mislead })).toMatchObject({
      outcome: 'needs-approval',
      problems: [['stale', 'DEMO-0042: granted under demo@1.0.0; rule `misleading` has changed since (demo@1.1.0), so it must be approved again']],
    });
    expect(judge([grant(['misleading'], 'demo@1.1.0')], { use: mislead })).toMatchObject({ outcome: 'approved', problems: [] });
  });

  it('a rule the granting version did not have: stale', () => {
    expect(judge([grant(['third-party-input'], 'demo@1.0.0')], { use: { inputs: ['third-party-ip'], output: { kinds: ['image'], final: false, prominence: 'none' } } })).toMatchObject({
      outcome: 'needs-approval',
      problems: [['stale', 'DEMO-0042: granted under demo@1.0.0; rule `third-party-input` has changed since (demo@1.1.0), so it must be approved again']],
    });
  });

  it('the same approval under the version the production still pins exactly: not stale', () => {
    expect(judge([grant(['final-output', 'sensitive-input'], 'demo@1.0.0')], { pin: 'demo@1.0.0' })).toMatchObject({ version: '1.0.0', outcome: 'approved', problems: [] });
  });

  it('without `policy:` there is nothing to compare with, so the approval carries over (init asks for the field)', () => {
    expect(judge([grant(['final-output', 'sensitive-input'])])).toMatchObject({ version: '1.1.0', outcome: 'approved', problems: [] });
  });

  it('diff names exactly the rules the evaluator treats as stale, and calls the pair MAJOR', () => {
    const [b, a] = library.packs.get('demo') ?? [];
    if (!a || !b) throw new Error('fixture missing');
    const d = diffPacks(a, b);
    expect(d.staleRules).toEqual(['final-output', 'misleading']);
    expect([d.required, d.declared, d.enough]).toEqual(['major', 'minor', false]);
  });
});
