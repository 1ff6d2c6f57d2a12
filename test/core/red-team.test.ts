// Red-team attacks on the core, through evaluate() on real YAML and the real packs: what a pull request
// can put in a declaration to make what is judged differ from what a reviewer reads, or to make a
// ledger grant clear something it should not. Every test asserts the secure outcome; where one was an
// open hole when it was written, the comment above it says how the attack worked.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { TrustedConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG } from '../../src/config/load.js';
import { useFingerprint } from '../../src/evaluate/fingerprint.js';
import type { DeclarationInput } from '../../src/evaluate/report.js';
import { evaluate } from '../../src/evaluate/report.js';
import type { Ledger } from '../../src/ledger/load.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Report } from '../../src/model/report.js';
import { addDays } from '../../src/util/dates.js';
import { bundledLibrary, CLEAN_USE, declarationYaml, patch, TODAY } from '../helpers.js';

const REF = 'GENAI-2026-0042';
const RULES = ['final-deliverable', 'prominent-element'];
const NEEDS = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });
const approved = (approval: Record<string, unknown> = {}) => ({ ...NEEDS, approvals: [{ ref: REF, rules: RULES, approved_on: addDays(TODAY, -30), ...approval }] });
const CONFIG: TrustedConfig = { ...DEFAULT_CONFIG, path: '.github/genai-clearance.yml', production: 'PRD-0001' };

function ledgerOf(...entries: Array<Record<string, unknown>>): Ledger {
  const text = stringify({
    format: 'genai-approvals/v1',
    approvals: (entries.length > 0 ? entries : [{}]).map((e) => ({
      ref: REF,
      production: 'PRD-0001',
      path: 'genai-usage.yml',
      use: 'title-card',
      rules: RULES,
      approved_on: addDays(TODAY, -30),
      approver: 'Dana Okafor (Legal)',
      ...e,
    })),
  });
  const loaded = loadLedger('approvals/ledger.yml', text);
  if (!('ledger' in loaded)) throw new Error(JSON.stringify(loaded.errors));
  return loaded.ledger;
}

function judge(files: DeclarationInput[], ledger?: Ledger, today = TODAY): Report {
  return evaluate({ files, library: bundledLibrary(), config: CONFIG, today, ...(ledger ? { ledger } : {}) });
}

const one = (text: string, ledger?: Ledger, today?: string) => judge([{ path: 'genai-usage.yml', text }], ledger, today);

