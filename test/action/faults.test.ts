// The Action (run() in-process, with the real toolkit; back-off sleeps skipped) against a loopback GitHub that
// misbehaves: 5xx bursts, rate limits, hung and dropped connections, truncated JSON, missing objects,
// refused comments, thousands of comments, two runs racing on one pull request — and, in the second
// half, a failure injected from the outside into every stage of the run.
//
// For each: the check's decision is the one the declaration deserves (a gate read that still fails
// after the retries fails closed; a comment failure is a warning only), and the job summary is written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Emulator, EmulatorState, Fault } from '../support/emulator/github-emulator.js';
import { faults, GITHUB_ACTIONS_BOT, startEmulator } from '../support/emulator/github-emulator.js';
import type { RunOptions, RunResult } from '../support/run-action.js';
import { runAction, runBundle } from '../support/run-action.js';
import { APPROVED_USE, CLEAR_USE, declaration, HEAD, NEEDS_APPROVAL_USE, PACK_PATH, PACK_TEXT, PR, REPO, repoState } from './harness.js';

const failing = () => ({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) });
const passing = () => ({ 'genai-usage.yml': declaration([CLEAR_USE, APPROVED_USE]) });
const FAIL_MESSAGE = '::error::GenAI clearance failed: 1 use needs written approval.';

// The tree of the commit under judgement (the base's tree is read too, to name what the change removes).
const TREE = new RegExp(`/git/trees/${HEAD}`);
const BLOB = /\/git\/blobs\//;
const PULL_FILES = /\/pulls\/\d+\/files$/;
const COMMENTS = /\/issues\/\d+\/comments$/;
const GRAPHQL = /^\/graphql$/;

type Run = RunResult;

interface ActionOptions extends RunOptions {
  inputs?: Record<string, string>;
}

/** run() in-process against the emulator (test/support/run-action.ts), with any env changed. */
const action = (emulator: Emulator, options: ActionOptions = {}): Promise<Run> => runAction(emulator, options.inputs ?? {}, options);

/** Starts an emulator, injects the faults, runs `body`, and always checks OpenAPI conformance and closes it. */
async function withEmulator(state: EmulatorState, injected: Fault[], body: (gh: Emulator) => Promise<void>): Promise<void> {
  const gh = await startEmulator(state);
  try {
    for (const f of injected) gh.inject(f);
    await body(gh);
    // Every request the Action made, faults or not, was a valid GitHub request.
    expect(gh.violations).toEqual([]);
  } finally {
    await gh.close();
  }
}

