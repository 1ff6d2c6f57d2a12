// A trusted branch is trusted only when nobody but its administrators can create it: whoever creates a
// branch matching a trusted pattern chooses the configuration, packs and ledger that judge pull requests
// into it. Rulesets (readable with `contents: read`) and classic protection (readable only with an
// administrator's token) are read; when neither shows creation restricted, the default branch judges.

import type { GitHubApi, Repo } from './github-api.js';

/** undefined: creation of `branch` is restricted; otherwise why the branch cannot be trusted. */
export async function unrestrictedCreation(api: GitHubApi, repo: Repo, branch: string): Promise<string | undefined> {
  const status = (err: unknown) => (err as { status?: number }).status;
  let rulesUnread: number | undefined;
  try {
    if ((await api.branchRuleTypes(repo, branch)).includes('creation')) return undefined;
  } catch (err) {
    rulesUnread = status(err) ?? 0;
  }
  try {
    if ((await api.branchProtection(repo, branch)).blockCreations) return undefined;
    return 'its protection does not restrict the creation of matching branches';
  } catch (err) {
    const code = status(err);
    // GitHub answers 404 both for an unprotected branch and for a token that may not read protection.
    const rules = rulesUnread === undefined ? 'no ruleset restricts the creation of matching branches' : `its rulesets cannot be read (HTTP ${rulesUnread})`;
    return `${rules}, and its classic protection ${code === 404 || code === 403 ? `is absent or cannot be read with this token (HTTP ${code})` : `cannot be read${code ? ` (HTTP ${code})` : ''}`}, so whether anyone can create such a branch could not be verified`;
  }
}
