// Which commit is judged (untrusted: the change under review, as it would land), which commit the
// author pushed (annotations point at its lines), which base it is compared with (removed uses), and
// which branch the rules and approvals are read from (trusted: never the commit under test).

import { branchMatcher } from '../src/util/glob.js';
import { unrestrictedCreation } from './branch-creation.js';
import type { GitHubApi, Repo } from './github-api.js';

export interface Refs {
  event: string;
  /** The commit whose declarations are judged: for a pull request, the merge result. */
  judged: string;
  /** The commit the author pushed; equal to `judged` outside pull requests. */
  head: string;
  /** The commit the change is compared with, when there is one. */
  base?: string;
  /** The branch the configuration's packs and ledger are read from. */
  trusted: string;
  /** Set when a pull request targets a branch that is not trusted: what judged it instead, and why. */
  untrustedBase?: string;
  /** Set when the base matches a trusted pattern but its creation is not known to be restricted: why. */
  untrustedWhy?: string;
  pullNumber?: number;
  /** A comment on a merged pull request: the commit it was merged as, which this run judges (`judged`). */
  mergedAs?: string;
  /** merge_group: every pull request the group commit holds (those ahead in the queue too), whose approvals still count. */
  queuedPulls?: number[];
}

class RefError extends Error {}

export interface EventPayload {
  repository?: { default_branch?: string };
  pull_request?: {
    number?: number;
    head?: { sha?: string };
    base?: { ref?: string; sha?: string };
    merge_commit_sha?: string | null;
    mergeable?: boolean | null;
  };
  merge_group?: { head_sha?: string; head_ref?: string; base_ref?: string; base_sha?: string };
  before?: string;
  /** issue_comment: the issue, which is a pull request when it has `pull_request`. */
  issue?: { number?: number; pull_request?: object };
  comment?: { body?: string };
  action?: string;
}

export interface RefContext {
  event: string;
  payload: EventPayload;
  /** GITHUB_SHA. */
  sha: string | undefined;
  defaultBranch: string;
  /** Branch patterns of the trusted configuration; the default branch is always trusted. */
  trustedBranches: readonly string[];
  api: GitHubApi;
  repo: Repo;
  sleep: (ms: number) => Promise<void>;
}

const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'issue_comment', 'merge_group', 'push', 'workflow_dispatch'] as const;

/** The event concerns no pull request (a comment on a plain issue): there is nothing to judge. */
export class NothingToJudge extends Error {}

/** How long GitHub may take to compute a pull request's merge commit before the check gives up. */
const MERGEABLE_POLLS = [1000, 2000, 4000, 8000];

export function defaultBranchOf(payload: EventPayload): string {
  const branch = payload.repository?.default_branch;
  if (!branch) throw new RefError('the event payload lacks repository.default_branch, so the trusted branch is unknown (fails closed)');
  return branch;
}

