// The ledger file's spelling of a grant, both ways: the one writer of ledger entries (the approvals the
// Action counted, its `approvals-path` output, the entry the comment offers to paste, `approve`) and
// the reader's mapping back to the model's Grant. Every entry a reviewer sees or archives has the same
// fields in the same order as the ledger schema lists them.

import { stringify } from 'yaml';
import type { Grant } from '../model/grant.js';

/** One item of a ledger file's `approvals:` list, as its schema spells it. */
export interface LedgerEntry {
  ref: string;
  production: string;
  path: string;
  use: string;
  rules: string[];
  policy?: string;
  fingerprint?: string;
  commit?: string;
  approved_on: string;
  expires_on?: string;
  approver: string;
  revoked_on?: string;
  note?: string;
}

export type WrittenEntry = Grant & { note?: string };

const LEDGER_FORMAT = 'genai-approvals/v1';

/** The entry's fields in the ledger's order, absent ones left out; where it was granted is not a field. */
export function ledgerEntry(e: WrittenEntry): LedgerEntry {
  return {
    ref: e.ref,
    production: e.production,
    path: e.path,
    use: e.use,
    rules: [...e.rules],
    ...(e.policy !== undefined ? { policy: e.policy } : {}),
    ...(e.fingerprint !== undefined ? { fingerprint: e.fingerprint } : {}),
    ...(e.commit !== undefined ? { commit: e.commit } : {}),
    approved_on: e.approvedOn,
    ...(e.expiresOn !== undefined ? { expires_on: e.expiresOn } : {}),
    approver: e.approver,
    ...(e.revokedOn !== undefined ? { revoked_on: e.revokedOn } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

/** An entry read from a ledger file, as the model's grant. */
export function grantOf(e: LedgerEntry): Grant {
  return {
    ref: e.ref,
    production: e.production,
    path: e.path,
    use: e.use,
    rules: e.rules,
    approvedOn: e.approved_on,
    ...(e.expires_on !== undefined ? { expiresOn: e.expires_on } : {}),
    ...(e.revoked_on !== undefined ? { revokedOn: e.revoked_on } : {}),
    approver: e.approver,
    ...(e.policy !== undefined ? { policy: e.policy } : {}),
    ...(e.fingerprint !== undefined ? { fingerprint: e.fingerprint } : {}),
    ...(e.commit !== undefined ? { commit: e.commit } : {}),
  };
}

/** A whole ledger holding these entries. */
export function ledgerText(entries: readonly WrittenEntry[]): string {
  return stringify({ format: LEDGER_FORMAT, approvals: entries.map(ledgerEntry) });
}

/** One entry as the item of a ledger's `approvals:` list (`- ref: …`), to paste under it. */
export function ledgerEntryText(entry: WrittenEntry): string {
  return stringify([ledgerEntry(entry)]);
}
