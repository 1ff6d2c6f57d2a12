// The reviewer's path, end to end on the emulator: the comment shows each use that needs approval with
// the command to paste; an approver posts it; the commit status turns green with no other step, and
// the comment names the approver. Every way around it is refused.
import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/load.js';
import { readText } from '../helpers.js';
import { ofType, parse, plain } from '../render/md-tree.js';
import type { Emulator, EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT } from '../support/emulator/github-emulator.js';
import { NOW } from '../support/run-action.js';
import type { RunResult } from './harness.js';
import { CLEAR_USE, CONFIG_PATH, config, declaration, HEAD, NEEDS_APPROVAL_USE, PR, REPO, repoState, runAction, withEmulator } from './harness.js';

const approverConfig = (extra: Record<string, unknown> = {}) => config({ production: 'PRD-0001', approvers: { users: ['dana'] }, ...extra });
const SECOND_USE = { ...NEEDS_APPROVAL_USE, id: 'end-card', summary: 'End card' };

function state(uses: object[] = [CLEAR_USE, NEEDS_APPROVAL_USE], cfg = approverConfig()): EmulatorState {
  const s = repoState({ 'genai-usage.yml': declaration(uses) }, { [CONFIG_PATH]: cfg });
  s.repos[REPO]!.pulls![PR]!.user = 'alex';
  s.repos[REPO]!.pulls![PR]!.commits = [{ sha: HEAD, author: 'alex', committer: 'sam' }];
  // GitHub's test merge commit; here it holds the same files as the head.
  s.repos[REPO]!.pulls![PR]!.mergeCommitSha = HEAD;
  return s;
}

