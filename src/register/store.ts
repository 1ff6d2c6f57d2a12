// Where the register lives: PGlite (Postgres compiled to WebAssembly, in a folder) by default, or the
// studio's own Postgres through node-postgres. Both run the same SQL (src/register/sql.ts); this file
// only opens them and turns their failures into a sentence.

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FileProblem } from '../io/files.js';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (a migration). */
  exec(text: string): Promise<void>;
}

export interface Store extends Sql {
  kind: 'pglite' | 'postgres';
  /** How the register is named in messages: the folder, or the server without the password. */
  where: string;
  /** One transaction: committed when `work` resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite: this call made the folder (so a failure can take it away again, leaving nothing behind). */
  created: boolean;
}

/** A register that cannot be opened, read or written: said plainly, exit 2. */
export class RegisterProblem extends FileProblem {}

// Loaded on first use, as ajv is (src/validate/ajv.ts): the bundles split each into dist/lib/, and most
// runs of the CLI never open a register. The names are literal so the bundler can find them.
const loadPglite = () => (typeof require === 'function' ? require('@electric-sql/pglite') : createRequire(import.meta.url)('@electric-sql/pglite')) as typeof import('@electric-sql/pglite');
const loadPg = () => (typeof require === 'function' ? require('pg') : createRequire(import.meta.url)('pg')) as typeof import('pg');

export function isServerUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

export async function openStore(db: string): Promise<Store> {
  return isServerUrl(db) ? openPostgres(db) : openPglite(db);
}

async function openPglite(dir: string): Promise<Store> {
  const created = !existsSync(dir) || readdirSync(dir).length === 0;
  const { PGlite } = loadPglite();
  let db: import('@electric-sql/pglite').PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (err) {
    if (created) rmSync(dir, { recursive: true, force: true });
    throw new RegisterProblem(`cannot open the register folder ${dir}: ${(err as Error).message}`);
  }
  const wrap = (q: Pick<import('@electric-sql/pglite').PGlite, 'query' | 'exec'>): Sql => ({
    query: async (text, params) => (await q.query(text, params)).rows as never,
    exec: async (text) => {
      await q.exec(text);
    },
  });
  const sql = wrap(db);
  return {
    kind: 'pglite',
    where: dir,
    created,
    ...sql,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Store> {
  const pg = loadPg();
  const where = redact(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops later would otherwise be an unhandled error event.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw new RegisterProblem(connectProblem(err as Error & { code?: string }, where));
  }
  const sql: Sql = {
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    exec: async (text) => {
      await client.query(text);
    },
  };
  return {
    kind: 'postgres',
    where,
    created: false,
    ...sql,
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work(sql);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      }
    },
    close: () => client.end(),
  };
}

/** The URL as it may be shown: never the password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the database URL (which does not parse)';
  }
}

function connectProblem(err: Error & { code?: string }, where: string): string {
  if (err.code === '28P01' || err.code === '28000') return `the database at ${where} refused the credentials: ${err.message}`;
  if (err.code === '3D000') return `the database at ${where} does not exist: ${err.message}`;
  if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === 'EHOSTUNREACH' || err.code === 'ETIMEDOUT' || /timeout/i.test(err.message)) {
    return `cannot reach the database at ${where}: ${err.message || err.code}`;
  }
  return `cannot connect to the database at ${where}: ${err.message}`;
}
