// The register's schema, as migrations applied in order, each in its own transaction and recorded in
// `register_migrations`. A released migration is never edited: a change is a new one at the end.
import type { Sql, Store } from './store.js';
import { RegisterProblem } from './store.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const KEY = 'repository text NOT NULL, commit text NOT NULL, evaluation text NOT NULL';

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'rows',
    sql: `
CREATE TABLE evaluations (${KEY}, evaluated_on date NOT NULL, tool_version text NOT NULL, packs text[] NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (repository, commit, evaluation));
CREATE TABLE use_rows (${KEY}, path text NOT NULL, use text NOT NULL, production text NOT NULL, production_id text,
  summary text NOT NULL, stage text NOT NULL, decision text NOT NULL, evaluated_on date NOT NULL, rules jsonb NOT NULL,
  PRIMARY KEY (repository, commit, evaluation, path, use));
CREATE TABLE approvals (${KEY}, path text NOT NULL, use text NOT NULL, ref text NOT NULL, status text NOT NULL,
  rules text[] NOT NULL, cleared text[] NOT NULL, expires_on date,
  PRIMARY KEY (repository, commit, evaluation, path, use, ref));
CREATE TABLE file_rows (${KEY}, path text NOT NULL, size bigint NOT NULL, format text, not_scanned text,
  credentials text NOT NULL, signal text NOT NULL, source_type text, class text NOT NULL,
  in_deliverables boolean NOT NULL, undeclared boolean NOT NULL, declared_by jsonb NOT NULL,
  PRIMARY KEY (repository, commit, evaluation, path));
-- Each repository's newest evaluation: what "open", "expiring" and "blocked" are read from.
CREATE TABLE latest (repository text PRIMARY KEY, commit text NOT NULL, evaluation text NOT NULL,
  evaluated_on date NOT NULL, production text NOT NULL);
-- The first day each use was seen waiting for approval: the age of an open approval.
CREATE TABLE use_state (repository text NOT NULL, path text NOT NULL, use text NOT NULL, first_needed_on date NOT NULL,
  PRIMARY KEY (repository, path, use));`,
  },
  {
    version: 2,
    name: 'query-indexes',
    // The team's questions read a few rows of each newest evaluation: partial indexes find exactly those.
    sql: `
CREATE INDEX use_rows_open ON use_rows (repository, commit, evaluation) WHERE decision = 'needs-approval';
CREATE INDEX use_rows_blocked ON use_rows (repository, commit, evaluation) WHERE decision = 'blocked';
CREATE INDEX approvals_expiring ON approvals (repository, commit, evaluation, expires_on) WHERE expires_on IS NOT NULL;
CREATE INDEX file_rows_undeclared ON file_rows (repository, commit, evaluation) WHERE undeclared;`,
  },
];

// Any constant works; it only has to be the same for every genai-clearance.
const MIGRATION_LOCK = 4_172_024;

/** Brings the register up to this version's schema; refuses one a newer version made. */
export async function migrate(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    // Concurrent first runs: one creates the schema, the others wait and find it made.
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query('CREATE TABLE IF NOT EXISTS register_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = await appliedVersions(tx);
    const newest = Math.max(0, ...applied);
    const known = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    if (newest > known) {
      throw new RegisterProblem(
        `the register at ${store.where} was made by a newer genai-clearance (its schema is at version ${newest}; this one knows up to ${known}): upgrade genai-clearance to use it; nothing was changed`,
      );
    }
    for (const m of MIGRATIONS) {
      if (applied.includes(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO register_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
}

async function appliedVersions(sql: Sql): Promise<number[]> {
  const rows = await sql.query<{ version: number }>('SELECT version FROM register_migrations ORDER BY version');
  return rows.map((r) => Number(r.version));
}
