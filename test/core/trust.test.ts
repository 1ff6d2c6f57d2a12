// What the trusted side decides, observed through evaluate(): the packs a declaration is judged by, the
// pack version a grant was made under, which file and production a grant belongs to, which of several
// entries under one ref count, the content a grant binds to, how rules are named, and packs not yet in
// effect. Every attack has a control twin showing the honest case still passes, so no test can pass
// because nothing was ever approved.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig } from '../../src/config/load.js';
import type { TrustedConfig } from '../../src/config/load.js';
import { loadDeclaration } from '../../src/declaration/load.js';
import { evaluate } from '../../src/evaluate/report.js';
import type { DeclarationInput } from '../../src/evaluate/report.js';
import { useFingerprint } from '../../src/evaluate/fingerprint.js';
import { readPackDir } from '../../src/io/files.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/load.js';
import type { Report, UseReport } from '../../src/model/report.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import type { PackFile, PackLibrary } from '../../src/policy/library.js';
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
const staleLater = library(STALE.map((f) => (f.path.endsWith('/1.1.0.yml') ? { ...f, text: f.text.replace('effective: 2026-02-01', 'effective: 2026-07-01') } : f)));

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
    const full: Entry = { ref: 'GENAI-2026-0042', production: 'PRD-1', use: 'title-card', rules: ['final-deliverable'], approved_on: '2026-06-01', approver: 'A. Reviewer', ...e };
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
  if (!f || f.status !== 'valid') throw new Error(`declaration invalid: ${JSON.stringify(f?.errors)}`);
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

const probe = (r: Report) => console.log(JSON.stringify(r.files.map((f) => ({ status: f.status, policies: f.policies, errors: f.errors, warnings: f.warnings, uses: f.uses.map(verdict) })), null, 1), JSON.stringify(r.errors));

import { evaluateUse } from '../../src/evaluate/use.js';
describe('probe', () => {
  it('p', () => {
    const uses = useYaml({ inputs: 'script', prominence: 'featured', approvals: approvalsYaml({ ref: 'DEMO-0042', rules: ['final-output', 'sensitive-input'], policy: 'demo@1.0.0' }) });
    const loaded = loadDeclaration('genai-usage.yml', declarationYaml(['demo@1.0.0', 'demo@1'], uses));
    const use = loaded.declaration!.uses[0]!;
    use.approvals[0]!.rules = ['demo/final-output', 'demo/sensitive-input'];
    const [v110, v100] = stale.packs.get('demo')!;
    const l = ledger([{ ref: 'DEMO-0042', rules: ['final-output', 'sensitive-input'], policy: 'demo@1.0.0' }]);
    for (const lg of [undefined, l]) {
    const r = evaluateUse(use, { source: loaded.source, index: 0, today: TODAY, packs: [v100!, v110!], library: stale, path: 'genai-usage.yml', productionId: 'PRD-1', fingerprint: useFingerprint(use), ...(lg ? { ledger: lg } : {}) });
    console.log(JSON.stringify(verdict(r)));
    const r2 = evaluateUse(use, { source: loaded.source, index: 0, today: TODAY, packs: [v110!], library: stale, path: 'genai-usage.yml', productionId: 'PRD-1', fingerprint: useFingerprint(use), ...(lg ? { ledger: lg } : {}) });
    console.log(JSON.stringify(verdict(r2)));
    }
  });
});