describe('what is judged is what a reviewer reads', () => {
  const clean = declarationYaml([CLEAN_USE]);
  const hiddenUse = (lineBreak: string) => {
    // A second use, written with `lineBreak` between its lines after a comment: an editor that breaks
    // lines there shows a full, escalated use; a parser that does not reads one long comment.
    const lines = [
      '# second use',
      '  - id: title-card',
      '    summary: Main title card',
      '    stage: post-production',
      '    disclosed: 2026-01-10',
      '    tools: [{ name: Image tool, enterprise: true, trains_on_inputs: false }]',
      '    inputs: [owned-cleared]',
      '    output: { kinds: [image], final: true, prominence: featured }',
    ];
    return `${clean}  ${lines.join(lineBreak)}\n`;
  };

  it('control: the same use written with ordinary line breaks needs approval', () => {
    const report = one(hiddenUse('\n'));
    expect(report.counts.needsApproval).toBe(1);
  });

  // Guards against: A lone CR is a line break in YAML 1.2 itself and in most editors; NEL (U+0085), LINE
  // SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) are mandatory line breaks in Unicode's line
  // breaking rules (and were line breaks in YAML 1.1), so text viewers that follow them show a new
  // line. The parser keeps all four inside the comment. The reviewer reads a declared, escalated use; the check never sees it and passes, and the
  // declaration reads as an honest record of a use nobody cleared. The parser already refuses C0
  // controls because "they hide text in reviews"; these hide whole lines.
  it.each([
    ['a lone CR', '\r'],
    ['NEL (U+0085)', '\u0085'],
    ['LINE SEPARATOR (U+2028)', '\u2028'],
    ['PARAGRAPH SEPARATOR (U+2029)', '\u2029'],
  ])('%s inside a comment cannot hide a use an editor shows', (_name, lineBreak) => {
    const report = one(hiddenUse(lineBreak));
    expect(report.decision).toBe('fail');
  });

  // Guards against: Bidirectional controls (U+202A–U+202E, U+2066–U+2069) reorder how a line is displayed
  // ("Trojan Source"), so a comment can look like data and data like a comment; they are accepted
  // anywhere in a declaration without a word. GitHub's diff shows a banner, the comment and the CLI do
  // not, and nothing in the report points at the line.
  it('bidirectional controls in a declaration are refused or flagged', () => {
    const text = clean.replace('      final: false', '      final: false #\u202e\u2066 eurt :lanif\u2069\u2066');
    const report = one(text);
    const file = report.files[0];
    expect((file?.errors.length ?? 0) + (file?.warnings.length ?? 0)).toBeGreaterThan(0);
  });

  it.each([
    ['a second YAML document after the first', `${clean}---\n${declarationYaml([NEEDS])}`, 'multiple-documents'],
    ['a merge key `<<` folding a use in', clean.replace('  - id: base', '  - <<: { id: base }\n    id: base'), 'unknown-key'],
    ['a `!!binary` tag', clean.replace('summary: Moodboards for the main locations', 'summary: !!binary aGVsbG8='), 'custom-tag'],
    ['a local tag', clean.replace('summary: Moodboards for the main locations', 'summary: !x hi'), 'custom-tag'],
    ['a key given twice in one mapping', clean.replace('      final: false', '      final: true\n      final: false'), 'duplicate-key'],
    ['the key `uses` given twice', `${declarationYaml([NEEDS])}uses: []\n`, 'duplicate-key'],
    ['a use id that differs only in case', declarationYaml([CLEAN_USE, { ...NEEDS, id: 'Base' }]), undefined],
    ['a use id repeated in one file', declarationYaml([CLEAN_USE, { ...NEEDS, id: 'base' }]), 'duplicate-id'],
    ['a use id in full-width letters', declarationYaml([CLEAN_USE, { ...NEEDS, id: 'ｔitle-card' }]), undefined],
    ['a %YAML 1.1 directive (where `no` would read as false)', `%YAML 1.1\n---\n${clean}`, 'yaml-version'],
  ])('%s is refused, never judged as something else', (_name, text, code) => {
    const report = one(text);
    expect(report.decision).toBe('fail');
    expect(report.counts.invalid).toBe(1);
    if (code) expect(report.files[0]?.errors.map((e) => e.code)).toContain(code);
  });

  it('a declaration cannot bring its own pack or shadow a bundled one: only packs the policy source has are known', () => {
    const report = one(declarationYaml([NEEDS]).replace('netflix-genai@1', 'netflix-genai-lite@1'));
    expect(report.decision).toBe('fail');
    expect(report.files[0]?.errors.map((e) => e.code)).toContain('unknown-pack');
  });

  it('an approval naming a rule in another case clears nothing (the declaration is refused)', () => {
    const report = one(declarationYaml([approved({ rules: ['Final-Deliverable', 'prominent-element'] })]), ledgerOf());
    expect(report.decision).toBe('fail');
    expect(report.counts.approved).toBe(0);
  });

  it.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a byte-order mark', (t: string) => `\ufeff${t}`],
    ['an anchor on the use', (t: string) => t.replace('  - id: title-card', '  - &use\n    id: title-card')],
    ['quoted keys and values', (t: string) => t.replace('      final: true', '      "final": true')],
  ])('%s change nothing: the escalated use still needs approval', (_name, edit) => {
    const report = one(edit(declarationYaml([NEEDS])));
    expect(report.counts.needsApproval).toBe(1);
  });
});

