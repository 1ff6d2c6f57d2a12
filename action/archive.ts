// Media read from one archive of the judged commit instead of one blobs request per file: a pull
// request of 1,100 frames costs one REST request, not 1,100. The archive is a second channel for bytes
// the tree listing already named, so nothing in it is taken on trust: every file read is checked
// against its tree entry (a plain file, the listed size, the listed git blob SHA), and a file that is
// missing, a link, listed twice, or different fails the run naming it. `export-ignore`,
// `export-subst` and LFS in `.gitattributes` change what an archive holds; such a file fails closed
// too, never passes unread. The archive streams through: one file's bytes are held at a time.
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { formatCount } from '../src/util/order.js';
import { escapePath } from '../src/util/path-names.js';
import type { TreeEntry } from './github-types.js';
import { tarStreamLib } from './tar-lib.js';

/** The archive could not be read, or did not hold the commit's files as its tree lists them: the scan fails closed. */
class ArchiveError extends Error {}

/** Git's object id of a file's bytes: what the tree listing names it by. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

const refused = (path: string, why: string) => new ArchiveError(`the archive of the judged commit ${why} ${escapePath(path)}; the media scan cannot trust it (fails closed)`);

/**
 * Streams a gzip tar (GitHub's `tarball`: one root folder holding the tree) and hands each wanted
 * file, verified, to `each`, one at a time. Reads at most `maxBytes` of tar; fails on the first
 * entry that does not match the tree, and at the end on any wanted file the archive never held.
 */
export async function readArchive(
  open: () => Promise<WebStream<Uint8Array> | AsyncIterable<Uint8Array>>,
  wanted: readonly TreeEntry[],
  maxBytes: number,
  each: (entry: TreeEntry, bytes: Buffer) => Promise<void>,
): Promise<void> {
  const byPath = new Map(wanted.map((e) => [e.path, e]));
  const seen = new Set<string>();
  let total = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > maxBytes) done(new ArchiveError(`the archive of the judged commit is larger than the ${formatCount(maxBytes)} bytes its tree lists; the media scan cannot trust it (fails closed)`));
      else done(null, chunk);
    },
  });
  const body = await open().catch((err: unknown) => {
    throw new ArchiveError(`the archive of the judged commit could not be downloaded (${reason(err)}); the media scan cannot go on without it (fails closed)`);
  });
  const tar = tarStreamLib().extract();
  const source = body instanceof ReadableStream ? Readable.fromWeb(body) : Readable.from(body);
  const streaming = pipeline(source, createGunzip(), capped, tar);
  const reading = (async () => {
    let root: string | undefined;
    for await (const entry of tar) {
      const { name, type, size = 0 } = entry.header;
      root ??= name.split('/')[0];
      if (!name.startsWith(`${root}/`)) throw refused(name, 'holds an entry outside its root folder:');
      const path = name.slice(`${root}/`.length);
      const listed = byPath.get(path);
      if (!listed) {
        // Drained, not held: the iterator moves on only once this entry's bytes are consumed.
        for await (const _ of entry);
        continue;
      }
      if (seen.has(path)) throw refused(path, 'lists twice');
      seen.add(path);
      if (type !== 'file') throw refused(path, `holds a ${type ?? 'special entry'}, not a file, at`);
      if (size !== listed.size) throw refused(path, `holds ${formatCount(size)} bytes where the tree lists ${formatCount(listed.size)}, at`);
      // Filled in place: the size is the tree's (checked above), so a file is held once, never twice over.
      const bytes = Buffer.allocUnsafe(size);
      let filled = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        if (filled + chunk.length > size) throw refused(path, 'holds more bytes than its header says at');
        chunk.copy(bytes, filled);
        filled += chunk.length;
      }
      if (filled !== size) throw refused(path, 'holds fewer bytes than its header says at');
      if (gitBlobSha(bytes) !== listed.sha) throw refused(path, 'holds other bytes than the tree lists at');
      await each(listed, bytes);
    }
  })();
  try {
    await Promise.all([reading, streaming]);
  } catch (err) {
    tar.destroy();
    source.destroy();
    await Promise.allSettled([reading, streaming]);
    if (err instanceof ArchiveError) throw err;
    // A transfer cut short, bytes that are not gzip, a tar header that does not parse.
    throw new ArchiveError(`the archive of the judged commit could not be read whole (${reason(err)}); the media scan cannot trust it (fails closed)`);
  }
  const missing = wanted.filter((e) => !seen.has(e.path));
  if (missing.length > 0) {
    const more = missing.length > 1 ? ` and ${formatCount(missing.length - 1)} more` : '';
    throw new ArchiveError(
      `the archive of the judged commit does not hold ${escapePath((missing[0] as TreeEntry).path)}${more} that its tree lists (an export-ignore or LFS attribute leaves files out of archives); the media scan cannot trust it (fails closed)`,
    );
  }
}
