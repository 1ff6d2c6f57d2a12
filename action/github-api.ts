import { formatCount } from '../src/util/order.js';
import { readContentHistory } from './content-history.js';
import type { CommitStatus, GitHubApi, IssueComment, PullFacts, PullFileList, Repo, Review, TreeEntry, WorkflowRunFacts } from './github-types.js';
import { isObject, limiter, MalformedResponseError, newOctokit, reparsed } from './http.js';
import type { RetryOptions } from './retry.js';
import { withRetry } from './retry.js';

export { limiter, MalformedResponseError } from './http.js';
export type { CommitStatus, GitHubApi, IssueComment, PullFacts, PullFileList, Repo, Review, TreeEntry, WorkflowRunFacts };

/** Who wrote or pushed a pull request's commits cannot be fully known: no approval from it counts. */
export class PushersUnknown extends Error {}

const REQUEST_TIMEOUT_MS = 30_000;
/** GitHub allows 100 concurrent requests per token; a studio's 500 declarations must not use them all. */
const MAX_IN_FLIGHT = 8;
/** Pages of 100 read at most per listing: 10,000 comments, or GitHub's 3,000 pull-request files. */
const MAX_PAGES = 100;
const PULL_FILES_CAP = 3000;
/** Aliases per GraphQL query: GitHub limits a query's nodes and cost, and 100 small blobs stay far below. */
const BLOBS_PER_QUERY = 100;
/** Up to this many blobs, one request each costs less than a GraphQL batch. */
const BATCH_FROM = 10;
/** However steadily an archive streams, a transfer longer than this is abandoned. */
const ARCHIVE_TIMEOUT_MS = 15 * 60_000;

interface RawPull {
  number: number;
  user?: { login?: string } | null;
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
  base: { ref: string; sha: string };
  mergeable?: boolean | null;
  merge_commit_sha?: string | null;
  merged?: boolean;
}

function pullFacts(data: RawPull): PullFacts {
  return {
    number: data.number,
    author: data.user?.login ?? '',
    headSha: data.head.sha,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    headRef: data.head.ref ?? '',
    ...(data.head.repo?.full_name?.includes('/') ? { headRepo: { owner: data.head.repo.full_name.split('/')[0] as string, repo: data.head.repo.full_name.split('/')[1] as string } } : {}),
    mergeable: data.mergeable ?? null,
    mergeCommitSha: data.merge_commit_sha ?? null,
    merged: data.merged === true,
  };
}

type Octokit = Awaited<ReturnType<typeof newOctokit>>;

export interface ApiOptions {
  /** GITHUB_API_URL: api.github.com, a GHES host, or the loopback emulator in tests. */
  baseUrl: string;
  retry?: RetryOptions;
  timeoutMs?: number;
}