describe('a ledger grant clears only what it names', () => {
  it('control: a grant for this production, use and rules clears the use', () => {
    expect(one(declarationYaml([approved()]), ledgerOf()).counts.approved).toBe(1);
  });

  it.each([
    ['a production id in another case', { production: 'prd-0001' }],
    ['a use id the ledger names differently', { use: 'title-card-2' }],
    ['a rule named with another pack', { rules: ['eu-ai-act-art50/final-deliverable', 'prominent-element'] }],
    ['a fingerprint that differs in its last digit', { fingerprint: useFingerprint(NEEDS).slice(0, 31) + (useFingerprint(NEEDS).endsWith('0') ? '1' : '0') }],
    ['a grant revoked today', { revoked_on: TODAY }],
    ['a grant approved tomorrow', { approved_on: addDays(TODAY, 1) }],
    ['a grant that expired yesterday', { expires_on: addDays(TODAY, -1), approved_on: addDays(TODAY, -30) }],
    ['a grant older than the pack allows', { approved_on: addDays(TODAY, -366) }],
    ['a grant under a pack version that does not exist', { policy: 'netflix-genai@9.0.0' }],
  ])('%s clears nothing', (_name, entry) => {
    const report = one(declarationYaml([approved()]), ledgerOf(entry));
    expect(report.decision).toBe('fail');
    expect(report.counts.approved).toBe(0);
  });

  it('a grant is in force through its expires_on day and not the day after', () => {
    const ledger = ledgerOf({ expires_on: TODAY });
    expect(one(declarationYaml([approved()]), ledger).counts.approved).toBe(1);
    expect(one(declarationYaml([approved()]), ledger, addDays(TODAY, 1)).counts.approved).toBe(0);
  });

  it('the declaration cannot vouch for the pack version: its own `policy:` is not consulted with a ledger', () => {
    const report = one(declarationYaml([approved({ policy: 'netflix-genai@9.9.9' })]), ledgerOf());
    expect(report.counts.approved).toBe(1);
  });

  it('a grant bound to a declaration path is not borrowed by the same use id in another file', () => {
    const report = judge(
      [
        { path: 'season-1/genai-usage.yml', text: declarationYaml([approved()]) },
        { path: 'season-2/genai-usage.yml', text: declarationYaml([approved()]) },
      ],
      ledgerOf({ path: 'season-1/genai-usage.yml' }),
    );
    expect(report.files.map((f) => f.uses[0]?.outcome)).toEqual(['approved', 'needs-approval']);
  });

  it('a path-less grant is refused for a use id that a second, otherwise empty, declaration repeats', () => {
    const report = judge(
      [
        { path: 'season-1/genai-usage.yml', text: declarationYaml([approved()]) },
        { path: 'season-2/genai-usage.yml', text: declarationYaml([{ ...CLEAN_USE, id: 'title-card' }]) },
      ],
      ledgerOf(),
    );
    expect(report.decision).toBe('fail');
    expect(report.files[0]?.uses[0]?.outcome).toBe('needs-approval');
  });

  // Guards against: The ledger schema makes `path` optional, and an entry without it clears the use id
  // in whichever single declaration holds it. Moving an approved use from `season-1/genai-usage.yml` to
  // `season-2/genai-usage.yml` (another episode, a context the reviewer never saw) keeps it approved,
  // though the trusted side's contract is that a grant names the production, the declaration path and
  // the use, and clears only the use it names. (Copying it into a second file is caught: the id is then
  // shared and path-less grants stop counting; moving it is not.)
  it('a path-less grant does not follow its use into another declaration file', () => {
    const report = evaluate({
      files: [{ path: 'season-2/genai-usage.yml', text: declarationYaml([approved()]) }],
      removed: [{ path: 'season-1/genai-usage.yml', text: declarationYaml([approved()]) }],
      library: bundledLibrary(),
      config: CONFIG,
      ledger: ledgerOf(),
      today: TODAY,
    });
    expect(report.files[0]?.uses[0]?.outcome).toBe('needs-approval');
  });

  // Guards against: The content fingerprint is 64 bits of SHA-256. Against a second preimage that is
  // plenty, but the attacker writes BOTH versions of the use: a benign one for the reviewer to approve
  // and an escalated one to swap in later. A birthday search over ~2^32 variants of each (spacing in
  // the summary, tool name spellings) finds a pair with the same fingerprint in hours on one machine, and
  // the ledger's `fingerprint:` then approves the swapped use. src/evaluate/fingerprint.ts says "nobody
  // can craft a changed use with the same fingerprint", which holds only for uses the attacker did not
  // choose.
  it('a content fingerprint resists a birthday collision chosen by the author (at least 128 bits)', () => {
    expect(useFingerprint(NEEDS).length * 4).toBeGreaterThanOrEqual(128);
  });
});

describe('removals and empty declarations', () => {
  it('emptying `uses` names every use removed, with the approval it needed', () => {
    const report = evaluate({
      files: [{ path: 'genai-usage.yml', text: declarationYaml([]), baseText: declarationYaml([CLEAN_USE, NEEDS]) }],
      library: bundledLibrary(),
      config: CONFIG,
      today: TODAY,
    });
    expect(report.removed).toEqual([
      { file: 'genai-usage.yml', use: 'base', fileDeleted: false, neededApproval: false },
      { file: 'genai-usage.yml', use: 'title-card', fileDeleted: false, neededApproval: true },
    ]);
  });

  it('renaming a use id is a removal and an addition, and the new id is judged afresh', () => {
    const report = evaluate({
      files: [{ path: 'genai-usage.yml', text: declarationYaml([{ ...approved(), id: 'title-card-v2' }]), baseText: declarationYaml([NEEDS]) }],
      library: bundledLibrary(),
      config: CONFIG,
      ledger: ledgerOf(),
      today: TODAY,
    });
    expect(report.removed?.map((r) => r.use)).toEqual(['title-card']);
    expect(report.files[0]?.uses[0]?.outcome).toBe('needs-approval');
    expect(report.files[0]?.uses[0]?.change).toBe('added');
  });

  it('no declaration at all fails closed', () => {
    const report = evaluate({ files: [], library: bundledLibrary(), config: CONFIG, today: TODAY });
    expect(report.decision).toBe('fail');
    expect(report.errors.map((e) => e.code)).toContain('no-declarations');
  });
});
