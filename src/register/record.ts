// `register record`: reports (JSON) and rows (NDJSON) into the register, in one transaction per call.
// Every row is checked against the row schema as it is read; the first bad one rolls everything back.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ValidateFunction } from 'ajv';
import type { Report } from '../model/report.js';
import type { RegisterRow, RowContext } from '../model/rows.js';
import { ROW_SCHEMA_VERSION } from '../model/rows.js';
import { reportRows } from '../render/ndjson.js';
import rowSchema from '../schema/register-row.v1.schema.json' with { type: 'json' };
import { createAjv } from '../validate/ajv.js';
import { migrate } from './migrations.js';
import { INSERT_APPROVALS, INSERT_EVALUATIONS, INSERT_FILES, INSERT_USES, UPDATE_LATEST, UPDATE_USE_STATE } from './sql.js';
import type { Sql, Store } from './store.js';
import { RegisterProblem } from './store.js';

export interface RecordSource {
  /** Where it is read from. */
  file: string;
  /** As it is named in messages. */
  shown: string;
}

export interface RecordResult {
  rows: number;
  added: number;
}

const BATCH = 2000;
const RETRIES = 5;

let validator: ValidateFunction | undefined;
const validateRow = () => (validator ??= createAjv({ strictRequired: false }).compile(rowSchema));

/** Records every source in one transaction; a deadlock between concurrent writers is retried whole. */
export async function recordInto(store: Store, sources: readonly RecordSource[], context: Partial<RowContext>): Promise<RecordResult> {
  await migrate(store);
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.transaction((tx) => writeAll(tx, sources, context));
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt < RETRIES && (code === '40P01' || code === '40001')) continue;
      throw err;
    }
  }
}

async function writeAll(tx: Sql, sources: readonly RecordSource[], context: Partial<RowContext>): Promise<RecordResult> {
  const batch = new Batch(tx);
  for (const source of sources) for await (const row of readRows(source, context)) await batch.add(row);
  await batch.finish();
  return { rows: batch.rows, added: batch.added };
}

class Batch {
  rows = 0;
  added = 0;
  private uses: object[] = [];
  private approvals: object[] = [];
  private files: object[] = [];
  private readonly evaluations = new Map<string, { repository: string; commit: string; evaluation: string; evaluated_on: string; tool_version: string; packs: string[]; production: string }>();
  constructor(private readonly tx: Sql) {}

  async add(row: RegisterRow): Promise<void> {
    this.rows++;
    const key = { repository: row.repository, commit: row.commit, evaluation: row.evaluation };
    const id = JSON.stringify([row.repository, row.commit, row.evaluation]);
    const seen = this.evaluations.get(id);
    const production = row.kind === 'use' ? row.production : '';
    if (!seen) this.evaluations.set(id, { ...key, evaluated_on: row.evaluatedOn, tool_version: row.toolVersion, packs: row.packs, production });
    else if (production !== '' && (seen.production === '' || production < seen.production)) seen.production = production;
    if (row.kind === 'use') {
      this.uses.push({
        ...key,
        path: row.path,
        use: row.use,
        production: row.production,
        production_id: row.productionId ?? null,
        summary: row.summary,
        stage: row.stage,
        decision: row.decision,
        evaluated_on: row.evaluatedOn,
        rules: row.rules,
      });
      for (const a of row.approvals) this.approvals.push({ ...key, path: row.path, use: row.use, ref: a.ref, status: a.status, rules: a.rules, cleared: a.cleared, expires_on: a.expiresOn ?? null });
    } else {
      this.files.push({
        ...key,
        path: row.path,
        size: row.size,
        format: row.format ?? null,
        not_scanned: row.notScanned ?? null,
        credentials: row.credentials,
        signal: row.signal,
        source_type: row.sourceType ?? null,
        class: row.class,
        in_deliverables: row.inDeliverables,
        undeclared: row.undeclared,
        declared_by: row.declaredBy,
      });
    }
    if (this.uses.length + this.files.length >= BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.uses.length > 0) {
      const uses = JSON.stringify(this.uses);
      this.added += await this.count(INSERT_USES, uses);
      await this.tx.query(UPDATE_USE_STATE, [uses]);
    }
    if (this.approvals.length > 0) await this.count(INSERT_APPROVALS, JSON.stringify(this.approvals));
    if (this.files.length > 0) this.added += await this.count(INSERT_FILES, JSON.stringify(this.files));
    this.uses = [];
    this.approvals = [];
    this.files = [];
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.evaluations.size === 0) return;
    const evaluations = JSON.stringify([...this.evaluations.values()]);
    await this.count(INSERT_EVALUATIONS, evaluations);
    await this.tx.query(UPDATE_LATEST, [evaluations]);
  }

  private async count(sql: string, json: string): Promise<number> {
    const [result] = await this.tx.query<{ n: number }>(sql, [json]);
    return Number(result?.n ?? 0);
  }
}

