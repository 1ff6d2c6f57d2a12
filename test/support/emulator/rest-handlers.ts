// The REST endpoints the emulator answers, keyed by GitHub's operationId. Each turns a checked
// request into a reply over the World; sending, logging and response checking happen elsewhere.

import type { ChangedFile, FileContent, PullInit, RepoInit, StoredComment, World } from './emulator-state.js';
import { fileBytes } from './emulator-state.js';
import { getBlob, getTree } from './git-data.js';
import type { DiffFacts, Identity } from './github-objects.js';
import {
  basicError,
  commit,
  commitStatus,
  contentEntry,
  contentFile,
  diffEntry,
  FIXED_TIMESTAMP,
  fakeSha,
  gitBlobSha,
  isoSeconds,
  issueComment,
  prefixedNodeId,
  privateUser,
  pullRequest,
  pullRequestReview,
  simpleUser,
  stableId,
  teamMembership,
  validationFailed,
  workflowRun,
} from './github-objects.js';
import { paginate } from './pagination.js';
import { diffFile } from './unified-diff.js';

export interface HandlerContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  identity: Identity;
  accept: string;
  /** Absolute URL of the requested resource without its query, for `Link` headers. */
  selfUrl: string;
}

export interface Reply {
  status: number;
  /** JSON body, checked against the description. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Which described representation `body` is; `application/json` when omitted. */
  mediaType?: string;
  /** Non-JSON bytes (raw file contents); not checked, since the description has no schema for them. */
  raw?: { contentType: string; data: Buffer };
}

export type Handler = (ctx: HandlerContext, world: World) => Reply;

export const COMMENT_BODY_MAX_CHARS = 65536;
// GitHub caps a pull request's file list here, however many files changed.
const MAX_PULL_FILES = 3000;
const OBJECT_MEDIA_TYPE = 'application/vnd.github.object';

const DOCS = {
  matchingRefs: 'https://docs.github.com/rest/git/refs#list-matching-references',
  compare: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
  getContent: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  getPull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  listFiles: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  deleteComment: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
  getUser: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
  getRun: 'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run',
  listReviews: 'https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request',
  listCommits: 'https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request',
  createStatus: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
  commitPulls: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
  teamMembership: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
  activity: 'https://docs.github.com/rest/repos/repos#list-repository-activities',
  branchRules: 'https://docs.github.com/rest/repos/rules#get-rules-for-a-branch',
  protection: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
} as const;

/** Where the emulator plays GitHub's archive host (codeload.github.com), which the API redirects to. */
export const CODELOAD_PREFIX = '/_codeload/';

/** GitHub answers with a redirect to a short-lived archive URL; the archive itself is not an API response. */
const downloadTarball: Handler = (ctx, world) => {
  const found = world.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  const ref = ctx.params.ref ?? '';
  if (!found?.repo.files[ref]) return notFound('https://docs.github.com/rest/repos/contents#download-a-repository-archive-tar');
  return { status: 302, headers: { location: `${world.apiUrl()}${CODELOAD_PREFIX}${found.fullName}/legacy.tar.gz/${encodeURIComponent(ref)}` } };
};

const notFound = (docs: string, message = 'Not Found'): Reply => ({ status: 404, body: basicError(404, message, docs) });

