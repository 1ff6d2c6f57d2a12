// Attacks on the reviewer's path, each run on the emulator against a repository set up as the trust
// model asks (approvers in the trusted configuration, the status required), each asserting the secure
// outcome — the check stays red — beside its honest twin, the same thing done legitimately, which passes.
import { describe, expect, it } from 'vitest';
import { ofType, parse, plain } from '../render/md-tree.js';
import type { Emulator, EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT } from '../support/emulator/github-emulator.js';
import { NOW } from '../support/run-action.js';
import type { RunResult } from './harness.js';
import { CLEAR_USE, CONFIG_PATH, config, declaration, HEAD, NEEDS_APPROVAL_USE, PR, REPO, repoState, runAction, withEmulator } from './harness.js';

const TICKET = 'GENAI-2026-0042';

function state(commits: Array<{ sha: string; author?: string; committer?: string; unlinked?: boolean }> = [{ sha: HEAD, author: 'alex', committer: 'sam' }]): EmulatorState {
  const s = repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }, { [CONFIG_PATH]: config({ production: 'PRD-0001', approvers: { users: ['dana', 'sam'] } }) });
  const pull = s.repos[REPO]!.pulls![PR]!;
  pull.user = 'alex';
  pull.commits = commits;
  pull.mergeCommitSha = HEAD;
  return s;
}

const bot = (gh: Emulator) => gh.state.comments.filter((c) => c.user === GITHUB_ACTIONS_BOT.login);
const sticky = (gh: Emulator) => bot(gh).find((c) => c.body.startsWith('<!-- genai-clearance:sticky'))?.body ?? '';
const replies = (gh: Emulator) =>
  bot(gh)
    .filter((c) => c.body.startsWith('<!-- genai-clearance:refusal'))
    .map((c) => c.body);
const lastStatus = (gh: Emulator) => gh.state.statuses.filter((s) => s.sha === HEAD && s.context === 'genai-clearance').at(-1)?.state;
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');

/** The line the comment offers, as an approver posts it. */
async function offered(gh: Emulator): Promise<{ approve: string; revoke: string }> {
  await runAction(gh);
  const line = ofType(parse(sticky(gh)), 'code')
    .map((n) => String((n as { value?: unknown }).value))
    .find((v) => v.startsWith('/genai-clearance approve '));
  expect(line).toBeDefined();
  const approve = (line as string).replace('<ticket>', TICKET);
  const revoke = approve.replace(' approve ', ' revoke ').replace(/ [a-z0-9/,-]+ ref=/, ' ref=');
  return { approve, revoke };
}

/** A comment posted `minutesAgo`; returns it so a test can edit or delete it as a writer would. */
function post(gh: Emulator, user: string, body: string, minutesAgo: number) {
  const c = { id: 3_000_000 + gh.state.comments.length, repo: REPO, issue: PR, body, user, createdAt: at(minutesAgo), updatedAt: at(minutesAgo) };
  gh.state.comments.push(c);
  return c;
}

/** A writer edits a comment: GitHub keeps the text it replaced in the edit history. */
function edit(c: ReturnType<typeof post>, body: string, minutesAgo: number): void {
  Object.assign(c, { edits: [...((c as { edits?: unknown[] }).edits ?? []), { at: c.updatedAt, body: c.body }], body, updatedAt: at(minutesAgo) });
}

/** A writer deletes a comment: GitHub records the deletion and whose comment it was. */
function remove(gh: Emulator, c: ReturnType<typeof post>, minutesAgo: number): void {
  gh.state.comments.splice(gh.state.comments.indexOf(c as never), 1);
  gh.state.deletedComments.push({ repo: REPO, issue: PR, at: at(minutesAgo), author: c.user });
}

const judge = (gh: Emulator): Promise<RunResult> =>
  runAction(gh, {}, { event: 'issue_comment', payload: { action: 'edited', issue: { number: PR, pull_request: {} }, comment: { body: '/genai-clearance' } }, sha: 'f'.repeat(40) });

async function expectRed(gh: Emulator): Promise<RunResult> {
  const run = await judge(gh);
  expect(run.code, run.stdout).toBe(1);
  expect(lastStatus(gh)).toBe('failure');
  return run;
}

