// Approvals granted in the pull request itself (a trusted approver's `/genai-clearance approve`), turned
// into what the evaluator already judges: ledger entries bound to the production, the declaration path,
// the use and the fingerprint of its content, plus an approval on the use that points at them. A PR
// grant is then held to exactly the same checks as a ledger entry, and no second path through the
// evaluator exists.

import type { LoadedDeclaration } from '../declaration/load.js';
import type { Ledger, PlacedEntry } from '../ledger/load.js';
import type { Diagnostic } from '../model/report.js';

export interface PullRequestGrant {
  ref: string;
  use: string;
  /** The declaration path, when the command named one. */
  path?: string;
  rules: string[];
  fingerprint: string;
  /** YYYY-MM-DD the command was posted. */
  approvedOn: string;
  /** When GitHub says the command was posted (ISO time): what the pull request held then is what it may approve. */
  givenAt?: string;
  /** The commit of the pull request whose content the approval matches, pushed at or before `givenAt`. */
  commit?: string;
  expiresOn?: string;
  /** The approver's login. */
  approver: string;
  /** YYYY-MM-DD of a later `revoke` by an approver. */
  revokedOn?: string;
  /** Where it was granted, for messages (`pull request #7, comment 123`). */
  origin: string;
  /** The comment to reply under (a review has no id to reply to), and its address. */
  answer?: { commentId?: number; url: string };
}

export interface BoundGrant extends PullRequestGrant {
  path: string;
  production: string;
}

export interface MergedGrants {
  ledger?: Ledger;
  /** Grants by `path#use`. */
  byUse: Map<string, BoundGrant[]>;
  problems: Diagnostic[];
}

export const useKey = (path: string, use: string) => `${path}#${use}`;

/** Binds each grant to the one declaration holding its use, and adds it to the ledger. */
export function mergeGrants(
  ledger: Ledger | undefined,
  grants: readonly PullRequestGrant[],
  declarations: ReadonlyArray<{ path: string; loaded: LoadedDeclaration }>,
  production: string | undefined,
): MergedGrants {
  const byUse = new Map<string, BoundGrant[]>();
  const problems: Diagnostic[] = [];
  if (grants.length === 0) return { ...(ledger ? { ledger } : {}), byUse, problems };
  const byRef = new Map<string, PlacedEntry[]>([...(ledger?.byRef ?? new Map<string, PlacedEntry[]>())].map(([k, v]) => [k, [...v]]));
  const productions = new Set(ledger?.productions ?? []);
  for (const grant of grants) {
    const holders = declarations.filter((d) => (grant.path === undefined || d.path === grant.path) && d.loaded.declaration?.uses.some((u) => u.id === grant.use));
    if (holders.length !== 1) {
      problems.push({
        line: 1,
        column: 1,
        code: 'grant-unbound',
        severity: 'warning',
        message: `${grant.origin}: approval ${grant.ref} for \`${grant.use}\` ${holders.length === 0 ? 'names a use no declaration holds' : `matches ${holders.length} declarations; add path=… to the command`}; it clears nothing`,
      });
      continue;
    }
    const holder = holders[0] as (typeof holders)[number];
    const bound: BoundGrant = { ...grant, path: holder.path, production: production ?? holder.loaded.declaration?.production.id ?? '' };
    const entry: PlacedEntry = {
      ref: grant.ref,
      production: bound.production,
      path: bound.path,
      use: grant.use,
      rules: grant.rules,
      approved_on: grant.approvedOn,
      ...(grant.expiresOn ? { expires_on: grant.expiresOn } : {}),
      ...(grant.revokedOn ? { revoked_on: grant.revokedOn } : {}),
      approver: grant.approver,
      fingerprint: grant.fingerprint,
      ...(grant.commit ? { commit: grant.commit } : {}),
      origin: grant.origin,
      index: -1,
      line: 1,
      column: 1,
    };
    byRef.set(grant.ref, [...(byRef.get(grant.ref) ?? []), entry]);
    productions.add(bound.production);
    const key = useKey(bound.path, grant.use);
    byUse.set(key, [...(byUse.get(key) ?? []), bound]);
  }
  return { ledger: { path: ledger?.path ?? 'the pull request', byRef, productions }, byUse, problems };
}
