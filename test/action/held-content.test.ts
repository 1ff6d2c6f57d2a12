// An approval counts only for content the pull request held when it was posted: the author can compute
// the fingerprint of a use they have not pushed, hand that line to an approver, and push it afterwards.
// When each head was pushed comes from GitHub's record of pushes (the emulator's activity API).
import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/declaration/load.js';
import { useFingerprint } from '../../src/evaluate/fingerprint.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Emulator, EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT } from '../support/emulator/github-emulator.js';
import { NOW } from '../support/run-action.js';
import { CLEAR_USE, CONFIG_PATH, config, declaration, HEAD, NEEDS_APPROVAL_USE, PR, REPO, repoState, runAction, withEmulator } from './harness.js';

const TICKET = 'GENAI-2026-0042';
const LATER = 'c'.repeat(40);
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
/** What the author pushes once the approval is in: the same use, with another summary and input. */
const SWAPPED_USE = { ...NEEDS_APPROVAL_USE, summary: 'Main title card, traced from a living artist' };
const swappedText = declaration([CLEAR_USE, SWAPPED_USE]);

function state(): EmulatorState {
  const s = repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }, { [CONFIG_PATH]: config({ production: 'PRD-0001', approvers: { users: ['dana'] } }) });
  const repo = s.repos[REPO] as NonNullable<(typeof s.repos)[string]>;
  repo.files[LATER] = { 'genai-usage.yml': swappedText };
  const pull = repo.pulls?.[PR] as NonNullable<NonNullable<typeof repo.pulls>[number]>;
  pull.user = 'alex';
  pull.commits = [{ sha: HEAD, author: 'alex', committer: 'alex' }];
  pull.mergeCommitSha = HEAD;
  return s;
}

const pull = (gh: Emulator) => gh.state.repos[REPO]?.pulls?.[PR] as NonNullable<NonNullable<EmulatorState['repos'][string]['pulls']>[number]>;

/** The author computes the fingerprint of the swapped use offline, as the CLI would. */
function swappedFingerprint(): string {
  const use = loadDeclaration('genai-usage.yml', swappedText).declaration?.uses.find((u) => u.id === NEEDS_APPROVAL_USE.id);
  expect(use).toBeDefined();
  return useFingerprint(use as object);
}