export async function resolveRefs(ctx: RefContext): Promise<Refs> {
  const { event, payload } = ctx;
  const trustedBranch = async (branch: string): Promise<Pick<Refs, 'trusted' | 'untrustedBase' | 'untrustedWhy'>> => {
    if (branch === ctx.defaultBranch) return { trusted: branch };
    if (ctx.trustedBranches.length > 0 && branchMatcher(ctx.trustedBranches)(branch)) {
      const why = await unrestrictedCreation(ctx.api, ctx.repo, branch);
      return why === undefined ? { trusted: branch } : { trusted: ctx.defaultBranch, untrustedBase: branch, untrustedWhy: why };
    }
    return { trusted: ctx.defaultBranch, untrustedBase: branch };
  };
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      const head = pr?.head?.sha;
      const baseRef = pr?.base?.ref;
      if (!pr?.number || !head || !baseRef) throw new RefError(`the ${event} event payload lacks pull_request.number, head.sha or base.ref`);
      // Under pull_request GITHUB_SHA is GitHub's test merge commit; under pull_request_target it is the
      // base branch, so the merge commit comes from the pull request itself.
      const judged = event === 'pull_request' ? ctx.sha : await mergeCommit(ctx, pr.number, head);
      if (!judged) throw new RefError(`GITHUB_SHA is not set for the ${event} event`);
      return { event, judged, head, ...(pr.base?.sha ? { base: pr.base.sha } : {}), pullNumber: pr.number, ...(await trustedBranch(baseRef)) };
    }
    case 'pull_request_review': {
      // A review runs in the pull request's context, but its check run is a second one beside the
      // pull_request run; the commit status the Action sets is what stays current.
      const pr = payload.pull_request;
      const head = pr?.head?.sha;
      const baseRef = pr?.base?.ref;
      if (!pr?.number || !head || !baseRef) throw new RefError(`the ${event} event payload lacks pull_request.number, head.sha or base.ref`);
      const judged = await mergeCommit(ctx, pr.number, head);
      return { event, judged, head, ...(pr.base?.sha ? { base: pr.base.sha } : {}), pullNumber: pr.number, ...(await trustedBranch(baseRef)) };
    }
    case 'issue_comment': {
      // Runs in the default branch's context; the pull request is read from the API.
      const number = payload.issue?.number;
      if (!number) throw new RefError('the issue_comment event payload lacks issue.number');
      if (!payload.issue?.pull_request) throw new NothingToJudge(`#${number} is an issue, not a pull request`);
      const facts = await ctx.api.getPull(ctx.repo, number);
      // After the merge, a revoke must reach what was merged: the merge commit on the base branch is
      // judged, and its status is the one that turns red.
      if (facts.merged && facts.mergeCommitSha) {
        const mergedAs = facts.mergeCommitSha;
        return { event, judged: mergedAs, head: facts.headSha, base: facts.baseSha, pullNumber: number, mergedAs, ...(await trustedBranch(facts.baseRef)) };
      }
      const judged = await mergeCommit(ctx, number, facts.headSha);
      return { event, judged, head: facts.headSha, base: facts.baseSha, pullNumber: number, ...(await trustedBranch(facts.baseRef)) };
    }
    case 'merge_group': {
      const mg = payload.merge_group;
      if (!mg?.head_sha || !mg.base_ref) throw new RefError('the merge_group event payload lacks merge_group.head_sha or base_ref');
      // The queue's head commit is already the merge result, and holds every pull request ahead of it.
      const baseBranch = mg.base_ref.replace(/^refs\/heads\//, '');
      const queuedPulls = await queueGroup(ctx, baseBranch, mg.head_ref ?? '', mg.head_sha, mg.base_sha);
      return {
        event,
        judged: mg.head_sha,
        head: mg.head_sha,
        ...(mg.base_sha ? { base: mg.base_sha } : {}),
        ...(queuedPulls.length > 0 ? { queuedPulls } : {}),
        ...(await trustedBranch(baseBranch)),
      };
    }
    case 'push':
    case 'workflow_dispatch': {
      // The commit under test is not its own authority: any branch can carry a self-granting ledger.
      if (!ctx.sha) throw new RefError(`GITHUB_SHA is not set for the ${event} event`);
      const before = payload.before && !/^0+$/.test(payload.before) ? { base: payload.before } : {};
      return { event, judged: ctx.sha, head: ctx.sha, ...before, trusted: ctx.defaultBranch };
    }
    default:
      throw new RefError(`event ${event} is not supported; use ${SUPPORTED_EVENTS.join(', ')}`);
  }
}

const QUEUE_REF = /^(?:refs\/)?heads\/gh-readonly-queue\/(.+)\/pr-(\d+)-[0-9a-f]{40}$/;

/**
 * The pull requests a merge-queue group commit holds. Each queue entry has its own ref
 * (`gh-readonly-queue/<base>/pr-<N>-<sha>`) on a commit built on the entries ahead of it, so the group
 * holds its own pull request and every entry whose commit lies between the base and the group's head.
 * A comparison GitHub lists only in part fails closed: an approval left unread would fail the group
 * anyway, but a group must never be judged as holding less than it does.
 */
async function queueGroup(ctx: RefContext, base: string, headRef: string, head: string, baseSha: string | undefined): Promise<number[]> {
  const own = QUEUE_REF.exec(`heads/${headRef.replace(/^refs\/heads\//, '')}`);
  if (!own || own[1] !== base) return [];
  const pulls = new Set([Number(own[2])]);
  if (!baseSha) return [...pulls];
  const [entries, between] = await Promise.all([ctx.api.matchingRefs(ctx.repo, `heads/gh-readonly-queue/${base}/`), ctx.api.commitsBetween(ctx.repo, baseSha, head)]);
  if (!between.complete) throw new RefError(`the merge-queue group ${head} holds more commits than GitHub lists in one comparison; which pull requests it holds cannot be fully known (fails closed)`);
  const held = new Set([...between.shas, head]);
  for (const entry of entries) {
    const m = QUEUE_REF.exec(entry.ref);
    if (m && m[1] === base && held.has(entry.sha)) pulls.add(Number(m[2]));
  }
  return [...pulls].sort((a, b) => a - b);
}

/**
 * The merge commit of the pull request as it is now, for the head the event names: a payload's
 * merge_commit_sha can be the previous head's, so it is always confirmed through the API, waiting
 * briefly while GitHub computes it. A conflict, or a head that moved since the event, fails closed.
 */
async function mergeCommit(ctx: RefContext, pull: number, head: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const facts = await ctx.api.getPull(ctx.repo, pull);
    if (facts.headSha !== head) throw new RefError(`pull request #${pull} moved to ${facts.headSha} since this run was started for ${head}; the run for the new head decides (fails closed)`);
    if (facts.mergeable === false) throw new RefError(`pull request #${pull} has merge conflicts: what it would merge cannot be judged until they are resolved (fails closed)`);
    if (facts.mergeable === true && facts.mergeCommitSha) return facts.mergeCommitSha;
    const wait = MERGEABLE_POLLS[attempt];
    if (wait === undefined) throw new RefError(`GitHub has not computed a merge commit for pull request #${pull}; re-run the check (fails closed)`);
    await ctx.sleep(wait);
  }
}
