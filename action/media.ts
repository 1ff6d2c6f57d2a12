// The media files the run judges, read as data through the API like the declarations (nothing is
// checked out or run): those the change adds or modifies (`scan: changed`, blobs that differ from the
// base), or every media file at the judged commit (`all`). Each blob is read, judged and dropped, a few
// at a time, so a pull request of large videos never sits in memory at once.
import type { ScanScope } from '../src/config/load.js';
import type { LoadedInput } from '../src/evaluate/inputs.js';
import { assetIndex } from '../src/evaluate/provenance.js';
import type { ProvenanceInput } from '../src/evaluate/provenance.js';
import { bufferSource } from '../src/provenance/byte-source.js';
import { isMediaPath, mapLimit, MAX_VALIDATE_BYTES, readMedia, trustAnchorsWith } from '../src/provenance/read-media.js';
import type { MediaRead } from '../src/provenance/types.js';
import { budgetShortfall } from '../src/render/words.js';
import { formatCount } from '../src/util/order.js';
import type { GitHubApi, Repo, TreeEntry } from './github-api.js';
import type { Refs } from './refs.js';

/** GitHub's blobs API serves files up to 100 MB; larger media are reported, not read. */
const MAX_MEDIA_BYTES = 100 * 1024 * 1024;
const AT_ONCE = 4;
/** Requests the rest of a run needs after the scan (comment, status, approvals), kept out of the scan's share. */
const AFTER_SCAN_REQUESTS = 50;

export interface MediaOptions {
  scope: ScanScope;
  /** The trusted configuration's further C2PA trust anchors. */
  configuredAnchors: string | undefined;
  /** The declarations read (with their base texts) and those the change deletes: which files they list and hash. */
  declarations: readonly LoadedInput[];
}

export async function readMediaFiles(api: GitHubApi, repo: Repo, refs: Refs, options: MediaOptions): Promise<ProvenanceInput | undefined> {
  if (options.scope === 'off') return undefined;
  const judged = (await api.listTree(repo, refs.judged)).filter((e) => isMediaPath(e.path));
  if (judged.length === 0) return { media: [], scope: options.scope === 'changed' && refs.base ? 'changed' : 'all' };
  const index = assetIndex(options.declarations);
  const trustAnchors = trustAnchorsWith(options.configuredAnchors);
  // Without a base (a manual run) nothing tells changed from unchanged: every file is read, and the report says so.
  const base = options.scope === 'changed' && refs.base ? new Map((await api.listTree(repo, refs.base)).map((e) => [e.path, e.sha])) : undefined;
  const wanted = base ? judged.filter((e) => base.get(e.path) !== e.sha || index.declared(e.path)) : judged;
  // One request per file read: refused up front when the budget cannot cover it, never a wait or a wrong green.
  const needed = wanted.filter((e) => e.size <= MAX_MEDIA_BYTES).length;
  const budget = api.budget();
  if (budget && needed + AFTER_SCAN_REQUESTS > budget.remaining) throw new Error(budgetShortfall(needed, budget.remaining, budget.resetAt));
  const media = await mapLimit(wanted, AT_ONCE, (entry) => readOne(api, repo, entry, trustAnchors, index.hashed.has(entry.path)));
  return { media, scope: base ? 'changed' : 'all' };
}

async function readOne(api: GitHubApi, repo: Repo, entry: TreeEntry, trustAnchors: string, hash: boolean): Promise<MediaRead> {
  if (entry.size > MAX_MEDIA_BYTES) {
    return {
      path: entry.path,
      size: entry.size,
      xmp: [],
      problems: [],
      notScanned: {
        code: 'over-cap',
        message: `${formatCount(entry.size)} bytes, over the ${formatCount(MAX_MEDIA_BYTES)} bytes the Action reads through the API; scan it with the CLI where it is stored`,
      },
    };
  }
  const bytes = await api.getBlob(repo, entry.sha);
  return readMedia(entry.path, bufferSource(bytes), { trustAnchors, maxValidateBytes: MAX_VALIDATE_BYTES, hash });
}
