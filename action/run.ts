import { readFileSync } from 'node:fs';
import { loadInput } from '../src/evaluate/inputs.js';
import { evaluate } from '../src/evaluate/report.js';
import type { Ledger } from '../src/ledger/load.js';
import { loadLedger } from '../src/ledger/load.js';
import type { Diagnostic, Report } from '../src/model/report.js';
import { loadPackLibrary } from '../src/policy/library.js';
import { isMediaPath } from '../src/provenance/read-media.js';
import { commitStatus, failedClosedMessage, gateMessage, RESOLVED_NOTE, runNotes, summaryFailedMessage } from '../src/render/github.js';
import { verdictReply } from '../src/render/grant-verdicts.js';
import { fitMarkdown } from '../src/render/index.js';
import { today } from '../src/util/dates.js';
import type { RunIdentity } from './comment.js';
import { COMMENT_LIMIT, markerLine, upsertSticky } from './comment.js';
import { readDeclarations } from './declarations.js';
import { gatherFacts } from './facts.js';
import { createGate } from './gate.js';
import type { GitHubApi, Repo } from './github-api.js';
import { createGitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { readInputs } from './inputs.js';
import { readMediaFiles } from './media.js';
import { writeActionPacket } from './packet.js';
import { publish, writeApprovalsLedger, writeSummary } from './publish.js';
import type { EventPayload } from './refs.js';
import { NothingToJudge } from './refs.js';
import { answerRefusals, pullRequestApprovals } from './reviewers.js';
import { loadLedgerBytes, loadPackFiles } from './sources.js';
import type { Toolkit } from './toolkit.js';
import { actionsToolkit } from './toolkit.js';
import { withTreeCache } from './tree-cache.js';
import type { Trust } from './trust.js';
import { establishTrust } from './trust.js';

/** Everything the Action touches outside its own code, so tests can run it in-process. */
export interface RunDeps {
  env: NodeJS.ProcessEnv;
  now: () => Date;
  createApi: (token: string) => GitHubApi;
  toolkit: Toolkit;
  /** Waits between polls for a pull request's merge commit. */
  sleep: (ms: number) => Promise<void>;
}

export async function realDeps(): Promise<RunDeps> {
  const env = process.env;
  return {
    env,
    now: () => new Date(),
    createApi: (t) => createGitHubApi(t, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' }),
    toolkit: await actionsToolkit(env),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}

interface Checked {
  report: Report;
  notes: string[];
  /** The approval line for each use that needs one, by `path#use`. */
  commands: ReadonlyMap<string, string>;
}

/** The whole Action. Every failure, expected or not, ends in the gate: never a green check by accident. */
export async function run(deps: RunDeps): Promise<void> {
  const kit = deps.toolkit;
  const startedAt = deps.now().toISOString();
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => kit.getInput(name));
  } catch (err) {
    kit.setFailed((err as Error).message);
    return;
  }
  // Until the trusted configuration has been read, nothing may soften a failure.
  let gate = createGate(kit, false);
  let checked: Checked | undefined;
  let failure: string | undefined;
  let ctx: RunContext | undefined;
  let skipped = false;
  const target: { current?: StatusTarget } = {};
  try {
    ctx = await prepare(inputs, deps, target);
    gate = createGate(kit, ctx.trust.warnOnly);
    checked = await check(ctx, startedAt);
    if (checked.report.decision === 'fail') gate.fail(gateMessage(checked.report));
  } catch (err) {
    if (err instanceof NothingToJudge) {
      kit.info(`nothing to check: ${err.message}`);
      skipped = true;
      return;
    }
    failure = failedClosedMessage((err as Error).message);
    kit.debug((err as Error).stack ?? String(err));
    gate.fail(failure);
  } finally {
    if (target.current && !skipped) await setStatus(target.current, ctx?.trust.warnOnly ?? false, checked?.report, failure, gate.failed);
    // The summary is where reviewers read the report when there is no comment (push, forks, `never`):
    // a run that could not write it has not done its job, and says so through the gate.
    const summaryError = skipped ? undefined : await writeSummary(kit, checked?.report, checked?.notes ?? [], failure, checked?.commands);
    if (summaryError) gate.fail(summaryFailedMessage(summaryError));
  }
}

/** Where the commit status goes: known as soon as the event names the head, before anything can fail. */
interface StatusTarget {
  api: GitHubApi;
  repo: Repo;
  head: string;
  /** After the merge, the merge commit on the base branch gets the same status. */
  mergedAs?: string;
  inputs: ActionInputs;
  deps: RunDeps;
}

/**
 * One commit status on the head, from every run whatever started it: a run started by a comment
 * attaches its check run to the default branch and a review's is a second check run, so the status is
 * what branch protection should require. A run that fails before it has judged anything sets `error`,
 * so an earlier green status never outlives a run that could not complete. Best effort: the job's own
 * result is the other gate.
 */
async function setStatus(target: StatusTarget, warnOnly: boolean, report: Report | undefined, failure: string | undefined, failed: boolean): Promise<void> {
  const env = target.deps.env;
  const { state, description } = commitStatus(report, failure, warnOnly && failed);
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${target.repo.owner}/${target.repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  try {
    for (const sha of statusCommits(target)) {
      await target.api.createStatus(target.repo, sha, {
        state,
        context: statusContext(target.inputs),
        description,
        ...(runUrl ? { targetUrl: runUrl } : {}),
      });
    }
  } catch (err) {
    target.deps.toolkit.warning(`could not set the ${STATUS_CONTEXT} commit status (${describeHttpError(err)}); the workflow needs \`statuses: write\``);
  }
}

async function setPending(target: StatusTarget): Promise<void> {
  try {
    for (const sha of statusCommits(target)) await target.api.createStatus(target.repo, sha, { state: 'pending', context: statusContext(target.inputs), description: 'judging this commit' });
  } catch (err) {
    target.deps.toolkit.warning(`could not set the ${STATUS_CONTEXT} commit status (${describeHttpError(err)}); the workflow needs \`statuses: write\``);
  }
}

const statusCommits = (target: StatusTarget) => (target.mergedAs && target.mergedAs !== target.head ? [target.head, target.mergedAs] : [target.head]);

const statusContext = (inputs: ActionInputs) => (inputs.commentKey ? `${STATUS_CONTEXT}/${inputs.commentKey}` : STATUS_CONTEXT);

const STATUS_CONTEXT = 'genai-clearance';

interface RunContext {
  inputs: ActionInputs;
  deps: RunDeps;
  repo: Repo;
  api: GitHubApi;
  policyApi: GitHubApi;
  trust: Trust;
}

/** Phase 1: the repository, the event, and what the run is judged by. */
async function prepare(inputs: ActionInputs, deps: RunDeps, target: { current?: StatusTarget }): Promise<RunContext> {
  const env = deps.env;
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new Error('GITHUB_REPOSITORY is not set (expected owner/repo)');
  const repo: Repo = { owner, repo: name };
  const payload = env.GITHUB_EVENT_PATH ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload) : {};
  // A new comment without a command changes nothing; edited and deleted ones may withdraw an approval.
  if (env.GITHUB_EVENT_NAME === 'issue_comment' && payload.action === 'created' && !(payload.comment?.body ?? '').includes('/genai-clearance')) {
    throw new NothingToJudge('the comment holds no /genai-clearance command');
  }
  const api = deps.createApi(inputs.token);
  const policyApi = inputs.policyToken === inputs.token ? api : deps.createApi(inputs.policyToken);
  const statusApi = inputs.statusToken === inputs.token ? api : deps.createApi(inputs.statusToken);
  let named = payload.pull_request?.head?.sha ?? payload.merge_group?.head_sha ?? (['push', 'workflow_dispatch'].includes(env.GITHUB_EVENT_NAME ?? '') ? env.GITHUB_SHA : undefined);
  // A comment names its pull request, not its head: the head is looked up first, so that whatever fails
  // after it (the merge commit not computed yet, the configuration unreadable) still sets `error`.
  if (!named && env.GITHUB_EVENT_NAME === 'issue_comment' && payload.issue?.pull_request && payload.issue.number) named = (await api.getPull(repo, payload.issue.number)).headSha;
  if (named) {
    target.current = { api: statusApi, repo, head: named, inputs, deps };
    // Pending until this run has judged: a run cancelled on the way (a newer comment's run in the same
    // concurrency group) never leaves the green an approver's revoke was about to replace.
    await setPending(target.current);
  }
  const trust = await establishTrust({ inputs, event: env.GITHUB_EVENT_NAME ?? '', payload, sha: env.GITHUB_SHA, api, policyApi, repo, sleep: deps.sleep });
  target.current = { api: statusApi, repo, head: trust.refs.head, ...(trust.refs.mergedAs ? { mergedAs: trust.refs.mergedAs } : {}), inputs, deps };
  if (trust.refs.mergedAs) await setPending(target.current);
  for (const input of trust.overridden) deps.toolkit.warning(`input ${input} is ignored: the trusted configuration (${inputs.config}) decides it`);
  return { inputs, deps, repo, api, policyApi, trust };
}

/** Phases 2–5: read, evaluate, publish, comment. */
async function check(ctx: RunContext, startedAt: string): Promise<Checked> {
  const { inputs, deps, repo, api, trust } = ctx;
  const { refs } = trust;
  const where = { api, policyApi: ctx.policyApi, repo, trustedRef: refs.trusted };

  // Phase 2: everything is read before anything is judged.
  const approvers = trust.config.approvers;
  // Declarations and media read the same trees: each is listed once.
  const reader = withTreeCache(api);
  // Each declaration is parsed here, once: the media reading and the core take what was loaded.
  const reading = readDeclarations(reader, repo, refs, inputs.declarations, trust.scan === 'off' ? undefined : isMediaPath).then((d) => ({
    ...d,
    files: d.files.map((f) => loadInput(f)),
    removed: d.removed.map((f) => loadInput(f)),
  }));
  const [declarations, media, packFiles, ledgerFile, changed, fromPullRequest] = await Promise.all([
    reading,
    reading.then((d) => readMediaFiles(reader, repo, refs, { scope: trust.scan, configuredAnchors: trust.config.trustAnchors, declarations: [...d.files, ...d.removed] })),
    loadPackFiles(trust.policySource, where),
    loadLedgerBytes(trust.ledgerSource, where),
    refs.pullNumber ? api.pullFiles(repo, refs.pullNumber) : Promise.resolve({ files: [], capped: false }),
    approvers ? pullRequestApprovals({ api, repo, refs, approvers, defaultBranch: trust.defaultBranch, event: refs.event, declarations: reading.then((d) => d.files) }) : Promise.resolve(undefined),
  ]);

  // Phase 3: the pure core.
  const errors: Diagnostic[] = [...trust.configErrors, ...declarations.errors];
  let ledger: Ledger | undefined;
  if (ledgerFile) {
    const loaded = loadLedger(ledgerFile.path, ledgerFile.bytes);
    if ('ledger' in loaded) ledger = loaded.ledger;
    else errors.push(...loaded.errors);
  }
  const library = loadPackLibrary(packFiles);
  const day = today(deps.now);
  const report = evaluate({
    files: declarations.files,
    removed: declarations.removed,
    library,
    config: trust.config,
    ...(ledger ? { ledger } : {}),
    ...(fromPullRequest ? { granted: fromPullRequest.grants } : {}),
    errors,
    today: day,
    ...(media ? { provenance: media } : {}),
    ...(inputs.packet ? { declared: true } : {}),
  });
  const configPath = trust.config.path ?? (inputs.configExplicit ? undefined : inputs.config);
  const facts = gatherFacts({
    report,
    trust,
    repo,
    library,
    changed,
    ...(configPath ? { configPath } : {}),
    hasLedger: ledgerFile !== undefined,
    today: day,
    ...(fromPullRequest ? { grants: fromPullRequest.grants } : {}),
  });
  const hints = runNotes(report, facts);
  const notes = hints.notes;
  const approvalsPath = writeApprovalsLedger(report, deps.env.RUNNER_TEMP || '.');
  if (approvalsPath) deps.toolkit.setOutput('approvals-path', approvalsPath);
  if (inputs.packet)
    deps.toolkit.setOutput(
      'packet-path',
      writeActionPacket(report, deps.env.RUNNER_TEMP || '.', ledgerFile ? { ledger: ledgerFile } : {}, (m) => deps.toolkit.warning(m)),
    );
  // A command that was accepted but counts for less than it says is answered too, with the line to post.
  const shortfalls = hints.verdicts.flatMap((v) => {
    const reply = verdictReply(v);
    const to = v.grant.answer;
    return reply && to?.commentId !== undefined && !v.grant.revokedOn ? [{ commentId: to.commentId, url: to.url, author: v.grant.approver, reason: reply, partial: true }] : [];
  });
  const answers = [...(fromPullRequest?.refusals ?? []), ...shortfalls];
  if (fromPullRequest && refs.pullNumber && answers.length > 0) {
    try {
      const posted = await answerRefusals(api, repo, refs.pullNumber, answers);
      if (posted > 0) deps.toolkit.info(`answered ${posted} approval command(s) that were not accepted`);
    } catch (err) {
      deps.toolkit.warning(`could not answer the approval commands that were not accepted (${describeHttpError(err)})`);
    }
  }

  // Phase 4: outputs, annotations, log.
  publish(report, deps.toolkit, deps.env, (path) => declarations.sameAtHead.has(path));

  // Phase 5: the comment, best effort.
  await comment(ctx, report, notes, hints.commands, startedAt);
  return { report, notes, commands: hints.commands };
}

async function comment(ctx: RunContext, report: Report, notes: string[], commands: ReadonlyMap<string, string>, startedAt: string): Promise<void> {
  const { inputs, deps, repo, api, trust } = ctx;
  const env = deps.env;
  const kit = deps.toolkit;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const footer = { commit: trust.refs.head, ...(runUrl ? { runUrl } : {}) };
  const run = runIdentity(env);
  const meta = {
    v: 1 as const,
    head: trust.refs.head,
    packs: report.packs.map((p) => `${p.pack}@${p.version}`),
    at: startedAt,
    ...(run ? { run: run.id, attempt: run.attempt } : {}),
    state: report.decision === 'pass' ? ('pass' as const) : ('fail' as const),
  };
  const maxVisible = COMMENT_LIMIT - markerLine({ ...meta, hash: '0'.repeat(16) }, inputs.commentKey).length - 1;
  const visible = (resolved: boolean) => fitMarkdown(report, { footer, commands, notes: resolved ? [RESOLVED_NOTE, ...notes] : notes }, maxVisible).body;
  kit.setOutput('comment-body', visible(false));
  if (!trust.refs.pullNumber || inputs.comment === 'never') return;
  try {
    const result = await upsertSticky({
      api,
      repo,
      issue: trust.refs.pullNumber,
      visible,
      // A passing run that still has something to say (a removal, a change to what it is judged by)
      // comments even in on-change mode: the comment is where reviewers look.
      mode: inputs.comment === 'on-change' && notes.some((n) => /^(⚠️|➖)/u.test(n)) ? 'always' : inputs.comment,
      meta,
      key: inputs.commentKey,
      ...(run ? { run } : {}),
      onDistrust: (message) => kit.warning(message),
    });
    kit.info(`pull request comment: ${result.action}`);
  } catch (err) {
    // The check is the gate; the comment is best effort.
    kit.warning(`could not write the pull request comment (${describeHttpError(err)}); the check's result is unchanged. ${permissionHint(err)}`);
  }
}

function runIdentity(env: NodeJS.ProcessEnv): RunIdentity | undefined {
  const id = Number(env.GITHUB_RUN_ID);
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT) || 1;
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/file.yml@refs/heads/main
  const workflowPath = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  return { id, attempt, ...(workflowPath ? { workflowPath } : {}) };
}

function describeHttpError(err: unknown): string {
  const e = err as { status?: number; message?: string };
  return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}

function permissionHint(err: unknown): string {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 404) {
    return "The token needs `pull-requests: write` (in the workflow's permissions). Pull requests from forks get a read-only token under `pull_request`; use `pull_request_target` (this action never runs code from the pull request) or read the `comment-body` output in a `workflow_run` job.";
  }
  if (status === 422) return 'GitHub refused the comment body.';
  return 'GitHub may be unavailable or rate-limiting; re-run the job to post the comment.';
}