async function expectGreen(gh: Emulator): Promise<void> {
  const run = await judge(gh);
  expect(run.code, run.stdout).toBe(0);
  expect(lastStatus(gh)).toBe('success');
}

describe('a withdrawn approval does not come back', () => {
  it("deleting the approver's revoke leaves the approval withdrawn; the approver's re-approval after it counts", async () => {
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      post(gh, 'dana', approve, 50);
      const withdrawn = post(gh, 'dana', revoke, 40);
      await expectRed(gh);
      remove(gh, withdrawn, 30);
      const run = await expectRed(gh);
      expect(run.stdout).toMatch(/revoked on/);
      post(gh, 'dana', approve, 20);
      await expectGreen(gh);
    });
  });

  it('editing the revoke away leaves the approval withdrawn (the edit history keeps it); a re-approval after the edit counts', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      post(gh, 'dana', approve, 50);
      const withdrawn = post(gh, 'dana', revoke, 40);
      edit(withdrawn, 'never mind', 30);
      await expectRed(gh);
      post(gh, 'dana', approve, 20);
      await expectGreen(gh);
    });
  });

  it('a revoke in an older comment, edited in after the grant, withdraws the grant; the same revoke left unedited before the grant does not', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      const older = post(gh, 'dana', 'Reading the declaration now.', 50);
      post(gh, 'dana', approve, 40);
      edit(older, revoke, 30);
      await expectRed(gh);
    });
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      post(gh, 'dana', revoke, 50);
      post(gh, 'dana', approve, 40);
      await expectGreen(gh);
    });
  });

  it('a revision removed from the edit history withdraws every earlier grant; a grant after it counts', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', approve, 50);
      const note = post(gh, 'dana', 'note', 45);
      Object.assign(note, { edits: [{ at: at(45), body: null }], body: 'note, edited', updatedAt: at(40) });
      await expectRed(gh);
      expect(replies(gh).join('\n')).toContain('removed from its edit history');
      post(gh, 'dana', approve, 20);
      await expectGreen(gh);
    });
  });

  it("a revoke in a review, edited away, stays in force; an approver's unedited review approves", async () => {
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      post(gh, 'dana', approve, 50);
      gh.state.repos[REPO]!.pulls![PR]!.reviews = [{ id: 501, user: 'dana', body: 'LGTM', state: 'COMMENTED', submittedAt: at(40), editedAt: at(30), edits: [{ at: at(40), body: revoke }] }];
      await expectRed(gh);
    });
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      gh.state.repos[REPO]!.pulls![PR]!.reviews = [{ id: 501, user: 'dana', body: approve, state: 'APPROVED', submittedAt: at(40) }];
      await expectGreen(gh);
    });
  });

  it("a revoke naming another ticket still withdraws the use's approval", async () => {
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      post(gh, 'dana', approve, 50);
      post(gh, 'dana', revoke.replace(TICKET, 'GENAI-2026-0999'), 40);
      await expectRed(gh);
    });
  });

  it("an approver who pushed to the pull request cannot approve it, but their revoke counts; another approver's grant after it counts", async () => {
    await withEmulator(state(), async (gh) => {
      const { approve, revoke } = await offered(gh);
      post(gh, 'sam', approve, 55);
      await expectRed(gh);
      post(gh, 'dana', approve, 50);
      await expectGreen(gh);
      post(gh, 'sam', revoke, 40);
      await expectRed(gh);
    });
  });

  it('someone who is not an approver deleting their own comment withdraws nothing (the honest twin of a deleted revoke)', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', approve, 50);
      remove(gh, post(gh, 'mallory', '/genai-clearance revoke nothing', 45), 40);
      await expectGreen(gh);
    });
  });
});

