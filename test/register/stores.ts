// The register's suite runs twice, with the same tests and assertions: against PGlite in a folder, and
// against the real PostgreSQL server test/support/postgres.ts starts (a fresh database per test).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { openStore } from '../../src/register/store.js';
import { cliAsync, cliIn } from '../cli/in-process.js';

export const postgresUrl = inject('postgresUrl');

export const STORES = [
  { kind: 'pglite', fresh: async (dir: string) => join(dir, 'register') },
  {
    kind: 'postgres',
    fresh: async () => {
      const name = `register_${Math.random().toString(36).slice(2, 10)}`;
      const admin = await openStore(postgresUrl);
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.close();
      }
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
  },
].filter((s) => s.kind === 'pglite' || postgresUrl !== '');

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHA = (n: number) => n.toString(16).padStart(40, '0');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'genai-register-'));
}

/** `check --format ndjson` of a real example, as GitHub Actions would run it for `repository` at `commit`. */
export function exampleRows(example: string, dir: string, repository: string, commit: string, run?: string): string {
  const out = join(dir, `${repository.replace(/\W/g, '-')}-${commit.slice(-4)}-${run ?? 'day'}.ndjson`);
  const env = { GITHUB_REPOSITORY: repository, GITHUB_SHA: commit, ...(run ? { GITHUB_RUN_ID: run } : {}) };
  const r = cliIn(['check', 'genai-usage.yml', '--format', 'ndjson', '--output', out, '--today', '2026-11-23'], join(ROOT, 'examples', example), { env });
  if (r.code === 2) throw new Error(r.stderr);
  return out;
}

export async function register(args: string[], dir: string, env: Record<string, string> = {}) {
  return cliAsync(['register', ...args], dir, { env });
}

export async function count(db: string, table: string): Promise<number> {
  const store = await openStore(db);
  try {
    const [row] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return Number(row?.n);
  } finally {
    await store.close();
  }
}

export function lines(file: string): string[] {
  return readFileSync(file, 'utf8').trim().split('\n');
}

export function writeLines(file: string, rows: unknown[]): string {
  writeFileSync(file, `${rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`);
  return file;
}