function param(ctx: HandlerContext, name: string): string {
  return ctx.params[name] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Contents

/** Raw bytes are wanted for `application/vnd.github.raw`, `.v3.raw` and `.raw+json`. */
function wantsRaw(accept: string): boolean {
  return /application\/vnd\.github(?:\.v3)?\.raw\b/i.test(accept);
}

function wantsObject(accept: string): boolean {
  return /application\/vnd\.github(?:\.v3)?\.object\b/i.test(accept);
}

type DirectoryEntry = { name: string; type: 'file'; content: Buffer } | { name: string; type: 'dir'; sha: string };

function listDirectory(tree: Record<string, FileContent>, ref: string, dir: string): DirectoryEntry[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  const entries = new Map<string, DirectoryEntry>();
  for (const [path, content] of Object.entries(tree)) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash === -1) {
      entries.set(rest, { name: rest, type: 'file', content: fileBytes(content) });
    } else {
      const name = rest.slice(0, slash);
      if (!entries.has(name)) entries.set(name, { name, type: 'dir', sha: fakeSha(`tree ${ref}:${prefix}${name}`) });
    }
  }
  return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const getContent: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.getContent);
  // A full ref name (refs/heads/main) names the branch; the emulator keys trees by branch name.
  const ref = (ctx.query.get('ref') || found.repo.defaultBranch || 'main').replace(/^refs\/heads\//, '');
  const tree = found.repo.files[ref];
  if (!tree) return notFound(DOCS.getContent, `No commit found for the ref ${ref}`);
  const path = param(ctx, 'path').replace(/^\/+|\/+$/g, '');
  const api = world.apiUrl();
  const at = { repo: found.fullName, ref, path };

  const file = path === '' ? undefined : tree[path];
  if (file !== undefined) {
    const bytes = fileBytes(file);
    if (wantsRaw(ctx.accept)) return { status: 200, raw: { contentType: 'application/vnd.github.raw; charset=utf-8', data: bytes } };
    const body = contentFile(api, at, bytes);
    return wantsObject(ctx.accept) ? { status: 200, body, mediaType: OBJECT_MEDIA_TYPE } : { status: 200, body };
  }

  const entries = listDirectory(tree, ref, path);
  if (entries.length === 0) return notFound(DOCS.getContent);
  const listing = entries.map((e) => contentEntry(api, { ...at, path: path === '' ? e.name : `${path}/${e.name}` }, e));
  if (wantsObject(ctx.accept)) {
    const self = contentEntry(api, at, { type: 'dir', sha: fakeSha(`tree ${ref}:${path}`) });
    return { status: 200, mediaType: OBJECT_MEDIA_TYPE, body: { ...self, entries: listing } };
  }
  return { status: 200, body: listing };
};

// ---------------------------------------------------------------------------------------------
// Pull requests

function headRepoName(fullName: string, pull: PullInit): string {
  return pull.head.repoFullName ?? fullName;
}

function pullFiles(world: World, fullName: string, repo: RepoInit, pull: PullInit): DiffFacts[] {
  const baseTree = repo.files[pull.base.sha] ?? {};
  const headTree = world.state.repos[headRepoName(fullName, pull)]?.files[pull.head.sha] ?? {};
  const listed: ChangedFile[] =
    pull.changedFiles?.map((f) => (typeof f === 'string' ? { filename: f } : f)) ??
    [...new Set([...Object.keys(baseTree), ...Object.keys(headTree)])]
      .filter((path) => baseTree[path] !== headTree[path])
      .sort()
      .map((filename) => ({ filename }));

  return listed.map((file): DiffFacts => {
    const before = baseTree[file.previousFilename ?? file.filename];
    const after = headTree[file.filename];
    const status = file.status ?? (before === undefined && after !== undefined ? 'added' : after === undefined && before !== undefined ? 'removed' : 'modified');
    // GitHub lists a binary file's change without a patch.
    const diff = typeof before === 'object' || typeof after === 'object' ? { additions: 0, deletions: 0, patch: undefined } : diffFile(before, after);
    const content = after ?? before;
    return {
      repo: headRepoName(fullName, pull),
      headSha: pull.head.sha,
      filename: file.filename,
      status,
      sha: content === undefined ? fakeSha(`${pull.head.sha}:${file.filename}`) : gitBlobSha(fileBytes(content)),
      additions: file.additions ?? diff.additions,
      deletions: file.deletions ?? diff.deletions,
      ...((file.patch ?? diff.patch) ? { patch: file.patch ?? diff.patch } : {}),
      ...(file.previousFilename ? { previousFilename: file.previousFilename } : {}),
    };
  });
}

// Lookups either find what the endpoint works on or produce the error reply to send instead.
type Lookup<T> = { found: T; error?: undefined } | { found?: undefined; error: Reply };

function findPull(ctx: HandlerContext, world: World, docs: string): Lookup<{ fullName: string; repo: RepoInit; pull: PullInit }> {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  const pull = found?.repo.pulls?.[Number(param(ctx, 'pull_number'))];
  if (!found || !pull) return { error: notFound(docs) };
  return { found: { ...found, pull } };
}

