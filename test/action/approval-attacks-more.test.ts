// More attacks on the reviewer's path, each on the emulator against a repository set up as the trust
// model asks, each asserting the check stays red beside its honest twin, which turns it green.
import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/declaration/load.js';
import { useFingerprint } from '../../src/evaluate/fingerprint.js';
import type { Emulator, EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT } from '../support/emulator/github-emulator.js';
import { NOW } from '../support/run-action.js';
import { CLEAR_USE, CONFIG_PATH, config, declaration, HEAD, NEEDS_APPROVAL_USE, PR, REPO, repoState, runAction, withEmulator } from './harness.js';

const TICKET = 'GENAI-2026-0042';
const OTHER_PR = PR + 1;
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
const DECLARATION = declaration([CLEAR_USE, NEEDS_APPROVAL_USE]);

function state(approvers: string[] = ['dana', 'erin'], extra: Record<string, string> = {}): EmulatorState {
  const s = repoState({ 'genai-usage.yml': DECLARATION, ...extra }, { [CONFIG_PATH]: config({ production: 'PRD-0001', approvers: { users: approvers } }) });
  const repo = s.repos[REPO] as NonNullable<(typeof s.repos)[string]>;
  const pull = repo.pulls?.[PR] as NonNullable<NonNullable<typeof repo.pulls>[number]>;
  pull.user = 'alex';
  pull.commits = [{ sha: HEAD, author: 'alex', committer: 'alex' }];
  pull.mergeCommitSha = HEAD;
  repo.issues = [OTHER_PR];
  return s;
}

