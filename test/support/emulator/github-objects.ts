// Factories for the JSON objects api.github.com returns, shaped after GitHub's OpenAPI components
// (simple-user, repository, pull-request, issue-comment, content-file, diff-entry, ...). Values are
// made up but stable, and URLs that clients might follow point back at the emulator (`api`).

import { createHash } from 'node:crypto';

export const WEB_URL = 'https://github.com';
export const FIXED_TIMESTAMP = '2024-01-02T03:04:05Z';

export interface Identity {
  login: string;
  id: number;
  type: 'Bot' | 'User' | 'Organization';
  name?: string;
}

/** GitHub's timestamps have second precision and a `Z` suffix. */
export function isoSeconds(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stable, realistic-looking positive id derived from text (FNV-1a). */
export function stableId(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 1_000_000 + (hash % 900_000_000);
}

/** Legacy global node id, e.g. `MDM6Qm90NDE4OTgyODI=` for the github-actions bot. */
export function legacyNodeId(typeName: string, id: number): string {
  return Buffer.from(`0${typeName.length}:${typeName}${id}`).toString('base64');
}

/** Newer prefixed node ids (`IC_kwDO...`, `PR_kwDO...`); GitHub's are opaque, so is this one. */
export function prefixedNodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

/** The object id git gives a blob with these bytes. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export function fakeSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A path with each segment percent-encoded, for use inside URLs. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function simpleUser(api: string, who: Identity) {
  const login = encodeURIComponent(who.login);
  const user = `${api}/users/${login}`;
  const isBot = who.type === 'Bot';
  return {
    login: who.login,
    id: who.id,
    node_id: legacyNodeId(who.type, who.id),
    avatar_url: isBot ? `https://avatars.githubusercontent.com/in/${who.id % 100_000}?v=4` : `https://avatars.githubusercontent.com/u/${who.id}?v=4`,
    gravatar_id: '',
    url: user,
    html_url: isBot ? `${WEB_URL}/apps/${encodeURIComponent(who.login.replace(/\[bot\]$/, ''))}` : `${WEB_URL}/${login}`,
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: who.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user` as the user sees themself (the private-user component). */
export function privateUser(api: string, who: Identity) {
  return {
    ...simpleUser(api, who),
    user_view_type: 'private',
    name: who.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: FIXED_TIMESTAMP,
    updated_at: FIXED_TIMESTAMP,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export interface RepositoryFacts {
  fullName: string;
  id: number;
  owner: Identity;
  defaultBranch: string;
  private: boolean;
  fork: boolean;
}

export function repository(api: string, repo: RepositoryFacts) {
  const name = repo.fullName.split('/')[1] ?? repo.fullName;
  const base = `${api}/repos/${repo.fullName}`;
  const web = `${WEB_URL}/${repo.fullName}`;
  return {
    id: repo.id,
    node_id: prefixedNodeId('R', repo.id),
    name,
    full_name: repo.fullName,
    owner: simpleUser(api, repo.owner),
    private: repo.private,
    html_url: web,
    description: null,
    fork: repo.fork,
    url: base,
    forks_url: `${base}/forks`,
    keys_url: `${base}/keys{/key_id}`,
    collaborators_url: `${base}/collaborators{/collaborator}`,
    teams_url: `${base}/teams`,
    hooks_url: `${base}/hooks`,
    issue_events_url: `${base}/issues/events{/number}`,
    events_url: `${base}/events`,
    assignees_url: `${base}/assignees{/user}`,
    branches_url: `${base}/branches{/branch}`,
    tags_url: `${base}/tags`,
    blobs_url: `${base}/git/blobs{/sha}`,
    git_tags_url: `${base}/git/tags{/sha}`,
    git_refs_url: `${base}/git/refs{/sha}`,
    trees_url: `${base}/git/trees{/sha}`,
    statuses_url: `${base}/statuses/{sha}`,
    languages_url: `${base}/languages`,
    stargazers_url: `${base}/stargazers`,
    contributors_url: `${base}/contributors`,
    subscribers_url: `${base}/subscribers`,
    subscription_url: `${base}/subscription`,
    commits_url: `${base}/commits{/sha}`,
    git_commits_url: `${base}/git/commits{/sha}`,
    comments_url: `${base}/comments{/number}`,
    issue_comment_url: `${base}/issues/comments{/number}`,
    contents_url: `${base}/contents/{+path}`,
    compare_url: `${base}/compare/{base}...{head}`,
    merges_url: `${base}/merges`,
    archive_url: `${base}/{archive_format}{/ref}`,
    downloads_url: `${base}/downloads`,
    issues_url: `${base}/issues{/number}`,
    pulls_url: `${base}/pulls{/number}`,
    milestones_url: `${base}/milestones{/number}`,
    notifications_url: `${base}/notifications{?since,all,participating}`,
    labels_url: `${base}/labels{/name}`,
    releases_url: `${base}/releases{/id}`,
    deployments_url: `${base}/deployments`,
    created_at: FIXED_TIMESTAMP,
    updated_at: FIXED_TIMESTAMP,
    pushed_at: FIXED_TIMESTAMP,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: repo.defaultBranch,
  };
}

export type AuthorAssociation = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE';

export interface PullRequestFacts {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  author: Identity;
  authorAssociation: AuthorAssociation;
  base: { ref: string; sha: string; repo: RepositoryFacts };
  head: { ref: string; sha: string; repo: RepositoryFacts };
  comments: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  /** `null` while GitHub is still computing it; false when the pull request has conflicts. */
  mergeable: boolean | null;
  mergeCommitSha: string | null;
  /** Merged: GitHub then reports the merge commit on the base branch and no mergeability. */
  merged?: boolean;
}

export function pullRequest(api: string, pr: PullRequestFacts) {
  const base = `${api}/repos/${pr.base.repo.fullName}`;
  const url = `${base}/pulls/${pr.number}`;
  const htmlUrl = `${WEB_URL}/${pr.base.repo.fullName}/pull/${pr.number}`;
  const issueUrl = `${base}/issues/${pr.number}`;
  const commentsUrl = `${issueUrl}/comments`;
  const reviewCommentsUrl = `${url}/comments`;
  const reviewCommentUrl = `${base}/pulls/comments{/number}`;
  const commitsUrl = `${url}/commits`;
  const statusesUrl = `${base}/statuses/${pr.head.sha}`;
  const branch = (side: PullRequestFacts['base']) => ({
    label: `${side.repo.owner.login}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(api, side.repo.owner),
    repo: repository(api, side.repo),
  });
  const id = stableId(`${pr.base.repo.fullName}#${pr.number}`);
  return {
    url,
    id,
    node_id: prefixedNodeId('PR', id),
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: commitsUrl,
    review_comments_url: reviewCommentsUrl,
    review_comment_url: reviewCommentUrl,
    comments_url: commentsUrl,
    statuses_url: statusesUrl,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(api, pr.author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: FIXED_TIMESTAMP,
    updated_at: FIXED_TIMESTAMP,
    closed_at: null,
    merged_at: pr.merged ? FIXED_TIMESTAMP : null,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pr.head),
    base: branch(pr.base),
    _links: {
      self: { href: url },
      html: { href: htmlUrl },
      issue: { href: issueUrl },
      comments: { href: commentsUrl },
      review_comments: { href: reviewCommentsUrl },
      review_comment: { href: reviewCommentUrl },
      commits: { href: commitsUrl },
      statuses: { href: statusesUrl },
    },
    author_association: pr.authorAssociation,
    auto_merge: null,
    draft: pr.draft,
    merged: pr.merged ?? false,
    mergeable: pr.mergeable,
    rebaseable: pr.mergeable,
    mergeable_state: pr.mergeable === null ? 'unknown' : pr.mergeable ? 'clean' : 'dirty',
    merged_by: null,
    comments: pr.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: pr.additions,
    deletions: pr.deletions,
    changed_files: pr.changedFiles,
  };
}

export interface IssueCommentFacts {
  id: number;
  repo: string;
  issue: number;
  isPullRequest: boolean;
  body: string;
  author: Identity;
  authorAssociation: AuthorAssociation;
  createdAt: string;
  updatedAt: string;
}

export function issueComment(api: string, c: IssueCommentFacts) {
  const url = `${api}/repos/${c.repo}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: prefixedNodeId('IC', c.id),
    url,
    html_url: `${WEB_URL}/${c.repo}/${c.isPullRequest ? 'pull' : 'issues'}/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(api, c.author),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/repos/${c.repo}/issues/${c.issue}`,
    author_association: c.authorAssociation,
    performed_via_github_app: null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

export interface ContentFacts {
  repo: string;
  ref: string;
  path: string;
}

// GitHub stops inlining file content above 1 MB and answers with encoding "none" and empty content.
export const MAX_INLINE_CONTENT_BYTES = 1024 * 1024;

function contentLinks(api: string, at: ContentFacts, kind: 'blob' | 'tree', sha: string) {
  const self = `${api}/repos/${at.repo}/contents/${encodePath(at.path)}?ref=${encodeURIComponent(at.ref)}`;
  const git = `${api}/repos/${at.repo}/git/${kind === 'blob' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${WEB_URL}/${at.repo}/${kind}/${encodePath(at.ref)}/${encodePath(at.path)}`;
  return { self, git, html };
}

function entryBase(api: string, at: ContentFacts, type: 'file' | 'dir', sha: string, size: number) {
  const links = contentLinks(api, at, type === 'file' ? 'blob' : 'tree', sha);
  return {
    type,
    size,
    name: at.path.split('/').pop() ?? at.path,
    path: at.path,
    sha,
    url: links.self,
    git_url: links.git,
    html_url: links.html,
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${at.repo}/${encodePath(at.ref)}/${encodePath(at.path)}` : null,
    _links: links,
  };
}

/** Base64 the way the contents API sends it: wrapped at 60 columns, newline-terminated. */
export function wrappedBase64(content: Buffer): string {
  const flat = content.toString('base64');
  return flat.length === 0 ? '' : `${flat.match(/.{1,60}/g)?.join('\n') ?? flat}\n`;
}

export function contentFile(api: string, at: ContentFacts, content: Buffer) {
  const inline = content.length <= MAX_INLINE_CONTENT_BYTES;
  return {
    ...entryBase(api, at, 'file', gitBlobSha(content), content.length),
    type: 'file' as const,
    content: inline ? wrappedBase64(content) : '',
    encoding: inline ? 'base64' : 'none',
  };
}

/** One entry of a directory listing: a file (size, no content) or a sub-directory. */
export function contentEntry(api: string, at: ContentFacts, entry: { type: 'file'; content: Buffer } | { type: 'dir'; sha: string }) {
  return entry.type === 'file' ? entryBase(api, at, 'file', gitBlobSha(entry.content), entry.content.length) : entryBase(api, at, 'dir', entry.sha, 0);
}

export type DiffStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface DiffFacts {
  repo: string;
  headSha: string;
  filename: string;
  status: DiffStatus;
  sha: string | null;
  additions: number;
  deletions: number;
  patch?: string | undefined;
  previousFilename?: string;
}

export function diffEntry(api: string, d: DiffFacts) {
  const path = encodePath(d.filename);
  return {
    sha: d.sha,
    filename: d.filename,
    status: d.status,
    additions: d.additions,
    deletions: d.deletions,
    changes: d.additions + d.deletions,
    blob_url: `${WEB_URL}/${d.repo}/blob/${d.headSha}/${path}`,
    raw_url: `${WEB_URL}/${d.repo}/raw/${d.headSha}/${path}`,
    contents_url: `${api}/repos/${d.repo}/contents/${path}?ref=${d.headSha}`,
    ...(d.patch === undefined ? {} : { patch: d.patch }),
    ...(d.previousFilename === undefined ? {} : { previous_filename: d.previousFilename }),
  };
}

export function basicError(status: number, message: string, documentationUrl = 'https://docs.github.com/rest') {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

export interface FieldError {
  resource: string;
  code: string;
  field: string;
  message?: string;
}

export function validationFailed(errors: FieldError[], documentationUrl: string) {
  return { message: 'Validation Failed', errors, documentation_url: documentationUrl, status: '422' };
}

export interface WorkflowRunFacts {
  id: number;
  attempt: number;
  /** The workflow file, e.g. `.github/workflows/genai.yml`. */
  path: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  headSha: string;
  headBranch: string;
  createdAt: string;
  updatedAt: string;
  repo: RepositoryFacts;
  actor: Identity;
}

export function workflowRun(api: string, run: WorkflowRunFacts) {
  const base = `${api}/repos/${run.repo.fullName}/actions/runs/${run.id}`;
  const workflowId = stableId(run.path);
  const repo = repository(api, run.repo);
  return {
    id: run.id,
    name: run.path.replace(/^.*\//, ''),
    node_id: prefixedNodeId('WFR', run.id),
    check_suite_id: stableId(`suite ${run.id}`),
    check_suite_node_id: prefixedNodeId('CS', stableId(`suite ${run.id}`)),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    run_number: run.id % 100000,
    run_attempt: run.attempt,
    event: run.event,
    status: run.status,
    conclusion: run.status === 'completed' ? 'success' : null,
    workflow_id: workflowId,
    url: base,
    html_url: `${WEB_URL}/${run.repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: simpleUser(api, run.actor),
    triggering_actor: simpleUser(api, run.actor),
    run_started_at: run.createdAt,
    jobs_url: `${base}/jobs`,
    logs_url: `${base}/logs`,
    check_suite_url: `${api}/repos/${run.repo.fullName}/check-suites/${stableId(`suite ${run.id}`)}`,
    artifacts_url: `${base}/artifacts`,
    cancel_url: `${base}/cancel`,
    rerun_url: `${base}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/repos/${run.repo.fullName}/actions/workflows/${workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: fakeSha(`tree ${run.headSha}`),
      message: 'commit',
      timestamp: run.createdAt,
      author: { name: 'A. Author', email: 'author@example.com' },
      committer: { name: 'A. Author', email: 'author@example.com' },
    },
    repository: repo,
    head_repository: repo,
    display_title: 'GenAI clearance',
  };
}

export interface ReviewFacts {
  id: number;
  repo: string;
  pull: number;
  author: Identity;
  authorAssociation: AuthorAssociation;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  commitId: string;
  submittedAt: string;
}

export function pullRequestReview(api: string, r: ReviewFacts) {
  const html = `${WEB_URL}/${r.repo}/pull/${r.pull}#pullrequestreview-${r.id}`;
  const pullUrl = `${api}/repos/${r.repo}/pulls/${r.pull}`;
  return {
    id: r.id,
    node_id: prefixedNodeId('PRR', r.id),
    user: simpleUser(api, r.author),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: r.authorAssociation,
  };
}

export interface CommitFacts {
  repo: string;
  sha: string;
  author: Identity;
  committer: Identity;
  message: string;
  date: string;
}

export function commit(api: string, c: CommitFacts) {
  const url = `${api}/repos/${c.repo}/commits/${c.sha}`;
  const person = (who: Identity) => ({ name: who.login, email: `${who.id}+${who.login}@users.noreply.github.com`, date: c.date });
  return {
    url,
    sha: c.sha,
    node_id: prefixedNodeId('C', stableId(c.sha)),
    html_url: `${WEB_URL}/${c.repo}/commit/${c.sha}`,
    comments_url: `${url}/comments`,
    commit: {
      author: person(c.author),
      committer: person(c.committer),
      comment_count: 0,
      message: c.message,
      tree: { sha: fakeSha(`tree ${c.sha}`), url: `${api}/repos/${c.repo}/git/trees/${fakeSha(`tree ${c.sha}`)}` },
      url: `${api}/repos/${c.repo}/git/commits/${c.sha}`,
    },
    author: simpleUser(api, c.author),
    committer: simpleUser(api, c.committer),
    parents: [],
  };
}

export interface StatusFacts {
  id: number;
  repo: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: Identity;
  createdAt: string;
}

export function commitStatus(api: string, s: StatusFacts) {
  return {
    url: `${api}/repos/${s.repo}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: prefixedNodeId('SC', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: simpleUser(api, s.creator),
  };
}

export function teamMembership(api: string, org: string, team: string, login: string) {
  return { url: `${api}/orgs/${org}/teams/${team}/memberships/${encodeURIComponent(login)}`, role: 'member', state: 'active' };
}
