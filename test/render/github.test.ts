// What GitHub shows besides the comment (the job's error line, the commit status, the annotations, the
// notes), on reports the core made from real declarations and packs: one case per cause of failure
// for each surface, so no cause can leave a surface empty while the comment names it.
import { describe, expect, it } from 'vitest';
import type { TrustedConfig } from '../../src/config/load.js';
import { evaluate } from '../../src/evaluate/report.js';
import type { GitHubFacts } from '../../src/model/github.js';
import type { Report } from '../../src/model/report.js';
import { annotations, commitStatus, gateMessage, runNotes } from '../../src/render/github.js';
import { bundledLibrary, CLEAN_USE, declarationYaml, evaluateUses, patch, TODAY } from '../helpers.js';
import { CLEAN_V2, SCAN_DAY, v2, xmpFile } from '../support/provenance.js';

const NEEDS_APPROVAL = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });
const BLOCKED = patch(CLEAN_USE, { id: 'fake-news', audience: { could_mislead: true } });
const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
const NETFLIX: TrustedConfig = { packs: [{ pack: 'netflix-genai', line: 1, column: 1 }], trustedBranches: [], deliverables: [] };

const causes: Record<string, () => Report> = {
  'a use needs written approval': () => evaluateUses([CLEAN_USE, NEEDS_APPROVAL]),
  'a use is blocked': () => evaluateUses([CLEAN_USE, BLOCKED]),
  'a declaration is invalid': () => evaluate({ files: [{ path: 'genai-usage.yml', text: declarationYaml([{ ...CLEAN_USE, stage: 'lunch' }]) }], library: bundledLibrary(), today: TODAY }),
  'a policy error': () => evaluateUses([CLEAN_USE], { errors: [{ file: 'approvals/ledger.yml', line: 2, column: 3, code: 'schema', message: 'approvals must be a list' }] }),
  'a generated media file no use declares': () =>
    evaluate({
      files: [{ path: 'genai-usage.yml', text: v2([CLEAN_V2]) }],
      library: bundledLibrary(),
      today: SCAN_DAY,
      config: NETFLIX,
      provenance: { media: [xmpFile('art/poster.jpg', AI)], scope: 'changed' },
    }),
};

const expected: Record<string, { gate: string; status: string; annotation: RegExp }> = {
  'a use needs written approval': {
    gate: 'GenAI clearance failed: 1 use needs written approval.',
    status: '1 use needs written approval',
    annotation: /^title-card: needs written approval for rule final-deliverable\./,
  },
  'a use is blocked': { gate: 'GenAI clearance failed: 1 blocked.', status: '1 blocked', annotation: /^fake-news: blocked\./ },
  'a declaration is invalid': { gate: 'GenAI clearance failed: 1 file invalid.', status: '1 file invalid', annotation: /stage/ },
  'a policy error': { gate: 'GenAI clearance failed: 1 policy error (approvals/ledger.yml:2:3 approvals must be a list).', status: '1 policy error', annotation: /^approvals must be a list$/ },
  'a generated media file no use declares': { gate: 'GenAI clearance failed: 1 media file no use declares.', status: '1 media file no use declares', annotation: /art\/poster\.jpg/ },
};

