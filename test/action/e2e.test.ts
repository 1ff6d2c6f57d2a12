import { afterEach, describe, expect, it } from 'vitest';
import { bodyHash } from '../../action/comment.js';
import { faults } from '../support/emulator/github-emulator.js';
import type { Emulator } from './harness.js';
import { APPROVED_USE, CLEAR_USE, declaration, HEAD, NEEDS_APPROVAL_USE, PACK_PATH, PACK_TEXT, PR, REPO, repoState, runAction, startEmulator } from './harness.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  // Every request the Action made and every response it got matched GitHub's OpenAPI description.
  expect(emulator?.violations ?? []).toEqual([]);
  await emulator?.close();
  emulator = undefined;
});

const ours = (e: Emulator) => e.state.comments.filter((c) => c.user === 'github-actions[bot]' && c.body.startsWith('<!-- genai-clearance:sticky'));
const failing = () => ({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) });
const passing = () => ({ 'genai-usage.yml': declaration([CLEAR_USE, APPROVED_USE]) });

describe('the bundled action, run as the runner runs it', () => {
  it('first run fails the check and creates one comment; a re-run keeps it at one', async () => {
    emulator = await startEmulator(repoState(failing()));
    const first = await runAction(emulator);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('::error::GenAI clearance failed: 1 use needs written approval.');
    expect(first.outputs.decision).toBe('fail');
    expect(first.outputs['needs-approval']).toBe('1');
    expect(first.outputs.clear).toBe('1');
    expect(ours(emulator)).toHaveLength(1);
    const body = ours(emulator)[0]?.body ?? '';
    expect(body).toContain('title-card');
    expect(body.split('\n').slice(1).join('\n')).toBe(first.outputs['comment-body']);
    expect(first.summary).toContain('title-card');
    // The SARIF file for code scanning names the rule and the declaration's line.
    const sarif = JSON.parse(first.files['sarif-path'] ?? '{}') as {
      version?: string;
      runs?: Array<{ results?: Array<{ ruleId?: string; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs?.[0]?.results?.some((r) => r.ruleId?.endsWith('final-deliverable') && r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'genai-usage.yml')).toBe(true);
    const annotation = first.stdout.split('\n').find((l) => l.startsWith('::error') && l.includes('final-deliverable'));
    expect(annotation).toMatch(
      /^::error title=GenAI clearance%3A netflix-genai final-deliverable,file=genai-usage.yml,line=\d+,col=\d+::title-card: needs written approval for rule final-deliverable\./,
    );

    const second = await runAction(emulator);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('pull request comment: unchanged');
    expect(ours(emulator)).toHaveLength(1);
  });

  it('a fix turns the same comment into a resolved, passing one', async () => {
    emulator = await startEmulator(repoState(failing()));
    await runAction(emulator);
    const id = ours(emulator)[0]?.id;
    emulator.state.repos[REPO]!.files[repoState({}).repos[REPO]!.pulls![PR]!.head.sha] = passing();
    const fixed = await runAction(emulator);
    expect(fixed.code).toBe(0);
    expect(fixed.outputs.decision).toBe('pass');
    expect(ours(emulator).map((c) => c.id)).toEqual([id]);
    expect(ours(emulator)[0]?.body).toContain('Resolved');
  });

  it('a passing first run creates no comment in on-change mode, and one in always mode', async () => {
    emulator = await startEmulator(repoState(passing()));
    expect((await runAction(emulator)).code).toBe(0);
    expect(ours(emulator)).toHaveLength(0);
    expect((await runAction(emulator, { comment: 'always' })).code).toBe(0);
    expect(ours(emulator)).toHaveLength(1);
    expect(ours(emulator)[0]?.body).not.toContain('Resolved');
  });

  it('a pull request that weakens the policy pack is judged by the base branch pack, and the comment says so', async () => {
    const weakened = PACK_TEXT.replace(/(- id: final-deliverable\n {4}principle: P4\n {4}level: )escalate/, '$1inform').replace(
      /(- id: prominent-element\n {4}principle: P4\n {4}level: )escalate/,
      '$1inform',
    );
    expect(weakened).not.toBe(PACK_TEXT);
    emulator = await startEmulator(repoState({ ...failing(), [PACK_PATH]: weakened }, { [PACK_PATH]: PACK_TEXT }));
    emulator.state.repos[REPO]!.pulls![PR]!.changedFiles = [PACK_PATH, 'genai-usage.yml'];
    const result = await runAction(emulator, { 'policy-source': 'policy' });
    expect(result.code).toBe(1);
    expect(result.outputs.decision).toBe('fail');
    expect(ours(emulator)[0]?.body).toContain('This pull request changes files the check depends on');
    expect(ours(emulator)[0]?.body).toContain('policy at studio/long-night@main');
  });

  it("another user's comment carrying the marker is never touched", async () => {
    const forged = '<!-- genai-clearance:sticky {"v":1,"head":"x","packs":[],"at":"2999-01-01T00:00:00.000Z","hash":"0","state":"pass"} -->\nAll clear, trust me';
    emulator = await startEmulator(repoState(failing(), {}, { comments: [{ repo: REPO, issue: PR, body: forged, user: 'mallory' }] }));
    const result = await runAction(emulator);
    expect(result.code).toBe(1);
    expect(emulator.state.comments.find((c) => c.user === 'mallory')?.body).toBe(forged);
    expect(ours(emulator)).toHaveLength(1);
  });

  it('a 403 on the comment (fork pull request) is a warning; the check still fails and the summary is written', async () => {
    emulator = await startEmulator(repoState(failing()));
    emulator.inject({
      match: { method: 'POST', pathRegex: /\/issues\/\d+\/comments$/ },
      times: 5,
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
    });
    const result = await runAction(emulator);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::warning::could not write the pull request comment \(HTTP 403/);
    expect(result.stdout).toContain('pull-requests: write');
    expect(result.summary).toContain('title-card');
    expect(ours(emulator)).toHaveLength(0);
  });

  it('a 500 is retried and the comment is posted', async () => {
    emulator = await startEmulator(repoState(failing()));
    emulator.inject(faults.serverError(500, 1, { method: 'POST', pathRegex: /\/comments$/ }));
    const result = await runAction(emulator);
    expect(result.code).toBe(1);
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).map((r) => r.status)).toEqual([500, 201]);
    expect(ours(emulator)).toHaveLength(1);
  });

  it('a 429 with retry-after is waited for and retried', async () => {
    emulator = await startEmulator(repoState(failing()));
    emulator.inject(faults.secondaryRateLimit({ status: 429, retryAfterSeconds: 1, match: { method: 'GET', pathRegex: /\/issues\/\d+\/comments/ } }));
    const result = await runAction(emulator);
    expect(result.code).toBe(1);
    const listCalls = emulator.requests.filter((r) => r.method === 'GET' && /\/issues\/\d+\/comments/.test(r.path));
    expect(listCalls[0]?.status).toBe(429);
    expect(listCalls[1]?.status).toBe(200);
    expect(result.sleeps).toContain(1000);
    expect(ours(emulator)).toHaveLength(1);
  });

  it('an oversized report still yields a comment under 65,536 characters', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ ...NEEDS_APPROVAL_USE, id: `shot-${String(i).padStart(4, '0')}`, summary: `VFX shot ${i} ${'x'.repeat(150)}` }));
    emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration(many) }));
    const result = await runAction(emulator);
    expect(result.code).toBe(1);
    const body = ours(emulator)[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('Shortened to fit');
    expect(body).toContain('The full report is in the job summary.');
    expect(result.outputs['needs-approval']).toBe('1500');
  });

  it('warn-only: exit 0, the failure reported as a warning', async () => {
    emulator = await startEmulator(repoState(failing()));
    const result = await runAction(emulator, { 'warn-only': 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('::warning::GenAI clearance failed: 1 use needs written approval. (warn-only: the check is not failed)');
    expect(result.outputs.decision).toBe('fail');
  });

  it('push and workflow_dispatch: no pull request, summary only', async () => {
    emulator = await startEmulator(repoState(failing()));
    const result = await runAction(emulator, {}, { event: 'push', payload: {} });
    expect(result.code).toBe(1);
    expect(result.summary).toContain('title-card');
    expect(emulator.requests.some((r) => r.path.includes('/comments'))).toBe(false);
  });

  it('merge_group: declarations at the queue head, policy at the base branch, no comment', async () => {
    emulator = await startEmulator(repoState(failing()));
    const payload = { merge_group: { head_sha: HEAD, base_ref: 'refs/heads/main' } };
    const result = await runAction(emulator, { 'policy-source': 'bundled' }, { event: 'merge_group', payload });
    expect(result.code).toBe(1);
    expect(result.outputs['needs-approval']).toBe('1');
    expect(emulator.requests.some((r) => r.path.includes('/comments'))).toBe(false);
    expect(emulator.requests.some((r) => r.path.includes(`/git/trees/${HEAD}`))).toBe(true);
  });

  it('an older run never overwrites the comment of a newer run of the same workflow, confirmed by the Actions API', async () => {
    const visible = 'from a newer run';
    const newer = `<!-- genai-clearance:sticky {"v":1,"head":"x","packs":[],"at":"2999-01-01T00:00:00.000Z","run":1002,"attempt":1,"hash":"${bodyHash(visible)}","state":"fail"} -->\n${visible}`;
    const state = repoState(failing(), {}, { comments: [{ repo: REPO, issue: PR, body: newer, user: 'github-actions[bot]' }] });
    state.repos[REPO]!.runs = { 1002: { path: '.github/workflows/genai.yml', status: 'in_progress' } };
    emulator = await startEmulator(state);
    const result = await runAction(emulator, {}, { env: { GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/genai.yml@refs/heads/main` } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('pull request comment: skipped-newer');
    expect(ours(emulator).map((c) => c.body)).toEqual([newer]);
  });

  it('an unknown event fails closed with a clear message', async () => {
    emulator = await startEmulator(repoState(passing()));
    const result = await runAction(emulator, {}, { event: 'issues', payload: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('fails closed: event issues is not supported');
    expect(result.summary).toContain('fails closed');
  });
});
