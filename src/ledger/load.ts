import { calendarDateErrors, expiresBeforeApprovedErrors, readDocument } from '../documents/read.js';
import { validateLedger } from '../generated/validators.js';
import type { Grant } from '../model/grant.js';
import type { Diagnostic, Position } from '../model/report.js';
import type { LedgerEntry } from './entry.js';
import { grantOf } from './entry.js';

/** An entry with where it is written, so a message can point the reviewer at the line to fix. */
export interface PlacedEntry extends Grant, Position {
  /** Its place in the file's `approvals:` list; -1 for a grant given in the pull request. */
  index: number;
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
  errors.push(
    ...expiresBeforeApprovedErrors(
      source,
      value.approvals.map((e, i) => ({ ...e, path: ['approvals', i] })),
    ),
  );
  if (errors.length > 0) return { errors: errors.map((e) => ({ ...e, file: path })) };
  const byRef = new Map<string, PlacedEntry[]>();
  const productions = new Set<string>();
  value.approvals.forEach((e, index) => {
    const placed: PlacedEntry = { ...grantOf(e), index, ...source.locate(['approvals', index]) };
    byRef.set(e.ref, [...(byRef.get(e.ref) ?? []), placed]);
    productions.add(e.production);
  });
  return { ledger: { path, byRef, productions } };
}