const ours = (gh: Emulator) => gh.state.comments.filter((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:sticky'));
const statuses = (gh: Emulator, path: RegExp, method = 'GET') => gh.requests.filter((r) => r.method === method && path.test(r.path)).map((r) => r.status);
const commandLines = (run: Run, command: string) => run.stdout.split('\n').filter((l) => l.startsWith(`::${command}`));

/** The outcome a failing declaration deserves, whatever GitHub did: exit 1, the decision, the report in the summary. */
function expectFailingDecision(run: Run): void {
  expect(run.timedOut).toBe(false);
  expect(run.code, run.stdout).toBe(1);
  expect(run.stdout).toContain(FAIL_MESSAGE);
  expect(run.outputs.decision).toBe('fail');
  expect(run.outputs['needs-approval']).toBe('1');
  expect(run.summary).toContain('title-card');
}

/** Fail closed: exit 1, one `::error::` that says so, and the summary says so too. */
function expectFailedClosed(run: Run, reason: string | RegExp): void {
  expect(run.timedOut).toBe(false);
  expect(run.code, run.stdout).toBe(1);
  const errors = commandLines(run, 'error');
  const closed = errors.find((l) => l.startsWith('::error::genai-clearance could not complete the check, so it fails closed: '));
  expect(closed, run.stdout).toBeDefined();
  if (typeof reason === 'string') expect(closed).toContain(reason);
  else expect(closed).toMatch(reason);
  expect(run.outputs.decision).toBeUndefined();
  expect(run.summary).toContain('fails closed');
}

describe('GitHub misbehaves: the decision is still the one the declaration deserves', () => {
  // ------------------------------------------------------------------ 5xx bursts
  it('500, 500 on the tree read: retried, then the right decision', async () => {
    await withEmulator(repoState(failing()), [faults.serverError(500, 2, { pathRegex: TREE })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, TREE)).toEqual([500, 500, 200]);
      expect(ours(gh)).toHaveLength(1);
    });
  });

  it('502 ×3 on the declaration blob: retried, then the right decision', async () => {
    await withEmulator(repoState(failing()), [faults.serverError(502, 3, { pathRegex: BLOB })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, BLOB)).toEqual([502, 502, 502, 200]);
    });
  });

  it('503 ×2 on creating the comment: retried, the comment is posted once', async () => {
    await withEmulator(repoState(failing()), [faults.serverError(503, 2, { method: 'POST', pathRegex: COMMENTS })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, COMMENTS, 'POST')).toEqual([503, 503, 201]);
      expect(ours(gh)).toHaveLength(1);
    });
  });

  it('503 on every comment listing: a warning only, a passing check stays green, the summary is written', async () => {
    await withEmulator(repoState(passing()), [faults.serverError(503, 10, { method: 'GET', pathRegex: COMMENTS })], async (gh) => {
      const run = await action(gh, { inputs: { comment: 'always' } });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.decision).toBe('pass');
      expect(commandLines(run, 'error')).toEqual([]);
      expect(
        commandLines(run, 'warning')
          .filter((l) => !l.startsWith('::warning title=GenAI clearance'))
          .join('\n'),
      ).toMatch(/^::warning::could not write the pull request comment \(HTTP 503/);
      expect(statuses(gh, COMMENTS)).toEqual([503, 503, 503, 503]);
      expect(run.summary).toContain('GenAI clearance');
      expect(ours(gh)).toHaveLength(0);
    });
  });

  it('500 on every pull-request files read (a gate read): fails closed after the retries', async () => {
    await withEmulator(repoState(passing()), [faults.serverError(500, 10, { pathRegex: PULL_FILES })], async (gh) => {
      const run = await action(gh);
      expectFailedClosed(run, /HTTP 500|Server Error/);
      expect(statuses(gh, PULL_FILES)).toEqual([500, 500, 500, 500]);
    });
  });

  // ------------------------------------------------------------------ rate limits
  it('429 with retry-after on the tree read: waited for, retried, the right decision', async () => {
    await withEmulator(repoState(failing()), [faults.secondaryRateLimit({ status: 429, retryAfterSeconds: 1, match: { pathRegex: TREE } })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, TREE)).toEqual([429, 200]);
    });
  });

  it('secondary rate limit (403 + retry-after) on creating the comment: waited for, posted once', async () => {
    await withEmulator(repoState(failing()), [faults.secondaryRateLimit({ status: 403, retryAfterSeconds: 1, times: 2, match: { method: 'POST', pathRegex: COMMENTS } })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, COMMENTS, 'POST')).toEqual([403, 403, 201]);
      expect(ours(gh)).toHaveLength(1);
    });
  });

  it('primary rate limit (403, remaining 0, reset soon) on the blob: waited for, the right decision', async () => {
    await withEmulator(repoState(failing()), [faults.primaryRateLimit({ resetInSeconds: 1, match: { pathRegex: BLOB } })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, BLOB)).toEqual([403, 200]);
    });
  });

  it('secondary rate limit that never lifts on a gate read: fails closed', async () => {
    await withEmulator(repoState(passing()), [faults.secondaryRateLimit({ status: 403, retryAfterSeconds: 1, times: 10, match: { pathRegex: TREE } })], async (gh) => {
      const run = await action(gh);
      expectFailedClosed(run, /secondary rate limit/);
      expect(statuses(gh, TREE)).toEqual([403, 403, 403, 403]);
    });
  });

  // ------------------------------------------------------------------ timeouts and dropped connections
  it('a request that hangs past the per-request timeout is abandoned and retried (the timeout shortened to 1 s here)', async () => {
    // The emulator answers after 31 s, by which time the Action has given up on that request.
    await withEmulator(repoState(failing()), [faults.delay(5_000, 1, { pathRegex: TREE })], async (gh) => {
      const run = await action(gh, { requestTimeoutMs: 1000 });
      expectFailingDecision(run);
      expect(gh.requests.filter((r) => TREE.test(r.path))).toHaveLength(2);
    });
  }, 120_000);

  it('a slow answer that then drops the connection (the fast stand-in for a timeout): retried', async () => {
    await withEmulator(repoState(failing()), [{ match: { pathRegex: BLOB }, delayMs: 2_000, destroy: true }], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, BLOB)).toEqual([0, 200]);
    });
  });

  it('every blob read dropped: fails closed', async () => {
    await withEmulator(repoState(passing()), [faults.dropConnection(10, { pathRegex: BLOB })], async (gh) => {
      const run = await action(gh);
      expectFailedClosed(run, /other side closed|socket|ECONNRESET|terminated|fetch failed/i);
      expect(statuses(gh, BLOB)).toEqual([0, 0, 0, 0]);
    });
  });

  it('a hung comment listing (a paginated call, which had no timeout) is abandoned and retried too', async () => {
    await withEmulator(repoState(passing()), [faults.delay(5_000, 1, { method: 'GET', pathRegex: COMMENTS })], async (gh) => {
      const run = await action(gh, { inputs: { comment: 'always' }, requestTimeoutMs: 1000 });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.stdout).toBe(0);
      expect(commandLines(run, 'warning').filter((l) => !l.startsWith('::warning title='))).toEqual([]);
      expect(gh.requests.filter((r) => r.method === 'GET' && COMMENTS.test(r.path)).length).toBeGreaterThanOrEqual(3);
      expect(ours(gh)).toHaveLength(1);
    });
  }, 120_000);

  // ------------------------------------------------------------------ truncated JSON
  it('truncated JSON for the tree: retried like a 5xx, then the right decision', async () => {
    await withEmulator(repoState(failing()), [faults.truncatedJson(1, { pathRegex: TREE })], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(statuses(gh, TREE)).toEqual([200, 200]);
    });
  });

  it('truncated JSON for the blob, every time: fails closed with a clear message', async () => {
    await withEmulator(repoState(passing()), [faults.truncatedJson(10, { pathRegex: BLOB })], async (gh) => {
      const run = await action(gh);
      expectFailedClosed(run, /malformed or truncated response for blob/);
    });
  });

  it('truncated JSON for the comment listing on a re-run: no second sticky comment', async () => {
    await withEmulator(repoState(failing()), [], async (gh) => {
      await action(gh);
      expect(ours(gh)).toHaveLength(1);
      gh.inject(faults.truncatedJson(1, { method: 'GET', pathRegex: COMMENTS }));
      const run = await action(gh);
      expectFailingDecision(run);
      expect(ours(gh)).toHaveLength(1);
    });
  });

  // ------------------------------------------------------------------ missing objects, refused writes
  it("404 for the pull request's head tree: fails closed", async () => {
    const state = repoState(passing());
    delete state.repos[REPO]?.files[HEAD];
    await withEmulator(state, [], async (gh) => {
      const run = await action(gh);
      expectFailedClosed(run, /Not Found/);
      expect(statuses(gh, TREE)).toEqual([404]);
    });
  });

  it('422 "body too long" on the comment: a warning, the decision unchanged, the summary written', async () => {
    const tooLong: Fault = {
      match: { method: 'POST', pathRegex: COMMENTS },
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '422',
      },
    };
    await withEmulator(repoState(failing()), [tooLong], async (gh) => {
      const run = await action(gh);
      expectFailingDecision(run);
      expect(
        commandLines(run, 'warning')
          .filter((l) => !l.startsWith('::warning title=GenAI clearance'))
          .join('\n'),
      ).toMatch(/^::warning::could not write the pull request comment \(HTTP 422: Validation Failed.*GitHub refused the comment body\./);
      expect(statuses(gh, COMMENTS, 'POST')).toEqual([422]);
      expect(ours(gh)).toHaveLength(0);
    });
  });

  it('2,000 comments across 20 pages, ours the last: found and updated in place, never duplicated', async () => {
    const others = Array.from({ length: 1999 }, (_, i) => ({ repo: REPO, issue: PR, body: `comment ${i}`, user: i % 2 ? 'mallory' : 'reviewer' }));
    const state = repoState(failing(), {}, { comments: others });
    await withEmulator(state, [], async (gh) => {
      await action(gh); // creates ours as comment 2,000
      const [mine] = ours(gh);
      expect(gh.state.comments).toHaveLength(2000);
      gh.state.repos[REPO]!.files[HEAD] = passing();
      const run = await action(gh);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain('pull request comment: updated');
      expect(ours(gh).map((c) => c.id)).toEqual([mine?.id]);
      expect(ours(gh)[0]?.body).toContain('Resolved');
      expect(gh.state.comments).toHaveLength(2000);
      const pages = gh.requests.filter((r) => r.method === 'GET' && COMMENTS.test(r.path)).map((r) => r.query.page ?? '1');
      // Each run reads all 20 pages (the first run twice: before and after creating).
      expect(pages.filter((p) => p === '20')).toHaveLength(3);
    });
  });

  it('two runs racing on the same pull request: exactly one sticky comment afterwards', async () => {
    // Both list (nothing there), then both create: the delay holds both creates until both have listed.
    await withEmulator(repoState(failing()), [faults.delay(1_500, 2, { method: 'POST', pathRegex: COMMENTS })], async (gh) => {
      const [a, b] = await Promise.all([runBundle(gh), runBundle(gh)]);
      for (const run of [a, b] as Run[]) {
        expectFailingDecision(run);
        expect(commandLines(run, 'warning').filter((l) => !l.startsWith('::warning title='))).toEqual([]);
      }
      expect(statuses(gh, COMMENTS, 'POST')).toEqual([201, 201]);
      expect(ours(gh)).toHaveLength(1);
      expect(gh.requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThanOrEqual(1);
    });
  });

  it('two runs racing when the sticky comment already exists: still exactly one', async () => {
    await withEmulator(repoState(failing()), [], async (gh) => {
      await action(gh);
      gh.state.repos[REPO]!.files[HEAD] = passing();
      const [a, b] = await Promise.all([runBundle(gh), runBundle(gh)]);
      expect([a?.code, b?.code]).toEqual([0, 0]);
      expect(ours(gh)).toHaveLength(1);
      expect(ours(gh)[0]?.body).toContain('Resolved');
    });
  });
});

