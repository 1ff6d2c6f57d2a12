// The facts the Action reads from GitHub, in its own shapes: what the API seam (github-api.ts) returns.

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
  /** null while GitHub is still computing it. */
  mergeable: boolean | null;
  mergeCommitSha: string | null;
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
