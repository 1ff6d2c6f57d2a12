// The facts the Action reads from GitHub, in its own shapes: what the API seam (github-api.ts) returns.

import type { ContentHistory } from './content-history.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  userLogin: string;
  /** ISO time of the last edit: a run cannot have written a comment edited after it completed. */
  updatedAt: string;
  createdAt: string;
  /** Web address, for messages. */
  url: string;
  /** GraphQL node id, by which its edit history is read. */
  nodeId?: string;
}

export interface Review {
  id: number;
  body: string;
  userLogin: string;
  submittedAt: string;
  url: string;
  /** The body was edited after the review was submitted. */
  edited: boolean;
}

export interface CommitStatus {
  state: 'success' | 'failure' | 'error' | 'pending';
  context: string;
  description: string;
  targetUrl?: string;
}

export interface TreeEntry {
  path: string;
  sha: string;
  /** Bytes, from the tree listing: a blob over the size cap is refused before it is downloaded. */
  size: number;
}

export interface PullFacts {
  number: number;
  author: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  /** The branch the author pushes to, and its repository (a fork's); absent when the fork is gone. */
  headRef: string;
  headRepo?: Repo;
  /** null while GitHub is still computing it. */
  mergeable: boolean | null;
  /** Once merged, the commit it became on the base branch. */
  mergeCommitSha: string | null;
  merged: boolean;
}

export interface WorkflowRunFacts {
  id: number;
  attempt: number;
  path: string;
  status: string;
  updatedAt: string;
}

export interface PullFileList {
  files: string[];
  /** GitHub lists at most 3,000 files of a pull request: the list may be incomplete. */
  capped: boolean;
}

/** What the Action needs from GitHub, and nothing more: tests and fault injection go through this seam. */
export interface GitHubApi {
  /** Blob paths, SHAs and sizes of the whole tree at `ref`. */
  listTree(repo: Repo, ref: string): Promise<TreeEntry[]>;
  getBlob(repo: Repo, sha: string): Promise<Uint8Array>;
  /**
   * Many blobs in a few requests (GraphQL, 100 a query). A blob GraphQL cannot give exactly (binary,
   * truncated, or with bytes that are not UTF-8) is read through the blobs API instead.
   */
  getBlobs(repo: Repo, shas: readonly string[]): Promise<Map<string, Uint8Array>>;
  /** The gzip tar of the tree at `ref` (one REST request; GitHub redirects to its archive host), as it streams. */
  getArchive(repo: Repo, ref: string): Promise<ReadableStream<Uint8Array>>;
  /** The file's exact bytes; undefined when it does not exist at that ref. Files over 1 MB arrive whole. */
  getFile(repo: Repo, path: string, ref: string): Promise<Uint8Array | undefined>;
  listDir(repo: Repo, path: string, ref: string): Promise<Array<{ name: string; type: string; path: string }> | undefined>;
  getPull(repo: Repo, pull: number): Promise<PullFacts>;
  pullFiles(repo: Repo, pull: number): Promise<PullFileList>;
  /** undefined when there is no such run in this repository. */
  getWorkflowRun(repo: Repo, runId: number): Promise<WorkflowRunFacts | undefined>;
  listReviews(repo: Repo, pull: number): Promise<Review[]>;
  /** Logins of everyone who authored or committed a commit of the pull request. */
  pullCommitters(repo: Repo, pull: number): Promise<string[]>;
  /** Refs whose name starts with `prefix` (`heads/gh-readonly-queue/main/`), with their commits. */
  matchingRefs(repo: Repo, prefix: string): Promise<Array<{ ref: string; sha: string }>>;
  /** The commits from `base` (excluded) to `head`; `complete` is false when GitHub listed only some. */
  commitsBetween(repo: Repo, base: string, head: string): Promise<{ shas: string[]; complete: boolean }>;
  /** What GitHub last said is left of the token's hourly REST budget; undefined before any answer says. */
  budget(): { remaining: number; resetAt?: Date } | undefined;
  /**
   * The commits `branch` was pushed to, newest first, each at GitHub's own time of the push (the
   * repository activity API: not a commit date, which whoever made the commit writes); `complete` is
   * false when GitHub listed only the newest.
   */
  branchPushes(repo: Repo, branch: string): Promise<{ pushes: Array<{ sha: string; at: string }>; complete: boolean }>;
  /** The types of the ruleset rules in force on `branch` (`creation`, `update`, …); throws with the HTTP status. */
  branchRuleTypes(repo: Repo, branch: string): Promise<string[]>;
  /** Classic protection of `branch`; throws with the HTTP status (404: not protected, or not readable). */
  branchProtection(repo: Repo, branch: string): Promise<{ blockCreations: boolean }>;
  /** Pull requests whose head is, or which were merged as, this commit. */
  pullsForCommit(repo: Repo, sha: string): Promise<PullFacts[]>;
  /** Throws with status 403 when the token cannot read the organisation's teams. */
  isTeamMember(org: string, team: string, login: string): Promise<boolean>;
  createStatus(repo: Repo, sha: string, status: CommitStatus): Promise<void>;
  viewerLogin(): Promise<string>;
  listComments(repo: Repo, issue: number): Promise<IssueComment[]>;
  /** Deleted comments, and earlier revisions of edited reviews and of the edited comments named. */
  contentHistory(repo: Repo, pull: number, editedComments: ReadonlyArray<{ id: number; nodeId: string }>): Promise<ContentHistory>;
  createComment(repo: Repo, issue: number, body: string): Promise<IssueComment>;
  updateComment(repo: Repo, id: number, body: string): Promise<void>;
  deleteComment(repo: Repo, id: number): Promise<void>;
}