/** The line the bot's comment offers, with the ticket filled in and the given fingerprint. */
async function approveLine(gh: Emulator, fingerprint: string): Promise<string> {
  await runAction(gh);
  const sticky = gh.state.comments.find((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:sticky'))?.body ?? '';
  const line = /\/genai-clearance approve [^\n`]+/.exec(sticky)?.[0];
  expect(line).toBeDefined();
  expect(line).toMatch(/@[0-9a-f]{32} /);
  return (line as string).replace('<ticket>', TICKET).replace(/@[0-9a-f]{32} /, `@${fingerprint} `);
}

function post(gh: Emulator, body: string, minutesAgo: number): void {
  gh.state.comments.push({ id: 3_000_000 + gh.state.comments.length, repo: REPO, issue: PR, body, user: 'dana', createdAt: at(minutesAgo), updatedAt: at(minutesAgo) });
}

/** The author pushes the swapped use `minutesAgo`. */
function push(gh: Emulator, minutesAgo: number): void {
  const p = pull(gh);
  p.pushes = [
    { sha: HEAD, at: at(120) },
    { sha: LATER, at: at(minutesAgo) },
  ];
  p.head.sha = LATER;
  p.mergeCommitSha = LATER;
  p.commits = [...(p.commits ?? []), { sha: LATER, author: 'alex', committer: 'alex' }];
}

const onComment = (gh: Emulator) =>
  runAction(gh, {}, { event: 'issue_comment', payload: { action: 'created', issue: { number: PR, pull_request: {} }, comment: { body: '/genai-clearance' } }, sha: 'f'.repeat(40) });
const status = (gh: Emulator) => gh.state.statuses.filter((s) => s.sha === LATER && s.context === 'genai-clearance').at(-1)?.state;
const replies = (gh: Emulator) => gh.state.comments.filter((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:refusal')).map((c) => c.body);

describe('an approval for content the pull request never held', () => {
  it('a fingerprint computed for content pushed after the approval counts for nothing, and the approver is told why', async () => {
    await withEmulator(state(), async (gh) => {
      post(gh, await approveLine(gh, swappedFingerprint()), 30);
      push(gh, 10);
      const run = await onComment(gh);
      expect(run.code, run.stdout).toBe(1);
      expect(status(gh)).toBe('failure');
      expect(replies(gh)).toEqual([expect.stringMatching(/is not the content of the use at any commit the pull request held when the approval was posted/)]);
      expect(run.files['approvals-path'] ?? '').toBe('');
    });
  });

  it('honest twin: the approval posted after the push counts, and the ledger it writes names the commit it was given against', async () => {
    await withEmulator(state(), async (gh) => {
      const line = await approveLine(gh, swappedFingerprint());
      push(gh, 30);
      post(gh, line, 10);
      const run = await onComment(gh);
      expect(run.code, run.stdout).toBe(0);
      expect(status(gh)).toBe('success');
      expect(replies(gh)).toEqual([]);
      const ledger = loadLedger('approvals.yml', run.files['approvals-path'] ?? '');
      expect('ledger' in ledger && [...ledger.ledger.byRef.values()].flat().map((e) => [e.use, e.commit])).toEqual([[NEEDS_APPROVAL_USE.id, LATER]]);
    });
  });

  it('an approval of the earlier head still counts after pushes that leave the use as it was', async () => {
    await withEmulator(state(), async (gh) => {
      const first = loadDeclaration('genai-usage.yml', declaration([CLEAR_USE, NEEDS_APPROVAL_USE])).declaration?.uses.find((u) => u.id === NEEDS_APPROVAL_USE.id);
      post(gh, await approveLine(gh, useFingerprint(first as object)), 60);
      // A later push changes only the clear use: the approved use is what the approver saw.
      const p = pull(gh);
      const repo = gh.state.repos[REPO] as NonNullable<EmulatorState['repos'][string]>;
      repo.files[LATER] = { 'genai-usage.yml': declaration([{ ...CLEAR_USE, summary: 'Storyboard frames, redrawn' }, NEEDS_APPROVAL_USE]) };
      p.pushes = [
        { sha: HEAD, at: at(120) },
        { sha: LATER, at: at(10) },
      ];
      p.head.sha = LATER;
      p.mergeCommitSha = LATER;
      const run = await onComment(gh);
      expect(run.code, run.stdout).toBe(0);
      const ledger = loadLedger('approvals.yml', run.files['approvals-path'] ?? '');
      expect('ledger' in ledger && [...ledger.ledger.byRef.values()].flat().map((e) => e.commit)).toEqual([HEAD]);
    });
  });

  it('no push recorded at or before the approval: the grant fails closed, saying the content is unknown', async () => {
    await withEmulator(state(), async (gh) => {
      const line = await approveLine(gh, swappedFingerprint());
      push(gh, 30);
      post(gh, line, 10);
      // GitHub's record holds only a push after the approval (the earlier history is not listed).
      pull(gh).pushes = [{ sha: LATER, at: at(5) }];
      const run = await onComment(gh);
      expect(run.code, run.stdout).toBe(1);
      expect(replies(gh)).toEqual([expect.stringMatching(/no push to the pull request's head is recorded at or before the approval.*fails closed/)]);
    });
  });

  it("the head branch's repository is gone (a deleted fork): the grant fails closed", async () => {
    await withEmulator(state(), async (gh) => {
      const line = await approveLine(gh, swappedFingerprint());
      push(gh, 30);
      post(gh, line, 10);
      pull(gh).head.repoFullName = 'alex/long-night-fork';
      const run = await onComment(gh);
      expect(run.code, run.stdout).toBe(1);
      expect(replies(gh)).toEqual([expect.stringMatching(/cannot be read \(HTTP 404\).*fails closed/)]);
    });
  });
});
