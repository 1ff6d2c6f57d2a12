// The merge queue builds each group commit on the entries ahead of it: a group holding two pull
// requests, each approved in its own thread, reads the approvals of both, and of nothing else. Queue
// refs and the commits a group holds come from the emulator's refs and comparisons.
import { describe, expect, it } from 'vitest';
import type { Emulator, EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT } from '../support/emulator/github-emulator.js';
import { NOW } from '../support/run-action.js';
import { BASE, CLEAR_USE, CONFIG_PATH, config, declaration, HEAD, NEEDS_APPROVAL_USE, REPO, runAction, TOKEN, withEmulator } from './harness.js';

const SECOND = { ...NEEDS_APPROVAL_USE, id: 'end-card', summary: 'End card' };
const HEAD8 = '8'.repeat(40);
const HEAD9 = '9'.repeat(40);
const Q7 = '7'.repeat(40);
const Q8 = 'e'.repeat(40);
const Q9 = 'f'.repeat(40);
const A = { 'a/genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) };
const B = { 'b/genai-usage.yml': declaration([{ ...CLEAR_USE, id: 'boards-b' }, SECOND]) };
const queueRef = (pull: number, head: string) => `heads/gh-readonly-queue/main/pr-${pull}-${head}`;

function state(): EmulatorState {
  const base = { [CONFIG_PATH]: config({ production: 'PRD-0001', approvers: { users: ['dana'] } }) };
  const pull = (number: number, sha: string) => ({
    number,
    user: 'alex',
    head: { sha, ref: `feature-${number}` },
    base: { sha: BASE, ref: 'main' },
    mergeCommitSha: sha,
    commits: [{ sha, author: 'alex' }],
  });
  return {
    repos: {
      [REPO]: {
        files: {
          main: base,
          [BASE]: base,
          [HEAD]: { ...base, ...A },
          [HEAD8]: { ...base, ...B },
          [HEAD9]: { ...base, ...A },
          [Q7]: { ...base, ...A },
          [Q8]: { ...base, ...A, ...B },
          [Q9]: { ...base, ...A, ...B },
        },
        pulls: { 7: pull(7, HEAD), 8: pull(8, HEAD8), 9: pull(9, HEAD9) },
        // Queue order 7, 8, 9: each entry's commit is built on the one ahead of it.
        refs: { [queueRef(7, HEAD)]: Q7, [queueRef(8, HEAD8)]: Q8, [queueRef(9, HEAD9)]: Q9 },
        history: { [Q7]: [Q7], [Q8]: [Q7, Q8], [Q9]: [Q7, Q8, Q9] },
      },
    },
    users: { [TOKEN]: GITHUB_ACTIONS_BOT },
  };
}

/** Runs the check on a pull request and has `dana` post the command it offers there. */
async function approveInThread(gh: Emulator, pull: number, head: string): Promise<void> {
  const payload = { action: 'synchronize', number: pull, pull_request: { number: pull, head: { sha: head, ref: `feature-${pull}` }, base: { sha: BASE, ref: 'main' } } };
  const run = await runAction(gh, { comment: 'always' }, { payload, sha: head });
  expect(run.code).toBe(1);
  const sticky = gh.state.comments.filter((c) => c.issue === pull && c.user === GITHUB_ACTIONS_BOT.login).at(-1)?.body ?? '';
  // The offered line sits in a fenced block with a placeholder for the ticket, as an approver copies it.
  const command = /^\s*(\/genai-clearance approve .+)$/m.exec(sticky)?.[1]?.replace('ref=<ticket>', 'ref=GENAI-2026-0042');
  expect(command).toBeDefined();
  const at = new Date(NOW.getTime() - 3_600_000 + gh.state.comments.length * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  gh.state.comments.push({ id: 4_000_000 + gh.state.comments.length, repo: REPO, issue: pull, body: command as string, user: 'dana', createdAt: at, updatedAt: at });
}

const group = (sha: string, pull: number, head: string) => ({
  merge_group: { head_sha: sha, head_ref: `refs/heads/gh-readonly-queue/main/pr-${pull}-${head}`, base_ref: 'refs/heads/main', base_sha: BASE },
});

describe('the merge queue', () => {
  it('a group commit holding two pull requests reads the approvals of both', async () => {
    await withEmulator(state(), async (gh) => {
      await approveInThread(gh, 7, HEAD);
      await approveInThread(gh, 8, HEAD8);
      const run = await runAction(gh, {}, { event: 'merge_group', payload: group(Q8, 8, HEAD8), sha: Q8 });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.approved).toBe('2');
    });
  });

  it('an approval in a pull request queued behind the group counts for nothing in it', async () => {
    await withEmulator(state(), async (gh) => {
      // #9 holds the same use as #7 and is approved in its own thread; #7 is not approved.
      await approveInThread(gh, 9, HEAD9);
      await approveInThread(gh, 8, HEAD8);
      const run = await runAction(gh, {}, { event: 'merge_group', payload: group(Q8, 8, HEAD8), sha: Q8 });
      expect(run.code).toBe(1);
      expect(run.outputs['needs-approval']).toBe('1');
      // Twin: #9's own group holds #9, so its approval counts there.
      const own = await runAction(gh, {}, { event: 'merge_group', payload: group(Q9, 9, HEAD9), sha: Q9 });
      expect(own.code, own.stdout).toBe(0);
    });
  });

  it('a group GitHub lists only in part fails closed, naming the cause', async () => {
    const s = state();
    s.repos[REPO]!.history![Q8] = [...Array.from({ length: 260 }, (_, i) => i.toString(16).padStart(40, '0')), Q8];
    await withEmulator(s, async (gh) => {
      await approveInThread(gh, 7, HEAD);
      await approveInThread(gh, 8, HEAD8);
      const run = await runAction(gh, {}, { event: 'merge_group', payload: group(Q8, 8, HEAD8), sha: Q8 });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('cannot be fully known (fails closed)');
    });
  });
});