/** The `.diff` representation of a pull request, from the same per-file hunks `/files` reports. */
function gitDiff(files: DiffFacts[]): string {
  return files
    .map((f) => {
      const before = f.previousFilename ?? f.filename;
      const header = [`diff --git a/${before} b/${f.filename}`];
      if (f.status === 'added') header.push('new file mode 100644', '--- /dev/null', `+++ b/${f.filename}`);
      else if (f.status === 'removed') header.push('deleted file mode 100644', `--- a/${before}`, '+++ /dev/null');
      else header.push(`--- a/${before}`, `+++ b/${f.filename}`);
      return `${header.join('\n')}\n${f.patch === undefined ? '' : `${f.patch}\n`}`;
    })
    .join('');
}

const getPull: Handler = (ctx, world) => {
  const lookup = findPull(ctx, world, DOCS.getPull);
  if (lookup.error) return lookup.error;
  const { fullName, repo, pull } = lookup.found;
  const files = pullFiles(world, fullName, repo, pull).slice(0, MAX_PULL_FILES);
  // `mediaType: { format: 'diff' | 'patch' }`; both get the plain diff here.
  const textFormat = /application\/vnd\.github(?:\.v3)?\.(diff|patch)\b/i.exec(ctx.accept)?.[1];
  if (textFormat) {
    return { status: 200, raw: { contentType: `application/vnd.github.${textFormat}; charset=utf-8`, data: Buffer.from(gitDiff(files), 'utf8') } };
  }
  const author = world.identity(pull.user ?? fullName.split('/')[0] ?? '');
  const headRepo = world.repoFacts(headRepoName(fullName, pull));
  const body = pullRequest(world.apiUrl(), {
    number: pull.number,
    title: pull.title ?? `Pull request #${pull.number}`,
    body: pull.body === undefined ? null : pull.body,
    state: pull.state ?? 'open',
    draft: pull.draft ?? false,
    author,
    authorAssociation: world.authorAssociation(fullName, author.login),
    base: { ref: pull.base.ref, sha: pull.base.sha, repo: world.repoFacts(fullName) },
    head: { ref: pull.head.ref, sha: pull.head.sha, repo: { ...headRepo, fork: headRepo.fullName !== fullName } },
    comments: world.state.comments.filter((c) => c.repo === fullName && c.issue === pull.number).length,
    additions: files.reduce((sum, f) => sum + f.additions, 0),
    deletions: files.reduce((sum, f) => sum + f.deletions, 0),
    changedFiles: files.length,
    mergeable: pull.mergedAs !== undefined ? null : pull.mergeable === undefined ? true : pull.mergeable,
    mergeCommitSha: pull.mergedAs ?? pull.mergeCommitSha ?? null,
    merged: pull.mergedAs !== undefined,
  });
  return { status: 200, body };
};

const listPullFiles: Handler = (ctx, world) => {
  const lookup = findPull(ctx, world, DOCS.listFiles);
  if (lookup.error) return lookup.error;
  const { fullName, repo, pull } = lookup.found;
  const api = world.apiUrl();
  const files = pullFiles(world, fullName, repo, pull)
    .slice(0, MAX_PULL_FILES)
    .map((f) => diffEntry(api, f));
  const page = paginate(files, ctx.query, ctx.selfUrl);
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
};

// ---------------------------------------------------------------------------------------------
// Issue comments

function renderComment(world: World, c: StoredComment) {
  const repo = world.state.repos[c.repo];
  return issueComment(world.apiUrl(), {
    id: c.id,
    repo: c.repo,
    issue: c.issue,
    isPullRequest: repo?.pulls?.[c.issue] !== undefined,
    body: c.body,
    author: world.identity(c.user),
    authorAssociation: world.authorAssociation(c.repo, c.user),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });
}

