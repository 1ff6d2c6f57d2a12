import { withRetry } from './retry.js';
import type { RetryOptions } from './retry.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  userLogin: string;
}

/** What the Action needs from GitHub, and nothing more: tests and fault injection go through this seam. */
export interface GitHubApi {
  /** Blob paths and SHAs of the whole tree at `ref`. */
  listTree(repo: Repo, ref: string): Promise<Array<{ path: string; sha: string }>>;
  getBlob(repo: Repo, sha: string): Promise<Uint8Array>;
  /** undefined when the file does not exist at that ref. */
  getFile(repo: Repo, path: string, ref: string): Promise<string | undefined>;
  listDir(repo: Repo, path: string, ref: string): Promise<Array<{ name: string; type: string; path: string }> | undefined>;
  pullFiles(repo: Repo, pull: number): Promise<string[]>;
  viewerLogin(): Promise<string>;
  listComments(repo: Repo, issue: number): Promise<IssueComment[]>;
  createComment(repo: Repo, issue: number, body: string): Promise<IssueComment>;
  updateComment(repo: Repo, id: number, body: string): Promise<void>;
  deleteComment(repo: Repo, id: number): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** A response GitHub cut short (truncated JSON arrives as a string) or shaped unlike the description. */
export class MalformedResponseError extends Error {
  // No `status`: retry.ts retries it like a dropped connection.
  constructor(what: string) {
    super(`GitHub sent a malformed or truncated response for ${what}`);
  }
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Every request, paginated and GraphQL ones included, is abandoned after REQUEST_TIMEOUT_MS (then
 * retried): a GitHub that accepts the connection and never answers must not hold the job until the
 * workflow's own timeout. Wraps the toolkit's proxy-aware fetch, so proxies keep working.
 */
function timedFetch(base: Fetch): Fetch {
  return (url, init = {}) => {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    return base(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

const isObject = (d: unknown): d is Record<string, unknown> => d !== null && typeof d === 'object' && !Array.isArray(d);

// Loaded on first use, not at start-up: @actions/github parses GITHUB_EVENT_PATH when it is loaded
// and throws on malformed JSON, which at start-up would kill the process before run() could fail
// closed with a message and a job summary.
async function newOctokit(token: string) {
  const [{ getOctokit }, { defaults }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  const request = defaults.request ?? {};
  // baseUrl comes from GITHUB_API_URL (GHES, and the loopback emulator in tests).
  return getOctokit(token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    request: { ...request, fetch: timedFetch((request.fetch as Fetch | undefined) ?? fetch) },
  });
}

export function createGitHubApi(token: string, retry?: RetryOptions): GitHubApi {
  let client: ReturnType<typeof newOctokit> | undefined;
  const call = <T>(fn: (octokit: Awaited<ReturnType<typeof newOctokit>>) => Promise<T>) =>
    withRetry(async () => {
      // A failed load is not cached: the next attempt loads again.
      client ??= newOctokit(token).catch((err: unknown) => {
        client = undefined;
        throw err;
      });
      return fn(await client);
    }, retry);
  /** Retried as a whole, shape check included: a truncated body is as transient as a 502. */
  const checked = <T extends { data: unknown }>(what: string, ok: (data: unknown) => boolean, fn: (octokit: Awaited<ReturnType<typeof newOctokit>>) => Promise<T>) =>
    call(async (octokit) => {
      const response = await fn(octokit);
      if (!ok(response.data)) throw new MalformedResponseError(what);
      return response;
    });

  return {
    async listTree(repo, ref) {
      const { data } = await checked(`the tree of ${ref}`, (d) => isObject(d) && Array.isArray(d.tree), (octokit) => octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' }));
      if (data.truncated) throw new Error(`the tree of ${repo.owner}/${repo.repo}@${ref} is too large for one listing; narrow the declarations input`);
      return data.tree.filter((e) => e.type === 'blob' && e.path && e.sha).map((e) => ({ path: e.path as string, sha: e.sha as string }));
    },
    async getBlob(repo, sha) {
      const { data } = await checked(`blob ${sha}`, (d) => isObject(d) && typeof d.content === 'string', (octokit) => octokit.rest.git.getBlob({ ...repo, file_sha: sha }));
      return data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    },
    async getFile(repo, path, ref) {
      try {
        const { data } = await checked(`${path} at ${ref}`, (d) => isObject(d) || Array.isArray(d), (octokit) => octokit.rest.repos.getContent({ ...repo, path, ref }));
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new Error(`${path} at ${ref} is not a file`);
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async listDir(repo, path, ref) {
      try {
        const { data } = await checked(`${path} at ${ref}`, (d) => isObject(d) || Array.isArray(d), (octokit) => octokit.rest.repos.getContent({ ...repo, path, ref }));
        if (!Array.isArray(data)) throw new Error(`${path} at ${ref} is not a folder`);
        return data.map((e) => ({ name: e.name, type: e.type, path: e.path }));
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async pullFiles(repo, pull) {
      const files = await call(async (octokit) => {
        const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
        if (!Array.isArray(all) || !all.every((f) => isObject(f) && typeof f.filename === 'string')) throw new MalformedResponseError(`the files of pull request #${pull}`);
        return all;
      });
      return files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
    },
    async viewerLogin() {
      // GITHUB_TOKEN cannot call GET /user, but GraphQL `viewer` names it (github-actions[bot]).
      const result = await call(async (octokit) => {
        const r = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
        if (typeof r?.viewer?.login !== 'string' || r.viewer.login === '') throw new MalformedResponseError('the token\'s identity (GraphQL viewer)');
        return r;
      });
      return result.viewer?.login as string;
    },
    async listComments(repo, issue) {
      // A page that is not a list of comments must not read as "no sticky comment yet" (a duplicate).
      const comments = await call(async (octokit) => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
        if (!Array.isArray(all) || !all.every((c) => isObject(c) && typeof c.id === 'number')) throw new MalformedResponseError(`the comments of #${issue}`);
        return all;
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '', userLogin: c.user?.login ?? '' }));
    },
    async createComment(repo, issue, body) {
      // Not retried on a malformed answer: the comment may well exist; the listing after it finds it.
      const { data } = await call((octokit) => octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }));
      if (!isObject(data) || typeof data.id !== 'number') return { id: -1, body, userLogin: '' };
      return { id: data.id, body: data.body ?? '', userLogin: data.user?.login ?? '' };
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