/** The rows of one file: NDJSON rows as they are, a JSON report (`--format json`) flattened with the context. */
async function* readRows(source: RecordSource, context: Partial<RowContext>): AsyncGenerator<RegisterRow> {
  const lines = createInterface({ input: createReadStream(source.file, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      if (line === 1 && text.trim() === '{') {
        // A pretty-printed JSON report: read whole (reports are one object, not a stream).
        lines.close();
        yield* reportFile(source, readFileSync(source.file, 'utf8'), context);
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        throw new RegisterProblem(`${source.shown}:${line}:1: not a JSON line: ${(err as Error).message}; nothing was recorded`);
      }
      if (line === 1 && isReport(value)) {
        yield* reportFile(source, text, context);
        return;
      }
      yield checkRow(value, `${source.shown}:${line}:1`);
    }
  } catch (err) {
    if (err instanceof RegisterProblem) throw err;
    throw new RegisterProblem(`cannot read ${source.shown}: ${(err as Error).message}; nothing was recorded`);
  }
}

const isReport = (v: unknown): boolean => typeof v === 'object' && v !== null && 'files' in v && 'decision' in v && !('kind' in v);

function* reportFile(source: RecordSource, text: string, context: Partial<RowContext>): Generator<RegisterRow> {
  let report: Report;
  try {
    report = JSON.parse(text) as Report;
  } catch (err) {
    throw new RegisterProblem(`${source.shown}: not a JSON report: ${(err as Error).message}; nothing was recorded`);
  }
  if ((report as { schemaVersion?: unknown }).schemaVersion !== 1) {
    throw new RegisterProblem(`${source.shown}: report schema version ${JSON.stringify(report.schemaVersion)} is not one this genai-clearance reads (it reads 1); nothing was recorded`);
  }
  if (!context.repository || !context.commit) {
    throw new RegisterProblem(
      `${source.shown}: a JSON report does not say which repository and commit it judged: give --repository and --commit (in GitHub Actions, GITHUB_REPOSITORY and GITHUB_SHA), or record the rows of \`check --format ndjson\`; nothing was recorded`,
    );
  }
  let rows: RegisterRow[];
  try {
    rows = reportRows(report, { repository: context.repository, commit: context.commit, evaluation: context.evaluation ?? report.evaluatedOn });
  } catch (err) {
    throw new RegisterProblem(`${source.shown}: not a genai-clearance report (${(err as Error).message}); nothing was recorded`);
  }
  for (const [i, row] of rows.entries()) yield checkRow(JSON.parse(JSON.stringify(row)), `${source.shown} (row ${i + 1})`);
}

function checkRow(value: unknown, where: string): RegisterRow {
  const version = typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== ROW_SCHEMA_VERSION) {
    throw new RegisterProblem(`${where}: row schema version ${JSON.stringify(version ?? null)} is not one this genai-clearance reads (it reads ${ROW_SCHEMA_VERSION}); nothing was recorded`);
  }
  const validate = validateRow();
  if (!validate(value)) {
    const first = validate.errors?.find((e) => e.keyword !== 'if') ?? validate.errors?.[0];
    const missing = first?.keyword === 'required' ? ` '${String((first.params as { missingProperty?: string }).missingProperty)}'` : '';
    throw new RegisterProblem(
      `${where}: ${first?.instancePath || 'the row'} ${first?.message ?? 'does not fit the row schema'}${missing && !first?.message?.includes(missing.trim()) ? missing : ''}; nothing was recorded`,
    );
  }
  return value as RegisterRow;
}