describe('what is not a command, however it looks', () => {
  const quoted = async (wrap: (line: string) => string, reply?: RegExp) => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', wrap(approve), 50);
      await expectRed(gh);
      // The reply as GitHub renders it.
      if (reply) expect(replies(gh).map((r) => plain(parse(r)))).toEqual([expect.stringMatching(reply)]);
      post(gh, 'dana', approve, 40);
      await expectGreen(gh);
    });
  };

  it('a fenced block opened after a list marker', () => quoted((l) => `- see:\n\n  \`\`\`\n  ${l}\n  \`\`\``));
  it('<pre> HTML', () => quoted((l) => `<pre>\n${l}\n</pre>`));
  it('inline <code> HTML', () => quoted((l) => `<code>${l}</code>`));
  it('a folded <details>', () => quoted((l) => `<details><summary>draft</summary>\n\n${l}\n\n</details>`));
  it('a Cyrillic look-alike in the verb, answered naming the character', () => quoted((l) => l.replace('approve', 'аpprove'), /U\+0430, which is not plain ASCII/));
  it('a zero-width space inside the use id', () => quoted((l) => l.replace('title-', 'title\u200b-'), /U\+200B/));
  it('a right-to-left override that makes the line read otherwise', () => quoted((l) => `${l} \u202e`, /U\+202E/));
  it('formatting that GitHub renders differently from the text', () => quoted((l) => l.replace(TICKET, `*${TICKET}*`), /post the command as plain text/));
  it('the offered line pasted with its placeholder unchanged is answered with what to write', () =>
    quoted((l) => l.replace(TICKET, '<ticket>'), /replace <ticket> with the reference of your approval/));
});

describe('who pushed, and a status that outlives its run', () => {
  it('a commit linked to no account makes approvals fail closed, saying so in the reply; linked commits approve', async () => {
    await withEmulator(
      state([
        { sha: HEAD, author: 'alex' },
        { sha: 'c'.repeat(40), unlinked: true },
      ]),
      async (gh) => {
        const { approve } = await offered(gh);
        post(gh, 'dana', approve, 50);
        await expectRed(gh);
        expect(replies(gh)).toEqual([expect.stringContaining('neither an author nor a committer linked to a GitHub account')]);
      },
    );
    await withEmulator(
      state([
        { sha: HEAD, author: 'alex' },
        { sha: 'c'.repeat(40), author: 'alex' },
      ]),
      async (gh) => {
        const { approve } = await offered(gh);
        post(gh, 'dana', approve, 50);
        await expectGreen(gh);
      },
    );
  });

  it('a comment run that fails after it found the head (merge commit not computed) sets error over the green; computed, it judges', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', approve, 50);
      await expectGreen(gh);
      gh.state.repos[REPO]!.pulls![PR]!.mergeable = null;
      const run = await judge(gh);
      expect(run.code).toBe(1);
      expect(lastStatus(gh)).toBe('error');
      gh.state.repos[REPO]!.pulls![PR]!.mergeable = true;
      await expectGreen(gh);
    });
  });

  it('every judging run sets pending first, so a run cancelled mid-way leaves no green behind', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', approve, 50);
      const before = gh.state.statuses.length;
      await expectGreen(gh);
      expect(gh.state.statuses.slice(before).map((s) => s.state)).toEqual(['pending', 'success']);
    });
  });

  it("a comment mimicking the bot's reply marker does not silence the reply", async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      const refused = post(gh, 'mallory', approve, 50);
      post(gh, 'mallory', `<!-- genai-clearance:refusal ${refused.id} -->\nnothing to see`, 45);
      await expectRed(gh);
      expect(replies(gh)).toEqual([expect.stringContaining('mallory is not an approver')]);
    });
  });
});