const sticky = (gh: Emulator) => gh.state.comments.find((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:sticky'))?.body ?? '';
const replies = (gh: Emulator) => gh.state.comments.filter((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:refusal'));
const lastStatus = (gh: Emulator) => gh.state.statuses.filter((s) => s.sha === HEAD && s.context === 'genai-clearance').at(-1);

/** The lines the sticky comment offers, as a GFM parser reads the comment: one code block per use. */
function offeredLines(gh: Emulator): string[] {
  return ofType(parse(sticky(gh)), 'code')
    .map((n) => String((n as { value?: unknown }).value))
    .filter((v) => v.startsWith('/genai-clearance approve '));
}

/** The offered lines as an approver posts them, with the placeholder replaced by the ticket. */
function offeredCommands(gh: Emulator): string[] {
  return offeredLines(gh).map((l) => l.replace('ref=<ticket>', 'ref=GENAI-2026-0042'));
}

function comment(gh: Emulator, user: string, body: string, edited = false): void {
  const at = new Date(NOW.getTime() - 3_600_000 + gh.state.comments.length * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  gh.state.comments.push({
    id: 3_000_000 + gh.state.comments.length,
    repo: REPO,
    issue: PR,
    body,
    user,
    createdAt: at,
    updatedAt: edited ? new Date(NOW.getTime()).toISOString().replace(/\.\d+Z$/, 'Z') : at,
  });
}

const onComment = (gh: Emulator, body: string): Promise<RunResult> =>
  runAction(gh, {}, { event: 'issue_comment', payload: { action: 'created', issue: { number: PR, pull_request: {} }, comment: { body } }, sha: 'f'.repeat(40) });

describe('approving from the pull request', () => {
  it('escalated pull request → the approver pastes the command from the comment → the status turns green, naming the approver', async () => {
    await withEmulator(state([CLEAR_USE, NEEDS_APPROVAL_USE, SECOND_USE]), async (gh) => {
      const first = await runAction(gh);
      expect(first.code).toBe(1);
      expect(lastStatus(gh)?.state).toBe('failure');
      const commands = offeredCommands(gh);
      // Every use that needs action shows its command, and only those.
      expect(commands.map((c) => c.split(' ')[2]?.split('@')[0])).toEqual(['title-card', 'end-card']);
      // The comment promises what the Action does: a reply under each comment's command that falls short.
      expect(plain(parse(sticky(gh)))).toContain('A command in a comment that is refused, or counts for less than it says, gets one reply under it with the line to post instead');
      for (const command of commands) {
        comment(gh, 'dana', command);
        await onComment(gh, command);
      }
      expect(lastStatus(gh)?.state).toBe('success');
      expect(sticky(gh)).toContain('Approved in this pull request');
      expect(sticky(gh)).toMatch(/`title-card`: `GENAI-2026-0042` by `dana` on \d{4}-\d{2}-\d{2} — approved `final-deliverable`, `prominent-element`\n/);
      expect(sticky(gh)).toContain('Resolved');
      expect(replies(gh)).toEqual([]);
    });
  });

  it('a comment without a command starts no check at all', async () => {
    await withEmulator(state(), async (gh) => {
      const run = await onComment(gh, 'Looks good to me!');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('nothing to check: the comment holds no /genai-clearance command');
      expect(gh.state.statuses).toEqual([]);
    });
  });

  it('an approval in a review counts as one in a comment', async () => {
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      gh.state.repos[REPO]!.pulls![PR]!.reviews = [{ user: 'dana', body: `Cleared with legal.\n\n${command}`, state: 'APPROVED', submittedAt: '2026-11-23T10:00:00Z' }];
      const run = await runAction(
        gh,
        {},
        { event: 'pull_request_review', payload: { action: 'submitted', pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: 'b'.repeat(40) }, merge_commit_sha: HEAD } } },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(lastStatus(gh)?.state).toBe('success');
    });
  });

  it("in the merge queue, the queued pull request's approvals still count", async () => {
    const queue = 'd'.repeat(40);
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, 'dana', command as string);
      gh.state.repos[REPO]!.files[queue] = gh.state.repos[REPO]!.files[HEAD]!;
      const payload = { merge_group: { head_sha: queue, head_ref: `refs/heads/gh-readonly-queue/main/pr-${PR}-${HEAD}`, base_ref: 'refs/heads/main', base_sha: 'b'.repeat(40) } };
      expect((await runAction(gh, {}, { event: 'merge_group', payload, sha: queue })).code).toBe(0);
      // Without the pull request in the queue's ref, nothing is approved: red.
      const other = { merge_group: { ...payload.merge_group, head_ref: 'refs/heads/gh-readonly-queue/main/unknown' } };
      expect((await runAction(gh, {}, { event: 'merge_group', payload: other, sha: queue })).code).toBe(1);
    });
  });

  it("after the merge, the default-branch run is green with the pull request's approvals, and writes them as a ledger", async () => {
    const merged = 'e'.repeat(40);
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, 'dana', command as string);
      const pr = gh.state.repos[REPO]!.pulls![PR]!;
      pr.state = 'closed';
      pr.mergedAs = merged;
      gh.state.repos[REPO]!.files[merged] = { ...gh.state.repos[REPO]!.files[HEAD], [CONFIG_PATH]: approverConfig() };
      gh.state.repos[REPO]!.files.main = gh.state.repos[REPO]!.files[merged]!;
      const run = await runAction(gh, {}, { event: 'push', payload: { ref: 'refs/heads/main', before: 'b'.repeat(40) }, sha: merged });
      expect(run.code, run.stdout).toBe(0);
      const ledger = loadLedger('approvals.yml', run.files['approvals-path'] ?? '');
      expect('ledger' in ledger && [...ledger.ledger.byRef.values()].flat().map((e) => [e.production, e.path, e.use, e.approver])).toEqual([['PRD-0001', 'genai-usage.yml', 'title-card', 'dana']]);
    });
  });
});

describe('a revoke after the merge', () => {
  const merged = 'e'.repeat(40);
  const mergedState = async (gh: Emulator): Promise<string> => {
    await runAction(gh);
    const [command] = offeredCommands(gh);
    comment(gh, 'dana', command as string);
    expect((await onComment(gh, command as string)).code).toBe(0);
    const pr = gh.state.repos[REPO]!.pulls![PR]!;
    pr.state = 'closed';
    pr.mergedAs = merged;
    gh.state.repos[REPO]!.files[merged] = { ...gh.state.repos[REPO]!.files[HEAD], [CONFIG_PATH]: approverConfig() };
    gh.state.repos[REPO]!.files.main = gh.state.repos[REPO]!.files[merged]!;
    return command as string;
  };
  const mergeStatus = (gh: Emulator) => gh.state.statuses.filter((s) => s.sha === merged && s.context === 'genai-clearance').at(-1)?.state;

  it('judges the merge commit on the default branch too, turns its status red, and says so', async () => {
    await withEmulator(state(), async (gh) => {
      const command = await mergedState(gh);
      const revoke = command
        .replace(' approve ', ' revoke ')
        .replace(/ [a-z0-9/,-]+ ref=/, ' ref=')
        .replace(/ expires=\S+/, '');
      comment(gh, 'dana', revoke);
      const run = await onComment(gh, revoke);
      expect(run.code, run.stdout).toBe(1);
      expect(mergeStatus(gh)).toBe('failure');
      expect(lastStatus(gh)?.state).toBe('failure');
      expect(plain(parse(sticky(gh)))).toContain(`This pull request was merged as ${merged.slice(0, 12)} into main: this run judged that commit, and its genai-clearance status is now red.`);
    });
  });

  it('the honest twin: a comment after the merge that withdraws nothing leaves the merge commit green', async () => {
    await withEmulator(state(), async (gh) => {
      const command = await mergedState(gh);
      comment(gh, 'dana', command);
      const run = await onComment(gh, command);
      expect(run.code, run.stdout).toBe(0);
      expect(mergeStatus(gh)).toBe('success');
      expect(plain(parse(sticky(gh)))).toContain(`This pull request was merged as ${merged.slice(0, 12)} into main: this run judged that commit, and its genai-clearance status is green.`);
    });
  });
});

