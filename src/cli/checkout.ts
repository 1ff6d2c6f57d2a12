// Where a local run happened, for the register's rows: the folder's name and the checkout's HEAD,
// read from .git without running git (GITHUB_REPOSITORY and GITHUB_SHA win when they are set).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RowContext } from '../model/rows.js';
import { rowContext } from '../render/index.js';

export function localRowContext(cwd: string, env: Record<string, string | undefined>, evaluatedOn: string): RowContext {
  return rowContext(env, evaluatedOn, { repository: basename(cwd), commit: headCommit(cwd) ?? 'unknown' });
}

function headCommit(cwd: string): string | undefined {
  try {
    const head = readFileSync(join(cwd, '.git', 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (refs\/[\w./-]+)$/.exec(head)?.[1];
    if (!ref || ref.includes('..')) return undefined;
    try {
      return readFileSync(join(cwd, '.git', ref), 'utf8').trim();
    } catch {
      const packed = readFileSync(join(cwd, '.git', 'packed-refs'), 'utf8');
      return packed
        .split('\n')
        .find((l) => l.endsWith(` ${ref}`))
        ?.slice(0, 40);
    }
  } catch {
    return undefined;
  }
}
