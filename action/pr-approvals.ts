// Approvals posted in a pull request: `/genai-clearance approve …` in a comment or a review by a
// trusted approver. Who counts is decided here, against the trusted configuration; what the approval
// clears is decided by the core, which holds these grants to every check a ledger entry passes.

import { COMMAND, commandsIn } from '../src/approvals/commands.js';
import type { PullRequestGrant } from '../src/approvals/grants.js';
import { escapeMarkdown, markdownCodeLine } from '../src/render/index.js';
import type { GitHubApi, Repo } from './github-api.js';
import { PushersUnknown } from './github-api.js';

export interface Approvers {
  users: string[];
  teams: string[];
}

/** A command that was not accepted, and why; the reason is markdown, every text in it escaped. */
export interface Refusal {
  /** The comment's id, for the one reply; absent for a review. */
  commentId?: number;
  url: string;
  author: string;
  reason: string;
  /** The command was accepted but counts for less than it says. */
  partial?: boolean;
}

export interface CollectedApprovals {
  grants: PullRequestGrant[];
  refusals: Refusal[];
}

interface Said {
  commentId?: number;
  reviewId?: number;
  nodeId?: string;
  body: string;
  author: string;
  at: string;
  /** When it was last changed: its creation, or its last edit. */
  changedAt: string;
  url: string;
  /** Edited after it was posted: what the approver first said can no longer be told apart. */
  edited: boolean;
  origin: string;
}

/** Something that takes approvals away: every grant of `use` (all uses when absent) posted at or before `at`. */
interface Withdrawal {
  at: string;
  use?: string;
  path?: string;
  why: string;
}

const day = (iso: string) => iso.slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);