describe('fail closed: a failure in any stage is a failed check with a message, never a green one', () => {
  // Every declaration here passes: only the injected failure can make the check red.

  it('unreadable event file', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const run = await action(gh, { env: { GITHUB_EVENT_PATH: join(tmpdir(), 'no-such-dir', 'event.json') } });
      expectFailedClosed(run, /ENOENT/);
    });
  });

  it('malformed event JSON', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const run = await action(gh, { eventText: '{"pull_request": {"number": 7, ' });
      expectFailedClosed(run, /JSON/);
    });
  });

  it('an event without the pull request fields', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const run = await action(gh, { eventText: '{"action": "opened", "repository": {"default_branch": "main"}}' });
      expectFailedClosed(run, 'the pull_request event payload lacks pull_request.number, head.sha or base.ref');
    });
  });

  it('missing GITHUB_REPOSITORY', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const run = await action(gh, { env: { GITHUB_REPOSITORY: undefined } });
      expectFailedClosed(run, 'GITHUB_REPOSITORY is not set (expected owner/repo)');
    });
  });

  it('the tree listing answers 500 forever', async () => {
    await withEmulator(repoState(passing()), [faults.serverError(500, 10, { pathRegex: TREE })], async (gh) => {
      const run = await action(gh);
      expectFailedClosed(run, /Server Error|HTTP 500/);
      expect(statuses(gh, TREE)).toEqual([500, 500, 500, 500]);
    });
  });

  it('the declaration blob is 404', async () => {
    await withEmulator(
      repoState(passing()),
      [{ match: { pathRegex: BLOB }, times: 10, status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/blobs#get-a-blob', status: '404' } }],
      async (gh) => {
        const run = await action(gh);
        expectFailedClosed(run, /Not Found/);
        expect(statuses(gh, BLOB)).toEqual([404]);
      },
    );
  });

  it('the policy-source folder is missing at the trusted ref', async () => {
    await withEmulator(repoState(passing(), {}), [], async (gh) => {
      const run = await action(gh, { inputs: { 'policy-source': 'policy' } });
      expectFailedClosed(run, 'policy folder policy at studio/long-night@main does not exist');
    });
  });

  it('a malformed pack at the trusted ref', async () => {
    const broken = PACK_TEXT.replace('version: 1.0.0', 'version: [1, 0, 0]');
    await withEmulator(repoState(passing(), { [PACK_PATH]: broken }), [], async (gh) => {
      const run = await action(gh, { inputs: { 'policy-source': 'policy' } });
      expect(run.code, run.stdout).toBe(1);
      expect(commandLines(run, 'error').join('\n')).toMatch(/^::error::GenAI clearance failed: .*policy errors? \(policy\/netflix-genai\/1\.0\.0\.yml:\d+:\d+ /m);
      expect(run.outputs.decision).toBe('fail');
      expect(run.summary).toContain('policy/netflix-genai/1.0.0.yml');
    });
  });

  it('a pack at the trusted ref that is not YAML at all', async () => {
    await withEmulator(repoState(passing(), { [PACK_PATH]: '{{{{ not yaml' }), [], async (gh) => {
      const run = await action(gh, { inputs: { 'policy-source': 'policy' } });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expect(commandLines(run, 'error').join('\n')).toMatch(/^::error::GenAI clearance failed: .*policy errors \(policy\/netflix-genai\/1\.0\.0\.yml:1:4 /m);
      expect(run.summary).toContain('GenAI clearance');
    });
  });

  it('the ledger is missing at the trusted ref', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const run = await action(gh, { inputs: { ledger: 'approvals/ledger.yml' } });
      expectFailedClosed(run, 'approvals ledger approvals/ledger.yml does not exist at studio/long-night@main');
    });
  });

  it('the ledger at the trusted ref is malformed', async () => {
    await withEmulator(repoState(passing(), { 'approvals/ledger.yml': 'format: genai-approvals/v1\napprovals: {not: a list}\n' }), [], async (gh) => {
      const run = await action(gh, { inputs: { ledger: 'approvals/ledger.yml' } });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expect(commandLines(run, 'error').join('\n')).toMatch(/^::error::GenAI clearance failed: 1 policy error \(approvals\/ledger\.yml:2:/m);
      expect(run.summary).toContain('approvals/ledger.yml');
    });
  });

  it('GraphQL viewer failing: the comment is skipped with a warning, the passing check stays green', async () => {
    await withEmulator(repoState(passing()), [faults.serverError(502, 10, { method: 'POST', pathRegex: GRAPHQL })], async (gh) => {
      const run = await action(gh, { inputs: { comment: 'always' } });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.decision).toBe('pass');
      expect(commandLines(run, 'error')).toEqual([]);
      expect(
        commandLines(run, 'warning')
          .filter((l) => !l.startsWith('::warning title=GenAI clearance'))
          .join('\n'),
      ).toMatch(/^::warning::could not write the pull request comment/);
      expect(run.summary).toContain('GenAI clearance');
      expect(ours(gh)).toHaveLength(0);
    });
  });

  it('GraphQL viewer answering an error document: a warning only', async () => {
    await withEmulator(repoState(passing()), [{ match: { method: 'POST', pathRegex: GRAPHQL }, times: 10, status: 200, body: { errors: [{ message: 'Something went wrong' }] } }], async (gh) => {
      const run = await action(gh, { inputs: { comment: 'always' } });
      expect(run.code, run.stdout).toBe(0);
      expect(commandLines(run, 'warning').join('\n')).toMatch(/could not write the pull request comment/);
    });
  });

  it('the job summary cannot be written (GITHUB_STEP_SUMMARY is a directory)', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const dir = mkdtempSync(join(tmpdir(), 'genai-summary-dir-'));
      const run = await action(gh, { env: { GITHUB_STEP_SUMMARY: dir } });
      rmSync(dir, { recursive: true, force: true });
      expect(run.code, run.stdout).toBe(1);
      expect(commandLines(run, 'error').join('\n')).toMatch(/^::error::genai-clearance could not write the job summary, so it fails closed: EISDIR/);
      // The decision itself was computed and published.
      expect(run.outputs.decision).toBe('pass');
    });
  });

  it('the step outputs cannot be written (GITHUB_OUTPUT is a directory)', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const dir = mkdtempSync(join(tmpdir(), 'genai-output-dir-'));
      const run = await action(gh, { env: { GITHUB_OUTPUT: dir } });
      rmSync(dir, { recursive: true, force: true });
      expectFailedClosed(run, /EISDIR/);
    });
  });

  it('the report cannot be written (RUNNER_TEMP is a file)', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const parent = mkdtempSync(join(tmpdir(), 'genai-temp-'));
      const file = join(parent, 'not-a-dir');
      writeFileSync(file, '');
      const run = await action(gh, { env: { RUNNER_TEMP: file } });
      rmSync(parent, { recursive: true, force: true });
      expectFailedClosed(run, /EEXIST|ENOTDIR/);
    });
  });

  it('an invalid input fails the step before anything is read', async () => {
    await withEmulator(repoState(passing()), [], async (gh) => {
      const run = await action(gh, { inputs: { comment: 'sometimes' } });
      expect(run.code).toBe(1);
      expect(commandLines(run, 'error')).toEqual(['::error::input comment must be always, on-change or never; got "sometimes"']);
      expect(gh.requests).toEqual([]);
    });
  });

  it('warn-only turns a fail-closed error into a warning through the same gate (and only then is it green)', async () => {
    await withEmulator(repoState(passing()), [faults.serverError(500, 10, { pathRegex: TREE })], async (gh) => {
      const run = await action(gh, { inputs: { 'warn-only': 'true' } });
      expect(run.code).toBe(0);
      expect(commandLines(run, 'error')).toEqual([]);
      expect(commandLines(run, 'warning').join('\n')).toMatch(/fails closed.*\(warn-only: the check is not failed\)/);
    });
  });
});
