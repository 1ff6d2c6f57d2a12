import { calendarDateErrors, readDocument } from '../documents/read.js';
import { validateLedger } from '../generated/validators.js';
import type { Diagnostic, Position } from '../model/report.js';

export interface LedgerEntry {
  ref: string;
  production: string;
  /** Declaration file the grant is bound to. */
  path: string;
  use: string;
  rules: string[];
  approved_on: string;
  expires_on?: string;
  approver: string;
  /** `pack@x.y.z` the grant was made under: the ledger, not the declaration, is the authority on it. */
  policy?: string;
  /** Fingerprint of the use's content the reviewer approved. */
  fingerprint?: string;
  /** The commit the approval was given against (an approval posted in a pull request). */
  commit?: string;
  revoked_on?: string;
}

/** An entry with where it is written, so a message can point the reviewer at the line to fix. */
export interface PlacedEntry extends LedgerEntry, Position {
  index: number;
  /** Where it was granted, when not in the ledger file (a pull-request comment). */
  origin?: string;
}

export interface Ledger {
  path: string;
  /** Keyed by ref; one ref may have several entries (renewals, several uses), each judged on its own. */
  byRef: Map<string, PlacedEntry[]>;
  /** Every production the ledger grants anything to. */
  productions: Set<string>;
}

const LEDGER = { name: 'approvals ledger', shape: '`format: genai-approvals/v1` and `approvals: [...]`', validate: validateLedger };

export function loadLedger(path: string, content: string | Uint8Array): { ledger: Ledger } | { errors: Diagnostic[] } {
  const read = readDocument<{ approvals: LedgerEntry[] }>(LEDGER, path, content);
  if ('errors' in read) return { errors: read.errors };
  const { value, source } = read;
  const errors = calendarDateErrors(
    source,
    value.approvals.flatMap((e, i) => (['approved_on', 'expires_on', 'revoked_on'] as const).map((f) => ({ path: ['approvals', i, f], value: e[f] }))),
  );
  value.approvals.forEach((e, i) => {
    if (e.expires_on && e.expires_on < e.approved_on) {
      errors.push({
        ...source.locate(['approvals', i, 'expires_on']),
        code: 'invalid-date',
        message: `approvals[${i}].expires_on: expires (${e.expires_on}) before it was approved (${e.approved_on})`,
      });
    }
  });
  if (errors.length > 0) return { errors: errors.map((e) => ({ ...e, file: path })) };
  const byRef = new Map<string, PlacedEntry[]>();
  const productions = new Set<string>();
  value.approvals.forEach((e, index) => {
    const placed: PlacedEntry = { ...e, index, ...source.locate(['approvals', index]) };
    byRef.set(e.ref, [...(byRef.get(e.ref) ?? []), placed]);
    productions.add(e.production);
  });
  return { ledger: { path, byRef, productions } };
}
