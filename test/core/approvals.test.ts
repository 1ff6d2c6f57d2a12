import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/ledger/load.js';
import { loadLedger } from '../../src/ledger/load.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { CLEAN_USE, declarationYaml, evaluateUses, evaluateYaml, onlyUse, patch, readText } from '../helpers.js';

const PACK_TEXT = readText('policy/netflix-genai/1.0.0.yml');

// A final, escalated use: the approval under test decides between `approved` and `needs-approval`.
const FINAL = patch(CLEAN_USE, { id: 'title-card', output: { final: true } });
const approval = (a: Record<string, unknown>) => ({ ref: 'GENAI-2026-0042', rules: ['final-deliverable'], approved_on: '2026-06-01', ...a });
const judge = (a: Record<string, unknown>, ledger?: Ledger) => {
  const use = onlyUse(evaluateUses([patch(FINAL, { approvals: [approval(a)] })], ledger ? { ledger } : {}));
  return { outcome: use.outcome, codes: use.approvals[0]?.problems.map((p) => p.code) ?? [] };
};

function ledgerOf(entries: Array<Record<string, unknown>>): Ledger {
  const text = JSON.stringify({
    format: 'genai-approvals/v1',
    approvals: entries.map((e) => ({
      ref: 'GENAI-2026-0042',
      production: 'PRD-0001',
      path: 'genai-usage.yml',
      use: 'title-card',
      rules: ['final-deliverable'],
      approved_on: '2026-06-01',
      approver: 'A. Reviewer',
      ...e,
    })),
  });
  const r = loadLedger('approvals.yml', text);
  if (!('ledger' in r)) throw new Error(JSON.stringify(r.errors));
  return r.ledger;
}

describe('approvals', () => {
  it('a well-formed, in-date approval that names the rule clears it', () => {
    expect(judge({})).toEqual({ outcome: 'approved', codes: [] });
  });
  it('free text is not a reference', () => {
    expect(judge({ ref: 'approved by Jane on the phone' })).toEqual({ outcome: 'needs-approval', codes: ['bad-ref'] });
  });
  it('an approval must name the rule: no wildcard, no neighbouring rule', () => {
    expect(judge({ rules: ['prominent-element'] })).toEqual({ outcome: 'needs-approval', codes: ['approval-unused'] });
    expect(judge({ rules: ['no-such-rule'] }).codes).toEqual(['unknown-rule']);
  });
  it('expired, future-dated and over-age approvals do not clear', () => {
    expect(judge({ expires_on: '2026-11-22' }).codes).toEqual(['expired']);
    expect(judge({ approved_on: '2026-11-24' }).codes).toEqual(['future-date']);
    expect(judge({ approved_on: '2025-11-01' }).codes).toEqual(['too-old']);
  });
  it('the last day of an approval still counts, with a warning inside 30 days', () => {
    expect(judge({ expires_on: '2026-11-23' })).toEqual({ outcome: 'approved', codes: ['expiring'] });
    expect(judge({ expires_on: '2026-12-24' })).toEqual({ outcome: 'approved', codes: [] });
  });
  it('an approval that covers nothing is a warning and changes nothing', () => {
    const use = onlyUse(evaluateUses([patch(CLEAN_USE, { approvals: [approval({})] })]));
    expect(use.outcome).toBe('clear');
    expect(use.approvals[0]?.problems).toEqual([expect.objectContaining({ code: 'approval-unused', severity: 'warning' })]);
  });

  describe('in ledger mode', () => {
    it('the same grant in the ledger clears', () => {
      expect(judge({}, ledgerOf([{}]))).toEqual({ outcome: 'approved', codes: [] });
    });
    it('a ref missing from the ledger, for another production or use, or another rule, does not clear', () => {
      expect(judge({ ref: 'GENAI-2026-0099' }, ledgerOf([{}])).codes).toEqual(['not-in-ledger']);
      expect(judge({}, ledgerOf([{ production: 'PRD-9999' }])).codes).toEqual(['ledger-mismatch']);
      expect(judge({}, ledgerOf([{ use: 'other-use' }])).codes).toEqual(['ledger-mismatch']);
      expect(judge({}, ledgerOf([{ rules: ['prominent-element'] }])).codes).toEqual(['ledger-mismatch']);
    });
    it('a revoked grant does not clear', () => {
      expect(judge({}, ledgerOf([{ revoked_on: '2026-10-01' }])).codes).toEqual(['revoked']);
    });
    it("the ledger's dates win over the declaration's claims", () => {
      expect(judge({ expires_on: '2030-01-01' }, ledgerOf([{ expires_on: '2026-09-01' }])).codes).toEqual(['expired']);
    });
  });
});

describe('approvals across versions and packs', () => {
  it('an approval pinned to a pack version that does not exist clears nothing', () => {
    expect(judge({ policy: 'netflix-genai@1.0.7' })).toEqual({ outcome: 'needs-approval', codes: ['unknown-policy-version'] });
    expect(judge({ policy: 'netflix-genai@1.0.0' })).toEqual({ outcome: 'approved', codes: [] });
  });

  it("each pack's approval settings apply to its own rules only", () => {
    // A second pack with stricter settings (expiry required) and its own rule ids.
    const strict = PACK_TEXT.replace('pack: netflix-genai', 'pack: strict-pack')
      .replace('require_expiry: false', 'require_expiry: true')
      .replace(/^ {2}- id: ([a-z-]+)\n {4}principle:/gm, '  - id: strict-$1\n    principle:');
    const library = loadPackLibrary([
      { path: 'policy/netflix-genai/1.0.0.yml', text: PACK_TEXT },
      { path: 'policy/strict-pack/1.0.0.yml', text: strict },
    ]);
    expect(library.errors).toEqual([]);
    const text = declarationYaml([patch(FINAL, { approvals: [approval({})] })]).replace('policies:\n  - netflix-genai@1', 'policies:\n  - netflix-genai@1\n  - strict-pack@1');
    const use = onlyUse(evaluateYaml(text, { library }));
    expect(use.approvals[0]?.problems).toEqual([]);
    expect(use.findings.find((f) => f.pack === 'netflix-genai' && f.rule === 'final-deliverable')?.status).toBe('approved');
    expect(use.findings.find((f) => f.pack === 'strict-pack' && f.rule === 'strict-final-deliverable')?.status).toBe('needs-approval');
  });
});
