import { bundledPolicyDir, readPackDir } from '../src/io/files.js';
import type { PackFile } from '../src/policy/library.js';
import { compareText } from '../src/util/order.js';
import type { GitHubApi, Repo } from './github-api.js';

// Where the rules and approvals come from. Never the pull request's head: either the packs shipped in
// this Action, or a path read at the trusted ref, or a pinned `owner/repo/path@ref`.
export type Source = { kind: 'bundled' } | { kind: 'none' } | { kind: 'repo-path'; path: string } | { kind: 'external'; repo: Repo; path: string; ref: string };

export class SourceError extends Error {}

export function parseSource(text: string, input: string): Source {
  if (text === 'bundled') return { kind: 'bundled' };
  if (text === '') return { kind: 'none' };
  const ext = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/(.+)@([^@]+)$/.exec(text);
  if (ext) return { kind: 'external', repo: { owner: ext[1] as string, repo: ext[2] as string }, path: (ext[3] as string).replace(/\/+$/, ''), ref: ext[4] as string };
  if (text.includes('@')) throw new SourceError(`input ${input}: "${text}" is neither a path nor owner/repo/path@ref`);
  if (text.startsWith('/') || text.split('/').includes('..')) throw new SourceError(`input ${input}: "${text}" must be a path inside the repository`);
  return { kind: 'repo-path', path: text.replace(/^\.\//, '').replace(/\/+$/, '') };
}

export function describeSource(source: Source, repo: Repo, trustedRef: string): string {
  switch (source.kind) {
    case 'bundled':
      return 'the packs bundled with this action';
    case 'none':
      return 'none';
    case 'repo-path':
      return `${source.path} at ${repo.owner}/${repo.repo}@${trustedRef}`;
    case 'external':
      return `${source.path} at ${source.repo.owner}/${source.repo.repo}@${source.ref}`;
  }
}

interface Place {
  api: GitHubApi;
  repo: Repo;
  ref: string;
  path: string;
}

/** A branch as a full ref name, so a tag with the same name can never shadow it. */
const branchRef = (branch: string) => (/^[0-9a-f]{40}$/.test(branch) || branch.startsWith('refs/') ? branch : `refs/heads/${branch}`);

const shown = (ref: string) => ref.replace(/^refs\/heads\//, '');

function place(source: Source, ctx: { api: GitHubApi; policyApi: GitHubApi; repo: Repo; trustedRef: string }): Place | undefined {
  if (source.kind === 'repo-path') return { api: ctx.api, repo: ctx.repo, ref: branchRef(ctx.trustedRef), path: source.path };
  if (source.kind === 'external') return { api: ctx.policyApi, repo: source.repo, ref: source.ref, path: source.path };
  return undefined;
}

export async function loadPackFiles(source: Source, ctx: { api: GitHubApi; policyApi: GitHubApi; repo: Repo; trustedRef: string }): Promise<PackFile[]> {
  if (source.kind === 'bundled') {
    const dir = bundledPolicyDir();
    return readPackDir(dir, `${dir}/..`);
  }
  const at = place(source, ctx);
  if (!at) return [];
  const where = `${at.path} at ${at.repo.owner}/${at.repo.repo}@${shown(at.ref)}`;
  const packs = await at.api.listDir(at.repo, at.path, at.ref);
  if (!packs) throw new SourceError(`policy folder ${where} does not exist`);
  const files: PackFile[] = [];
  for (const dir of packs.filter((e) => e.type === 'dir')) {
    const entries = (await at.api.listDir(at.repo, dir.path, at.ref)) ?? [];
    for (const f of entries.filter((e) => e.type === 'file' && /^\d+\.\d+\.\d+\.yml$/.test(e.name))) {
      const bytes = await at.api.getFile(at.repo, f.path, at.ref);
      if (bytes === undefined) throw new SourceError(`policy file ${f.path} vanished while reading ${where}`);
      files.push({ path: f.path, bytes });
    }
  }
  if (files.length === 0) throw new SourceError(`no policy packs (<pack>/<semver>.yml) found in ${where}`);
  return files.sort((a, b) => compareText(a.path, b.path));
}

/**
 * The trusted configuration's bytes: read at the default branch (never the pull request), or at a pinned
 * `owner/repo/path@ref`. A missing file at the default place means "no configuration"; a missing file
 * the workflow named explicitly is an error.
 */
export async function loadConfigBytes(
  source: Source,
  explicit: boolean,
  ctx: { api: GitHubApi; policyApi: GitHubApi; repo: Repo; defaultBranch: string },
): Promise<{ path: string; bytes: Uint8Array } | undefined> {
  if (source.kind !== 'repo-path' && source.kind !== 'external') throw new SourceError('input config must be a path in the repository or owner/repo/path@ref');
  const at = place(source, { ...ctx, trustedRef: ctx.defaultBranch }) as Place;
  const bytes = await at.api.getFile(at.repo, at.path, at.ref);
  if (bytes === undefined) {
    if (explicit) throw new SourceError(`trusted configuration ${at.path} does not exist at ${at.repo.owner}/${at.repo.repo}@${shown(at.ref)}`);
    return undefined;
  }
  return { path: at.path, bytes };
}

export async function loadLedgerBytes(source: Source, ctx: { api: GitHubApi; policyApi: GitHubApi; repo: Repo; trustedRef: string }): Promise<{ path: string; bytes: Uint8Array } | undefined> {
  if (source.kind === 'none') return undefined;
  if (source.kind === 'bundled') throw new SourceError('input ledger cannot be "bundled": name a file at the trusted ref or owner/repo/path@ref');
  const at = place(source, ctx);
  if (!at) return undefined;
  const bytes = await at.api.getFile(at.repo, at.path, at.ref);
  if (bytes === undefined) throw new SourceError(`approvals ledger ${at.path} does not exist at ${at.repo.owner}/${at.repo.repo}@${shown(at.ref)}`);
  return { path: at.path, bytes };
}

/** Paths this pull request changes that the check itself depends on; the comment names them. */
export function trustedPathsTouched(changed: readonly string[], sources: readonly Source[]): string[] {
  const prefixes = ['action.yml', 'action.yaml', '.github/workflows/', 'dist/', 'policy/'];
  for (const s of sources) if (s.kind === 'repo-path') prefixes.push(s.path);
  return changed.filter((f) => prefixes.some((p) => f === p || f.startsWith(p.endsWith('/') ? p : `${p}/`) || f === p)).sort();
}
