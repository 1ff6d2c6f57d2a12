import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackFile } from '../policy/library.js';
import { DEFAULT_DECLARATION_GLOB, globMatcher } from '../util/glob.js';
import { compareText } from '../util/order.js';
import { escapePath, nameProblem } from '../util/path-names.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** A file or folder that cannot be used as given: reported with its path, exit code 2, no stack trace. */
export class FileProblem extends Error {
  /** The message without the path: why the file could not be used. */
  readonly reason: string;
  constructor(message: string, reason: string = message) {
    super(message);
    this.reason = reason;
  }
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The reason behind a file-system error code, in words (Node's message repeats the syscall). */
export function fsReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    ELOOP: 'too many levels of symbolic links',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'name too long',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EIO: 'input/output error',
  };
  return (code && reasons[code]) ?? (err as Error).message;
}

export interface FoundDeclarations {
  /** Relative to `cwd`, `/`-separated, sorted; each real file once. */
  files: string[];
  missing: string[];
  /** Paths that cannot be checked (symbolic links leaving the folder, unreadable folders, non-regular files). */
  problems: string[];
}

/**
 * Declaration files named by `paths`: files as given, folders searched for DEFAULT_DECLARATION_GLOB
 * (the Action's default, so both find the same names). A symbolic link inside a folder is followed
 * when its target stays inside that folder, and reported otherwise; a folder reached twice (a link
 * loop) is walked once. Inside folders, whatever matches an `ignore` glob (relative to `cwd`) is
 * passed over deliberately: folders, links and files alike.
 */
export function findDeclarations(paths: readonly string[], cwd: string, ignore: readonly string[] = []): FoundDeclarations {
  return findFiles(paths, cwd, ignore, globMatcher(DEFAULT_DECLARATION_GLOB));
}

/** The files below `paths` whose path relative to the folder searched satisfies `wanted`, walked as findDeclarations walks. */
export function findFiles(paths: readonly string[], cwd: string, ignore: readonly string[], wanted: (relativePath: string) => boolean): FoundDeclarations {
  // Real path → the path shown: the first route to it. Links are followed only once the folders
  // themselves have been walked, so a file reached both ways is shown by its own path, the one a
  // repository tree lists (and the Action reads).
  const found = new Map<string, string>();
  const missing: string[] = [];
  const problems: string[] = [];
  // Relative to cwd when inside it; a file elsewhere keeps its absolute path rather than `../../x`.
  const shown = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? toPosix(abs) : toPosix(rel);
  };
  const matches = wanted;
  const ignoredGlob = ignore.length > 0 ? globMatcher(ignore.join('\n')) : undefined;
  const ignored = (abs: string) => ignoredGlob?.(shown(abs)) === true;
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') missing.push(p);
      else problems.push(`${p}: ${fsReason(err)}`);
      continue;
    }
    if (st.isDirectory()) {
      const root = realpathSync(abs);
      const w: Walk = {
        root,
        rootShown: p,
        seen: new Set([root]),
        links: [],
        matches: (file) => matches(toPosix(relative(abs, file))),
        nameProblem: (file) => {
          const problem = nameProblem(toPosix(relative(abs, file)), matches);
          return problem && `${escapePath(shown(file))}: ${problem}`;
        },
        ignored,
        found,
        problems,
        shown,
      };
      walk(abs, root, w);
      for (let link = w.links.shift(); link; link = w.links.shift()) followLink(link.path, link.name, w);
    } else if (st.isFile()) {
      const real = realpathSync(abs);
      if (!found.has(real)) found.set(real, abs);
    } else problems.push(`${p}: ${kindOf(st)}, not a regular file`);
  }
  const files = [...new Set([...found.values()].map(shown))].sort(compareText);
  return { files, missing, problems: problems.sort(compareText) };
}

interface Walk {
  root: string;
  /** The folder as the user named it. */
  rootShown: string;
  seen: Set<string>;
  matches: (abs: string) => boolean;
  /** A file is never passed over for its name: one that is, or looks like, a wanted file but cannot be shown as it is named is a problem. */
  nameProblem: (abs: string) => string | undefined;
  ignored: (abs: string) => boolean;
  /** Links met in the walk, followed after it. */
  links: Array<{ path: string; name: string }>;
  found: Map<string, string>;
  problems: string[];
  shown: (abs: string) => string;
}

/** `real` is `dir` with every link resolved, so each entry's real path is known without a system call. */
function walk(dir: string, real: string, w: Walk): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  } catch (err) {
    w.problems.push(`${w.shown(dir)}: cannot read the folder: ${fsReason(err)}`);
    return;
  }
  for (const listed of entries) {
    const path = join(dir, listed.name);
    if (w.ignored(path)) continue;
    // Some file systems do not say what an entry is; ask the entry itself then.
    const known = listed.isFile() || listed.isDirectory() || listed.isSymbolicLink() || listed.isFIFO() || listed.isSocket() || listed.isCharacterDevice() || listed.isBlockDevice();
    const entry = known ? listed : Object.assign(lstatSync(path), { name: listed.name });
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const sub = join(real, entry.name);
      if (!w.seen.has(sub)) {
        w.seen.add(sub);
        walk(path, sub, w);
      }
    } else if (entry.isSymbolicLink()) {
      w.links.push({ path, name: entry.name });
    } else if (nameRefused(path, w)) {
    } else if (w.matches(path)) {
      if (entry.isFile()) addFound(w, join(real, entry.name), path);
      else w.problems.push(`${w.shown(path)}: ${kindOf(lstatSync(path))}, not a regular file`);
    }
  }
}

