// The emulated GitHub's data (repositories, files, pull requests, comments, identities) and the
// lookups the endpoint handlers share.

import type { AuthorAssociation, DiffStatus, Identity, RepositoryFacts } from './github-objects.js';
import { stableId } from './github-objects.js';

export type { Identity } from './github-objects.js';

export const GITHUB_ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface ChangedFile {
  filename: string;
  /** Derived from the base and head trees when omitted. */
  status?: DiffStatus;
  previousFilename?: string;
  additions?: number;
  deletions?: number;
  patch?: string;
}

export interface PullInit {
  number: number;
  head: { sha: string; ref: string /** `owner/repo` of a fork; the base repository when omitted. */; repoFullName?: string };
  base: { sha: string; ref: string };
  /** Paths or entries; when omitted, derived by comparing the trees at `base.sha` and `head.sha`. */
  changedFiles?: Array<string | ChangedFile>;
  /** Author login; the repository owner when omitted. */
  user?: string;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  /** Default true; `null` while GitHub computes it, false when the pull request has conflicts. */
  mergeable?: boolean | null;
  /** The test merge commit (a key of `files`); null when there is none. */
  mergeCommitSha?: string | null;
  /** Reviews, oldest first. */
  reviews?: ReviewInit[];
  /** The pull request's commits with who wrote and pushed them; default one commit by its author. */
  commits?: Array<{ sha: string; author?: string; committer?: string /** Neither author nor committer is linked to an account. */; unlinked?: boolean }>;
  /** The commit the pull request became on its base branch once merged. */
  mergedAs?: string;
  /**
   * Every push to the head branch, oldest first, with GitHub's own time of it (the repository activity
   * API); default one push of `head.sha` on 2020-01-01, before any comment a test posts.
   */
  pushes?: Array<{ sha: string; at: string; forced?: boolean }>;
}

export interface ReviewInit {
  id?: number;
  user: string;
  body: string;
  state?: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  commitId?: string;
  submittedAt?: string;
  /** When the review's body was last edited (GraphQL `lastEditedAt`). */
  editedAt?: string;
  /** Earlier revisions (GraphQL `userContentEdits`); a null body was removed from the history. */
  edits?: Revision[];
}

export interface Revision {
  at: string;
  body: string | null;
}

