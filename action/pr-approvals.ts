// Approvals posted in a pull request: `/genai-clearance approve …` in a comment or a review by a
// trusted approver. Who counts is decided here, against the trusted configuration; what the approval
// clears is decided by the core, which holds these grants to every check a ledger entry passes.

import { commandsIn } from '../src/approvals/commands.js';
import type { PullRequestGrant } from '../src/approvals/grants.js';
import type { GitHubApi, Repo } from './github-api.js';

export interface Approvers {
  users: string[];
  teams: string[];
}

/** A command that was not accepted, and why; the Action replies to each comment once. */
export interface Refusal {
  /** The comment's id, for the one reply; absent for a review. */
  commentId?: number;
  url: string;
  author: string;
  reason: string;
}

export interface CollectedApprovals {
  grants: PullRequestGrant[];
  refusals: Refusal[];
}

interface Said {
  commentId?: number;
  body: string;
  author: string;
  at: string;
  url: string;
  /** Edited after it was posted: what the approver first said can no longer be told apart. */
  edited: boolean;
  origin: string;
}

const day = (iso: string) => iso.slice(0, 10);

export async function collectApprovals(api: GitHubApi, repo: Repo, pull: { number: number; author: string }, approvers: Approvers, viewer: string): Promise<CollectedApprovals> {
  const [comments, reviews, pushers] = await Promise.all([api.listComments(repo, pull.number), api.listReviews(repo, pull.number), api.pullCommitters(repo, pull.number)]);
  const said: Said[] = [
    ...comments.map((c) => ({
      commentId: c.id,
      body: c.body,
      author: c.userLogin,
      at: c.createdAt,
      url: c.url,
      edited: c.updatedAt !== c.createdAt,
      origin: `pull request #${pull.number}, comment ${c.id}`,
    })),
    ...reviews.map((r) => ({ body: r.body, author: r.userLogin, at: r.submittedAt, url: r.url, edited: r.edited, origin: `pull request #${pull.number}, review ${r.id}` })),
  ]
    .filter((s) => s.author !== viewer && s.body.includes('/genai-clearance'))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const excluded = new Set([pull.author, ...pushers].map((l) => l.toLowerCase()));
  const memberships = new Map<string, Promise<boolean>>();
  const isApprover = async (login: string): Promise<boolean> => {
    if (approvers.users.some((u) => u.toLowerCase() === login.toLowerCase())) return true;
    for (const team of approvers.teams) {
      const [org, slug] = team.split('/') as [string, string];
      const key = `${team}:${login}`;
      let member = memberships.get(key);
      if (!member) {
        member = api.isTeamMember(org, slug, login).catch((err: unknown) => {
          if ((err as { status?: number }).status === 403) {
            throw new Error(
              `the token cannot read the members of ${team}, so approvals from the pull request cannot be checked (fails closed): give the Action a token with organisation members: read, or list approvers by login`,
            );
          }
          throw err;
        });
        memberships.set(key, member);
      }
      if (await member) return true;
    }
    return false;
  };

  const grants: PullRequestGrant[] = [];
  const refusals: Refusal[] = [];
  for (const s of said) {
    const parsed = commandsIn(s.body);
    if (parsed.length === 0) continue;
    const refuse = (reason: string) => refusals.push({ ...(s.commentId !== undefined ? { commentId: s.commentId } : {}), url: s.url, author: s.author, reason });
    if (excluded.has(s.author.toLowerCase())) {
      refuse(`${s.author} wrote or pushed to this pull request, and cannot approve it`);
      continue;
    }
    if (!(await isApprover(s.author))) {
      refuse(`${s.author} is not an approver in the trusted configuration`);
      continue;
    }
    for (const p of parsed) {
      if ('error' in p) {
        refuse(`\`${p.text}\`: ${p.error}`);
        continue;
      }
      const c = p.command;
      if (c.action === 'revoke') {
        // A revoke only ever takes an approval away, so an edit cannot make it unsafe: it counts.
        // A grant that named no path is revoked by a revoke that names one, and the other way round.
        for (const g of grants) if (g.use === c.use && g.ref === c.ref && (c.path === undefined || g.path === undefined || g.path === c.path)) g.revokedOn ??= day(s.at);
        continue;
      }
      if (s.edited) {
        // Anyone with write access can edit a comment: what the approver first said cannot be told apart.
        refuse('the comment was edited after it was posted; post the command again in a new comment');
        continue;
      }
      grants.push({
        ref: c.ref,
        use: c.use,
        ...(c.path ? { path: c.path } : {}),
        rules: c.rules,
        fingerprint: c.fingerprint,
        approvedOn: day(s.at),
        ...(c.expires ? { expiresOn: c.expires } : {}),
        approver: s.author,
        origin: s.origin,
      });
    }
  }
  return { grants, refusals };
}
