// One approval record: a grant written by the one ledger writer reads back as the same Grant, and the
// approvals the report counts from the pull request are written as ledger entries that judge the same.
import { describe, expect, it } from 'vitest';
import { ledgerEntryText, ledgerText } from '../../src/ledger/entry.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Grant } from '../../src/model/grant.js';

const GRANT: Grant = {
  ref: 'GENAI-2026-0042',
  production: 'PRD-0001',
  path: 'genai-usage.yml',
  use: 'title-card',
  rules: ['netflix-genai/final-deliverable', 'prominent-element'],
  approvedOn: '2026-11-01',
  expiresOn: '2027-06-01',
  revokedOn: '2026-12-01',
  approver: 'Dana Okafor (Legal)',
  policy: 'netflix-genai@1.0.0',
  fingerprint: '3f9a2c61d0b4e7a8c2d51f06ab37e9c4',
};

const readBack = (text: string): Grant[] => {
  const loaded = loadLedger('approvals/ledger.yml', new TextEncoder().encode(text));
  if ('errors' in loaded) throw new Error(JSON.stringify(loaded.errors));
  return [...loaded.ledger.byRef.values()].flat().map(({ index: _i, line: _l, column: _c, ...grant }) => grant);
};

describe('one approval record', () => {
  it('a grant written to a ledger reads back as the same grant, every field kept', () => {
    expect(readBack(ledgerText([GRANT]))).toEqual([GRANT]);
    const { expiresOn: _e, revokedOn: _r, policy: _p, fingerprint: _f, ...bare } = GRANT;
    expect(readBack(ledgerText([bare]))).toEqual([bare]);
  });

  it('the entry offered to paste is a list item of the same ledger', () => {
    const text = `format: genai-approvals/v1\napprovals:\n${ledgerEntryText(GRANT)}`;
    expect(readBack(text)).toEqual([GRANT]);
  });

  it('where a grant was given is not a ledger field: the note says it, the schema accepts it', () => {
    const text = ledgerText([{ ...GRANT, origin: 'pull request #7, comment 123', note: 'granted in pull request #7, comment 123' }]);
    expect(text).not.toContain('origin');
    expect(text).toContain('granted in pull request #7, comment 123');
    expect(readBack(text)).toEqual([GRANT]);
  });
});
