// The register's SQL, the same text for PGlite and Postgres. Rows travel as one JSON parameter per
// batch (jsonb_to_recordset): one statement per table per batch, whatever the client.

const USE_COLUMNS = 'repository text, commit text, evaluation text, path text, use text, production text, production_id text, summary text, stage text, decision text, evaluated_on date, rules jsonb';
const APPROVAL_COLUMNS = 'repository text, commit text, evaluation text, path text, use text, ref text, status text, rules text[], cleared text[], expires_on date';
const FILE_COLUMNS =
  'repository text, commit text, evaluation text, path text, size bigint, format text, not_scanned text, credentials text, signal text, source_type text, class text, in_deliverables boolean, undeclared boolean, declared_by jsonb';
const EVALUATION_COLUMNS = 'repository text, commit text, evaluation text, evaluated_on date, tool_version text, packs text[], production text';

const names = (columns: string) => columns.split(', ').map((c) => c.split(' ')[0]);

/** Adds the batch's rows the register does not hold yet; returns how many it added. Sorted, so concurrent writers lock in one order. */
function insertNew(table: string, columns: string, key: string): string {
  const list = names(columns).join(', ');
  return `WITH added AS (INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${columns}) ORDER BY ${key} ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM added`;
}

export const INSERT_USES = insertNew('use_rows', USE_COLUMNS, 'repository, commit, evaluation, path, use');
export const INSERT_APPROVALS = insertNew('approvals', APPROVAL_COLUMNS, 'repository, commit, evaluation, path, use, ref');
export const INSERT_FILES = insertNew('file_rows', FILE_COLUMNS, 'repository, commit, evaluation, path');
export const INSERT_EVALUATIONS = insertNew('evaluations', EVALUATION_COLUMNS.replace(', production text', ''), 'repository, commit, evaluation');

/** The earliest day each use was seen needing approval (LEAST: the order rows arrive in does not matter). */
export const UPDATE_USE_STATE = `INSERT INTO use_state (repository, path, use, first_needed_on)
SELECT repository, path, use, min(evaluated_on) FROM jsonb_to_recordset($1::jsonb) AS r(${USE_COLUMNS})
WHERE decision = 'needs-approval' GROUP BY repository, path, use ORDER BY repository, path, use
ON CONFLICT (repository, path, use) DO UPDATE SET first_needed_on = excluded.first_needed_on
WHERE excluded.first_needed_on < use_state.first_needed_on`;

/** Each repository's newest evaluation wins (by day, then by evaluation id), whatever order they are recorded in. */
export const UPDATE_LATEST = `INSERT INTO latest (repository, commit, evaluation, evaluated_on, production)
SELECT DISTINCT ON (repository) repository, commit, evaluation, evaluated_on, production FROM jsonb_to_recordset($1::jsonb) AS r(${EVALUATION_COLUMNS})
ORDER BY repository, evaluated_on DESC, evaluation DESC
ON CONFLICT (repository) DO UPDATE SET commit = excluded.commit, evaluation = excluded.evaluation, evaluated_on = excluded.evaluated_on, production = excluded.production
WHERE (excluded.evaluated_on, excluded.evaluation) > (latest.evaluated_on, latest.evaluation)`;

const NEWEST = 'JOIN latest l ON u.repository = l.repository AND u.commit = l.commit AND u.evaluation = l.evaluation';

/** $1: today. Uses of each newest evaluation that wait for approval, the longest-waiting first. */
export const OPEN_APPROVALS = `SELECT u.repository, u.production, u.path, u.use, u.summary, s.first_needed_on::text AS since,
  ($1::date - s.first_needed_on)::int AS age_days, l.evaluated_on::text AS evaluated_on,
  coalesce((SELECT string_agg(r->>'rule', ', ' ORDER BY r->>'rule') FROM jsonb_array_elements(u.rules) r WHERE r->>'status' = 'needs-approval'), '') AS rules
FROM use_rows u ${NEWEST}
JOIN use_state s ON s.repository = u.repository AND s.path = u.path AND s.use = u.use
WHERE u.decision = 'needs-approval'
ORDER BY age_days DESC, u.repository, u.path, u.use`;

