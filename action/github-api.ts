import { getOctokit } from '@actions/github';
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

export function createGitHubApi(token: string, retry?: RetryOptions): GitHubApi {
  // baseUrl comes from GITHUB_API_URL (GHES, and the loopback emulator in tests).
  const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
  const call = <T>(fn: () => Promise<T>) => withRetry(fn, retry);
  const signal = () => ({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } });

  return {
    async listTree(repo, ref) {
      const { data } = await call(() => octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true', ...signal() }));
      if (data.truncated) throw new Error(`the tree of ${repo.owner}/${repo.repo}@${ref} is too large for one listing; narrow the declarations input`);
      return data.tree.filter((e) => e.type === 'blob' && e.path && e.sha).map((e) => ({ path: e.path as string, sha: e.sha as string }));
    },
    async getBlob(repo, sha) {
      const { data } = await call(() => octokit.rest.git.getBlob({ ...repo, file_sha: sha, ...signal() }));
      return data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    },
    async getFile(repo, path, ref) {
      try {
        const { data } = await call(() => octokit.rest.repos.getContent({ ...repo, path, ref, ...signal() }));
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new Error(`${path} at ${ref} is not a file`);
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async listDir(repo, path, ref) {
      try {
        const { data } = await call(() => octokit.rest.repos.getContent({ ...repo, path, ref, ...signal() }));
        if (!Array.isArray(data)) throw new Error(`${path} at ${ref} is not a folder`);
        return data.map((e) => ({ name: e.name, type: e.type, path: e.path }));
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      }
    },
    async pullFiles(repo, pull) {
      const files = await call(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 }));
      return files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
    },
    async viewerLogin() {
      // GITHUB_TOKEN cannot call GET /user, but GraphQL `viewer` names it (github-actions[bot]).
      const result = await call(() => octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }'));
      return result.viewer.login;
    },
    async listComments(repo, issue) {
      const comments = await call(() => octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }));
      return comments.map((c) => ({ id: c.id, body: c.body ?? '', userLogin: c.user?.login ?? '' }));
    },
    async createComment(repo, issue, body) {
      const { data } = await call(() => octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }));
      return { id: data.id, body: data.body ?? '', userLogin: data.user?.login ?? '' };
    },
    async updateComment(repo, id, body) {
      await call(() => octokit.rest.issues.updateComment({ ...repo, comment_id: id, body }));
    },
    async deleteComment(repo, id) {
      await call(() => octokit.rest.issues.deleteComment({ ...repo, comment_id: id }));
    },
  };
}
