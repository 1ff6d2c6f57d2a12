import { createHash } from 'node:crypto';
import type { GitHubApi, IssueComment, Repo } from './github-api.js';

// One sticky comment per pull request. It is ours only if it starts with our marker AND was written by
// the token's own identity: anyone can paste a marker into their own comment.
const MARKER = 'genai-clearance:sticky';
export const COMMENT_LIMIT = 65_536;

export interface Meta {
  v: 1;
  /** Head commit the comment describes. */
  head: string;
  packs: string[];
  /** When the run that wrote it started: an older run never overwrites a newer one. */
  at: string;
  /** Hash of the visible body: unchanged bodies are not rewritten. */
  hash: string;
  state: 'fail' | 'pass';
}

export function markerLine(meta: Meta): string {
  // JSON.stringify escapes nothing HTML-significant in these fields, but the head SHA and pack names
  // come from the event and packs; strip anything that could close the comment early.
  return `<!-- ${MARKER} ${JSON.stringify(meta).replace(/--|>/g, '')} -->`;
}

export function parseMarker(body: string): Meta | undefined {
  const m = new RegExp(`^<!-- ${MARKER} (\\{.*?\\}) -->`).exec(body);
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

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'skipped-newer' | 'not-needed';

export interface StickyRequest {
  api: GitHubApi;
  repo: Repo;
  issue: number;
  /** Visible body, within the limit minus the marker. `resolved`: a passing run replaces an earlier comment. */
  visible: (resolved: boolean) => string;
  meta: Omit<Meta, 'hash'>;
  /** `on-change` creates a comment only for a failing check; an existing one is always kept current. */
  mode: 'always' | 'on-change';
}

export async function upsertSticky(req: StickyRequest): Promise<{ action: CommentAction; id?: number }> {
  const { api, repo, issue } = req;
  const viewer = await api.viewerLogin();
  const mine = await ourComments(api, repo, issue, viewer);
  const existing = mine[0];
  const visible = req.visible(req.meta.state === 'pass' && existing !== undefined);
  const meta: Meta = { ...req.meta, hash: bodyHash(visible) };
  const body = `${markerLine(meta)}\n${visible}`;

  if (!existing) {
    if (meta.state === 'pass' && req.mode === 'on-change') return { action: 'not-needed' };
    const created = await api.createComment(repo, issue, body);
    // find-then-create is not atomic: if a concurrent run also created one, keep the oldest only.
    const after = await ourComments(api, repo, issue, viewer);
    const keep = after[0];
    for (const extra of after.slice(1)) await api.deleteComment(repo, extra.id);
    if (keep && keep.id !== created.id) {
      await writeIfNewer(api, repo, keep, meta, body);
      return { action: 'updated', id: keep.id };
    }
    return { action: 'created', id: created.id };
  }
  for (const extra of mine.slice(1)) await api.deleteComment(repo, extra.id);
  const action = await writeIfNewer(api, repo, existing, meta, body);
  return { action, id: existing.id };
}

async function writeIfNewer(api: GitHubApi, repo: Repo, existing: IssueComment & { meta: Meta }, meta: Meta, body: string): Promise<CommentAction> {
  if (existing.meta.at > meta.at) return 'skipped-newer';
  if (existing.meta.hash === meta.hash && existing.meta.head === meta.head) return 'unchanged';
  await api.updateComment(repo, existing.id, body);
  return 'updated';
}

async function ourComments(api: GitHubApi, repo: Repo, issue: number, viewer: string): Promise<Array<IssueComment & { meta: Meta }>> {
  const all = await api.listComments(repo, issue);
  return all
    .filter((c) => c.userLogin === viewer)
    .map((c) => ({ ...c, meta: parseMarker(c.body) }))
    .filter((c): c is IssueComment & { meta: Meta } => c.meta !== undefined)
    .sort((a, b) => a.id - b.id);
}