/** $1: today, $2: days. Approvals that clear something in a newest evaluation and lapse within the window. */
export const EXPIRING_APPROVALS = `SELECT a.repository, u.production, a.path, a.use, a.ref, a.expires_on::text AS expires_on,
  (a.expires_on - $1::date)::int AS days_left, array_to_string(a.cleared, ', ') AS rules
FROM approvals a JOIN latest l ON a.repository = l.repository AND a.commit = l.commit AND a.evaluation = l.evaluation
JOIN use_rows u ON u.repository = a.repository AND u.commit = a.commit AND u.evaluation = a.evaluation AND u.path = a.path AND u.use = a.use
WHERE a.expires_on IS NOT NULL AND a.expires_on >= $1::date AND a.expires_on <= $1::date + $2::int AND a.status = 'valid' AND cardinality(a.cleared) > 0
ORDER BY a.expires_on, a.repository, a.path, a.use, a.ref`;

export const BLOCKED_USES = `SELECT u.repository, u.production, u.path, u.use, u.summary, l.evaluated_on::text AS evaluated_on,
  coalesce((SELECT string_agg(r->>'rule', ', ' ORDER BY r->>'rule') FROM jsonb_array_elements(u.rules) r WHERE r->>'status' = 'blocked'), '') AS rules
FROM use_rows u ${NEWEST}
WHERE u.decision = 'blocked'
ORDER BY u.repository, u.path, u.use`;

export const UNDECLARED_FILES = `SELECT f.repository, l.production, f.path, f.in_deliverables, f.class, f.signal, coalesce(f.source_type, '') AS source_type, l.evaluated_on::text AS evaluated_on
FROM file_rows f JOIN latest l ON f.repository = l.repository AND f.commit = l.commit AND f.evaluation = l.evaluation
WHERE f.undeclared
ORDER BY f.in_deliverables DESC, f.repository, f.path`;

export const PACK_VERSIONS = `SELECT p.pack AS pack, count(*)::int AS productions, string_agg(l.repository, ', ' ORDER BY l.repository) AS repositories
FROM latest l JOIN evaluations e ON e.repository = l.repository AND e.commit = l.commit AND e.evaluation = l.evaluation
CROSS JOIN LATERAL unnest(e.packs) AS p(pack)
GROUP BY p.pack ORDER BY p.pack`;

/** The overview: one line per production, from its newest evaluation. */
export const PRODUCTIONS = `SELECT l.repository, l.production, l.commit, l.evaluation, l.evaluated_on::text AS evaluated_on,
  array_to_string(e.packs, ', ') AS packs,
  (SELECT count(*)::int FROM evaluations x WHERE x.repository = l.repository) AS evaluations,
  count(u.use)::int AS uses,
  (count(*) FILTER (WHERE u.decision = 'clear'))::int AS clear,
  (count(*) FILTER (WHERE u.decision = 'approved'))::int AS approved,
  (count(*) FILTER (WHERE u.decision = 'needs-approval'))::int AS needs_approval,
  (count(*) FILTER (WHERE u.decision = 'blocked'))::int AS blocked,
  (SELECT count(*)::int FROM file_rows f WHERE f.repository = l.repository AND f.commit = l.commit AND f.evaluation = l.evaluation AND f.undeclared) AS undeclared_files
FROM latest l JOIN evaluations e ON e.repository = l.repository AND e.commit = l.commit AND e.evaluation = l.evaluation
LEFT JOIN use_rows u ON u.repository = l.repository AND u.commit = l.commit AND u.evaluation = l.evaluation
GROUP BY l.repository, l.production, l.commit, l.evaluation, l.evaluated_on, e.packs
ORDER BY l.repository`;

/** Every use of every newest evaluation, for the production pages. */
export const NEWEST_USES = `SELECT u.repository, u.path, u.use, u.summary, u.stage, u.decision,
  coalesce((SELECT string_agg(r->>'rule', ', ' ORDER BY r->>'rule') FROM jsonb_array_elements(u.rules) r WHERE r->>'status' <> 'noted'), '') AS rules,
  coalesce((SELECT string_agg(a.ref || coalesce(' (expires ' || a.expires_on::text || ')', ''), ', ' ORDER BY a.ref) FROM approvals a
    WHERE a.repository = u.repository AND a.commit = u.commit AND a.evaluation = u.evaluation AND a.path = u.path AND a.use = u.use), '') AS approvals
FROM use_rows u ${NEWEST}
ORDER BY u.repository, u.path, u.use`;
