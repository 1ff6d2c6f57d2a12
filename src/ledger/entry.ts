// The one writer of ledger entries: the approvals the Action counted (its `approvals-path` output) and
// the entry the comment offers to paste are written here, so every entry a reviewer sees or archives
// has the same fields in the same order as the ledger schema lists them.

import { stringify } from 'yaml';
import type { LedgerEntry } from './load.js';

export type WrittenEntry = LedgerEntry & { note?: string };

const LEDGER_FORMAT = 'genai-approvals/v1';

/** The entry's fields in the ledger's order, absent ones left out. */
export function ledgerEntry(e: WrittenEntry): WrittenEntry {
  return {
    ref: e.ref,
    production: e.production,
    path: e.path,
    use: e.use,
    rules: [...e.rules],
    ...(e.policy !== undefined ? { policy: e.policy } : {}),
    ...(e.fingerprint !== undefined ? { fingerprint: e.fingerprint } : {}),
    ...(e.commit !== undefined ? { commit: e.commit } : {}),
    approved_on: e.approved_on,
    ...(e.expires_on !== undefined ? { expires_on: e.expires_on } : {}),
    approver: e.approver,
    ...(e.revoked_on !== undefined ? { revoked_on: e.revoked_on } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
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
