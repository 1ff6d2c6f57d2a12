// The tree of a commit as GitHub's archive host serves it: a gzip tar with one root folder
// `<owner>-<repo>-<short sha>/`, a folder entry before the files under it, and the commit id in a
// pax global header (what `git archive` writes). Tests may rewrite the entries first, to play an
// archive that does not match its tree.
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import type { FileContent } from './emulator-state.js';
import { fileBytes } from './emulator-state.js';

export interface ArchiveEntry {
  path: string;
  bytes: Buffer;
  type?: 'file' | 'symlink' | 'link' | 'directory';
  linkname?: string;
}

export type ArchiveRewrite = (entries: ArchiveEntry[]) => ArchiveEntry[];

export function archiveEntries(files: Record<string, FileContent>): ArchiveEntry[] {
  return Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) => ({ path, bytes: fileBytes(content) }));
}

export async function tarball(root: string, commit: string, entries: readonly ArchiveEntry[]): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    tar.on('end', resolve);
    tar.on('error', reject);
  });
  const add = (header: Parameters<typeof tar.entry>[0], body?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      tar.entry(header, body ?? Buffer.alloc(0), (err) => (err ? reject(err) : resolve()));
    });
  const record = paxRecord('comment', commit);
  await add({ name: 'pax_global_header', type: 'file', mode: 0o666, size: record.length }, record);
  const folders = new Set<string>();
  await add({ name: `${root}/`, type: 'directory', mode: 0o775 });
  for (const entry of entries) {
    const parts = entry.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (folders.has(folder)) continue;
      folders.add(folder);
      await add({ name: `${root}/${folder}/`, type: 'directory', mode: 0o775 });
    }
    const type = entry.type ?? 'file';
    if (type === 'file') await add({ name: `${root}/${entry.path}`, type, mode: 0o664, size: entry.bytes.length }, entry.bytes);
    else await add({ name: `${root}/${entry.path}`, type, mode: 0o777, linkname: entry.linkname ?? '' });
  }
  tar.finalize();
  await done;
  return gzipSync(asGlobalHeader(Buffer.concat(chunks)));
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 2;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return Buffer.from(`${length}${body}`, 'utf8');
}

/** tar-stream writes no global header, so the first entry, written as a file, is turned into one (typeflag `g`). */
function asGlobalHeader(tar: Buffer): Buffer {
  tar[156] = 'g'.charCodeAt(0);
  tar.fill(' ', 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += tar[i] as number;
  tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return tar;
}