describe('every command that counts for less than it says is answered, with the line to post', () => {
  const shortfall = async (change: (line: string) => string, says: RegExp, corrected?: (line: string) => string) => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', change(approve), 50);
      await expectRed(gh);
      const [reply] = replies(gh).map((r) => plain(parse(r)));
      expect(reply).toMatch(/counted for less than it says/);
      expect(reply).toMatch(says);
      // The line to post instead, in a code block of its own, with the approver's reference.
      if (corrected) expect(ofType(parse(replies(gh)[0] as string), 'code').map((n) => String(n.value))).toEqual([corrected(approve)]);
      expect(plain(parse(sticky(gh)))).not.toMatch(/title-card: GENAI-2026-0042 by dana on \S+ — approved final-deliverable, prominent-element/);
      // The honest twin: the offered line, with the ticket, counts in full and gets no reply.
      post(gh, 'dana', approve, 40);
      await expectGreen(gh);
      expect(replies(gh).slice(1)).toEqual([]);
    });
  };

  it('a misspelt use id: did you mean', () => shortfall((l) => l.replace('title-card@', 'title-crd@'), /no declaration has a use title-crd \(did you mean title-card\?\)/));
  it('a review cannot be replied to: a review naming a use no declaration has is answered in the comment', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      gh.state.repos[REPO]!.pulls![PR]!.reviews = [{ id: 502, user: 'dana', body: approve.replace('title-card@', 'title-crd@'), state: 'APPROVED', submittedAt: at(40) }];
      await expectRed(gh);
      expect(replies(gh)).toEqual([]);
      expect(plain(parse(sticky(gh)))).toMatch(/Approved in this pull request:.*no declaration has a use title-crd \(did you mean title-card\?\)/s);
      // The honest twin: the offered line in a review counts, and is listed as what it approved.
      gh.state.repos[REPO]!.pulls![PR]!.reviews = [{ id: 503, user: 'dana', body: approve, state: 'APPROVED', submittedAt: at(30) }];
      await expectGreen(gh);
      expect(plain(parse(sticky(gh)))).not.toMatch(/title-crd/);
    });
  });
  it('an expiry in the past', () => shortfall((l) => `${l} expires=2026-01-01`, /expired|expires/));
  it('a fingerprint of content the use no longer holds', () => shortfall((l) => l.replace(/@[0-9a-f]{32}/, `@${'0'.repeat(32)}`), /approved the use's content as 0{32}/));
  it('a misspelt rule id: did you mean', () =>
    shortfall(
      (l) => l.replace('prominent-element', 'prominent-elemnt'),
      /lists rule prominent-elemnt, .*did you mean prominent-element\?/,
      (l) => l,
    ));
  it('one rule of two: it says which it cleared and which it left open', () =>
    shortfall(
      (l) => l.replace(/final-deliverable,|,final-deliverable/, ''),
      /it approved prominent-element; not counted: it did not name final-deliverable, which the use still needs/,
      (l) => l.replace(',prominent-element', ''),
    ));

  it('a rule the use does not need: green, and the reply says that rule counted for nothing', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      post(gh, 'dana', approve.replace('prominent-element', 'prominent-element,vendor-pipeline'), 50);
      await expectGreen(gh);
      const [reply, ...more] = replies(gh).map((r) => plain(parse(r)));
      expect(more).toEqual([]);
      expect(reply).toMatch(/counted for less than it says: it approved final-deliverable, prominent-element; not counted: vendor-pipeline: this use does not need it\.$/);
      // Nothing left to approve, so no line to post.
      expect(ofType(parse(replies(gh)[0] as string), 'code')).toEqual([]);
      // Its honest twin, the offered line, gets no reply.
      post(gh, 'dana', approve, 40);
      await expectGreen(gh);
      expect(replies(gh)).toHaveLength(1);
    });
  });

  it('two comments with the same ticket are judged each on its own: the short one is answered, the full one is not', async () => {
    await withEmulator(state(), async (gh) => {
      const { approve } = await offered(gh);
      const short = post(gh, 'dana', approve.replace('prominent-element', 'prominent-elemnt'), 50);
      const full = post(gh, 'dana', approve, 40);
      await expectGreen(gh);
      const answered = bot(gh).filter((c) => c.body.startsWith('<!-- genai-clearance:refusal'));
      expect(answered.map((c) => c.body.split('\n')[0])).toEqual([`<!-- genai-clearance:refusal ${short.id} -->`]);
      expect(plain(parse(answered[0]?.body ?? ''))).toMatch(/did you mean/);
      expect(plain(parse(answered[0]?.body ?? ''))).not.toContain(String(full.id));
      // The sticky list: the short one approved nothing, the full one approved both rules.
      const list = plain(parse(sticky(gh)));
      expect(list).toMatch(/title-card: GENAI-2026-0042 by dana on \S+ — approved nothing; not counted: [^\n]*prominent-elemnt/);
      expect(list).toMatch(/title-card: GENAI-2026-0042 by dana on \S+ — approved final-deliverable, prominent-element(?!;)/);
      // Run again: no second reply under the same comment.
      await expectGreen(gh);
      expect(replies(gh)).toHaveLength(1);
    });
  });
});
