// `--format ndjson`: the report as register rows, one JSON object per line (src/model/rows.ts). Same
// report and context in, same bytes out; loadable as is by `bq load --source_format=NEWLINE_DELIMITED_JSON`
// and by `genai-clearance register record`.

import type { Report } from '../model/report.js';
import type { RegisterRow, RowContext } from '../model/rows.js';
import { ROW_SCHEMA_VERSION } from '../model/rows.js';

export function reportRows(report: Report, context: RowContext): RegisterRow[] {
  const base = {
    schemaVersion: ROW_SCHEMA_VERSION,
    repository: context.repository,
    commit: context.commit,
    evaluation: context.evaluation,
    evaluatedOn: report.evaluatedOn,
    toolVersion: report.tool.version,
    packs: report.packs.map((p) => `${p.pack}@${p.version}`),
  } as const;
  const rows: RegisterRow[] = [];
  for (const file of report.files) {
    for (const use of file.uses) {
      rows.push({
        ...base,
        kind: 'use',
        production: file.production?.title ?? '',
        ...(file.production?.id !== undefined ? { productionId: file.production.id } : {}),
        path: file.path,
        use: use.id,
        summary: use.summary,
        stage: use.stage,
        decision: use.outcome,
        rules: use.findings.map((f) => ({ rule: f.rule, pack: f.pack, level: f.effectiveLevel, status: f.status })),
        approvals: use.approvals.map((a) => ({ ref: a.ref, status: a.status, rules: a.rules, cleared: a.cleared, ...(a.expiresOn ? { expiresOn: a.expiresOn } : {}) })),
      });
    }
  }
  for (const asset of report.provenance?.assets ?? []) {
    rows.push({
      ...base,
      kind: 'file',
      path: asset.path,
      size: asset.size,
      ...(asset.format !== undefined ? { format: asset.format } : {}),
      ...(asset.notScanned ? { notScanned: asset.notScanned.code } : {}),
      credentials: asset.credentials.status,
      signal: asset.signal,
      ...(asset.sourceType !== undefined ? { sourceType: asset.sourceType } : {}),
      class: asset.class,
      inDeliverables: asset.inDeliverables,
      undeclared: asset.findings.some((f) => f.status === 'undeclared'),
      declaredBy: asset.declaredBy.map((u) => ({ path: u.file, use: u.use })),
    });
  }
  return rows;
}

export function* ndjsonChunks(report: Report, context: RowContext): Generator<string> {
  let buffer = '';
  for (const row of reportRows(report, context)) {
    buffer += `${JSON.stringify(row)}\n`;
    if (buffer.length >= 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

export function renderNdjson(report: Report, context: RowContext): string {
  return [...ndjsonChunks(report, context)].join('');
}

/**
 * Where a run happened, from the environment GitHub Actions sets; outside Actions, what the caller
 * knows (the folder's name, the checkout's HEAD). An evaluation is a workflow run and attempt, or else
 * the day the commit was judged: the same commit judged again the same day is the same evaluation.
 */
export function rowContext(env: Record<string, string | undefined>, evaluatedOn: string, fallback: { repository: string; commit: string }): RowContext {
  const run = env.GITHUB_RUN_ID ? `run-${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined;
  return {
    repository: env.GITHUB_REPOSITORY || fallback.repository,
    commit: env.GITHUB_SHA || fallback.commit,
    evaluation: run ?? evaluatedOn,
  };
}