/** GitHub counts characters (code points), not UTF-16 units or bytes, against the limit. */
function tooLong(body: string, docs: string): Reply | undefined {
  let chars = 0;
  for (const _ of body) if (++chars > COMMENT_BODY_MAX_CHARS) break;
  if (chars <= COMMENT_BODY_MAX_CHARS) return undefined;
  return {
    status: 422,
    body: validationFailed([{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${COMMENT_BODY_MAX_CHARS} characters)` }], docs),
  };
}

function commentBody(ctx: HandlerContext): string | undefined {
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  return typeof body === 'string' ? body : undefined;
}

function findIssue(ctx: HandlerContext, world: World, docs: string): Lookup<{ fullName: string; issue: number }> {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  const issue = Number(param(ctx, 'issue_number'));
  if (!found || !world.issueExists(found.repo, issue)) return { error: notFound(docs) };
  return { found: { fullName: found.fullName, issue } };
}

const listComments: Handler = (ctx, world) => {
  const lookup = findIssue(ctx, world, DOCS.listComments);
  if (lookup.error) return lookup.error;
  const found = lookup.found;
  const since = ctx.query.get('since');
  const sinceMs = since ? Date.parse(since) : Number.NaN;
  const comments = world.state.comments
    .filter((c) => c.repo === found.fullName && c.issue === found.issue)
    .filter((c) => Number.isNaN(sinceMs) || Date.parse(c.updatedAt) >= sinceMs)
    .sort((a, b) => a.id - b.id);
  const page = paginate(comments, ctx.query, ctx.selfUrl);
  return { status: 200, body: page.items.map((c) => renderComment(world, c)), headers: page.link ? { link: page.link } : {} };
};

const createComment: Handler = (ctx, world) => {
  const lookup = findIssue(ctx, world, DOCS.createComment);
  if (lookup.error) return lookup.error;
  const found = lookup.found;
  const text = commentBody(ctx);
  if (text === undefined) return { status: 422, body: basicError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', DOCS.createComment) };
  const rejection = tooLong(text, DOCS.createComment);
  if (rejection) return rejection;
  const now = isoSeconds();
  const comment: StoredComment = {
    id: world.allocateCommentId(),
    repo: found.fullName,
    issue: found.issue,
    body: text,
    user: ctx.identity.login,
    createdAt: now,
    updatedAt: now,
  };
  world.state.comments.push(comment);
  const body = renderComment(world, comment);
  return { status: 201, body, headers: { location: body.url } };
};

/** Finds a comment the caller may change: 404 if it is not in this repository, 403 if not theirs. */
function ownComment(ctx: HandlerContext, world: World, docs: string): Lookup<StoredComment> {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  const id = Number(param(ctx, 'comment_id'));
  const comment = found && world.state.comments.find((c) => c.id === id && c.repo === found.fullName);
  if (!comment) return { error: notFound(docs) };
  if (comment.user.toLowerCase() !== ctx.identity.login.toLowerCase()) {
    const message = ctx.identity.type === 'Bot' ? 'Resource not accessible by integration' : 'Must have admin rights to Repository.';
    return { error: { status: 403, body: basicError(403, message, docs) } };
  }
  return { found: comment };
}

const updateComment: Handler = (ctx, world) => {
  const lookup = ownComment(ctx, world, DOCS.updateComment);
  if (lookup.error) return lookup.error;
  const comment = lookup.found;
  const text = commentBody(ctx);
  if (text === undefined) return { status: 422, body: basicError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', DOCS.updateComment) };
  const rejection = tooLong(text, DOCS.updateComment);
  if (rejection) return rejection;
  comment.edits = [...(comment.edits ?? []), { at: comment.updatedAt, body: comment.body }];
  comment.body = text;
  comment.updatedAt = isoSeconds();
  return { status: 200, body: renderComment(world, comment) };
};

const deleteComment: Handler = (ctx, world) => {
  const lookup = ownComment(ctx, world, DOCS.deleteComment);
  if (lookup.error) return lookup.error;
  world.state.comments.splice(world.state.comments.indexOf(lookup.found), 1);
  world.state.deletedComments.push({ repo: lookup.found.repo, issue: lookup.found.issue, at: isoSeconds(), author: lookup.found.user });
  return { status: 204 };
};

// ---------------------------------------------------------------------------------------------
// Identity

// Installation tokens (GITHUB_TOKEN, GitHub App tokens) cannot use this endpoint.
const getAuthenticatedUser: Handler = (ctx, world) =>
  ctx.identity.type === 'Bot' ? { status: 403, body: basicError(403, 'Resource not accessible by integration', DOCS.getUser) } : { status: 200, body: privateUser(world.apiUrl(), ctx.identity) };

// ---------------------------------------------------------------------------------------------
// Reviews, commits, statuses, teams

const listReviews: Handler = (ctx, world) => {
  const lookup = findPull(ctx, world, DOCS.listReviews);
  if (lookup.error) return lookup.error;
  const { fullName, pull } = lookup.found;
  const reviews = (pull.reviews ?? []).map((r, i) =>
    pullRequestReview(world.apiUrl(), {
      id: r.id ?? 80_000_000 + i,
      repo: fullName,
      pull: pull.number,
      author: world.identity(r.user),
      authorAssociation: world.authorAssociation(fullName, r.user),
      body: r.body,
      state: r.state ?? 'COMMENTED',
      commitId: r.commitId ?? pull.head.sha,
      submittedAt: r.submittedAt ?? isoSeconds(),
    }),
  );
  const page = paginate(reviews, ctx.query, ctx.selfUrl);
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
};

const listPullCommits: Handler = (ctx, world) => {
  const lookup = findPull(ctx, world, DOCS.listCommits);
  if (lookup.error) return lookup.error;
  const { fullName, pull } = lookup.found;
  const author = pull.user ?? fullName.split('/')[0] ?? '';
  const commits = (pull.commits ?? [{ sha: pull.head.sha }]).map((c: { sha: string; author?: string; committer?: string; unlinked?: boolean }) => {
    const shown = commit(world.apiUrl(), {
      repo: fullName,
      sha: c.sha,
      author: world.identity(c.author ?? author),
      committer: world.identity(c.committer ?? c.author ?? author),
      message: 'commit',
      date: FIXED_TIMESTAMP,
    });
    // GitHub gives null for a person whose email no account claims.
    return c.unlinked ? { ...shown, author: null, committer: null } : shown;
  });
  const page = paginate(commits, ctx.query, ctx.selfUrl);
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
};

const createStatus: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.createStatus);
  const body = ctx.body as { state: string; context?: string; description?: string; target_url?: string };
  const status = {
    id: 90_000_000 + world.state.statuses.length,
    repo: found.fullName,
    sha: param(ctx, 'sha'),
    state: body.state,
    context: body.context ?? 'default',
    description: body.description ?? null,
    targetUrl: body.target_url ?? null,
    creator: ctx.identity.login,
    createdAt: isoSeconds(),
  };
  world.state.statuses.push(status);
  return { status: 201, body: commitStatus(world.apiUrl(), { ...status, creator: ctx.identity }) };
};

const pullsForCommit: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.commitPulls);
  const sha = param(ctx, 'commit_sha');
  const pulls = Object.values(found.repo.pulls ?? {}).filter((p) => p.head.sha === sha || p.mergedAs === sha);
  const body = pulls.map((p) => {
    const author = world.identity(p.user ?? found.fullName.split('/')[0] ?? '');
    return pullRequest(world.apiUrl(), {
      number: p.number,
      title: p.title ?? `Pull request #${p.number}`,
      body: p.body === undefined ? null : p.body,
      state: p.state ?? 'open',
      draft: p.draft ?? false,
      author,
      authorAssociation: world.authorAssociation(found.fullName, author.login),
      base: { ref: p.base.ref, sha: p.base.sha, repo: world.repoFacts(found.fullName) },
      head: { ref: p.head.ref, sha: p.head.sha, repo: world.repoFacts(found.fullName) },
      comments: 0,
      additions: 0,
      deletions: 0,
      changedFiles: 0,
      mergeable: p.mergeable === undefined ? true : p.mergeable,
      mergeCommitSha: p.mergedAs ?? p.mergeCommitSha ?? null,
    });
  });
  return { status: 200, body };
};