export function createGitHubApi(token: string, options: ApiOptions): GitHubApi {
  const { baseUrl, retry, timeoutMs = REQUEST_TIMEOUT_MS } = options;
  let client: ReturnType<typeof newOctokit> | undefined;
  const slot = limiter(MAX_IN_FLIGHT);
  let budget: { remaining: number; resetAt?: Date } | undefined;
  // GraphQL has a budget of its own (`x-ratelimit-resource: graphql`); only the REST one is tracked.
  const track = (headers: Record<string, unknown> | undefined) => {
    if (!headers || (headers['x-ratelimit-resource'] ?? 'core') !== 'core') return;
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(remaining)) budget = { remaining, ...(Number.isFinite(reset) && reset > 0 ? { resetAt: new Date(reset * 1000) } : {}) };
  };
  const call = <T>(fn: (octokit: Octokit) => Promise<T>) =>
    withRetry(
      () =>
        slot(async () => {
          // A failed load is not cached: the next attempt loads again.
          client ??= newOctokit(token, baseUrl, timeoutMs).then(
            (octokit) => {
              octokit.hook.after('request', (response) => track(response.headers as Record<string, unknown>));
              return octokit;
            },
            (err: unknown) => {
              client = undefined;
              throw err;
            },
          );
          return fn(await client);
        }),
      retry,
    );
  /**
   * Page by page, by page number, never by following `Link` (a server that links a page to itself
   * would loop): stops at a short page, fails on a page that repeats the previous one, and reads at
   * most `maxPages` pages. Each page is retried on its own.
   */
  const pages = async <T>(
    what: string,
    maxPages: number,
    fetchPage: (octokit: Octokit, page: number) => Promise<{ data: unknown; headers?: Record<string, unknown> }>,
    ok: (item: unknown) => item is T,
  ): Promise<{ items: T[]; complete: boolean }> => {
    const items: T[] = [];
    let previous = '';
    for (let page = 1; page <= maxPages; page++) {
      const data = await call(async (octokit) => {
        const response = reparsed(await fetchPage(octokit, page));
        if (!Array.isArray(response.data) || !response.data.every(ok)) throw new MalformedResponseError(what);
        return response.data as T[];
      });
      const signature = JSON.stringify(data[0] ?? null) + data.length;
      if (page > 1 && data.length > 0 && signature === previous) throw new Error(`GitHub returned the same page twice while listing ${what}; the listing cannot be trusted`);
      previous = signature;
      items.push(...data);
      if (data.length < 100) return { items, complete: true };
    }
    return { items, complete: false };
  };
  /** Retried as a whole, shape check included: a truncated body is as transient as a 502. */
  const checked = <T extends { data: unknown; headers?: Record<string, unknown> }>(what: string, ok: (data: unknown) => boolean, fn: (octokit: Octokit) => Promise<T>) =>
    call(async (octokit) => {
      const response = reparsed(await fn(octokit));
      if (!ok(response.data)) throw new MalformedResponseError(what);
      return response;
    });

  return {
    budget: () => budget,
    async listTree(repo, ref) {
      const { data } = await checked(
        `the tree of ${ref}`,
        (d) => isObject(d) && Array.isArray(d.tree),
        (octokit) => octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' }),
      );
      if (data.truncated) throw new Error(`the tree of ${repo.owner}/${repo.repo}@${ref} is too large for one listing; narrow the declarations input`);
      return data.tree.filter((e) => e.type === 'blob' && e.path && e.sha).map((e) => ({ path: e.path as string, sha: e.sha as string, size: e.size ?? 0 }));
    },
    async getBlob(repo, sha) {
      const { data } = await checked(
        `blob ${sha}`,
        (d) => isObject(d) && typeof d.content === 'string',
        (octokit) => octokit.rest.git.getBlob({ ...repo, file_sha: sha }),
      );
      return data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    },
    async getBlobs(repo, shas) {
      const unique = [...new Set(shas)];
      const out = new Map<string, Uint8Array>();
      // A few declarations are read one by one; a studio's hundreds in batches of GraphQL aliases. A
      // batch that fails after its retries is not fatal: the blobs API reads what it did not give.
      if (unique.length > BATCH_FROM) {
        const exact = (b: unknown): b is { text: string } => isObject(b) && typeof b.text === 'string' && b.isBinary === false && b.isTruncated === false && !b.text.includes('\uFFFD');
        for (let i = 0; i < unique.length; i += BLOBS_PER_QUERY) {
          const batch = unique.slice(i, i + BLOBS_PER_QUERY);
          const fields = batch.map((sha, j) => `b${j}: object(oid: "${sha}") { ... on Blob { text isBinary isTruncated byteSize } }`).join('\n');
          const query = `query { repository(owner: ${JSON.stringify(repo.owner)}, name: ${JSON.stringify(repo.repo)}) {\n${fields}\n} }`;
          const result = await call(async (octokit) => {
            const r = await octokit.graphql<{ repository?: Record<string, unknown> }>(query);
            if (!isObject(r?.repository)) throw new MalformedResponseError('a batch of blobs (GraphQL)');
            return r.repository;
          }).catch(() => undefined);
          if (!result) continue;
          batch.forEach((sha, j) => {
            const blob = result[`b${j}`];
            // Binary, truncated, or bytes that are not UTF-8: only the blobs API gives them exactly.
            if (exact(blob)) out.set(sha, Buffer.from(blob.text, 'utf8'));
          });
        }
      }
      await Promise.all(unique.filter((sha) => !out.has(sha)).map(async (sha) => out.set(sha, await this.getBlob(repo, sha))));
      return out;
    },
    async getArchive(repo, ref) {
      // Retried until GitHub answers; a transfer that breaks after that fails the scan closed.
      const { data } = await call(async (octokit) =>
        octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', { ...repo, ref, request: { parseSuccessResponseBody: false, fetch: octokit.streamingFetch(timeoutMs, ARCHIVE_TIMEOUT_MS) } }),
      );
      if (!(data instanceof ReadableStream)) throw new MalformedResponseError(`the archive of ${ref}`);
      return data as ReadableStream<Uint8Array>;
    },
    async getFile(repo, path, ref) {
      try {
        // Bytes, not text: the reader decodes strictly, so a byte that is not UTF-8 is refused at its
        // position. The JSON form inlines base64 content up to 1 MB; above it (encoding "none") the
        // blobs API sends the file whole.
        const { data } = await checked(
          `${path} at ${ref}`,
          (d) => isObject(d) || Array.isArray(d),
          (octokit) => octokit.rest.repos.getContent({ ...repo, path, ref }),
        );
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new Error(`${path} at ${ref} is not a file`);
        if (data.encoding === 'base64') return Buffer.from(data.content, 'base64');
        return await this.getBlob(repo, data.sha);
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async listDir(repo, path, ref) {
      try {
        const { data } = await checked(
          `${path} at ${ref}`,
          (d) => isObject(d) || Array.isArray(d),
          (octokit) => octokit.rest.repos.getContent({ ...repo, path, ref }),
        );
        if (!Array.isArray(data)) throw new Error(`${path} at ${ref} is not a folder`);
        return data.map((e) => ({ name: e.name, type: e.type, path: e.path }));
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async getPull(repo, pull) {
      const { data } = await checked(
        `pull request #${pull}`,
        (d) => isObject(d) && isObject(d.head) && isObject(d.base),
        (octokit) => octokit.rest.pulls.get({ ...repo, pull_number: pull }),
      );
      return pullFacts(data);
    },
    async pullFiles(repo, pull) {
      const isFile = (f: unknown): f is { filename: string; previous_filename?: string } => isObject(f) && typeof f.filename === 'string';
      const { items } = await pages(
        `the files of pull request #${pull}`,
        PULL_FILES_CAP / 100,
        (octokit, page) => octokit.rest.pulls.listFiles({ ...repo, pull_number: pull, per_page: 100, page }),
        isFile,
      );
      return { files: items.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]), capped: items.length >= PULL_FILES_CAP };
    },
    async listReviews(repo, pull) {
      // GraphQL, not REST: only GraphQL says whether a review's body was edited after it was submitted.
      const query = `query { repository(owner: ${JSON.stringify(repo.owner)}, name: ${JSON.stringify(repo.repo)}) { pullRequest(number: ${pull}) { reviews(first: 100) { pageInfo { hasNextPage } nodes { databaseId body lastEditedAt submittedAt url author { login } } } } } }`;
      type Node = { databaseId?: unknown; body?: unknown; lastEditedAt?: unknown; submittedAt?: unknown; url?: unknown; author?: { login?: unknown } | null };
      const reviews = await call(async (octokit) => {
        const r = await octokit.graphql<{ repository?: { pullRequest?: { reviews?: { pageInfo?: { hasNextPage?: unknown }; nodes?: unknown } } | null } }>(query);
        const found = r?.repository?.pullRequest?.reviews;
        if (!found || !Array.isArray(found.nodes)) throw new MalformedResponseError(`the reviews of #${pull} (GraphQL)`);
        if (found.pageInfo?.hasNextPage === true) throw new Error(`#${pull} has more than 100 reviews; approvals from its reviews cannot be read completely (fails closed)`);
        return found.nodes as Node[];
      });
      return reviews.map((n) => ({
        id: typeof n.databaseId === 'number' ? n.databaseId : 0,
        body: typeof n.body === 'string' ? n.body : '',
        userLogin: typeof n.author?.login === 'string' ? n.author.login : '',
        submittedAt: typeof n.submittedAt === 'string' ? n.submittedAt : '',
        url: typeof n.url === 'string' ? n.url : '',
        edited: n.lastEditedAt !== null && n.lastEditedAt !== undefined,
      }));
    },
    async pullCommitters(repo, pull) {
      type Raw = { author?: { login?: string } | null; committer?: { login?: string } | null };
      const isCommit = (c: unknown): c is Raw => isObject(c) && typeof c.sha === 'string';
      // GitHub lists at most 250 commits of a pull request; past that, who pushed is not fully known.
      const { items, complete } = await pages(`the commits of #${pull}`, 3, (octokit, page) => octokit.rest.pulls.listCommits({ ...repo, pull_number: pull, per_page: 100, page }), isCommit);
      if (!complete || items.length >= 250) throw new PushersUnknown(`pull request #${pull} has 250 commits or more: who pushed to it cannot be fully known, so approvals from it are not accepted`);
      const unlinked = items.find((c) => !c.author?.login && !c.committer?.login) as { sha?: string } | undefined;
      if (unlinked)
        throw new PushersUnknown(
          `commit ${String(unlinked.sha).slice(0, 12)} of #${pull} has neither an author nor a committer linked to a GitHub account: who pushed to it cannot be fully known, so approvals from it are not accepted`,
        );
      return [...new Set(items.flatMap((c) => [c.author?.login, c.committer?.login]).filter((l): l is string => typeof l === 'string' && l !== ''))];
    },
    async matchingRefs(repo, prefix) {
      const { data } = await checked(
        `the refs ${prefix}*`,
        (d) => Array.isArray(d) && d.every((r) => isObject(r) && typeof r.ref === 'string' && isObject(r.object) && typeof r.object.sha === 'string'),
        (octokit) => octokit.rest.git.listMatchingRefs({ ...repo, ref: prefix }),
      );
      return data.map((r) => ({ ref: r.ref, sha: r.object.sha }));
    },
    async commitsBetween(repo, base, head) {
      const { data } = await checked(
        `the commits from ${base} to ${head}`,
        (d) => isObject(d) && Array.isArray(d.commits) && typeof d.total_commits === 'number',
        (octokit) => octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}` }),
      );
      const shas = data.commits.map((c) => c.sha);
      return { shas, complete: shas.length >= data.total_commits };
    },
    async branchPushes(repo, branch) {
      const { data } = await checked(
        `the pushes to ${branch}`,
        (d) => Array.isArray(d) && d.every((a) => isObject(a) && typeof a.after === 'string' && typeof a.timestamp === 'string'),
        (octokit) => octokit.rest.repos.listActivities({ ...repo, ref: `refs/heads/${branch}`, direction: 'desc', per_page: 100 }),
      );
      const pushes = data.filter((a) => a.activity_type !== 'branch_deletion').map((a) => ({ sha: a.after, at: a.timestamp }));
      return { pushes, complete: data.length < 100 };
    },
    async branchRuleTypes(repo, branch) {
      const { data } = await checked(`the rules of ${branch}`, Array.isArray, (octokit) => octokit.rest.repos.getBranchRules({ ...repo, branch, per_page: 100 }));
      return data.map((r) => String((r as { type?: unknown }).type));
    },
    async branchProtection(repo, branch) {
      const { data } = await checked(`the protection of ${branch}`, isObject, (octokit) => octokit.rest.repos.getBranchProtection({ ...repo, branch }));
      return { blockCreations: data.block_creations?.enabled === true };
    },
    async pullsForCommit(repo, sha) {
      const { data } = await checked(
        `the pull requests of ${sha}`,
        (d) => Array.isArray(d),
        (octokit) => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 }),
      );
      return data.map((p) => pullFacts(p as Parameters<typeof pullFacts>[0]));
    },
    async isTeamMember(org, team, login) {
      try {
        const { data } = await checked(`membership of ${org}/${team}`, isObject, (octokit) => octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }));
        return data.state === 'active';
      } catch (err) {
        if ((err as { status?: number }).status === 404) return false;
        throw err;
      }
    },
    async createStatus(repo, sha, status) {
      await call((octokit) =>
        octokit.rest.repos.createCommitStatus({
          ...repo,
          sha,
          state: status.state,
          context: status.context,
          description: status.description.slice(0, 140),
          ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        }),
      );
    },
    async getWorkflowRun(repo, runId) {
      try {
        const { data } = await checked(
          `workflow run ${runId}`,
          (d) => isObject(d) && typeof d.id === 'number',
          (octokit) => octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId }),
        );
        return { id: data.id, attempt: data.run_attempt ?? 1, path: data.path, status: data.status ?? '', updatedAt: data.updated_at };
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async viewerLogin() {
      // GITHUB_TOKEN cannot call GET /user, but GraphQL `viewer` names it (github-actions[bot]).
      const result = await call(async (octokit) => {
        const r = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
        if (typeof r?.viewer?.login !== 'string' || r.viewer.login === '') throw new MalformedResponseError("the token's identity (GraphQL viewer)");
        return r;
      });
      return result.viewer?.login as string;
    },
    async listComments(repo, issue) {
      // A page that is not a list of comments must not read as "no sticky comment yet" (a duplicate),
      // and neither may a listing cut short: past the page cap the comment is skipped, not duplicated.
      type Raw = { id: number; node_id?: string; body?: string; user?: { login?: string } | null; updated_at?: string; created_at?: string; html_url?: string };
      const isComment = (c: unknown): c is Raw => isObject(c) && typeof c.id === 'number';
      const { items, complete } = await pages(
        `the comments of #${issue}`,
        MAX_PAGES,
        (octokit, page) => octokit.rest.issues.listComments({ ...repo, issue_number: issue, per_page: 100, page }),
        isComment,
      );
      if (!complete) throw new Error(`#${issue} has more than ${formatCount(MAX_PAGES * 100)} comments; the sticky comment cannot be found safely`);
      return items.map((c) => ({
        id: c.id,
        body: c.body ?? '',
        userLogin: c.user?.login ?? '',
        updatedAt: c.updated_at ?? '',
        createdAt: c.created_at ?? '',
        url: c.html_url ?? '',
        ...(c.node_id ? { nodeId: c.node_id } : {}),
      }));
    },
    contentHistory(repo, pull, editedComments) {
      return readContentHistory((query) => call((octokit) => octokit.graphql(query)), repo, pull, editedComments);
    },
    async createComment(repo, issue, body) {
      // Not retried on a malformed answer: the comment may well exist; the listing after it finds it.
      const { data } = await call((octokit) => octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }));
      if (!isObject(data) || typeof data.id !== 'number') return { id: -1, body, userLogin: '', updatedAt: '', createdAt: '', url: '' };
      return { id: data.id, body: data.body ?? '', userLogin: data.user?.login ?? '', updatedAt: data.updated_at ?? '', createdAt: data.created_at ?? '', url: data.html_url ?? '' };
    },
    async updateComment(repo, id, body) {
      await call((octokit) => octokit.rest.issues.updateComment({ ...repo, comment_id: id, body }));
    },
    async deleteComment(repo, id) {
      try {
        await call((octokit) => octokit.rest.issues.deleteComment({ ...repo, comment_id: id }));
      } catch (err) {
        // Already gone: a concurrent run on the same pull request deleted the same duplicate.
        if ((err as { status?: number }).status !== 404) throw err;
      }
    },
  };
}
