// The declarations the run judges, read as data through the API (nothing from the pull request is
// checked out or run): every file matching the pattern at the judged commit, the same files at the
// base (to name what the change removes), and which files are identical at the head the author pushed
// (only their lines can be annotated as they are).

import type { DeclarationInput } from '../src/evaluate/report.js';
import type { Diagnostic } from '../src/model/report.js';
import { DEFAULT_LIMITS } from '../src/parse/yaml-source.js';
import { globMatcher } from '../src/util/glob.js';
import { formatCount } from '../src/util/order.js';
import { escapePath, nameProblem } from '../src/util/path-names.js';
import type { GitHubApi, Repo, TreeEntry } from './github-api.js';
import type { Refs } from './refs.js';

export interface ReadDeclarations {
  files: DeclarationInput[];
  /** Declarations at the base that the change deletes. */
  removed: DeclarationInput[];
  /** Paths whose text at the head equals the judged text, so annotations can point at their lines. */
  sameAtHead: Set<string>;
  /** Files refused by their size in the tree listing, before any download. */
  errors: Diagnostic[];
}

/**
 * `media` says which other names the run reads (the media files, when it scans them): a name that is,
 * or looks like, a declaration or one of those, but cannot be shown as it is, fails the run naming it.
 */
export async function readDeclarations(api: GitHubApi, repo: Repo, refs: Refs, pattern: string, media?: (path: string) => boolean): Promise<ReadDeclarations> {
  const globbed = globMatcher(pattern);
  const problem = (path: string) => nameProblem(path, globbed) ?? (media ? nameProblem(path, media) : undefined);
  const matches = (path: string) => globbed(path) && problem(path) === undefined;
  const pick = (tree: TreeEntry[]) => new Map(tree.filter((e) => matches(e.path)).map((e) => [e.path, e]));
  const [judged, head, base] = await Promise.all([
    api.listTree(repo, refs.judged).then(pick),
    refs.head === refs.judged ? undefined : api.listTree(repo, refs.head).then(pick),
    refs.base ? api.listTree(repo, refs.base).then(pick) : undefined,
  ]);
  // Names are judged at the commit judged (cached: the same listing as above).
  const errors: Diagnostic[] = (await api.listTree(repo, refs.judged)).flatMap((e) => {
    const message = problem(e.path);
    return message ? [{ file: escapePath(e.path), line: 1, column: 1, code: 'unreadable-name', message }] : [];
  });
  const small = (entry: TreeEntry) => {
    if (entry.size <= DEFAULT_LIMITS.maxBytes) return true;
    errors.push({
      file: entry.path,
      line: 1,
      column: 1,
      code: 'too-large',
      message: `${entry.path} is ${formatCount(entry.size)} bytes, over the ${formatCount(DEFAULT_LIMITS.maxBytes)}-byte limit for a declaration; it was not read (fails closed)`,
    });
    return false;
  };
  const wanted = [...judged.values()].filter(small);
  // Unchanged files need no base: nothing was removed from them.
  const baseOf = new Map(
    wanted.flatMap((e) => {
      const before = base?.get(e.path);
      return before && before.sha !== e.sha && small(before) ? [[e.path, before] as const] : [];
    }),
  );
  const deleted = [...(base?.values() ?? [])].filter((e) => !judged.has(e.path) && small(e));
  // Every blob the run needs, in one batch: a studio's hundreds of declarations in a few requests.
  const blobs = await api.getBlobs(
    repo,
    [...wanted, ...baseOf.values(), ...deleted].map((e) => e.sha),
  );
  const read = (entry: TreeEntry): Uint8Array => {
    const blob = blobs.get(entry.sha);
    if (!blob) throw new Error(`GitHub did not return the blob of ${entry.path}`);
    return blob;
  };
  const files = wanted.map((entry): DeclarationInput => {
    const before = baseOf.get(entry.path);
    return { path: entry.path, text: read(entry), ...(before ? { baseText: read(before) } : {}) };
  });
  const removed = deleted.map((e) => ({ path: e.path, text: read(e) }));
  const sameAtHead = new Set([...judged.values()].filter((e) => !head || head.get(e.path)?.sha === e.sha).map((e) => e.path));
  return { files, removed, sameAtHead, errors };
}