const teamMember: Handler = (ctx, world) => {
  const org = param(ctx, 'org');
  const team = param(ctx, 'team_slug');
  const login = param(ctx, 'username');
  const token = Object.entries(world.state.users).find(([, who]) => who.login === ctx.identity.login)?.[0];
  if (!token || !(world.state.teamReaders ?? []).includes(token)) return { status: 403, body: basicError(403, 'Resource not accessible by integration', DOCS.teamMembership) };
  const members = world.state.teams?.[`${org}/${team}`];
  if (!members?.some((m) => m.toLowerCase() === login.toLowerCase())) return notFound(DOCS.teamMembership);
  return { status: 200, body: teamMembership(world.apiUrl(), org, team, login) };
};

// ---------------------------------------------------------------------------------------------
// Actions

const getWorkflowRun: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  const id = Number(param(ctx, 'run_id'));
  const run = found?.repo.runs?.[id];
  if (!found || !run) return notFound(DOCS.getRun);
  const created = run.createdAt ?? isoSeconds();
  const body = workflowRun(world.apiUrl(), {
    id,
    attempt: run.attempt ?? 1,
    path: run.path,
    event: run.event ?? 'pull_request',
    status: run.status ?? 'in_progress',
    headSha: run.headSha ?? fakeSha(`run ${id}`),
    headBranch: 'feature',
    createdAt: created,
    updatedAt: run.updatedAt ?? created,
    repo: world.repoFacts(found.fullName),
    actor: world.identity(found.fullName.split('/')[0] ?? ''),
  });
  return { status: 200, body };
};

