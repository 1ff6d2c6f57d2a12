// consents.csv: the consent index, one row per consent record a use declares, with the uses it supports.
import type { Report } from '../model/report.js';
import { csvFile, joinCell } from './csv.js';
import { statusRow } from './status.js';

export const CONSENT_COLUMNS = ['performer', 'status', 'union', 'consent_ref', 'party', 'form', 'scope', 'signed_on', 'document_sha256', 'declaration', 'uses', 'replica'] as const;

export interface ConsentEntry {
  performer: string;
  status: string;
  union: string;
  ref: string;
  party: string;
  form: string;
  scope: string;
  signedOn: string;
  sha256: string;
  declaration: string;
  uses: string[];
  replica: string[];
}

/** One entry per (declaration, performer, record): a record that several uses rest on lists them all. */
export function consentEntries(report: Report): ConsentEntry[] {
  const byKey = new Map<string, ConsentEntry>();
  for (const file of report.files) {
    for (const use of file.uses) {
      for (const p of use.declared?.performers ?? []) {
        for (const c of p.consent) {
          const key = JSON.stringify([file.path, p.who, c.ref, c.party, c.form, c.scope, c.signedOn, c.sha256]);
          const entry = byKey.get(key) ?? {
            performer: p.who,
            status: p.status,
            union: p.union,
            ref: c.ref,
            party: c.party ?? '',
            form: c.form ?? '',
            scope: c.scope ?? '',
            signedOn: c.signedOn ?? '',
            sha256: c.sha256 ?? '',
            declaration: file.path,
            uses: [],
            replica: [],
          };
          entry.uses.push(use.id);
          entry.replica.push(use.declared?.replica ?? '');
          byKey.set(key, entry);
        }
      }
    }
  }
  return [...byKey.values()];
}

export function renderConsents(report: Report): string {
  return csvFile(
    statusRow(report, 'consents'),
    CONSENT_COLUMNS,
    consentEntries(report).map((e) => [e.performer, e.status, e.union, e.ref, e.party, e.form, e.scope, e.signedOn, e.sha256, e.declaration, joinCell(e.uses), joinCell(e.replica)]),
  );
}