async function offered(gh: Emulator): Promise<string> {
  await runAction(gh);
  const sticky = gh.state.comments.find((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:sticky'))?.body ?? '';
  const line = /\/genai-clearance approve [^\n`]+/.exec(sticky)?.[0];
  expect(line).toBeDefined();
  return (line as string).replace('<ticket>', TICKET);
}

function post(gh: Emulator, user: string, body: string, issue = PR): void {
  gh.state.comments.push({ id: 3_000_000 + gh.state.comments.length, repo: REPO, issue, body, user, createdAt: at(10), updatedAt: at(10) });
}

const onComment = (gh: Emulator) =>
  runAction(gh, {}, { event: 'issue_comment', payload: { action: 'created', issue: { number: PR, pull_request: {} }, comment: { body: '/genai-clearance' } }, sha: 'f'.repeat(40) });
const status = (gh: Emulator) => gh.state.statuses.filter((s) => s.sha === HEAD && s.context === 'genai-clearance').at(-1)?.state;

/** Runs the attack: `act` posts what the attacker posts, given the line the comment offers. */
async function attack(s: EmulatorState, act: (gh: Emulator, line: string) => void): Promise<void> {
  await withEmulator(s, async (gh) => {
    act(gh, await offered(gh));
    const run = await onComment(gh);
    expect(run.code, run.stdout).toBe(1);
    expect(status(gh)).toBe('failure');
    expect(run.outputs.decision).toBe('fail');
  });
}

/** The honest twin: `act` does the same thing legitimately, and the check turns green. */
async function twin(s: EmulatorState, act: (gh: Emulator, line: string) => void): Promise<void> {
  await withEmulator(s, async (gh) => {
    act(gh, await offered(gh));
    const run = await onComment(gh);
    expect(run.code, run.stdout).toBe(0);
    expect(status(gh)).toBe('success');
  });
}

const fingerprintOf = (text: string, use: string) => useFingerprint(loadDeclaration('x.yml', text).declaration?.uses.find((u) => u.id === use) as object);

describe('who posts it', () => {
  it('honest twin: an approver posts the offered line', () => twin(state(), (gh, line) => post(gh, 'dana', line)));
  it('an app account named like an approver (`dana[bot]`)', () => attack(state(), (gh, line) => post(gh, 'dana[bot]', line)));
  it("the workflow token's own account, even when the approvers list names it (any workflow can write as it)", () =>
    attack(state(), (gh, line) => {
      // The configuration refuses an app login among approvers, so the run fails closed on it.
      const main = gh.state.repos[REPO]?.files.main;
      if (main) main[CONFIG_PATH] = config({ production: 'PRD-0001', approvers: { users: ['dana', GITHUB_ACTIONS_BOT.login] } });
      post(gh, GITHUB_ACTIONS_BOT.login, line);
    }));
  it("the workflow token's own account posting the line, with approvers as configured", () => attack(state(), (gh, line) => post(gh, GITHUB_ACTIONS_BOT.login, line)));
  it('the author under another letter case, listed as an approver in that case', () => attack(state(['ALEX', 'dana']), (gh, line) => post(gh, 'ALEX', line)));
  it('honest twin: an approver listed in another letter case than their login approves', () => twin(state(['DANA']), (gh, line) => post(gh, 'dana', line)));
  it('an approver whose command sits in the pull request description the author can edit', () =>
    attack(state(), (gh, line) => {
      const pull = gh.state.repos[REPO]?.pulls?.[PR];
      if (pull) pull.body = `${line}\n\n(approved by dana on Slack)`;
    }));
});

describe('where it is posted', () => {
  it("an approver's command on another pull request of the same repository", () => attack(state(), (gh, line) => post(gh, 'dana', line, OTHER_PR)));
  it('honest twin: the same comment on this pull request', () => twin(state(), (gh, line) => post(gh, 'dana', `Checked the storyboards.\n\n${line}`)));
});

describe('how it is written', () => {
  it('the command in capitals', () => attack(state(), (gh, line) => post(gh, 'dana', line.replace('/genai-clearance approve', '/GENAI-CLEARANCE APPROVE'))));
  it('the command indented four spaces (an indented code block)', () => attack(state(), (gh, line) => post(gh, 'dana', `Looks fine.\n\n    ${line}`)));
  it('the command split over two lines of one paragraph', () => attack(state(), (gh, line) => post(gh, 'dana', line.replace(' ref=', '\nref='))));
  it('the command inside a link text', () => attack(state(), (gh, line) => post(gh, 'dana', `[${line}](https://example.com)`)));
  it('the command with its ticket twice, the second one different', () => attack(state(), (gh, line) => post(gh, 'dana', `${line} ref=GENAI-2026-9999`)));
  it('an expiry that is not a calendar date', () => attack(state(), (gh, line) => post(gh, 'dana', `${line} expires=2027-02-30`)));
  it('an expiry in another date format', () => attack(state(), (gh, line) => post(gh, 'dana', `${line} expires=01/06/2027`)));
  it('honest twin: an expiry as a calendar date in the future', () => twin(state(), (gh, line) => post(gh, 'dana', `${line} expires=2027-06-01`)));
  it('honest twin: trailing blanks after the command', () => twin(state(), (gh, line) => post(gh, 'dana', `${line}   `)));
});

describe('what it names', () => {
  it("another use's fingerprint on this use", () => attack(state(), (gh, line) => post(gh, 'dana', line.replace(/@[0-9a-f]{32}/, `@${fingerprintOf(DECLARATION, CLEAR_USE.id)}`))));
  it('the fingerprint of a same-named use in a decoy declaration, with path= pointing at it', () => {
    const decoy = declaration([{ ...NEEDS_APPROVAL_USE, summary: 'A harmless placeholder card' }]);
    return attack(state(['dana', 'erin'], { 'decoy/genai-usage.yml': decoy }), (gh, line) =>
      post(gh, 'dana', `${line.replace(/@[0-9a-f]{32}/, `@${fingerprintOf(decoy, NEEDS_APPROVAL_USE.id)}`)} path=decoy/genai-usage.yml`),
    );
  });
  it('the real fingerprint with path= naming the decoy declaration', () => {
    const decoy = declaration([{ ...NEEDS_APPROVAL_USE, summary: 'A harmless placeholder card' }]);
    return attack(state(['dana', 'erin'], { 'decoy/genai-usage.yml': decoy }), (gh, line) => post(gh, 'dana', `${line} path=decoy/genai-usage.yml`));
  });
  it('honest twin: path= naming the declaration that holds the use', () => twin(state(), (gh, line) => post(gh, 'dana', `${line} path=genai-usage.yml`)));
  it('one rule of the two the use escalates', () => attack(state(), (gh, line) => post(gh, 'dana', line.replace(/ [a-z0-9/,-]+ ref=/, ' final-deliverable ref='))));
});

describe('what the declaration is made of (a pull_request run, no approval at all)', () => {
  const judged = async (files: Record<string, string | Uint8Array>) => {
    let result: Awaited<ReturnType<typeof runAction>> | undefined;
    await withEmulator(repoState(files), async (gh) => {
      result = await runAction(gh);
    });
    return result as Awaited<ReturnType<typeof runAction>>;
  };
  const red = (run: Awaited<ReturnType<typeof runAction>>) => {
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.decision).toBe('fail');
  };
  const escalating = declaration([CLEAR_USE, NEEDS_APPROVAL_USE]);

  it('honest twin: a UTF-8 declaration with a byte-order mark and only a clear use passes', async () => {
    const run = await judged({ 'genai-usage.yml': `\uFEFF${declaration([CLEAR_USE])}` });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.decision).toBe('pass');
  });
  it('the escalating declaration written in UTF-16 (a reader that skipped it would pass)', async () => {
    red(await judged({ 'genai-usage.yml': new Uint8Array(Buffer.from(`\uFEFF${escalating}`, 'utf16le')) }));
  });
  it('`uses:` given twice, the second list holding only the clear use', async () => {
    const [head, rest] = escalating.split(/^uses:\n/m) as [string, string];
    const clear = declaration([CLEAR_USE]).split(/^uses:\n/m)[1] as string;
    red(await judged({ 'genai-usage.yml': `${head}uses:\n${rest}uses:\n${clear}` }));
  });
  it('a billion-laughs alias bomb beside the uses', async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n');
    red(await judged({ 'genai-usage.yml': `${escalating}x-lol:\n${bomb.replace(/^/gm, '  ')}\n` }));
  });
  it('a .gitattributes that marks the declaration export-ignore and binary (the API reads the tree, not an archive)', async () => {
    red(await judged({ 'genai-usage.yml': escalating, '.gitattributes': 'genai-usage.yml export-ignore binary -diff linguist-generated\n' }));
  });
  it('the escalating declaration hidden in a dot folder (`.github/`)', async () => {
    red(await judged({ 'genai-usage.yml': declaration([CLEAR_USE]), '.github/genai-usage.yml': declaration([{ ...NEEDS_APPROVAL_USE, id: 'hidden-card' }]) }));
  });
  it('a declaration padded past the size limit', async () => {
    red(await judged({ 'genai-usage.yml': `${escalating}# ${'x'.repeat(1_100_000)}\n` }));
  });
});