const listMatchingRefs: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.matchingRefs);
  const prefix = param(ctx, 'ref');
  const api = world.apiUrl();
  const body = Object.entries(found.repo.refs ?? {})
    .filter(([name]) => name.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, sha]) => ({
      ref: `refs/${name}`,
      node_id: prefixedNodeId('REF', stableId(name)),
      url: `${api}/repos/${found.fullName}/git/refs/${name}`,
      object: { type: 'commit', sha, url: `${api}/repos/${found.fullName}/git/commits/${sha}` },
    }));
  return { status: 200, body };
};

const compareCommits: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.compare);
  const [base = '', head = ''] = param(ctx, 'basehead').split('...');
  // Without a history given, the head is one commit on its base.
  const listed = found.repo.history?.[head] ?? [head];
  const api = world.apiUrl();
  const owner = world.identity(found.fullName.split('/')[0] ?? '');
  const at = (sha: string) => commit(api, { repo: found.fullName, sha, author: owner, committer: owner, message: 'commit', date: FIXED_TIMESTAMP });
  // GitHub lists at most 250 commits in a comparison, and says how many there were.
  const commits = listed.slice(0, 250).map(at);
  const web = `https://github.com/${found.fullName}/compare/${base}...${head}`;
  return {
    status: 200,
    body: {
      url: `${api}/repos/${found.fullName}/compare/${base}...${head}`,
      html_url: web,
      permalink_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      base_commit: at(base),
      merge_base_commit: at(base),
      status: listed.length === 0 ? 'identical' : 'ahead',
      ahead_by: listed.length,
      behind_by: 0,
      total_commits: listed.length,
      commits,
    },
  };
};

export const DEFAULT_PUSH_AT = '2020-01-01T00:00:00Z';

/** Pushes to the head branches of the pull requests whose head lives in this repository, as GitHub records them. */
const listActivities: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.activity);
  const api = world.apiUrl();
  const wanted = ctx.query.get('ref');
  const actor = world.identity(found.fullName.split('/')[0] ?? '');
  const zero = '0'.repeat(40);
  const all = Object.entries(world.state.repos).flatMap(([name, repo]) =>
    Object.values(repo.pulls ?? {})
      .filter((p) => headRepoName(name, p).toLowerCase() === found.fullName.toLowerCase())
      .flatMap((p) =>
        (p.pushes ?? [{ sha: p.head.sha, at: DEFAULT_PUSH_AT }]).map((push, i, list) => ({
          id: stableId(`${name}#${p.number}:${i}`),
          node_id: prefixedNodeId('RA', stableId(`${name}#${p.number}:${i}`)),
          before: i === 0 ? zero : (list[i - 1] as { sha: string }).sha,
          after: push.sha,
          ref: `refs/heads/${p.head.ref}`,
          timestamp: push.at,
          activity_type: i === 0 ? 'branch_creation' : push.forced ? 'force_push' : 'push',
          actor: simpleUser(api, actor),
        })),
      ),
  );
  const matching = all.filter((a) => !wanted || a.ref === wanted || a.ref === `refs/heads/${wanted}`);
  matching.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
  if (ctx.query.get('direction') === 'asc') matching.reverse();
  const perPage = Math.min(100, Number(ctx.query.get('per_page') ?? 30) || 30);
  return { status: 200, body: matching.slice(0, perPage) };
};

