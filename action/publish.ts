// What a finished check leaves on the runner: outputs, the JSON report, annotations, the text report in
// the log (with workflow commands switched off around it) and the job summary.

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io/files.js';
import { ledgerText } from '../src/ledger/entry.js';
import type { Report } from '../src/model/report.js';
import { logText } from '../src/render/escape.js';
import { annotations } from '../src/render/github.js';
import { fitMarkdown, render, renderText, rowContext } from '../src/render/index.js';
import type { Toolkit } from './toolkit.js';

const SUMMARY_MAX_CHARS = 340_000; // ≤ 1 MiB even if every character took 3 bytes in UTF-8

export function publish(report: Report, kit: Toolkit, env: NodeJS.ProcessEnv, sameAtHead: (path: string) => boolean): void {
  const dir = env.RUNNER_TEMP || '.';
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, `genai-clearance-report-${randomUUID().slice(0, 8)}.json`);
  writeFileAtomic(reportPath, render(report, 'json'));
  // SARIF for code scanning (github/codeql-action/upload-sarif): findings on the declaration's lines.
  const sarifPath = join(dir, `genai-clearance-${randomUUID().slice(0, 8)}.sarif`);
  writeFileAtomic(sarifPath, render(report, 'sarif'));
  // The register's rows (`--format ndjson`), for a later step to append to the studio's warehouse.
  const rowsPath = join(dir, `genai-clearance-rows-${randomUUID().slice(0, 8)}.ndjson`);
  writeFileAtomic(rowsPath, render(report, 'ndjson', { rows: rowContext(env, report.evaluatedOn, { repository: env.GITHUB_REPOSITORY ?? 'unknown', commit: env.GITHUB_SHA ?? 'unknown' }) }));
  kit.setOutput('decision', report.decision);
  kit.setOutput('clear', String(report.counts.clear));
  kit.setOutput('approved', String(report.counts.approved));
  kit.setOutput('needs-approval', String(report.counts.needsApproval));
  kit.setOutput('blocked', String(report.counts.blocked));
  kit.setOutput('invalid', String(report.counts.invalid));
  kit.setOutput('report-path', reportPath);
  kit.setOutput('sarif-path', sarifPath);
  kit.setOutput('rows-path', rowsPath);
  for (const a of annotations(report, sameAtHead)) {
    const where = a.file === undefined ? {} : { file: a.file, ...(a.line !== undefined ? { startLine: a.line, startColumn: a.column } : {}) };
    kit[a.level](a.message, { title: a.title, ...where });
  }
  // Declaration text reaches the log only with workflow commands switched off.
  const token = randomUUID();
  kit.info(`::stop-commands::${token}`);
  kit.info(logText(renderText(report, { color: false })));
  kit.info(`::${token}::`);
}

/** Returns why the summary could not be written, if it could not. */
export async function writeSummary(kit: Toolkit, report: Report | undefined, notes: string[], failure: string | undefined, commands?: ReadonlyMap<string, string>): Promise<string | undefined> {
  try {
    const body = report
      ? fitMarkdown(
          report,
          { notes: failure ? [`❌ ${failure}`, ...notes] : notes, ...(commands ? { commands } : {}), truncationNote: 'The full report is in the JSON report (output report-path).' },
          SUMMARY_MAX_CHARS,
        ).body
      : `# GenAI clearance\n\n❌ ${failure ?? 'The check did not complete.'}\n`;
    await kit.writeSummary(body);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** The approvals this run counted, as a ledger a studio can archive or merge. */
export function writeApprovalsLedger(report: Report, dir: string): string | undefined {
  const granted = report.pullRequestApprovals ?? [];
  if (granted.length === 0) return undefined;
  const path = join(dir, `genai-clearance-approvals-${randomUUID().slice(0, 8)}.yml`);
  writeFileAtomic(
    path,
    ledgerText(
      granted.map((g) => ({
        ref: g.ref,
        production: g.production,
        path: g.path,
        use: g.use,
        rules: g.rules,
        approved_on: g.approvedOn,
        ...(g.expiresOn ? { expires_on: g.expiresOn } : {}),
        approver: g.approver,
        fingerprint: g.fingerprint,
        ...(g.commit ? { commit: g.commit } : {}),
        ...(g.revokedOn ? { revoked_on: g.revokedOn } : {}),
        note: `granted in ${g.origin}`,
      })),
    ),
  );
  return path;
}
