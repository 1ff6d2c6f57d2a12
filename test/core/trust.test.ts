// What the trusted side decides, observed through evaluate(): the packs a declaration is judged by, the
// pack version a grant was made under, which file and production a grant belongs to, which of several
// entries under one ref count, the content a grant binds to, how rules are named, and packs not yet in
// effect. Every attack has a control twin showing the honest case still passes, so no test can pass
// because nothing was ever approved.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrustedConfig } from '../../src/config/load.js';
import { CONFIG_PATH, DEFAULT_CONFIG, loadConfig } from '../../src/config/load.js';
import { loadDeclaration } from '../../src/declaration/load.js';
import { useFingerprint } from '../../src/evaluate/fingerprint.js';
import type { DeclarationInput } from '../../src/evaluate/report.js';
import { evaluate } from '../../src/evaluate/report.js';
import { readPackDir } from '../../src/io/files.js';
import type { Ledger } from '../../src/ledger/load.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Report, UseReport } from '../../src/model/report.js';
import type { PackFile, PackLibrary } from '../../src/policy/library.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { ROOT, TODAY } from '../helpers.js';

// ------------------------------------------------------------------------------------------ packs

const BUNDLED = readPackDir(join(ROOT, 'policy'), ROOT);
// demo 1.0.0 → 1.1.0: final-output gains a conjunct (stale), sensitive-input is only reworded.
const STALE = readPackDir(join(ROOT, 'test/fixtures/packs/stale'), ROOT);
// demo 1.0.0 (effective 2026-02-01, deprecated 2026-06-01) and demo 2.0.0 (effective 2026-06-01).
const LIFECYCLE = readPackDir(join(ROOT, 'test/fixtures/packs/lifecycle'), ROOT);

function library(...files: PackFile[][]): PackLibrary {
  const lib = loadPackLibrary(files.flat());
  if (lib.errors.length > 0) throw new Error(JSON.stringify(lib.errors));
  return lib;
}

const bundled = library(BUNDLED);
const stale = library(STALE);

/** The stale fixtures, with demo 1.1.0 taking effect later than 1.0.0 (both are effective 2026-02-01 on disk). */
const staleLater = library(
  STALE.map((f) => (f.path.endsWith('/1.1.0.yml') && 'bytes' in f ? { path: f.path, text: Buffer.from(f.bytes).toString('utf8').replace('effective: 2026-02-01', 'effective: 2026-07-01') } : f)),
);

// A small second pack that defines a rule id netflix-genai defines too, with the same reference format.
const STUDIO_EXTRA: PackFile = {
  path: 'policy/studio-extra/1.0.0.yml',
  text: `pack: studio-extra
version: 1.0.0
title: Studio extra rules
source:
  url: https://example.com/studio-extra
  read_on: 2026-01-05
effective: 2026-01-01
declaration_format: genai-usage/v1
unknown_level: escalate
approval:
  ref_pattern: '^GENAI-[0-9]{4}-[0-9]{4,6}$'
  ref_example: GENAI-2026-0001
  require_expiry: false
  max_age_days: 365

principles:
  - id: S1
    number: 1
    title: Studio sign-off
    summary: The studio signs off every final generated element.
    source: §1

rules:
  - id: final-deliverable
    principle: S1
    level: escalate
    category: final-output
    guidance: [STUDIO-1]
    when:
      output.final: { const: true }
    message: 'Generated output reaches deliverables (final: {output.final}).'
    remedy: Attach the studio's written approval (rule studio-extra/final-deliverable).
    source: §1.1
`,
};

// ------------------------------------------------------------------------------- YAML builders

interface UseOptions {
  id?: string;
  summary?: string;
  prominence?: string;
  inputs?: string;
  approvals?: string;
}

/** One use, as YAML list item text (4-space body), escalating `final-deliverable` in netflix-genai. */
function useYaml(o: UseOptions = {}): string {
  return `  - id: ${o.id ?? 'title-card'}
    summary: ${o.summary ?? 'Generated title card for the opening sequence'}
    stage: post-production
    disclosed: 2026-05-20
    tools:
      - name: Image tool
        enterprise: true
        trains_on_inputs: false
    inputs: [${o.inputs ?? 'owned-cleared'}]
    output: { kinds: [image], final: true, prominence: ${o.prominence ?? 'none'} }
${o.approvals ?? ''}`;
}

