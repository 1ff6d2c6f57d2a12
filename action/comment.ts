import { createHash } from 'node:crypto';
import type { GitHubApi, IssueComment, Repo } from './github-api.js';

// One sticky comment per pull request (per `comment-key`). It is ours only if it starts with our marker
// AND was written by the token's own identity: anyone can paste a marker into their own comment, and
// any workflow of the repository can post as the same bot, so what its metadata claims is checked too.
const MARKER = 'genai-clearance:sticky';
export const COMMENT_LIMIT = 65_536;

export interface Meta {
  v: 1;
  /** Head commit the comment describes. */
  head: string;
  packs: string[];
  /** When the run that wrote it started. */
  at: string;
  /** The run that wrote it (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT): an older run never overwrites a newer one. */
  run?: number;
  attempt?: number;
  /** Hash of the visible body as written. */
  hash: string;
  state: 'fail' | 'pass';
}

const markerName = (key: string) => (key ? `${MARKER}:${key}` : MARKER);

export function markerLine(meta: Meta, key = ''): string {
  // The head SHA and pack names come from the event and packs; strip anything that could close the
  // HTML comment early.
  return `<!-- ${markerName(key)} ${JSON.stringify(meta).replace(/--|>/g, '')} -->`;
}

function parseMarker(body: string, key = ''): Meta | undefined {
  const m = new RegExp(`^<!-- ${markerName(key).replace(/[.]/g, '\\.')} (\\{.*?\\}) -->`).exec(body);
  if (!m) return undefined;
  try {
    const meta = JSON.parse(m[1] as string) as Meta;
    return meta.v === 1 && typeof meta.at === 'string' ? meta : undefined;
  } catch {
    return undefined;
  }
}

export function bodyHash(visible: string): string {
  return createHash('sha256').update(visible).digest('hex').slice(0, 16);
}

export type CommentAction = 'created' | 'updated' | 'recreated' | 'unchanged' | 'skipped-newer' | 'not-needed';

/** This run, as the Actions API knows it: claims of a newer run are checked against it. */
export interface RunIdentity {
  id: number;
  attempt: number;
  /** The workflow file (from GITHUB_WORKFLOW_REF); a claimed run must be a run of the same workflow. */
  workflowPath?: string;
}

export interface StickyRequest {
  api: GitHubApi;
  repo: Repo;
  issue: number;
  /** Visible body, within the limit minus the marker. `resolved`: a passing run replaces an earlier comment. */
  visible: (resolved: boolean) => string;
  meta: Omit<Meta, 'hash'>;
  /** `on-change` creates a comment only for a failing check; an existing one is always kept current. */
  mode: 'always' | 'on-change';
  key?: string;
  run?: RunIdentity;
  /** Why a claim was not believed, for the log. */
  onDistrust?: (message: string) => void;
}

type Ours = IssueComment & { meta: Meta };

export async function upsertSticky(req: StickyRequest): Promise<{ action: CommentAction; id?: number }> {
  const { api, repo, issue } = req;
  const key = req.key ?? '';
  const viewer = await api.viewerLogin();
  const mine = await ourComments(api, repo, issue, viewer, key);
  const existing = mine[0];
  const visible = req.visible(req.meta.state === 'pass' && existing !== undefined);
  const meta: Meta = { ...req.meta, hash: bodyHash(visible) };
  const body = `${markerLine(meta, key)}\n${visible}`;

  if (!existing) {
    if (meta.state === 'pass' && req.mode === 'on-change') return { action: 'not-needed' };
    const created = await api.createComment(repo, issue, body);
    // find-then-create is not atomic: if a concurrent run also created one, keep the oldest only.
    const after = await ourComments(api, repo, issue, viewer, key);
    const keep = after[0];
    for (const extra of after.slice(1)) await api.deleteComment(repo, extra.id);
    if (keep && keep.id !== created.id) {
      const action = await writeIfNewer(req, keep, meta, body);
      return { action: action === 'unchanged' ? 'unchanged' : 'updated', id: keep.id };
    }
    return { action: 'created', id: created.id };
  }
  for (const extra of mine.slice(1)) await api.deleteComment(repo, extra.id);
  const action = await writeIfNewer(req, existing, meta, body);
  return { action, id: existing.id };
}

async function writeIfNewer(req: StickyRequest, existing: Ours, meta: Meta, body: string): Promise<CommentAction> {
  const { api, repo } = req;
  if (await claimsNewerRun(req, existing, meta)) return 'skipped-newer';
  const visibleNow = existing.body.slice(existing.body.indexOf('\n') + 1);
  // Judged on the text actually there, not on the hash its metadata claims.
  if (existing.meta.head === meta.head && bodyHash(visibleNow) === meta.hash) return 'unchanged';
  try {
    await api.updateComment(repo, existing.id, body);
    return 'updated';
  } catch (err) {
    // Deleted while this run was working: the pull request still needs its comment.
    if ((err as { status?: number }).status !== 404) throw err;
    await api.createComment(repo, req.issue, body);
    return 'recreated';
  }
}

/**
 * Whether the comment was written by a newer run of this workflow, so this older run must leave it. The
 * metadata is only a claim (another workflow posting as the same bot can write anything), so it counts
 * only when the Actions API confirms it: the run exists, is a run of this workflow, is newer than this
 * one, and, if it has completed, the comment was not edited after it ended.
 */
async function claimsNewerRun(req: StickyRequest, existing: Ours, meta: Meta): Promise<boolean> {
  const claim = existing.meta;
  const self = req.run;
  if (!self) return claim.at > meta.at;
  if (claim.run === undefined) {
    if (claim.at > meta.at) req.onDistrust?.(`comment ${existing.id} claims a newer run without naming it; it is replaced`);
    return false;
  }
  const newer = claim.run > self.id || (claim.run === self.id && (claim.attempt ?? 1) > self.attempt);
  if (!newer) return false;
  const run = await req.api.getWorkflowRun(req.repo, claim.run);
  const distrust = (why: string) => {
    req.onDistrust?.(`comment ${existing.id} claims to come from run ${claim.run}, but ${why}; it is replaced`);
    return false;
  };
  if (!run) return distrust('no such run exists in this repository');
  if (self.workflowPath && run.path !== self.workflowPath) return distrust(`that run is of ${run.path}, not ${self.workflowPath}`);
  if ((claim.attempt ?? 1) > run.attempt) return distrust(`that run has no attempt ${claim.attempt}`);
  if (bodyHash(existing.body.slice(existing.body.indexOf('\n') + 1)) !== claim.hash) return distrust('its text does not match what that run wrote');
  if (run.status === 'completed' && existing.updatedAt > run.updatedAt) return distrust('it was edited after that run completed');
  return true;
}

async function ourComments(api: GitHubApi, repo: Repo, issue: number, viewer: string, key: string): Promise<Ours[]> {
  const all = await api.listComments(repo, issue);
  return all
    .filter((c) => c.userLogin === viewer)
    .map((c) => ({ ...c, meta: parseMarker(c.body, key) }))
    .filter((c): c is Ours => c.meta !== undefined)
    .sort((a, b) => a.id - b.id);
}