describe('refused, each with the check still red', () => {
  const refusedCase = async (who: string, body: (command: string) => string, opts: { edited?: boolean; reply?: RegExp } = {}) => {
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, who, body(command as string), opts.edited);
      const run = await onComment(gh, body(command as string));
      expect(run.code).toBe(1);
      expect(lastStatus(gh)?.state).toBe('failure');
      if (opts.reply) {
        expect(replies(gh).map((r) => r.body)).toEqual([expect.stringMatching(opts.reply)]);
        // Answered once: a re-run does not reply again.
        await onComment(gh, body(command as string));
        expect(replies(gh)).toHaveLength(1);
      } else expect(replies(gh)).toEqual([]);
    });
  };

  it("the pull request's author", () => refusedCase('alex', (c) => c, { reply: /`alex` was not accepted: alex wrote or pushed to this pull request/ }));
  it('someone who pushed a commit to it', () => refusedCase('sam', (c) => c, { reply: /sam wrote or pushed to this pull request/ }));
  it('a user who is not an approver', () => refusedCase('mallory', (c) => c, { reply: /mallory is not an approver in the trusted configuration/ }));
  it("an approver's comment edited afterwards", () => refusedCase('dana', (c) => c, { edited: true, reply: /edited after it was posted/ }));
  it('a command inside a quoted reply', () => refusedCase('dana', (c) => `> ${c}\n\nWhy was this needed?`));
  it('a command inside a code block', () => refusedCase('dana', (c) => `\`\`\`\n${c}\n\`\`\``));

  it('an approval whose fingerprint no longer matches, because the use changed', async () => {
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, 'dana', command as string);
      expect((await onComment(gh, command as string)).code).toBe(0);
      gh.state.repos[REPO]!.files[HEAD] = { 'genai-usage.yml': declaration([CLEAR_USE, { ...NEEDS_APPROVAL_USE, summary: 'Main title card, now with a performer' }]) };
      const run = await runAction(gh);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/approved the use's content as [0-9a-f]{32}; it is now [0-9a-f]{32}, so it must be approved again/);
    });
  });

  it('a revoked approval', async () => {
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, 'dana', command as string);
      const revoke = (command as string)
        .replace(' approve ', ' revoke ')
        .replace(/ [a-z0-9/,-]+ ref=/, ' ref=')
        .replace(/ expires=\S+/, '');
      comment(gh, 'dana', revoke);
      const run = await onComment(gh, revoke);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/was revoked on \d{4}-\d{2}-\d{2}/);
    });
  });

  it('an approval for a rule a block-level rule needs clears nothing', async () => {
    const blocked = { ...NEEDS_APPROVAL_USE, id: 'deepfake', audience: { could_mislead: true }, talent: { replica: 'create', replica_use: 'new-performance' } };
    await withEmulator(state([blocked]), async (gh) => {
      const first = await runAction(gh, { comment: 'always' });
      expect(first.outputs.blocked).toBe('1');
      const fingerprint = /"fingerprint": "([0-9a-f]{32})"/.exec(first.files['report-path'] ?? '')?.[1];
      const report = JSON.parse(first.files['report-path'] ?? '{}') as { files: Array<{ uses: Array<{ findings: Array<{ pack: string; rule: string; status: string }> }> }> };
      const blocking = report.files[0]?.uses[0]?.findings.filter((f) => f.status === 'blocked').map((f) => `${f.pack}/${f.rule}`) ?? [];
      expect(blocking.length).toBeGreaterThan(0);
      const command = `/genai-clearance approve deepfake@${fingerprint} ${blocking.join(',')} ref=GENAI-2026-0099`;
      comment(gh, 'dana', command);
      const run = await onComment(gh, command);
      expect(run.code).toBe(1);
      expect(run.outputs.blocked).toBe('1');
    });
  });

  it('approvers by team: a token that cannot read membership fails closed, saying so; one that can is accepted', async () => {
    const s = state([CLEAR_USE, NEEDS_APPROVAL_USE], approverConfig({ approvers: { teams: ['studio/legal'] } }));
    s.teams = { 'studio/legal': ['dana'] };
    await withEmulator(s, async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, 'dana', command as string);
      const denied = await onComment(gh, command as string);
      expect(denied.code).toBe(1);
      expect(denied.stdout).toContain('the token cannot read the members of studio/legal');
      gh.state.teamReaders = ['ghs_actiontoken'];
      expect((await onComment(gh, command as string)).code).toBe(0);
    });
  });
});