/** Rules without parameters only: their shape is the type and where the ruleset lives. */
const getBranchRules: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.branchRules);
  const types = found.repo.branchRules?.[param(ctx, 'branch')] ?? [];
  return {
    status: 200,
    body: types.map((type, i) => ({ type, ruleset_source_type: 'Repository', ruleset_source: found.fullName, ruleset_id: 100 + i })),
  };
};

const getBranchProtection: Handler = (ctx, world) => {
  const found = world.repo(param(ctx, 'owner'), param(ctx, 'repo'));
  if (!found) return notFound(DOCS.protection);
  const branch = param(ctx, 'branch');
  const rule = found.repo.protection?.[branch];
  if (!rule) return notFound(DOCS.protection, 'Branch not protected');
  if (!(found.repo.protectionReaders ?? []).includes(ctx.identity.login)) return notFound(DOCS.protection);
  const url = `${world.apiUrl()}/repos/${found.fullName}/branches/${encodeURIComponent(branch)}/protection`;
  return { status: 200, body: { url, enabled: true, block_creations: { enabled: rule.blockCreations } } };
};

export const restHandlers: Readonly<Record<string, Handler>> = {
  'repos/get-content': getContent,
  'git/get-tree': getTree,
  'git/get-blob': getBlob,
  'pulls/get': getPull,
  'pulls/list-files': listPullFiles,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'users/get-authenticated': getAuthenticatedUser,
  'actions/get-workflow-run': getWorkflowRun,
  'pulls/list-reviews': listReviews,
  'pulls/list-commits': listPullCommits,
  'repos/create-commit-status': createStatus,
  'repos/list-pull-requests-associated-with-commit': pullsForCommit,
  'teams/get-membership-for-user-in-org': teamMember,
  'git/list-matching-refs': listMatchingRefs,
  'repos/compare-commits-with-basehead': compareCommits,
  'repos/list-activities': listActivities,
  'repos/get-branch-rules': getBranchRules,
  'repos/get-branch-protection': getBranchProtection,
  'repos/download-tarball-archive': downloadTarball,
};

/** What startEmulator pre-compiles validators for: the operations above and the statuses they send. */
export const EMULATED_OPERATIONS = [
  { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/git/trees/{tree_sha}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/git/blobs/{file_sha}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/files', statuses: [200] },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', statuses: [200, 404] },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', statuses: [201, 404, 422] },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', statuses: [200, 422] },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', statuses: [204] },
  { method: 'GET', template: '/user', statuses: [200, 403] },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/runs/{run_id}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', statuses: [200] },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/commits', statuses: [200] },
  { method: 'POST', template: '/repos/{owner}/{repo}/statuses/{sha}', statuses: [201] },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', statuses: [200] },
  { method: 'GET', template: '/orgs/{org}/teams/{team_slug}/memberships/{username}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/git/matching-refs/{ref}', statuses: [200] },
  { method: 'GET', template: '/repos/{owner}/{repo}/compare/{basehead}', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/activity', statuses: [200] },
  { method: 'GET', template: '/repos/{owner}/{repo}/rules/branches/{branch}', statuses: [200] },
  { method: 'GET', template: '/repos/{owner}/{repo}/branches/{branch}/protection', statuses: [200, 404] },
  { method: 'GET', template: '/repos/{owner}/{repo}/tarball/{ref}', statuses: [302, 404] },
] as const;