describe('every cause of failure is worded on every GitHub surface', () => {
  for (const [cause, make] of Object.entries(causes)) {
    const want = expected[cause] as (typeof expected)[string];
    it(`${cause}: the job's error line`, () => {
      const report = make();
      expect(report.decision).toBe('fail');
      expect(gateMessage(report)).toBe(want.gate);
    });
    it(`${cause}: the commit status`, () => {
      expect(commitStatus(make(), undefined, false)).toEqual({ state: 'failure', description: want.status });
      expect(commitStatus(make(), undefined, true)).toEqual({ state: 'success', description: `warn-only: ${want.status}` });
    });
    it(`${cause}: an error annotation`, () => {
      const errors = annotations(make(), () => true).filter((a) => a.level === 'error');
      expect(
        errors.some((a) => want.annotation.test(a.message)),
        JSON.stringify(errors),
      ).toBe(true);
    });
  }

  it('a pass: the status says what passed, and nothing is annotated as an error', () => {
    const report = evaluateUses([CLEAN_USE]);
    expect(commitStatus(report, undefined, false)).toEqual({ state: 'success', description: '1 use, 1 clear' });
    expect(annotations(report, () => true).filter((a) => a.level === 'error')).toEqual([]);
  });

  it('a run that judged nothing: `error`, with the reason, kept within what GitHub accepts', () => {
    expect(commitStatus(undefined, 'the tree could not be read', false)).toEqual({ state: 'error', description: 'could not complete the check: the tree could not be read' });
    const long = commitStatus(undefined, 'x'.repeat(500), false).description;
    expect([...long]).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });

  it('annotations point at the line only where the head has the judged text, and carry no control characters', () => {
    const report = evaluateUses([CLEAN_USE, patch(NEEDS_APPROVAL, { id: 'title-card', summary: 'Main \u202etitle\u0007 card' })]);
    const [first] = annotations(report, () => true).filter((a) => a.level === 'error');
    expect(first).toMatchObject({ file: 'genai-usage.yml', line: expect.any(Number), column: expect.any(Number) });
    const [whole] = annotations(report, () => false).filter((a) => a.level === 'error');
    expect(whole?.line).toBeUndefined();
    expect(whole?.file).toBe('genai-usage.yml');
    for (const a of annotations(report, () => true)) expect(a.message).not.toMatch(/[\u0000-\u0008\u202e]/);
  });
});

describe('the notes above the report', () => {
  const trust: GitHubFacts['trust'] = { defaultBranch: 'main', touched: [], policyFrom: 'the packs bundled with this action', changedCapped: false };

  it('an untrusted base, changed trusted files and a capped file list each have their note; source names are escaped unless plain', () => {
    const facts: GitHubFacts = {
      trust: {
        untrustedBase: 'feature/x',
        defaultBranch: 'main',
        touched: ['policy/netflix-genai/1.0.0.yml'],
        policyFrom: 'policy at studio/repo@main',
        ledgerFrom: 'ledger at [x](https://evil.example)',
        changedCapped: true,
      },
      approveBy: 'ledger',
      hints: [],
    };
    const { notes } = runNotes(evaluateUses([CLEAN_USE]), facts);
    expect(notes[0]).toContain('targets `feature/x`, which is not a trusted branch');
    expect(notes[1]).toContain('It was judged by the policy from policy at studio/repo@main and the ledger from ledger at \\[x\\]');
    expect(notes[2]).toContain('GitHub lists only the first 3,000 files');
  });

  it('no ledger and format-only approvals: said once', () => {
    const report = { ...evaluateUses([CLEAN_USE]), approvalMode: 'format-only' as const };
    expect(runNotes(report, { trust, approveBy: 'ledger', hints: [] }).notes).toEqual(['ℹ️ No approvals ledger is configured: approval references were only checked for format.']);
  });

  it('approvers configured: the command goes under its use, and one note says how to post it', () => {
    const report = evaluateUses([CLEAN_USE, NEEDS_APPROVAL]);
    const facts: GitHubFacts = { approveBy: 'pull-request', hints: [{ path: 'genai-usage.yml', use: 'title-card', rules: ['final-deliverable'], command: '/genai-clearance approve title-card' }] };
    const { notes, commands } = runNotes(report, facts);
    expect([...commands]).toEqual([['genai-usage.yml#title-card', '/genai-clearance approve title-card']]);
    expect(notes).toEqual([expect.stringMatching(/^🖊️ To approve a use, an approver posts the line shown under it/)]);
  });

  it('ledger only: the entry to paste, fenced so a backtick in it cannot end the block, or a pointer when it is not plain', () => {
    const report = evaluateUses([CLEAN_USE, NEEDS_APPROVAL]);
    const facts: GitHubFacts = {
      approveBy: 'ledger',
      hints: [
        { path: 'genai-usage.yml', use: 'title-card', rules: ['final-deliverable'], ledgerEntry: '- ref: A-`1`\n  use: title-card\n' },
        { path: 'odd`path.yml', use: 'other', rules: ['final-deliverable'] },
      ],
    };
    const [note] = runNotes(report, facts).notes;
    expect(note).toContain("  ```yaml\n  - ref: A-'1'\n    use: title-card\n  ```");
    expect(note).toContain('- `other` needs `final-deliverable` (its ledger entry: see the JSON report; the declaration path is not plain text)');
  });
});
