// `genai-clearance approve` writes the ledger entry a reviewer would otherwise write by hand, and the
// check then reads the use as approved; any change to the use reopens it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/load.js';
import { CLEAN_USE, declarationYaml, patch } from '../helpers.js';
import { cliIn } from './in-process.js';

const TITLE_CARD = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });
const RULES = 'netflix-genai/final-deliverable,netflix-genai/prominent-element';

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genai-approve-'));
  writeFileSync(join(dir, 'genai-usage.yml'), declarationYaml([CLEAN_USE, TITLE_CARD]));
  writeFileSync(join(dir, 'ledger.yml'), '# Written approvals of the studio.\nformat: genai-approvals/v1\napprovals: []\n');
  return dir;
}

describe('genai-clearance approve', () => {
  it('refuses a ledger with a byte that is not UTF-8 at its line and column, and leaves it as it was; the UTF-8 ledger takes the entry', () => {
    const args = ['approve', 'genai-usage.yml', 'title-card', '--rules', RULES, '--ref', 'GENAI-2026-0042', '--approver', 'Dana', '--ledger', 'ledger.yml', '--today', '2026-11-23'];
    const dir = checkout();
    // "José" in Latin-1: read leniently, the é would be rewritten as U+FFFD in the studio's ledger.
    const bytes = Buffer.from('# Kept by José (Legal)\nformat: genai-approvals/v1\napprovals: []\n', 'latin1');
    writeFileSync(join(dir, 'ledger.yml'), bytes);
    const refused = cliIn(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ledger.yml:1:14: file is not valid UTF-8');
    expect(readFileSync(join(dir, 'ledger.yml')).equals(bytes)).toBe(true);

    writeFileSync(join(dir, 'ledger.yml'), '# Kept by José (Legal)\nformat: genai-approvals/v1\napprovals: []\n');
    const added = cliIn(args, dir);
    expect(added.code, added.stderr).toBe(0);
    expect(readFileSync(join(dir, 'ledger.yml'), 'utf8')).toContain('# Kept by José (Legal)\n');
  });

  it('adds an entry bound to the path, use and content; the check then passes in ledger mode, and a change reopens it', () => {
    const dir = checkout();
    const added = cliIn(
      [
        'approve',
        'genai-usage.yml',
        'title-card',
        '--rules',
        RULES,
        '--ref',
        'GENAI-2026-0042',
        '--approver',
        'Dana Okafor (Legal)',
        '--ledger',
        'ledger.yml',
        '--expires',
        '2027-11-23',
        '--today',
        '2026-11-23',
      ],
      dir,
    );
    expect(added.code, added.stderr).toBe(0);
    const text = readFileSync(join(dir, 'ledger.yml'), 'utf8');
    expect(text.startsWith('# Written approvals of the studio.\n')).toBe(true);
    const ledger = loadLedger('ledger.yml', text);
    expect('ledger' in ledger && ledger.ledger.byRef.get('GENAI-2026-0042')?.map((e) => [e.production, e.path, e.use, e.approver, e.fingerprint?.length])).toEqual([
      ['PRD-0001', 'genai-usage.yml', 'title-card', 'Dana Okafor (Legal)', 32],
    ]);

    const withRef = declarationYaml([CLEAN_USE, { ...TITLE_CARD, approvals: [{ ref: 'GENAI-2026-0042', rules: RULES.split(','), approved_on: '2026-11-23' }] }]);
    writeFileSync(join(dir, 'genai-usage.yml'), withRef);
    expect(cliIn(['check', '--ledger', 'ledger.yml', '--today', '2026-11-24'], dir).code).toBe(0);
    writeFileSync(join(dir, 'genai-usage.yml'), withRef.replace('Main title card', 'Main title card, animated'));
    const changed = cliIn(['check', '--ledger', 'ledger.yml', '--today', '2026-11-24'], dir);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("approved the use's content as");
  });

  it('refuses a rule the use does not need, an unknown use, and missing options, writing nothing', () => {
    const dir = checkout();
    const before = readFileSync(join(dir, 'ledger.yml'), 'utf8');
    const wrongRule = cliIn(['approve', 'genai-usage.yml', 'title-card', '--rules', 'netflix-genai/misleading-content', '--ref', 'GENAI-2026-0042', '--approver', 'D', '--ledger', 'ledger.yml'], dir);
    expect(wrongRule).toMatchObject({ code: 2 });
    expect(wrongRule.stderr).toContain('does not need approval for `netflix-genai/misleading-content`');
    expect(cliIn(['approve', 'genai-usage.yml', 'nope', '--rules', RULES, '--ref', 'X-1', '--approver', 'D', '--ledger', 'ledger.yml'], dir).stderr).toContain('declares no use `nope`');
    expect(cliIn(['approve', 'genai-usage.yml', 'title-card', '--rules', RULES, '--approver', 'D'], dir).stderr).toContain('approve needs --ref');
    expect(readFileSync(join(dir, 'ledger.yml'), 'utf8')).toBe(before);
  });
});
