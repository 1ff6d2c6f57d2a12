import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { evaluate } from '../src/evaluate/report.js';
import type { DeclarationInput } from '../src/evaluate/report.js';
import { writeFileAtomic } from '../src/io/files.js';
import { loadLedger } from '../src/ledger/load.js';
import type { Ledger } from '../src/ledger/load.js';
import type { Diagnostic, Report } from '../src/model/report.js';
import { loadPackLibrary } from '../src/policy/library.js';
import { escapeMarkdown, fitMarkdown, markdownCode, renderText } from '../src/render/index.js';
import { today } from '../src/util/dates.js';
import { globMatcher } from '../src/util/glob.js';
import { annotate } from './annotations.js';
import { COMMENT_LIMIT, markerLine, upsertSticky } from './comment.js';
import { createGate } from './gate.js';
import type { Gate } from './gate.js';
import { createGitHubApi } from './github-api.js';
import type { GitHubApi, Repo } from './github-api.js';
import { readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';
import { refsFor } from './refs.js';
import type { Refs } from './refs.js';
import { describeSource, loadLedgerText, loadPackFiles, parseSource, trustedPathsTouched } from './sources.js';

const SUMMARY_MAX_CHARS = 340_000; // ≤ 1 MiB even if every character took 3 bytes in UTF-8

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  now: () => Date;
  createApi: (token: string) => GitHubApi;
}

export const realDeps = (): RunDeps => ({ env: process.env, now: () => new Date(), createApi: (t) => createGitHubApi(t) });

/** The whole Action. Every failure, expected or not, ends in the gate: never a green check by accident. */
export async function run(deps: RunDeps = realDeps()): Promise<void> {
  const startedAt = deps.now().toISOString();
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name));
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }
  const gate = createGate(core, inputs.warnOnly);
  let report: Report | undefined;
  let notes: string[] = [];
  let failure: string | undefined;
  try {
    const outcome = await check(inputs, deps, startedAt, gate);
    report = outcome.report;
    notes = outcome.notes;
  } catch (err) {
    failure = `genai-clearance could not complete the check, so it fails closed: ${(err as Error).message}`;
    core.debug((err as Error).stack ?? String(err));
    gate.fail(failure);
  } finally {
    // The summary is where reviewers read the report when there is no comment (push, forks, `never`):
    // a run that could not write it has not done its job, and says so through the gate.
    const summaryError = await writeSummary(report, notes, failure, deps.env);
    if (summaryError) gate.fail(`genai-clearance could not write the job summary, so it fails closed: ${summaryError}`);
  }
}

async function check(inputs: ActionInputs, deps: RunDeps, startedAt: string, gate: Gate): Promise<{ report: Report; notes: string[] }> {
  const env = deps.env;
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new Error('GITHUB_REPOSITORY is not set (expected owner/repo)');
  const repo: Repo = { owner, repo: name };
  const event = env.GITHUB_EVENT_NAME ?? '';
  const payload = env.GITHUB_EVENT_PATH ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as object) : {};
  const refs = refsFor(event, payload, env.GITHUB_SHA);
  const api = deps.createApi(inputs.token);
  const policyApi = inputs.policyToken === inputs.token ? api : deps.createApi(inputs.policyToken);
  const policySource = parseSource(inputs.policySource, 'policy-source');
  const ledgerSource = parseSource(inputs.ledger, 'ledger');
  const where = { api, policyApi, repo, trustedRef: refs.trusted };

  const [files, packFiles, ledgerText, changed] = await Promise.all([
    readDeclarations(api, repo, refs, inputs.declarations),
    loadPackFiles(policySource, where),
    loadLedgerText(ledgerSource, where),
    refs.pullNumber ? api.pullFiles(repo, refs.pullNumber) : Promise.resolve([]),
  ]);

  const errors: Diagnostic[] = [];
  let ledger: Ledger | undefined;
  if (ledgerText) {
    const loaded = loadLedger(ledgerText.path, ledgerText.text);
    if ('ledger' in loaded) ledger = loaded.ledger;
    else errors.push(...loaded.errors);
  }
  const report = evaluate({ files, library: loadPackLibrary(packFiles), ...(ledger ? { ledger } : {}), errors, today: today(deps.now) });

  const notes: string[] = [];
  const touched = trustedPathsTouched(changed, [policySource, ledgerSource]);
  if (touched.length > 0) {
    notes.push(
      // Notes are markdown as written: file names come from the pull request (a name may hold newlines,
      // HTML or links), so they go through the same escaping as declaration text.
      `⚠️ This pull request changes files the check depends on (${touched.map((t) => markdownCode(t, 300)).join(', ')}). ` +
        `It was judged by the policy from ${noteText(describeSource(policySource, repo, refs.trusted))}${ledgerText ? ` and the ledger from ${noteText(describeSource(ledgerSource, repo, refs.trusted))}` : ''}, not by its own versions.`,
    );
  }
  if (!ledger && report.approvalMode === 'format-only') notes.push('ℹ️ No approvals ledger is configured: approval references were only checked for format.');

  publish(report, env);
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${owner}/${name}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const footer = { commit: refs.head, ...(runUrl ? { runUrl } : {}) };
  const maxVisible = COMMENT_LIMIT - markerLine({ v: 1, head: refs.head, packs: report.packs.map((p) => `${p.pack}@${p.version}`), at: startedAt, hash: '0'.repeat(16), state: 'fail' }).length - 1;
  const visible = (resolved: boolean) =>
    fitMarkdown(report, { footer, notes: resolved ? ['✅ Resolved: every use is now clear or approved.', ...notes] : notes }, maxVisible).body;
  core.setOutput('comment-body', visible(false));

  if (refs.pullNumber && inputs.comment !== 'never') {
    try {
      const result = await upsertSticky({
        api,
        repo,
        issue: refs.pullNumber,
        visible,
        mode: inputs.comment,
        meta: { v: 1, head: refs.head, packs: report.packs.map((p) => `${p.pack}@${p.version}`), at: startedAt, state: report.decision === 'pass' ? 'pass' : 'fail' },
      });
      core.info(`pull request comment: ${result.action}`);
    } catch (err) {
      // The check is the gate; the comment is best effort.
      core.warning(`could not write the pull request comment (${describeHttpError(err)}); the check's result is unchanged. ${permissionHint(err)}`);
    }
  }

  if (report.decision === 'fail') gate.fail(failureMessage(report));
  return { report, notes };
}

