// register.csv: the AI usage register, one row per declared use (the spreadsheet an E&O underwriter
// or a distributor asks for). The columns are a contract (CSV_CONTRACT.register).
import type { TriState } from '../declaration/types.js';
import type { FileReport, Report, UseReport } from '../model/report.js';
import { OUTCOME_LABEL } from '../render/words.js';
import { csvFile, joinCell } from './csv.js';
import { statusRow } from './status.js';

export const REGISTER_COLUMNS = [
  'production',
  'production_id',
  'declaration',
  'declaration_sha256',
  'use',
  'summary',
  'stage',
  'work',
  'disclosed',
  'tools',
  'vendors',
  'enterprise',
  'retention',
  'inputs',
  'training',
  'output_kinds',
  'final',
  'prominence',
  'decision',
  'rules_fired',
  'approvals',
  'consents',
  'files',
  'fingerprint',
] as const;

export const tri = (v: TriState): string => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

/** `GENAI-2026-0102 (approver a@b, approved 2026-03-02, expires 2027-03-02, valid, fingerprint 3f…)`. */
export function approvalText(use: UseReport, ref: string): string {
  const judged = use.approvals.find((a) => a.ref === ref);
  const facts = use.declared?.approvals.find((a) => a.ref === ref);
  const parts = [
    facts?.approver ? `approver ${facts.approver}` : judged?.grantedIn ? `approver ${judged.grantedIn.approver}` : 'approver not recorded',
    facts ? `approved ${facts.approvedOn}` : '',
    facts?.expiresOn ? `expires ${facts.expiresOn}` : '',
    facts?.revokedOn ? `revoked ${facts.revokedOn}` : '',
    judged ? (judged.status === 'valid' ? 'valid' : `invalid: ${judged.problems.map((p) => p.message).join('; ')}`) : '',
    facts?.fingerprint ? `fingerprint ${facts.fingerprint}` : '',
  ].filter(Boolean);
  return `${ref} (${parts.join(', ')})`;
}

function row(file: FileReport, use: UseReport): string[] {
  const d = use.declared;
  const tools = d?.tools ?? [];
  return [
    file.production?.title ?? '',
    file.production?.id ?? '',
    file.path,
    file.declared?.sha256 ?? '',
    use.id,
    use.summary,
    use.stage,
    d?.work ?? '',
    d ? (d.disclosed === false ? 'no' : d.disclosed) : '',
    joinCell(tools.map((t) => t.name)),
    joinCell(tools.map((t) => t.vendor ?? '')),
    joinCell(tools.map((t) => tri(t.enterprise))),
    joinCell(tools.map((t) => (t.trainsOnInputs === false ? 'no training on inputs' : t.trainsOnInputs === true ? 'trains on inputs' : 'unknown'))),
    joinCell(d?.inputs ?? []),
    d?.training ?? '',
    joinCell(d?.output.kinds ?? []),
    d ? tri(d.output.final) : '',
    d?.output.prominence ?? '',
    OUTCOME_LABEL[use.outcome].word,
    joinCell(use.findings.map((f) => `${f.pack}/${f.rule} (${f.status})`)),
    joinCell(use.approvals.map((a) => approvalText(use, a.ref))),
    joinCell((d?.performers ?? []).flatMap((p) => p.consent.map((c) => `${p.who}: ${c.ref}`))),
    joinCell((d?.assets ?? []).map((a) => (a.sha256 ? `${a.path} sha256:${a.sha256}` : a.path))),
    use.fingerprint ?? '',
  ];
}

export function renderRegister(report: Report): string {
  return csvFile(
    statusRow(report, 'register'),
    REGISTER_COLUMNS,
    report.files.flatMap((f) => f.uses.map((u) => row(f, u))),
  );
}
