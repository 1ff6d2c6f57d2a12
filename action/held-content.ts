// An approval counts only for content the pull request held when the approver posted it. The author
// computes fingerprints offline, so a fingerprint alone proves nothing: the grant must match a use at a
// commit the head branch was pushed to at or before the comment. When each push happened is taken from
// GitHub's record of pushes (the repository activity API), never from a commit's dates, which whoever
// makes the commit writes as they like.

import type { PullRequestGrant } from '../src/approvals/grants.js';
import type { LoadedDeclaration } from '../src/declaration/load.js';
import { loadDeclaration } from '../src/declaration/load.js';
import { useFingerprint } from '../src/evaluate/fingerprint.js';
import type { LoadedInput } from '../src/evaluate/inputs.js';
import type { GitHubApi, PullFacts, Repo } from './github-api.js';
import type { Refusal } from './pr-approvals.js';

/** Commits looked at per grant, newest first: an honest approval matches the head it was posted on. */
const MAX_HEADS = 20;

export interface HeldGrants {
  grants: PullRequestGrant[];
  refusals: Refusal[];
}

const fingerprintOf = (loaded: LoadedDeclaration, use: string): string | undefined => {
  const found = loaded.declaration?.uses.find((u) => u.id === use);
  return found ? useFingerprint(found) : undefined;
};
const fingerprintIn = (path: string, content: Uint8Array, use: string) => fingerprintOf(loadDeclaration(path, content), use);

/**
 * Keeps the grants whose fingerprint a use had at a commit pushed to the pull request's head at or
 * before the approval, each with that commit; the others count for nothing and are answered with why.
 * `judged` are the declarations judged, where a grant that names no path may find its use. A grant
 * for content the judged commit does not hold is kept as it is: it clears nothing, and the report
 * says the content changed.
 */
export async function confineToHeldContent(api: GitHubApi, repo: Repo, pull: PullFacts, grants: readonly PullRequestGrant[], judged: readonly LoadedInput[]): Promise<HeldGrants> {
  const paths = judged.map((d) => d.path);
  const current = (g: PullRequestGrant) => judged.some((d) => (g.path === undefined || g.path === d.path) && fingerprintOf(d.loaded, g.use) === g.fingerprint);
  const live = grants.filter((g) => !g.revokedOn && current(g));
  if (live.length === 0) return { grants: [...grants], refusals: [] };
  let history: { pushes: Array<{ sha: string; at: string }>; complete: boolean } | string;
  if (!pull.headRepo || !pull.headRef) history = `the repository of the head branch of #${pull.number} is gone`;
  else {
    const where = pull.headRepo;
    history = await api.branchPushes(where, pull.headRef).catch((err: unknown) => {
      const status = (err as { status?: number }).status;
      return `GitHub's record of the pushes to ${where.owner}/${where.repo}:${pull.headRef} cannot be read${status ? ` (HTTP ${status})` : ''}`;
    });
  }
  const texts = new Map<string, Promise<Uint8Array | undefined>>();
  const read = (sha: string, path: string) => {
    const key = `${sha}:${path}`;
    let text = texts.get(key);
    if (!text) texts.set(key, (text = api.getFile(repo, path, sha).catch(() => undefined)));
    return text;
  };
  const holds = async (grant: PullRequestGrant, sha: string): Promise<boolean> => {
    for (const path of grant.path ? [grant.path] : paths) {
      const text = await read(sha, path);
      if (text !== undefined && fingerprintIn(path, text, grant.use) === grant.fingerprint) return true;
    }
    return false;
  };

  const kept: PullRequestGrant[] = [];
  const refusals: Refusal[] = [];
  for (const grant of grants) {
    if (!live.includes(grant)) {
      kept.push(grant);
      continue;
    }
    const refuse = (why: string) =>
      refusals.push({
        ...(grant.answer?.commentId !== undefined ? { commentId: grant.answer.commentId } : {}),
        url: grant.answer?.url ?? '',
        author: grant.approver,
        reason: `the approval of \`${grant.use}\` counts for nothing: ${why}`,
      });
    if (typeof history === 'string') {
      refuse(`${history}, so which content the pull request held when it was approved is unknown (fails closed)`);
      continue;
    }
    const givenAt = grant.givenAt;
    const before = givenAt ? history.pushes.filter((p) => p.at <= givenAt) : [];
    if (!givenAt || before.length === 0) {
      refuse(
        history.complete
          ? `no push to the pull request's head is recorded at or before the approval, so the content it was given against is unknown (fails closed)`
          : `GitHub lists only the newest pushes to the pull request's head, none of them at or before the approval, so the content it was given against is unknown (fails closed)`,
      );
      continue;
    }
    let found: string | undefined;
    for (const push of [...new Map(before.map((p) => [p.sha, p])).values()].slice(0, MAX_HEADS)) {
      if (await holds(grant, push.sha)) {
        found = push.sha;
        break;
      }
    }
    if (found) kept.push({ ...grant, commit: found });
    else
      refuse(
        `its fingerprint \`${grant.fingerprint}\` is not the content of the use at any commit the pull request held when the approval was posted (content pushed after an approval needs an approval of its own, posted after the push)`,
      );
  }
  return { grants: kept, refusals };
}
