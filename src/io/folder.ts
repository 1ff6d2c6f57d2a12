// Writes a folder whole or not at all: every file goes into a fresh sibling folder, which then takes
// the folder's name in one rename. A reader never sees half a packet; a failed write leaves the old
// folder as it was.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileProblem, fsReason } from './files.js';

/**
 * `replaceable`: the names an existing folder may hold for it to be replaced (an earlier packet); a
 * folder holding anything else is left alone and reported, so no one's files are deleted.
 */
export function writeFolderAtomic(dir: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, replaceable: ReadonlySet<string>, shown = dir): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new FileProblem(`cannot write ${shown}: it is a file, not a folder`);
    const foreign = readdirSync(dir).filter((n) => !replaceable.has(n));
    if (foreign.length > 0) throw new FileProblem(`cannot write ${shown}: the folder holds files that are not part of a packet (${foreign.slice(0, 3).join(', ')}); name an empty or new folder`);
  }
  const parent = dirname(dir);
  const tmp = join(parent, `.${basename(dir)}.${process.pid}.tmp`);
  const old = join(parent, `.${basename(dir)}.${process.pid}.old`);
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    for (const f of files) writeFileSync(join(tmp, f.name), f.bytes);
    if (existsSync(dir)) {
      renameSync(dir, old);
      renameSync(tmp, dir);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    const code = (err as { code?: string }).code;
    throw new FileProblem(`cannot write ${shown}: ${code === 'ENOENT' ? `the folder ${parent} does not exist` : fsReason(err)}`);
  }
}
