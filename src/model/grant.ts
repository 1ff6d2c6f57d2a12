// One approval record: a reviewer's grant of written approval for one use's rules, whether it is written
// in the trusted ledger or given in the pull request by a trusted approver. The ledger, the evaluator
// that judges grants and the report all hold this one shape; the ledger file spells the same fields in
// its schema's snake_case, and src/ledger/ reads and writes that spelling.

export interface Grant {
  ref: string;
  production: string;
  /** The declaration file the grant is bound to. */
  path: string;
  use: string;
  rules: string[];
  /** YYYY-MM-DD. */
  approvedOn: string;
  expiresOn?: string;
  /** YYYY-MM-DD of a revocation; from that day the grant clears nothing. */
  revokedOn?: string;
  approver: string;
  /** `pack@x.y.z` the grant was made under: the ledger, not the declaration, is the authority on it. */
  policy?: string;
  /** Fingerprint of the use's content the reviewer approved. */
  fingerprint?: string;
  /** The commit of the pull request whose content the approval matches (an approval given in one). */
  commit?: string;
  /** Where it was granted when not in the ledger file, for messages (`pull request #7, comment 123`). */
  origin?: string;
}

/**
 * A grant as given in the pull request: the command names the use (and maybe the path), the approver
 * and the content they saw; the evaluator binds it to the one declaration holding the use.
 */
export type PullRequestGrant = Omit<Grant, 'path' | 'production' | 'fingerprint' | 'origin' | 'policy'> & {
  /** The declaration path, when the command named one. */
  path?: string;
  fingerprint: string;
  origin: string;
  /** When GitHub says the command was posted (ISO time): what the pull request held then is what it may approve. */
  givenAt?: string;
  /** The comment to reply under (a review has no id to reply to), and its address. */
  answer?: { commentId?: number; url: string };
};

/** A pull-request grant bound to its declaration: a whole Grant. */
export type BoundGrant = PullRequestGrant & Pick<Grant, 'path' | 'production'>;