/** `approvals:` block text for one use. */
function approvalsYaml(...approvals: Array<{ ref?: string; rules: string[]; approved_on?: string; expires_on?: string; policy?: string }>): string {
  let text = '    approvals:\n';
  for (const a of approvals) {
    text += `      - ref: ${a.ref ?? 'GENAI-2026-0042'}\n        rules: [${a.rules.join(', ')}]\n        approved_on: ${a.approved_on ?? '2026-06-01'}\n`;
    if (a.expires_on) text += `        expires_on: ${a.expires_on}\n`;
    if (a.policy) text += `        policy: ${a.policy}\n`;
  }
  return text;
}

function declarationYaml(policies: string[], uses: string, production: string | null = 'PRD-1'): string {
  return `format: genai-usage/v1
policies: [${policies.join(', ')}]
production:
  title: Test Production
${production === null ? '' : `  id: ${production}\n`}uses:
${uses}`;
}

type Entry = Record<string, string | string[]>;

/** An approvals ledger as YAML text; every entry lists its fields in order, arrays in flow style. */
function ledgerYaml(entries: Entry[]): string {
  let text = 'format: genai-approvals/v1\napprovals:\n';
  for (const e of entries) {
    const full: Entry = {
      ref: 'GENAI-2026-0042',
      production: 'PRD-1',
      path: 'genai-usage.yml',
      use: 'title-card',
      rules: ['final-deliverable'],
      approved_on: '2026-06-01',
      approver: 'A. Reviewer',
      ...e,
    };
    Object.entries(full).forEach(([k, v], i) => {
      text += `${i === 0 ? '  - ' : '    '}${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}\n`;
    });
  }
  return text;
}

function ledger(entries: Entry[]): Ledger {
  const r = loadLedger('approvals.yml', ledgerYaml(entries));
  if (!('ledger' in r)) throw new Error(JSON.stringify(r.errors));
  return r.ledger;
}

function config(text: string): TrustedConfig {
  const r = loadConfig('.github/genai-clearance.yml', text);
  if (!('config' in r)) throw new Error(JSON.stringify(r.errors));
  return r.config;
}

interface Run {
  files?: DeclarationInput[];
  text?: string;
  library?: PackLibrary;
  ledger?: Ledger;
  config?: TrustedConfig;
  today?: string;
}

function run(o: Run): Report {
  return evaluate({
    files: o.files ?? [{ path: 'genai-usage.yml', text: o.text ?? '' }],
    library: o.library ?? bundled,
    today: o.today ?? TODAY,
    ...(o.ledger ? { ledger: o.ledger } : {}),
    ...(o.config ? { config: o.config } : {}),
  });
}

function useOf(report: Report, file = 0): UseReport {
  const f = report.files[file];
  if (f?.status !== 'valid') throw new Error(`declaration invalid: ${JSON.stringify(f?.errors)}`);
  const use = f.uses[0];
  if (!use) throw new Error('no use');
  return use;
}

/** What decides a use: its outcome, each escalated finding's status, and its approvals' problems. */
function verdict(use: UseReport) {
  return {
    outcome: use.outcome,
    findings: use.findings.filter((f) => f.effectiveLevel !== 'inform').map((f) => `${f.pack}/${f.rule}: ${f.status}`),
    problems: use.approvals.flatMap((a) => a.problems.map((p) => `${p.code}: ${p.message}`)),
  };
}

const netflixRef = { pack: 'netflix-genai', version: '1.0.0', title: 'Netflix — Using Generative AI in Content Production' };
const netflixNewestRef = { pack: 'netflix-genai', version: '2.0.0', title: 'Netflix — Using Generative AI in Content Production' };
const euRef = { pack: 'eu-ai-act-art50', version: '1.0.0', title: 'EU AI Act — Article 50 transparency duties' };

// ------------------------------------------------------------------------------------------ 1