describe('what a review found, and closed', () => {
  it('a review whose body was edited after it was submitted does not approve', async () => {
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      gh.state.repos[REPO]!.pulls![PR]!.reviews = [{ user: 'dana', body: `LGTM\n\n${command}`, state: 'APPROVED', submittedAt: '2026-11-23T10:00:00Z', editedAt: '2026-11-23T11:00:00Z' }];
      const run = await runAction(
        gh,
        {},
        { event: 'pull_request_review', payload: { action: 'edited', pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: 'b'.repeat(40) } } } },
      );
      expect(run.code).toBe(1);
      expect(lastStatus(gh)?.state).toBe('failure');
    });
  });

  it('a revoke counts even from an edited comment, and a revoke naming a path withdraws a grant that named none', async () => {
    await withEmulator(state(), async (gh) => {
      await runAction(gh);
      const [command] = offeredCommands(gh);
      comment(gh, 'dana', command as string);
      expect((await onComment(gh, command as string)).code).toBe(0);
      const revoke = `${(command as string).replace(' approve ', ' revoke ').replace(/ [a-z0-9/,-]+ ref=/, ' ref=')} path=genai-usage.yml`;
      comment(gh, 'dana', revoke, true);
      const run = await onComment(gh, revoke);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/was revoked on \d{4}-\d{2}-\d{2}/);
      expect(lastStatus(gh)?.state).toBe('failure');
    });
  });

  it('a run that fails before it has judged anything sets the status to error, so an earlier green does not stay', async () => {
    await withEmulator(state(), async (gh) => {
      const [command] = (await runAction(gh), offeredCommands(gh));
      comment(gh, 'dana', command as string);
      expect((await onComment(gh, command as string)).code).toBe(0);
      expect(lastStatus(gh)?.state).toBe('success');
      // The merge commit cannot be computed (a conflict appeared): this run fails closed.
      gh.state.repos[REPO]!.pulls![PR]!.mergeable = false;
      const run = await runAction(
        gh,
        {},
        { event: 'pull_request_target', payload: { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: 'b'.repeat(40) } } }, sha: 'b'.repeat(40) },
      );
      expect(run.code).toBe(1);
      expect(lastStatus(gh)?.state).toBe('error');
    });
  });
});

describe('a comment a reviewer reads at a glance', () => {
  it('for the example series: each use that needs action is one short entry with its command; the evidence is folded; outside <details> it is a quarter of the unfolded comment', async () => {
    const series = readText('examples/series/genai-usage.yml');
    const s = repoState({ 'genai-usage.yml': series }, { [CONFIG_PATH]: config({ production: 'PRD-3107', approvers: { users: ['dana'] } }) });
    s.repos[REPO]!.pulls![PR]!.mergeCommitSha = HEAD;
    await withEmulator(s, async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expect(run.code).toBe(1);
      const body = sticky(gh);
      const report = JSON.parse(run.files['report-path'] ?? '{}') as { files: Array<{ uses: Array<{ id: string; outcome: string }> }> };
      const needing = report.files[0]?.uses.filter((u) => u.outcome === 'needs-approval').map((u) => u.id) ?? [];
      expect(needing.length).toBeGreaterThan(3);
      // Read as GitHub reads it: every use that needs approval shows its command.
      expect(
        offeredCommands(gh)
          .map((c) => c.split(' ')[2]?.split('@')[0])
          .sort(),
      ).toEqual([...needing].sort());
      const outside = body.replace(/<details>[\s\S]*?<\/details>/g, '');
      // A layout with five bullets per open rule gives this pull request 43,756 characters, 39,308 of
      // them outside <details>: the bound keeps every command within a reviewer's reach.
      expect(outside.length).toBeLessThanOrEqual(39_308 / 4);
      expect(body).toContain('Remedy:');
    });
  });
});