/**
 * Source descriptions (input paths, repository and branch names) in a note. Under `pull_request` the
 * workflow, and so its inputs, come from the pull request: text that could open markup, a mention
 * (`@` after a non-word character) or an autolink (`x@y.z`, `www.`) is escaped; plain names stay as
 * they are, so `policy at owner/repo@main` reads as written.
 */
function noteText(text: string): string {
  const plain = /^[A-Za-z0-9./@ -]+$/.test(text) && !/(^|[^A-Za-z0-9])@|@[^ ]*\.|www\./i.test(text);
  return plain ? text : escapeMarkdown(text, 500);
}

async function readDeclarations(api: GitHubApi, repo: Repo, refs: Refs, pattern: string): Promise<DeclarationInput[]> {
  const matches = globMatcher(pattern);
  const tree = await api.listTree(repo, refs.head);
  const wanted = tree.filter((e) => matches(e.path));
  return Promise.all(wanted.map(async (e) => ({ path: e.path, text: await api.getBlob(repo, e.sha) })));
}

function publish(report: Report, env: NodeJS.ProcessEnv): void {
  const dir = env.RUNNER_TEMP || '.';
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, `genai-clearance-report-${randomUUID().slice(0, 8)}.json`);
  writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput('decision', report.decision);
  core.setOutput('clear', String(report.counts.clear));
  core.setOutput('approved', String(report.counts.approved));
  core.setOutput('needs-approval', String(report.counts.needsApproval));
  core.setOutput('blocked', String(report.counts.blocked));
  core.setOutput('invalid', String(report.counts.invalid));
  core.setOutput('report-path', reportPath);
  annotate(report);
  // Declaration text reaches the log only with workflow commands switched off.
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(renderText(report, { color: false }));
  core.info(`::${token}::`);
}

function failureMessage(report: Report): string {
  const c = report.counts;
  const parts = [
    c.invalid > 0 ? `${c.invalid} declaration file(s) invalid` : '',
    c.blocked > 0 ? `${c.blocked} use(s) blocked` : '',
    c.needsApproval > 0 ? `${c.needsApproval} use(s) need written approval` : '',
    report.errors.length > 0 ? `${report.errors.length} policy or ledger error(s): ${report.errors.map((e) => `${e.file ?? ''}:${e.line}:${e.column} ${e.message}`).join('; ')}` : '',
  ].filter(Boolean);
  return `GenAI clearance failed: ${parts.join(', ')}.`;
}

/** Returns why the summary could not be written, if it could not. */
async function writeSummary(report: Report | undefined, notes: string[], failure: string | undefined, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (!env.GITHUB_STEP_SUMMARY) return undefined;
  try {
    const body = report
      ? fitMarkdown(report, { notes: failure ? [`❌ ${failure}`, ...notes] : notes, truncationNote: 'The full report is in the JSON report (output report-path).' }, SUMMARY_MAX_CHARS).body
      : `# GenAI clearance\n\n❌ ${failure ?? 'The check did not complete.'}\n`;
    await core.summary.emptyBuffer().addRaw(body).write({ overwrite: true });
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

function describeHttpError(err: unknown): string {
  const e = err as { status?: number; message?: string };
  return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}

function permissionHint(err: unknown): string {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 404) {
    return 'The token needs `pull-requests: write` (in the workflow\'s permissions). Pull requests from forks get a read-only token under `pull_request`; use `pull_request_target` (this action never runs code from the pull request) or read the `comment-body` output in a `workflow_run` job.';
  }
  if (status === 422) return 'GitHub refused the comment body.';
  return 'GitHub may be unavailable or rate-limiting; re-run the job to post the comment.';
}
