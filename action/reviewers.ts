// The reviewer's path through the Action: approvals read from the pull request (or, after the merge,
// from the pull request that brought the commit), a single reply to each command that was not
// accepted.

import type { PullRequestGrant } from '../src/approvals/grants.js';
import type { LoadedInput } from '../src/evaluate/inputs.js';
import type { GitHubApi, Repo } from './github-api.js';
import { confineToHeldContent } from './held-content.js';
import type { Approvers, Refusal } from './pr-approvals.js';
import { collectApprovals } from './pr-approvals.js';
import type { Refs } from './refs.js';

export interface ReviewerContext {
  api: GitHubApi;
  repo: Repo;
  refs: Refs;
  approvers: Approvers;
  /** The branch pushes to which carry approvals over from their merged pull requests. */
  defaultBranch: string;
  event: string;
  /** The declarations judged, where a grant that names no path finds its use at an earlier commit. */
  declarations: Promise<readonly LoadedInput[]>;
}

/** Grants from this pull request, or, for a push, from the pull requests merged as this commit. */
export async function pullRequestApprovals(ctx: ReviewerContext): Promise<{ grants: PullRequestGrant[]; refusals: Refusal[] }> {
  const viewer = await ctx.api.viewerLogin();
  const numbers = ctx.refs.pullNumber ? [ctx.refs.pullNumber] : (ctx.refs.queuedPulls ?? []);
  const pulls =
    numbers.length > 0
      ? await Promise.all(numbers.map((n) => ctx.api.getPull(ctx.repo, n)))
      : ctx.event === 'push'
        ? (await ctx.api.pullsForCommit(ctx.repo, ctx.refs.judged)).filter((p) => p.mergeCommitSha === ctx.refs.judged || p.headSha === ctx.refs.judged)
        : [];
  const grants: PullRequestGrant[] = [];
  const refusals: Refusal[] = [];
  for (const pull of pulls) {
    const collected = await collectApprovals(ctx.api, ctx.repo, { number: pull.number, author: pull.author }, ctx.approvers, viewer);
    const held = await confineToHeldContent(ctx.api, ctx.repo, pull, collected.grants, await ctx.declarations);
    grants.push(...held.grants);
    // Refusals are answered only on the pull request under review, not again after its merge.
    if (ctx.refs.pullNumber) refusals.push(...collected.refusals, ...held.refusals);
  }
  return { grants, refusals };
}

const refusalMarker = (id: number) => `<!-- genai-clearance:refusal ${id} -->`;

/** One reply per refused comment, ever: the marker of an earlier reply is looked for first. */
export async function answerRefusals(api: GitHubApi, repo: Repo, pull: number, refusals: readonly Refusal[]): Promise<number> {
  const replies = refusals.filter((r) => r.commentId !== undefined);
  if (replies.length === 0) return 0;
  const viewer = await api.viewerLogin();
  const existing = (await api.listComments(repo, pull)).filter((c) => c.userLogin === viewer).map((c) => c.body);
  // One reply per comment, however many of its commands fell short.
  const byComment = new Map<number, Refusal[]>();
  for (const r of replies) byComment.set(r.commentId as number, [...(byComment.get(r.commentId as number) ?? []), r]);
  let posted = 0;
  for (const [id, all] of byComment) {
    const marker = refusalMarker(id);
    if (existing.some((b) => b.startsWith(marker))) continue;
    const first = all[0] as Refusal;
    const said = all.map((r) => `${r.partial ? 'counted for less than it says' : 'was not accepted'}: ${r.reason}`).join('\n\nIt also ');
    // No @-mention: the author's login is shown as code, so nobody is pinged by the bot.
    await api.createComment(repo, pull, `${marker}\nThe \`/genai-clearance\` command in [this comment](${first.url}) by \`${first.author}\` ${said}${said.endsWith('\n') ? '' : '.'}`);
    posted += 1;
  }
  return posted;
}
