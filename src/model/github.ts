// What only the Action knows about a run, in the shape the GitHub surfaces need: what the run was
// judged by, and for each use that needs approval the line or ledger entry a reviewer pastes. The shell
// gathers these facts from the trusted side; the renderer words them, so every sentence GitHub shows
// comes from `src/render/` and reads the report and these facts alone.

import type { PullRequestGrant } from './grant.js';

export interface TrustFacts {
  /** The pull request's base when it is not a trusted branch (the run used the default branch's). */
  untrustedBase?: string;
  /** Why a base matching a trusted pattern was not trusted: creation of such branches is not known to be restricted. */
  untrustedWhy?: string;
  /** The trusted branch that judged the run, when it is not the default branch. */
  judgedBy?: string;
  defaultBranch: string;
  /** Files the pull request changes that the check itself depends on. */
  touched: string[];
  /** Where the packs were read, in words (`policy at owner/repo@main`). */
  policyFrom: string;
  /** Where the ledger was read, when one is configured. */
  ledgerFrom?: string;
  /** GitHub listed only the first files of the pull request. */
  changedCapped: boolean;
  /** The pull request is merged: the commit it became on its base branch, which this run judged. */
  merged?: { commit: string; branch: string };
}

/** What one use that needs approval takes to approve it. */
export interface ApprovalHint {
  path: string;
  use: string;
  /** Rule ids as the approval must name them (`pack/rule` only where two packs share the id). */
  rules: string[];
  /** The approval command an approver posts (approvers configured). */
  command?: string;
  /** The ledger entry to add, as YAML (no approvers configured), when every value in it is plain. */
  ledgerEntry?: string;
}

export interface GitHubFacts {
  trust?: TrustFacts;
  /** `pull-request`: approvers post a command; `ledger`: a reviewer adds a ledger entry. */
  approveBy: 'pull-request' | 'ledger';
  hints: ApprovalHint[];
  /** The approvals posted in the pull request, bound to a use or not: each is answered for what it counted. */
  grants?: readonly PullRequestGrant[];
}