function followLink(path: string, name: string, w: Walk): void {
  let real: string;
  let st;
  try {
    real = realpathSync(path);
    st = statSync(real);
  } catch (err) {
    // A link that leads nowhere holds no declaration, unless it is named like one.
    if (w.matches(path)) w.problems.push(`${w.shown(path)}: symbolic link cannot be followed: ${fsReason(err)}`);
    return;
  }
  const inside = real === w.root || real.startsWith(w.root + sep);
  if (st.isDirectory()) {
    if (SKIP_DIRS.has(name)) return;
    if (!inside) {
      w.problems.push(`${w.shown(path)}: symbolic link to a folder outside ${w.rootShown} (${toPosix(real)}); check that folder directly or replace the link`);
      return;
    }
    if (w.seen.has(real)) return;
    w.seen.add(real);
    walk(path, real, w);
    return;
  }
  if (nameRefused(path, w) || !w.matches(path)) return;
  if (!inside) w.problems.push(`${w.shown(path)}: symbolic link to a file outside ${w.rootShown} (${toPosix(real)}); check that file directly or replace the link`);
  else if (!st.isFile()) w.problems.push(`${w.shown(path)}: ${kindOf(st)}, not a regular file`);
  else addFound(w, real, path);
}

function nameRefused(path: string, w: Walk): boolean {
  const problem = w.nameProblem(path);
  if (problem) w.problems.push(problem);
  return problem !== undefined;
}

function addFound(w: Walk, real: string, path: string): void {
  if (!w.found.has(real)) w.found.set(real, path);
}

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isDirectory()) return 'a folder';
  return 'a special file';
}

/**
 * The bytes of a regular file. Anything else (a FIFO, a device, a folder) is refused at once: opening
 * without blocking and checking the opened file means a pipe with no writer can never hang a run.
 * `shown` names the file in the message.
 */
export function readRegularFile(path: string, shown: string = path): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new FileProblem(`cannot read ${shown}: ${fsReason(err)}`, fsReason(err));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileProblem(`cannot read ${shown}: ${kindOf(st)}, not a regular file`, `${kindOf(st)}, not a regular file`);
    // Sized from the file (one byte more shows the end in one read); files that report no size, as
    // some in /proc do, are read in chunks.
    const chunks: Buffer[] = [];
    for (;;) {
      const buf = Buffer.allocUnsafe(st.size > 0 && chunks.length === 0 ? st.size + 1 : 64 * 1024);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  } catch (err) {
    if (err instanceof FileProblem) throw err;
    throw new FileProblem(`cannot read ${shown}: ${fsReason(err)}`, fsReason(err));
  } finally {
    closeSync(fd);
  }
}

/** Every `<dir>/<pack>/<semver>.yml`, with paths shown relative to `shownFrom`. */
export function readPackDir(dir: string, shownFrom: string = dirname(dir)): PackFile[] {
  const files: PackFile[] = [];
  for (const pack of readdirSync(dir, { withFileTypes: true })) {
    if (!pack.isDirectory()) continue;
    for (const f of readdirSync(join(dir, pack.name))) {
      if (!/^\d+\.\d+\.\d+\.yml$/.test(f)) continue;
      const abs = join(dir, pack.name, f);
      const path = toPosix(relative(shownFrom, abs));
      files.push({ path, bytes: readRegularFile(abs, path) });
    }
  }
  return files.sort((a, b) => compareText(a.path, b.path));
}

/** The packs that ship with this tool: `policy/` beside the package root, found from this module. */
export function bundledPolicyDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'policy')) && existsSync(join(dir, 'package.json'))) return join(dir, 'policy');
    dir = dirname(dir);
  }
  throw new Error('bundled policy packs not found next to genai-clearance');
}

/**
 * Writes whole or not at all: a crash mid-write never leaves a half-written report, and a failed write
 * leaves no temporary file behind. A device or FIFO is written directly. Failures are FileProblems
 * naming `shown`.
 */
export function writeFileAtomic(path: string, data: string, shown: string = path): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (st && (st.isCharacterDevice() || st.isFIFO())) {
    // `-o /dev/stdout`, `-o /dev/null`, a pipe the caller set up: written as a shell redirection would.
    try {
      writeFileSync(path, data);
    } catch (err) {
      throw new FileProblem(`cannot write ${shown}: ${fsReason(err)}`);
    }
    return;
  }
  if (st && !st.isFile()) throw new FileProblem(`cannot write ${shown}: ${kindOf(st)}, not a regular file`);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as { code?: string }).code;
    const reason = code === 'ENOENT' ? `the folder ${toPosix(dirname(shown))} does not exist` : fsReason(err);
    throw new FileProblem(`cannot write ${shown}: ${reason}`);
  }
}

export function readUtf8(path: string, shown: string = path): string {
  return readRegularFile(path, shown).toString('utf8');
}

/**
 * The C2PA trust anchors shipped beside the packs: the newest `policy/c2pa-trust/<date>.pem` (see
 * policy/c2pa-trust/README.md). Empty when there is none: every signer is then untrusted, never trusted.
 */
export function readTrustAnchors(policyDir: string = bundledPolicyDir()): string {
  const dir = join(policyDir, 'c2pa-trust');
  if (!existsSync(dir)) return '';
  const newest = readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.pem$/.test(name))
    .sort(compareText)
    .at(-1);
  return newest ? readFileSync(join(dir, newest), 'utf8') : '';
}