export async function collectApprovals(api: GitHubApi, repo: Repo, pull: { number: number; author: string }, approvers: Approvers, viewer: string): Promise<CollectedApprovals> {
  const [comments, reviews, pushers] = await Promise.all([
    api.listComments(repo, pull.number),
    api.listReviews(repo, pull.number),
    api.pullCommitters(repo, pull.number).catch((err: unknown) => {
      if (err instanceof PushersUnknown) return err;
      throw err;
    }),
  ]);
  const said: Said[] = [
    ...comments.map((c) => ({
      commentId: c.id,
      ...(c.nodeId ? { nodeId: c.nodeId } : {}),
      body: c.body,
      author: c.userLogin,
      at: c.createdAt,
      changedAt: later(c.createdAt, c.updatedAt),
      url: c.url,
      edited: c.updatedAt !== c.createdAt,
      origin: `pull request #${pull.number}, comment ${c.id}`,
    })),
    ...reviews.map((r) => ({
      reviewId: r.id,
      body: r.body,
      author: r.userLogin,
      at: r.submittedAt,
      changedAt: r.submittedAt,
      url: r.url,
      edited: r.edited,
      origin: `pull request #${pull.number}, review ${r.id}`,
    })),
  ]
    .filter((s) => s.author !== viewer)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const excluded = new Set([pull.author, ...(pushers instanceof PushersUnknown ? [] : pushers)].map((l) => l.toLowerCase()));
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

  // Everything an approver ever said, edited or deleted since, read from GitHub's own history of it.
  const fromApprovers: Said[] = [];
  // Only a comment that holds a command, or may once have held one, needs its author looked up.
  for (const s of said) if ((s.edited || s.body.includes(COMMAND)) && (await isApprover(s.author))) fromApprovers.push(s);
  const history = await api.contentHistory(
    repo,
    pull.number,
    fromApprovers.flatMap((s) => (s.edited && s.commentId !== undefined && s.nodeId ? [{ id: s.commentId, nodeId: s.nodeId }] : [])),
  );
  const withdrawals: Withdrawal[] = [];
  for (const s of fromApprovers) {
    const revisions = s.commentId !== undefined ? history.comments.get(s.commentId) : s.reviewId !== undefined ? history.reviews.get(s.reviewId) : undefined;
    const changedAt = (revisions ?? []).reduce((at, r) => later(at, r.at), s.changedAt);
    if (s.edited && revisions === undefined && s.reviewId === undefined) {
      withdrawals.push({ at: changedAt, why: `the history of ${s.origin} cannot be read, so what it said before it was edited is unknown` });
    }
    for (const text of [s.body, ...(revisions ?? []).map((r) => r.text)]) {
      if (text === undefined) {
        withdrawals.push({ at: changedAt, why: `a revision of ${s.origin} by \`${s.author}\` was removed from its edit history, so what it said is unknown` });
        continue;
      }
      if (!text.includes(COMMAND)) continue;
      // A revoke only ever takes an approval away: whatever happened to its comment since, it counts,
      // for every grant of its use posted before the comment last changed. A grant that named no path
      // is revoked by a revoke that names one, and the other way round.
      for (const p of commandsIn(text)) {
        if ('command' in p && p.command.action === 'revoke')
          withdrawals.push({ at: changedAt, use: p.command.use, ...(p.command.path ? { path: p.command.path } : {}), why: `revoked by \`${s.author}\` in ${s.origin}` });
      }
    }
  }
  for (const d of history.deletions) {
    if (d.author !== undefined && d.author !== viewer && !(await isApprover(d.author))) continue;
    withdrawals.push({ at: d.at, why: `a comment by ${d.author ? `\`${d.author}\`` : 'a deleted account'} was deleted on ${day(d.at)}, so whether it withdrew an approval is unknown` });
  }

  const grants: PullRequestGrant[] = [];
  const refusals: Refusal[] = [];
  const approving = new Set(fromApprovers);
  for (const s of said) {
    if (!s.body.includes(COMMAND)) continue;
    const parsed = commandsIn(s.body);
    if (parsed.length === 0) continue;
    const refuse = (reason: string) => refusals.push({ ...(s.commentId !== undefined ? { commentId: s.commentId } : {}), url: s.url, author: s.author, reason });
    if (!approving.has(s)) {
      refuse(excluded.has(s.author.toLowerCase()) ? `${s.author} wrote or pushed to this pull request, and cannot approve it` : `${s.author} is not an approver in the trusted configuration`);
      continue;
    }
    const problems: string[] = [];
    for (const p of parsed) {
      if ('error' in p) {
        problems.push(`${markdownCodeLine(p.text, 300)}: ${escapeMarkdown(p.error, 300)}`);
        continue;
      }
      const c = p.command;
      // Revokes were read above, from every revision of the comment.
      if (c.action === 'revoke') continue;
      if (excluded.has(s.author.toLowerCase())) {
        problems.push(`${s.author} wrote or pushed to this pull request, and cannot approve it`);
        continue;
      }
      if (pushers instanceof PushersUnknown) {
        problems.push(pushers.message);
        continue;
      }
      if (s.edited) {
        // Anyone with write access can edit a comment: what the approver first said cannot be told apart.
        problems.push('the comment was edited after it was posted; post the command again in a new comment');
        continue;
      }
      const grant: PullRequestGrant = {
        ref: c.ref,
        use: c.use,
        ...(c.path ? { path: c.path } : {}),
        rules: c.rules,
        fingerprint: c.fingerprint,
        approvedOn: day(s.at),
        givenAt: s.at,
        ...(c.expires ? { expiresOn: c.expires } : {}),
        approver: s.author,
        origin: s.origin,
        answer: { ...(s.commentId !== undefined ? { commentId: s.commentId } : {}), url: s.url },
      };
      const withdrawn = withdrawals
        .filter((w) => (w.use === undefined || w.use === c.use) && (w.path === undefined || c.path === undefined || w.path === c.path) && s.at <= w.at)
        .sort((a, b) => (a.at < b.at ? -1 : 1))[0];
      if (withdrawn) {
        grant.revokedOn = day(withdrawn.at);
        problems.push(`the approval of \`${c.use}\` no longer counts: ${withdrawn.why}; an approver posts it again in a new comment`);
      }
      grants.push(grant);
    }
    if (problems.length > 0) refuse(problems.join('; '));
  }
  return { grants, refusals };
}