export interface StoredStatus {
  id: number;
  repo: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface RunInit {
  /** The workflow file, e.g. `.github/workflows/genai.yml`. */
  path: string;
  status?: 'queued' | 'in_progress' | 'completed';
  attempt?: number;
  event?: string;
  headSha?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface RepoInit {
  /** Trees by commit sha or branch name: path -> content (text as UTF-8, or bytes: media). */
  files: Record<string, Record<string, FileContent>>;
  pulls?: Record<number, PullInit>;
  /** Plain issue numbers that accept comments (pull request numbers always do). */
  issues?: number[];
  /** Branch used when `ref` is omitted; default `main`. */
  defaultBranch?: string;
  /** Workflow runs by id (GET /repos/{owner}/{repo}/actions/runs/{run_id}). */
  runs?: Record<number, RunInit>;
  /** Refs other than the branches of `files`, by name without `refs/` (`heads/gh-readonly-queue/main/pr-7-…`): their commit. */
  refs?: Record<string, string>;
  /** For a commit, the commits a comparison from its base lists, oldest first, itself last (merge-queue groups). */
  history?: Record<string, string[]>;
  /** Ruleset rule types in force on a branch (`creation`, `deletion`, …), by branch name. */
  branchRules?: Record<string, string[]>;
  /** Classic protection by branch name; readable only by `protectionReaders` (others get 404, as GitHub answers). */
  protection?: Record<string, { blockCreations: boolean }>;
  protectionReaders?: string[];
  id?: number;
  private?: boolean;
}

export interface CommentInit {
  id?: number;
  /** `owner/repo`. */
  repo: string;
  issue: number;
  body: string;
  /** Author login. */
  user: string;
  createdAt?: string;
  updatedAt?: string;
  /** Earlier revisions, as the edit history keeps them; each REST update adds the text it replaced. */
  edits?: Revision[];
}

/** A comment deleted from an issue or pull request (GraphQL `CommentDeletedEvent`). */
export interface DeletedComment {
  repo: string;
  issue: number;
  at: string;
  /** null: the account is gone. */
  author: string | null;
}

export interface EmulatorState {
  repos: Record<string, RepoInit>;
  /** Identity behind each token (the part after `token ` / `Bearer ` in Authorization). */
  users: Record<string, Identity>;
  comments?: CommentInit[];
  /** Team members by `org/team-slug`. */
  teams?: Record<string, string[]>;
  /** Tokens that may read organisation team membership (others get 403, as GITHUB_TOKEN does). */
  teamReaders?: string[];
  statuses?: StoredStatus[];
  /** Requests the token may make this hour (`x-ratelimit-limit`); GitHub's 5,000 when omitted. */
  rateLimit?: number;
  deletedComments?: DeletedComment[];
}

export interface StoredComment extends CommentInit {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** The live state: `comments` is always present and every comment has an id and timestamps. */
export interface LiveState extends EmulatorState {
  comments: StoredComment[];
  statuses: StoredStatus[];
  deletedComments: DeletedComment[];
}

const FIRST_COMMENT_ID = 2_000_000_001;

export class World {
  private nextId: number;

  constructor(
    readonly state: LiveState,
    readonly apiUrl: () => string,
  ) {
    this.nextId = state.comments.reduce((next, c) => Math.max(next, c.id + 1), FIRST_COMMENT_ID);
  }

  static fromInit(init: EmulatorState | undefined, now: string): LiveState {
    const copy = structuredClone(init ?? { repos: {}, users: {} });
    let id = FIRST_COMMENT_ID - 1;
    const used = new Set((copy.comments ?? []).flatMap((c) => (c.id === undefined ? [] : [c.id])));
    const comments = (copy.comments ?? []).map((c): StoredComment => {
      let commentId = c.id;
      if (commentId === undefined) {
        do id += 1;
        while (used.has(id));
        commentId = id;
      }
      // Handlers compare repository names exactly, so adopt the spelling used as the key in `repos`.
      const repo = Object.keys(copy.repos).find((k) => k.toLowerCase() === c.repo.toLowerCase()) ?? c.repo;
      return { ...c, repo, id: commentId, createdAt: c.createdAt ?? now, updatedAt: c.updatedAt ?? c.createdAt ?? now };
    });
    return { ...copy, repos: copy.repos, users: copy.users, comments, statuses: copy.statuses ?? [], deletedComments: copy.deletedComments ?? [] };
  }

  allocateCommentId(): number {
    const taken = new Set(this.state.comments.map((c) => c.id));
    while (taken.has(this.nextId)) this.nextId += 1;
    return this.nextId++;
  }

  /** The identity with this login, or a made-up but stable one (repository owners, PR authors). */
  identity(login: string): Identity {
    const known = Object.values(this.state.users).find((u) => u.login.toLowerCase() === login.toLowerCase());
    return known ?? { login, id: stableId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  /** Repository names are case-insensitive on GitHub. */
  repo(owner: string, name: string): { fullName: string; repo: RepoInit } | undefined {
    const wanted = `${owner}/${name}`;
    const exact = this.state.repos[wanted];
    if (exact) return { fullName: wanted, repo: exact };
    const key = Object.keys(this.state.repos).find((k) => k.toLowerCase() === wanted.toLowerCase());
    return key ? { fullName: key, repo: this.state.repos[key] as RepoInit } : undefined;
  }

  repoFacts(fullName: string): RepositoryFacts {
    const repo = this.state.repos[fullName];
    const owner = fullName.split('/')[0] ?? fullName;
    return {
      fullName,
      id: repo?.id ?? stableId(fullName),
      owner: this.identity(owner),
      defaultBranch: repo?.defaultBranch ?? 'main',
      private: repo?.private ?? false,
      fork: false,
    };
  }

  issueExists(repo: RepoInit, issue: number): boolean {
    return repo.pulls?.[issue] !== undefined || (repo.issues ?? []).includes(issue);
  }

  authorAssociation(fullName: string, login: string): AuthorAssociation {
    const owner = fullName.split('/')[0] ?? '';
    return owner.toLowerCase() === login.toLowerCase() ? 'OWNER' : 'NONE';
  }
}

export type FileContent = string | Uint8Array;

/** A file's bytes as git stores them. */
export function fileBytes(content: FileContent): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}