describe('the trusted configuration, not the declaration, chooses the packs', () => {
  const dodge = declarationYaml(['eu-ai-act-art50@1'], useYaml());

  it('a declaration that names only another pack is still judged by the required netflix-genai', () => {
    const report = run({ text: dodge, config: DEFAULT_CONFIG });
    expect(report.files[0]?.policies).toEqual([
      { ...euRef, requested: 'eu-ai-act-art50@1' },
      { ...netflixNewestRef, requested: 'netflix-genai@2', required: true },
    ]);
    expect(verdict(useOf(report))).toEqual({ outcome: 'needs-approval', findings: ['netflix-genai/final-deliverable: needs-approval'], problems: [] });
    expect(report.decision).toBe('fail');
  });

  it('control: without a trusted configuration the same declaration escapes (so the configuration is what decides)', () => {
    const report = run({ text: dodge });
    expect(report.files[0]?.policies).toEqual([{ ...euRef, requested: 'eu-ai-act-art50@1' }]);
    expect(verdict(useOf(report))).toEqual({ outcome: 'clear', findings: [], problems: [] });
  });

  it('control: the honest declaration under the required pack, with its approval, passes', () => {
    const report = run({ text: declarationYaml(['netflix-genai@1'], useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'] }) })), config: DEFAULT_CONFIG });
    expect(report.files[0]?.policies).toEqual([{ ...netflixRef, requested: 'netflix-genai@1' }]);
    expect(verdict(useOf(report))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
    expect(report.decision).toBe('pass');
  });

  it('a declaration adding a pack on top of the required one is judged by both', () => {
    const report = run({ text: declarationYaml(['netflix-genai@1', 'eu-ai-act-art50@1'], useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'] }) })), config: DEFAULT_CONFIG });
    expect(report.files[0]?.policies).toEqual([
      { ...netflixRef, requested: 'netflix-genai@1' },
      { ...euRef, requested: 'eu-ai-act-art50@1' },
    ]);
    const use = useOf(report);
    expect(use.findings.map((f) => `${f.pack}/${f.rule}: ${f.status}`)).toEqual(['netflix-genai/final-deliverable: approved', 'eu-ai-act-art50/synthetic-output-unmarked: noted']);
    expect(use.outcome).toBe('approved');
    expect(report.decision).toBe('pass');
  });

  describe('a minimum version', () => {
    const minimum = config(`format: genai-clearance-config/v1\npacks:\n  - pack: demo\n    minimum: 1.1.0\n`);

    it('a pin below the minimum is an error on the policies line, and the file is invalid', () => {
      const report = run({ library: stale, text: declarationYaml(['demo@1.0.0'], useYaml()), config: minimum });
      const file = report.files[0];
      expect(file?.status).toBe('invalid');
      expect(file?.uses).toEqual([]);
      expect(file?.errors).toEqual([
        {
          line: 2,
          column: 12,
          path: 'policies[0]',
          code: 'pack-below-minimum',
          message: `\`demo@1.0.0\` resolves to demo@1.0.0, older than the 1.1.0 this repository requires (${CONFIG_PATH}); pin demo@1 or remove the pin`,
        },
      ]);
      expect(report.decision).toBe('fail');
    });

    it('control: a pin at the minimum, or by major, is accepted', () => {
      for (const pin of ['demo@1.1.0', 'demo@1']) {
        const report = run({ library: stale, text: declarationYaml([pin], useYaml({ inputs: 'owned-cleared', prominence: 'none' })), config: minimum });
        expect(report.files[0]?.status).toBe('valid');
        expect(report.files[0]?.errors).toEqual([]);
        expect(report.files[0]?.policies).toEqual([{ pack: 'demo', version: '1.1.0', title: 'Demo pack', requested: pin }]);
      }
    });
  });

  it('a configuration requiring a pack the policy source lacks fails the report, pointing at the configuration', () => {
    const cfg = config(`format: genai-clearance-config/v1\npacks:\n  - pack: netflix-genai\n  - pack: studio-rules\n`);
    const report = run({ text: declarationYaml(['netflix-genai@1'], useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'] }) })), config: cfg });
    expect(report.errors).toEqual([
      {
        file: CONFIG_PATH,
        line: 4,
        column: 5,
        code: 'unknown-required-pack',
        message: `${CONFIG_PATH} requires pack \`studio-rules\`, which the policy source does not have (available: eu-ai-act-art50, netflix-genai, talent-consent)`,
      },
    ]);
    expect(report.decision).toBe('fail');
    // control: without the unknown pack the same declaration passes.
    const ok = run({
      text: declarationYaml(['netflix-genai@1'], useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'] }) })),
      config: config(`format: genai-clearance-config/v1\npacks:\n  - pack: netflix-genai\n`),
    });
    expect([ok.errors, ok.decision]).toEqual([[], 'pass']);
  });
});

// ------------------------------------------------------------------------------------------ 2

describe('the ledger, not the declaration, decides which pack version a grant was made under', () => {
  // final-output changed in demo 1.1.0; sensitive-input was only reworded.
  // `no version`: the declaration's approval has no `policy:` at all.
  const STALE_USE = (policy?: string) =>
    useYaml({
      inputs: 'script',
      prominence: 'featured',
      approvals: approvalsYaml({ ref: 'DEMO-0042', rules: ['final-output', 'sensitive-input'], ...(policy && policy !== 'no version' ? { policy } : {}) }),
    });
  const entry = (e: Entry = {}): Entry => ({ ref: 'DEMO-0042', rules: ['final-output', 'sensitive-input'], ...e });
  const judge = (lib: PackLibrary, l: Ledger, claim?: string) => verdict(useOf(run({ library: lib, text: declarationYaml(['demo@1'], STALE_USE(claim)), ledger: l })));
  const STALE_FINDINGS = ['demo/sensitive-input: approved', 'demo/final-output: needs-approval'];
  const staleMessage = (granted: string) =>
    `stale: DEMO-0042: clears nothing for \`final-output\`: ledger entry at approvals.yml:3 granted under ${granted}; rule \`final-output\` has changed since (demo@1.1.0), so it must be approved again`;

  it.each([['demo@1.1.0'], ['no version'], ['netflix-genai@1.0.0'], ['demo@1.0.0']])('a grant the ledger records under demo@1.0.0 stays stale when the declaration claims %s', (claim) => {
    expect(judge(stale, ledger([entry({ policy: 'demo@1.0.0' })]), claim)).toEqual({ outcome: 'needs-approval', findings: STALE_FINDINGS, problems: [staleMessage('demo@1.0.0')] });
  });

  it.each([['demo@1.1.0'], ['no version'], ['netflix-genai@1.0.0']])('a ledger entry without `policy`, approved while 1.0.0 was in effect, stays stale when the declaration claims %s', (claim) => {
    expect(judge(staleLater, ledger([entry({})]), claim)).toEqual({ outcome: 'needs-approval', findings: STALE_FINDINGS, problems: [staleMessage('demo@1.0.0')] });
  });

  it('a ledger `policy` naming another pack is not a record for this one: the date decides, and it is stale', () => {
    expect(judge(staleLater, ledger([entry({ policy: 'netflix-genai@1.0.0' })]), 'demo@1.1.0')).toEqual({
      outcome: 'needs-approval',
      findings: STALE_FINDINGS,
      problems: [staleMessage('demo@1.0.0')],
    });
  });

  it.each([['demo@1.0.0'], ['no version']])('control: granted under the current version it clears, whatever the declaration claims (%s)', (claim) => {
    const approved = { outcome: 'approved', findings: ['demo/sensitive-input: approved', 'demo/final-output: approved'], problems: [] };
    expect(judge(stale, ledger([entry({ policy: 'demo@1.1.0' })]), claim)).toEqual(approved);
    // without `policy`, approved after 1.1.0 took effect
    expect(judge(staleLater, ledger([entry({ approved_on: '2026-07-15' })]), claim)).toEqual(approved);
  });
});

describe('pinning two versions of one pack cannot carry a stale grant over', () => {
  const uses = useYaml({ inputs: 'script', prominence: 'featured', approvals: approvalsYaml({ ref: 'DEMO-0042', rules: ['final-output', 'sensitive-input'], policy: 'demo@1.0.0' }) });
  const text = declarationYaml(['demo@1.0.0', 'demo@1'], uses);

  it('a declaration pinning one pack twice is refused at the second pin, in either order', () => {
    for (const policies of [
      ['demo@1.0.0', 'demo@1'],
      ['demo@1', 'demo@1.1.0'],
    ]) {
      const report = run({ library: stale, text: declarationYaml(policies, uses) });
      expect(report.files[0]?.status).toBe('invalid');
      expect(report.files[0]?.errors.map((e) => [e.code, e.path])).toEqual([['duplicate-pack', 'policies[1]']]);
      expect(report.decision).toBe('fail');
    }
    expect(text).toContain('demo@1.0.0');
  });

  it('control: pinned once, the same grant is stale for the changed rule only', () => {
    const report = run({ library: stale, text: declarationYaml(['demo@1'], uses) });
    expect(verdict(useOf(report))).toEqual({
      outcome: 'needs-approval',
      findings: ['demo/sensitive-input: approved', 'demo/final-output: needs-approval'],
      problems: ['stale: DEMO-0042: granted under demo@1.0.0; rule `final-output` has changed since (demo@1.1.0), so it must be approved again'],
    });
  });
});

// ------------------------------------------------------------------------------------------ 3

describe('one grant clears one use of one production', () => {
  const text = declarationYaml(['netflix-genai@1'], useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'] }) }));
  const twoFiles = [
    { path: 'season-1/genai-usage.yml', text },
    { path: 'season-2/genai-usage.yml', text },
  ];

  it('a ledger entry that names no declaration path is refused by the ledger schema', () => {
    const loaded = loadLedger('approvals.yml', ledgerYaml([{}]).replace('    path: genai-usage.yml\n', ''));
    expect('errors' in loaded && loaded.errors.map((e) => [e.file, e.line, e.code])).toEqual([['approvals.yml', 3, 'missing-field']]);
  });

  it('a grant naming one path clears only that file', () => {
    const report = run({ files: twoFiles, ledger: ledger([{ path: 'season-1/genai-usage.yml' }]) });
    expect(verdict(useOf(report, 0))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
    expect(verdict(useOf(report, 1))).toEqual({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval'],
      problems: ['ledger-mismatch: GENAI-2026-0042: the ledger grants it for season-1/genai-usage.yml, not for season-2/genai-usage.yml'],
    });
  });

  it('control: one file, a grant naming its path, clears', () => {
    const report = run({ files: [twoFiles[0] as DeclarationInput], ledger: ledger([{ path: 'season-1/genai-usage.yml' }]) });
    expect(verdict(useOf(report))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
    expect(report.decision).toBe('pass');
  });

  describe('switching production.id', () => {
    // PRD-1's grant is GENAI-2026-0042; PRD-2's, for a use with the same id, is GENAI-2026-0077.
    const shared = () => ledger([{}, { ref: 'GENAI-2026-0077', production: 'PRD-2' }]);
    const borrow = declarationYaml(['netflix-genai@1'], useYaml({ approvals: approvalsYaml({ ref: 'GENAI-2026-0077', rules: ['final-deliverable'] }) }), 'PRD-2');
    const honest = (production: string | null) => declarationYaml(['netflix-genai@1'], useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'] }) }), production);
    const LEDGER_SHARED = {
      file: 'approvals.yml',
      line: 1,
      column: 1,
      code: 'ledger-shared',
      message:
        "the approvals ledger grants approvals to 2 productions (PRD-1, PRD-2); name this repository's production in the trusted configuration (`production:`) so a declaration cannot borrow another production's grants by changing its production.id",
    };

    it('a ledger shared by two productions, with no production in the configuration, fails the report', () => {
      for (const cfg of [undefined, DEFAULT_CONFIG]) {
        const report = run({ text: borrow, ledger: shared(), ...(cfg ? { config: cfg } : {}) });
        expect(report.errors).toEqual([LEDGER_SHARED]);
        expect(report.decision).toBe('fail');
      }
    });

    it('with the production configured, a declaration naming another production is invalid', () => {
      const report = run({ text: borrow, ledger: shared(), config: { ...DEFAULT_CONFIG, production: 'PRD-1' } });
      const file = report.files[0];
      expect(file?.status).toBe('invalid');
      expect(file?.uses).toEqual([]);
      expect(file?.errors).toEqual([
        {
          line: 5,
          column: 7,
          path: 'production.id',
          code: 'production-mismatch',
          message: 'this repository belongs to production `PRD-1` (trusted configuration); the declaration says `PRD-2`. Set production.id to PRD-1 or leave it out',
        },
      ]);
      expect(report.errors).toEqual([]);
      expect(report.decision).toBe('fail');
    });

    it("control: naming the configured production, or leaving production.id out, matches the production's own grants", () => {
      for (const production of ['PRD-1', null]) {
        const report = run({ text: honest(production), ledger: shared(), config: { ...DEFAULT_CONFIG, production: 'PRD-1' } });
        expect(report.errors).toEqual([]);
        expect(verdict(useOf(report))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
        expect(report.decision).toBe('pass');
      }
    });

    it("leaving production.id out uses the configured production: another production's grant does not match", () => {
      const report = run({ text: borrow.replace('  id: PRD-2\n', ''), ledger: shared(), config: { ...DEFAULT_CONFIG, production: 'PRD-1' } });
      expect(verdict(useOf(report))).toEqual({
        outcome: 'needs-approval',
        findings: ['netflix-genai/final-deliverable: needs-approval'],
        problems: ['ledger-mismatch: GENAI-2026-0077: the ledger grants it to PRD-2/genai-usage.yml#title-card, not to PRD-1/title-card'],
      });
    });
  });
});

// ------------------------------------------------------------------------------------------ 4

describe('a ref listed twice: each ledger entry is judged on its own', () => {
  // final-deliverable (A) and prominent-element (B) both escalate for a featured final element.
  const text = declarationYaml(['netflix-genai@1'], useYaml({ prominence: 'featured', approvals: approvalsYaml({ rules: ['final-deliverable', 'prominent-element'] }) }));
  const judge = (entries: Entry[]) => verdict(useOf(run({ text, ledger: ledger(entries) })));
  const BOTH = ['final-deliverable', 'prominent-element'];
  const EXPIRED: Entry = { approved_on: '2025-12-01', expires_on: '2026-06-30' };
  const RENEWAL: Entry = { approved_on: '2026-07-01', expires_on: '2027-06-30' };
  const REVOKED: Entry = { approved_on: '2026-06-01', revoked_on: '2026-09-01' };
  const APPROVED = { outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved', 'netflix-genai/prominent-element: approved'], problems: [] };

  it('an expired entry granting A and a live one granting only B: B is cleared, A is not', () => {
    expect(
      judge([
        { ...EXPIRED, rules: ['final-deliverable'] },
        { ...RENEWAL, rules: ['prominent-element'] },
      ]),
    ).toEqual({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval', 'netflix-genai/prominent-element: approved'],
      problems: [
        'expired: GENAI-2026-0042: clears nothing for `final-deliverable`: ledger entry at approvals.yml:3 expired on 2026-06-30 | ledger entry at approvals.yml:11 does not grant rule `final-deliverable`',
      ],
    });
  });

  it('an expired original followed by a valid renewal: cleared; the original alone: not', () => {
    expect(
      judge([
        { ...EXPIRED, rules: BOTH },
        { ...RENEWAL, rules: BOTH },
      ]),
    ).toEqual(APPROVED);
    expect(judge([{ ...EXPIRED, rules: BOTH }])).toMatchObject({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval', 'netflix-genai/prominent-element: needs-approval'],
    });
  });

  it('a revoked entry and a live renewal: cleared by the renewal only', () => {
    expect(
      judge([
        { ...REVOKED, rules: BOTH },
        { ...RENEWAL, rules: BOTH },
      ]),
    ).toEqual(APPROVED);
    // the renewal grants only B: the revoked entry does not clear A
    expect(
      judge([
        { ...REVOKED, rules: BOTH },
        { ...RENEWAL, rules: ['prominent-element'] },
      ]),
    ).toEqual({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval', 'netflix-genai/prominent-element: approved'],
      problems: [
        'revoked: GENAI-2026-0042: clears nothing for `final-deliverable`: ledger entry at approvals.yml:3 was revoked on 2026-09-01 | ledger entry at approvals.yml:11 does not grant rule `final-deliverable`',
      ],
    });
    expect(judge([{ ...REVOKED, rules: BOTH }])).toMatchObject({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval', 'netflix-genai/prominent-element: needs-approval'],
    });
  });
});

// ------------------------------------------------------------------------------------------ 5

describe("a grant bound to the use's content", () => {
  const text = (summary?: string) => declarationYaml(['netflix-genai@1'], useYaml({ ...(summary ? { summary } : {}), approvals: approvalsYaml({ rules: ['final-deliverable'] }) }));
  const loaded = loadDeclaration('genai-usage.yml', text());
  const use = loaded.declaration?.uses[0];
  if (!use) throw new Error(JSON.stringify(loaded.errors));
  const fingerprint = useFingerprint(use);

  it('clears the content it was granted for', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(verdict(useOf(run({ text: text(), ledger: ledger([{ fingerprint }]) })))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
  });

  it('one word of the summary changed: content-changed, needs approval', () => {
    const changed = text('Generated title card for the closing sequence');
    const now = useFingerprint(loadDeclaration('genai-usage.yml', changed).declaration?.uses[0] ?? {});
    expect(now).not.toBe(fingerprint);
    expect(verdict(useOf(run({ text: changed, ledger: ledger([{ fingerprint }]) })))).toEqual({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval'],
      problems: [
        `content-changed: GENAI-2026-0042: clears nothing for \`final-deliverable\`: ledger entry at approvals.yml:3 approved the use's content as ${fingerprint}; it is now ${now}, so it must be approved again`,
      ],
    });
    // control: the same change under a grant that binds no content still clears
    expect(verdict(useOf(run({ text: changed, ledger: ledger([{}]) }))).outcome).toBe('approved');
  });
});

// ------------------------------------------------------------------------------------------ 6

describe('rule names in approvals', () => {
  const both = library(BUNDLED, [STUDIO_EXTRA]);
  const text = (rules: string[], policies = ['netflix-genai@1', 'studio-extra@1']) => declarationYaml(policies, useYaml({ approvals: approvalsYaml({ rules }) }));

  it("an approval naming `pack/rule` clears that pack's rule", () => {
    const report = run({ library: both, text: text(['netflix-genai/final-deliverable', 'studio-extra/final-deliverable']) });
    expect(report.files[0]?.errors).toEqual([]);
    expect(verdict(useOf(report))).toEqual({
      outcome: 'approved',
      findings: ['netflix-genai/final-deliverable: approved', 'studio-extra/final-deliverable: approved'],
      problems: [],
    });
  });

  it('control: a bare id that only one pack in play defines clears it', () => {
    expect(verdict(useOf(run({ text: text(['final-deliverable'], ['netflix-genai@1']) })))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
    expect(verdict(useOf(run({ text: text(['final-deliverable'], ['netflix-genai@1']), ledger: ledger([{}]) })))).toEqual({
      outcome: 'approved',
      findings: ['netflix-genai/final-deliverable: approved'],
      problems: [],
    });
  });

  it("a ledger entry naming `pack/rule` grants that rule; naming another pack's rule, it does not", () => {
    const featured = (rules: string[]) => declarationYaml(['netflix-genai@1', 'studio-extra@1'], useYaml({ prominence: 'featured', approvals: approvalsYaml({ rules }) }));
    // prominent-element is netflix-genai's alone, so the declaration may name it bare.
    expect(verdict(useOf(run({ library: both, text: featured(['prominent-element']), ledger: ledger([{ rules: ['netflix-genai/prominent-element'] }]) })))).toEqual({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval', 'netflix-genai/prominent-element: approved', 'studio-extra/final-deliverable: needs-approval'],
      problems: [],
    });
    expect(verdict(useOf(run({ library: both, text: featured(['prominent-element']), ledger: ledger([{ rules: ['studio-extra/prominent-element'] }]) })))).toEqual({
      outcome: 'needs-approval',
      findings: ['netflix-genai/final-deliverable: needs-approval', 'netflix-genai/prominent-element: needs-approval', 'studio-extra/final-deliverable: needs-approval'],
      problems: ['ledger-mismatch: GENAI-2026-0042: clears nothing for `prominent-element`: ledger entry at approvals.yml:3 does not grant rule `prominent-element`'],
    });
  });

  it('a bare id two packs both define is ambiguous and clears neither', () => {
    for (const l of [undefined, ledger([{}])]) {
      expect(verdict(useOf(run({ library: both, text: text(['final-deliverable']), ...(l ? { ledger: l } : {}) })))).toEqual({
        outcome: 'needs-approval',
        findings: ['netflix-genai/final-deliverable: needs-approval', 'studio-extra/final-deliverable: needs-approval'],
        problems: [
          'ambiguous-rule: GENAI-2026-0042: lists rule `final-deliverable`, which netflix-genai and studio-extra both define; name it as `netflix-genai/final-deliverable` or `studio-extra/final-deliverable`',
        ],
      });
    }
  });

  it('an approval listing a rule that does not exist clears nothing at all, not even its valid rule', () => {
    for (const l of [undefined, ledger([{ rules: ['final-deliverable', 'no-such-rule'] }])]) {
      expect(verdict(useOf(run({ text: text(['final-deliverable', 'no-such-rule'], ['netflix-genai@1']), ...(l ? { ledger: l } : {}) })))).toEqual({
        outcome: 'needs-approval',
        findings: ['netflix-genai/final-deliverable: needs-approval'],
        problems: ['unknown-rule: GENAI-2026-0042: lists rule `no-such-rule`, which no pack this declaration is judged by defines; it clears nothing'],
      });
    }
  });
});

// ------------------------------------------------------------------------------------------ 7

describe('a pack pinned exactly but not yet in effect', () => {
  const lib = library(BUNDLED, LIFECYCLE);
  // lifecycle demo 2.0.0 takes effect on 2026-06-01.
  const text = (policies: string[]) => declarationYaml(policies, useYaml({ approvals: approvalsYaml({ rules: ['final-deliverable'], approved_on: '2026-04-01' }) }));

  it.each([
    ['demo@2.0.0', 'demo@2.0.0 is not in effect until 2026-06-01; it is skipped, and the other packs still decide'],
    ['demo@2', 'no version of `demo` matches @2 in effect on 2026-05-01 (not yet in effect: 2.0.0 from 2026-06-01) (available: 2.0.0, 1.0.0); it is skipped, and the other packs still decide'],
  ])('%s is a warning on its policies entry; the other packs still decide', (pin, message) => {
    {
      const report = run({ library: lib, text: text(['netflix-genai@1', pin]), today: '2026-05-01' });
      const file = report.files[0];
      expect(file?.status).toBe('valid');
      expect(file?.policies).toEqual([{ ...netflixRef, requested: 'netflix-genai@1' }]);
      // netflix-genai@1 also announces its deprecation: beside the point here
      expect(file?.warnings.filter((w) => w.code !== 'pack-deprecated')).toEqual([{ line: 2, column: 29, path: 'policies[1]', severity: 'warning', code: 'pack-not-in-effect', message }]);
      expect(file?.errors).toEqual([]);
      expect(verdict(useOf(report))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
      // the escalation is still netflix-genai's to decide: without the approval it needs one
      const bare = run({ library: lib, text: declarationYaml(['netflix-genai@1', pin], useYaml()), today: '2026-05-01' });
      expect(verdict(useOf(bare)).outcome).toBe('needs-approval');
    }
  });

  it('a declaration cannot skip a required pack by pinning a version of it not yet in effect', () => {
    const cfg = config('format: genai-clearance-config/v1\npacks:\n  - pack: demo\n');
    const report = run({ library: lib, text: declarationYaml(['demo@2.0.0'], useYaml()), today: '2026-05-01', config: cfg });
    const file = report.files[0];
    expect(file?.warnings.map((w) => w.code).filter((c) => c !== 'pack-deprecated')).toEqual(['pack-not-in-effect']);
    expect(file?.policies).toEqual([{ pack: 'demo', version: '1.0.0', title: 'Demo pack', requested: 'demo@1', required: true }]);
    expect(verdict(useOf(report))).toEqual({ outcome: 'needs-approval', findings: ['demo/final-output: needs-approval'], problems: [] });
  });

  it('control: from its effective date it judges too', () => {
    const report = run({ library: lib, text: text(['netflix-genai@1', 'demo@2.0.0']), today: '2026-06-01' });
    expect(report.files[0]?.warnings.filter((w) => w.code !== 'pack-deprecated')).toEqual([]);
    expect(report.files[0]?.policies.map((p) => `${p.pack}@${p.version}`)).toEqual(['netflix-genai@1.0.0', 'demo@2.0.0']);
    expect(useOf(report).findings.some((f) => f.pack === 'demo' && f.rule === 'final-output' && f.status === 'needs-approval')).toBe(true);
  });

  it('when it is the only pack, nothing judges the file: it fails closed; with the trusted configuration, the required pack judges', () => {
    const alone = run({ library: lib, text: text(['demo@2.0.0']), today: '2026-05-01' });
    expect(alone.files[0]?.status).toBe('invalid');
    expect(alone.files[0]?.errors.map((e) => e.code)).toEqual(['no-pack-in-effect']);
    expect(alone.decision).toBe('fail');
    const judged = run({ library: lib, text: text(['demo@2.0.0']), today: '2026-05-01', config: DEFAULT_CONFIG });
    expect(judged.files[0]?.policies).toEqual([{ ...netflixNewestRef, requested: 'netflix-genai@2', required: true }]);
    expect(verdict(useOf(judged))).toEqual({ outcome: 'approved', findings: ['netflix-genai/final-deliverable: approved'], problems: [] });
  });
});
