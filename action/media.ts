// The media files the run judges, read as data through the API like the declarations (nothing is
// checked out or run): those the change adds or modifies (`scan: changed`, blobs that differ from the
// base), or every media file at the judged commit (`all`). Each file is read, judged and dropped, so a
// pull request of large videos never sits in memory at once: many files stream from one archive of the
// tree (archive.ts), a few are read one blobs request each.
import type { ScanScope } from '../src/config/load.js';
import type { LoadedInput } from '../src/evaluate/inputs.js';
import type { ProvenanceInput } from '../src/evaluate/provenance.js';
import { assetIndex } from '../src/evaluate/provenance.js';
import { bufferSource } from '../src/provenance/byte-source.js';
import { isMediaPath, MAX_VALIDATE_BYTES, mapLimit, readMedia, trustAnchorsWith } from '../src/provenance/read-media.js';
import type { MediaRead } from '../src/provenance/types.js';
import { budgetShortfall } from '../src/render/words.js';
import { formatCount } from '../src/util/order.js';
import { present } from '../src/util/present.js';
import { readArchive } from './archive.js';
import type { GitHubApi, Repo, TreeEntry } from './github-api.js';
import type { Refs } from './refs.js';

/** GitHub's blobs API serves files up to 100 MB; larger media are reported, not read. */
const MAX_MEDIA_BYTES = 100 * 1024 * 1024;
const AT_ONCE = 4;
/**
 * Many files come from one archive of the tree (one request); a few cost less one request each than
 * the whole tree, and so does a tree too large to stream whole, or one mostly made of other files.
 */
const ARCHIVE_FROM = 20;
/** The most tar the Action streams for a scan (the tree's bytes, plus headers); past it, one request per file. */
const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;
/** Past this much beyond four times the files read, the archive is mostly other files. */
const MOSTLY_OTHER_BYTES = 256 * 1024 * 1024;
/** A tar entry's header, padding and long-name record, and room for the folders' entries. */
const TAR_ENTRY_BYTES = 4096;
const TAR_SLACK_BYTES = 1024 * 1024;
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
  const tree = await api.listTree(repo, refs.judged);
  const judged = tree.filter((e) => isMediaPath(e.path));
  if (judged.length === 0) return { media: [], scope: options.scope === 'changed' && refs.base ? 'changed' : 'all' };
  const index = assetIndex(options.declarations);
  const trustAnchors = trustAnchorsWith(options.configuredAnchors);
  // Without a base (a manual run) nothing tells changed from unchanged: every file is read, and the report says so.
  const base = options.scope === 'changed' && refs.base ? new Map((await api.listTree(repo, refs.base)).map((e) => [e.path, e.sha])) : undefined;
  const wanted = base ? judged.filter((e) => base.get(e.path) !== e.sha || index.declared(e.path)) : judged;
  const readable = wanted.filter((e) => e.size <= MAX_MEDIA_BYTES);
  const hash = (entry: TreeEntry) => index.hashed.has(entry.path);
  const budget = api.budget();
  const treeBytes = tree.reduce((sum, e) => sum + e.size + TAR_ENTRY_BYTES, TAR_SLACK_BYTES);
  const archive = readable.length >= ARCHIVE_FROM && treeBytes <= MAX_ARCHIVE_BYTES && !(mostlyOther(treeBytes, readable) && budget && readable.length + AFTER_SCAN_REQUESTS <= budget.remaining / 2);
  // Refused up front when the budget cannot cover the reads, never a wait or a wrong green.
  const requests = archive ? 1 : readable.length;
  if (budget && requests + AFTER_SCAN_REQUESTS > budget.remaining) throw new Error(budgetShortfall(readable.length, requests, AFTER_SCAN_REQUESTS, budget.remaining, budget.resetAt));
  const media = archive
    ? await fromArchive(api, repo, refs.judged, wanted, treeBytes, (entry, bytes) => judge(entry, bytes, trustAnchors, hash(entry)))
    : await mapLimit(wanted, AT_ONCE, async (entry) => overCap(entry) ?? judge(entry, await api.getBlob(repo, entry.sha), trustAnchors, hash(entry)));
  return { media, scope: base ? 'changed' : 'all' };
}

/**
 * The archive is the whole tree: for a few frames beside a large master, one request per file is
 * the cheaper way while the budget has room for it (half of what is left, so other workflows keep theirs).
 */
function mostlyOther(treeBytes: number, readable: readonly TreeEntry[]): boolean {
  const wantedBytes = readable.reduce((sum, e) => sum + e.size, 0);
  return treeBytes > 4 * wantedBytes + MOSTLY_OTHER_BYTES;
}

/** Each file verified against the tree as the archive streams by, judged, and dropped; reported in the tree's order. */
async function fromArchive(
  api: GitHubApi,
  repo: Repo,
  ref: string,
  wanted: readonly TreeEntry[],
  maxBytes: number,
  read: (entry: TreeEntry, bytes: Uint8Array) => Promise<MediaRead>,
): Promise<MediaRead[]> {
  const found = new Map<string, MediaRead>();
  const readable = wanted.filter((e) => !overCap(e));
  await readArchive(
    () => api.getArchive(repo, ref),
    readable,
    maxBytes,
    async (entry, bytes) => {
      found.set(entry.path, await read(entry, bytes));
    },
  );
  return wanted.map((e) => overCap(e) ?? present(found.get(e.path), `the archive's reading of ${e.path}`));
}

function judge(entry: TreeEntry, bytes: Uint8Array, trustAnchors: string, hash: boolean): Promise<MediaRead> {
  return readMedia(entry.path, bufferSource(bytes), { trustAnchors, maxValidateBytes: MAX_VALIDATE_BYTES, hash });
}

function overCap(entry: TreeEntry): MediaRead | undefined {
  if (entry.size <= MAX_MEDIA_BYTES) return undefined;
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
