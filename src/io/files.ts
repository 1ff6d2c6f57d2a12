import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackFile } from '../policy/library.js';
import { compareText } from '../util/order.js';

export const DECLARATION_NAMES = ['genai-usage.yml', 'genai-usage.yaml'];
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Declaration files named by `paths` (files as given; folders searched), relative to `cwd`, sorted. */
export function findDeclarations(paths: readonly string[], cwd: string): { files: string[]; missing: string[] } {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) {
      missing.push(p);
      continue;
    }
    if (statSync(abs).isDirectory()) walk(abs, found);
    else found.add(abs);
  }
  return { files: [...found].map((f) => toPosix(relative(cwd, f)) || f).sort(), missing };
}

function walk(dir: string, out: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile() && DECLARATION_NAMES.includes(entry.name)) out.add(join(dir, entry.name));
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
      files.push({ path: toPosix(relative(shownFrom, abs)), text: readFileSync(abs, 'utf8') });
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

/** Writes whole or not at all: a crash mid-write never leaves a half-written report. */
export function writeFileAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function readUtf8(path: string): string {
  return readFileSync(path, 'utf8');
}
