// The trusted side decides. Each test is an attack by someone who can push a branch or open a pull
// request, run against the Action on the loopback emulator: it must leave the check red and the one
// sticky comment honest. Each has a control twin showing the honest path still passes.
import { describe, expect, it } from 'vitest';
import { bodyHash } from '../../action/comment.js';
import type { EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT } from '../support/emulator/github-emulator.js';
import type { RunResult } from './harness.js';
import {
  APPROVED_USE,
  approvedUse,
  BASE,
  CLEAR_USE,
  CONFIG_PATH,
  config,
  declaration,
  grant,
  HEAD,
  LEDGER_PATH,
  ledger,
  NEEDS_APPROVAL_USE,
  ours,
  PR,
  REPO,
  repoState,
  runAction,
  TOKEN,
  withEmulator,
} from './harness.js';

const MERGE = 'c'.repeat(40);
const WORKFLOW = '.github/workflows/genai.yml';

function expectRed(run: RunResult, needsApproval = '1'): void {
  expect(run.code, run.stdout).toBe(1);
  expect(run.outputs.decision).toBe('fail');
  expect(run.outputs['needs-approval']).toBe(needsApproval);
}

function expectGreen(run: RunResult): void {
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs.decision).toBe('pass');
}

describe('the pull request cannot choose what it is judged by', () => {
  it('switching `policies:` to another pack still judges by the required netflix-genai', async () => {
    const dodging = declaration([NEEDS_APPROVAL_USE]).replace('netflix-genai@1', 'eu-ai-act-art50@1');
    await withEmulator(repoState({ 'genai-usage.yml': dodging }), async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expectRed(run);
      expect(ours(gh)[0]?.body).toContain('final-deliverable');
    });
    // Control: a use nothing escalates passes under the same dodge.
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]).replace('netflix-genai@1', 'eu-ai-act-art50@1') }), async (gh) => {
      expectGreen(await runAction(gh));
    });
  });

  it('a trusted configuration in the pull request is ignored; the one on the default branch decides', async () => {
    const permissive = config({ packs: [{ pack: 'eu-ai-act-art50' }], warn_only: true });
    const strict = config({ packs: [{ pack: 'netflix-genai' }], production: 'PRD-0001' });
    await withEmulator(repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]), [CONFIG_PATH]: permissive }, { [CONFIG_PATH]: strict }), async (gh) => {
      expectRed(await runAction(gh));
    });
  });

  it('the configuration overrides warn-only, ledger and policy-source inputs, which the pull request can edit in its workflow', async () => {
    const state = repoState(
      { 'genai-usage.yml': declaration([approvedUse()]), 'self/ledger.yml': ledger(grant()) },
      { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) },
    );
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, { 'warn-only': 'true', ledger: 'self/ledger.yml', 'policy-source': 'policy' });
      expectRed(run);
      expect(run.stdout).toContain('input warn-only is ignored: the trusted configuration');
      expect(run.stdout).toContain('input ledger is ignored');
      expect(run.stdout).toContain('input policy-source is ignored');
    });
    // Control: the base ledger granting the same ref clears it.
    const honest = repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant()) });
    await withEmulator(honest, async (gh) => expectGreen(await runAction(gh)));
  });

  it('a bad trusted configuration fails closed with file:line:col', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }, { [CONFIG_PATH]: 'format: genai-clearance-config/v1\npacks:\n  - pack: no-such-pack\n' }), async (gh) => {
      const run = await runAction(gh);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/\.github\/genai-clearance\.yml:3:5 .*requires pack `no-such-pack`/);
    });
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }, { [CONFIG_PATH]: 'format: genai-clearance-config/v1\nwarn_only: yes please\n' }), async (gh) => {
      const run = await runAction(gh);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/\.github\/genai-clearance\.yml:2:\d+ /);
    });
  });
});

describe('the trusted documents are read as bytes, like a declaration', () => {
  // Latin-1 "é" (one byte, 0xE9) is not UTF-8: decoded leniently it would be U+FFFD and accepted.
  const latin1 = (text: string) => Buffer.from(text, 'latin1');
  const lineAndColumn = (text: string, needle: string) => {
    const lines = text.slice(0, text.indexOf(needle)).split('\n');
    return `${lines.length}:${(lines.at(-1) ?? '').length + 1}`;
  };

  /** The Latin-1 copy of `text` fails the run at the byte's place in `path`; the UTF-8 copy passes. */
  async function refusedAtItsPlace(path: string, text: string, state: (bytes: Uint8Array | string) => EmulatorState): Promise<void> {
    await withEmulator(state(latin1(text)), async (gh) => {
      const run = await runAction(gh);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain(`${path}:${lineAndColumn(text, 'é')}`);
      expect(run.stdout).toContain('file is not valid UTF-8');
    });
    await withEmulator(state(text), async (gh) => expectGreen(await runAction(gh)));
  }

  it('an invalid UTF-8 byte in the ledger is refused at its line and column; the same ledger in UTF-8 clears the use', async () => {
    await refusedAtItsPlace(LEDGER_PATH, ledger(grant({ approver: 'José Okafor (Legal)' })), (bytes) =>
      repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: bytes }),
    );
  });

  it('an invalid UTF-8 byte in the configuration is refused at its line and column; the same file in UTF-8 is read', async () => {
    await refusedAtItsPlace(CONFIG_PATH, `# Kept by José (Legal)\n${config({ production: 'PRD-0001' })}`, (bytes) =>
      repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }, { [CONFIG_PATH]: bytes }),
    );
  });
});

describe('refs: trust never comes from the commit under test', () => {
  it('push to a branch that carries a self-granting ledger is judged by the default branch ledger', async () => {
    const branch = 'd'.repeat(40);
    const state: EmulatorState = {
      repos: {
        [REPO]: {
          files: {
            main: { [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) },
            [branch]: { 'genai-usage.yml': declaration([approvedUse()]), [LEDGER_PATH]: ledger(grant()) },
          },
        },
      },
      users: { [TOKEN]: GITHUB_ACTIONS_BOT },
    };
    for (const event of ['push', 'workflow_dispatch']) {
      await withEmulator(state, async (gh) => {
        const run = await runAction(gh, { ledger: LEDGER_PATH }, { event, payload: { ref: 'refs/heads/sneaky' }, sha: branch });
        expectRed(run);
        const ledgerReads = gh.requests.filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${LEDGER_PATH}`));
        expect(ledgerReads.map((r) => r.query.ref)).toEqual(['refs/heads/main']);
      });
    }
  });

  it('a pull request into an untrusted branch is judged by the default branch, and the comment says so', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, {});
    const repo = state.repos[REPO]!;
    repo.files.main = { [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) };
    repo.files['release-x'] = { [LEDGER_PATH]: ledger(grant()) };
    repo.pulls![PR]!.base.ref = 'release-x';
    await withEmulator(state, async (gh) => {
      const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'release-x', sha: BASE } } };
      const run = await runAction(gh, { ledger: LEDGER_PATH, comment: 'always' }, { payload });
      expectRed(run);
      expect(ours(gh)[0]?.body).toContain('which is not a trusted branch: it was judged by the configuration, packs and ledger of the default branch `main`');
    });
    // Control: once the configuration trusts release branches, and a ruleset restricts creating them, that branch's ledger judges.
    repo.files.main[CONFIG_PATH] = config({ trusted_branches: ['release-*'], ledger: LEDGER_PATH });
    repo.branchRules = { 'release-x': ['creation', 'deletion'] };
    await withEmulator(state, async (gh) => {
      const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'release-x', sha: BASE } } };
      expectGreen(await runAction(gh, { comment: 'always' }, { payload }));
      // The comment names the branch that judged it, since it is not the default.
      expect(ours(gh)[0]?.body).toContain("Judged by the configuration's trusted branch `release-x` (its packs and ledger), not the default branch `main`");
    });
    // A pull request into the default branch is not told about trusted branches.
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }), async (gh) => {
      expectGreen(await runAction(gh, { comment: 'always' }));
      expect(ours(gh)[0]?.body).not.toContain('trusted branch');
    });
  });

  describe('a trusted branch whose creation is not restricted is judged by the default branch', () => {
    const releaseState = (setUp: (repo: EmulatorState['repos'][string]) => void) => {
      const state = repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, {});
      const repo = state.repos[REPO]!;
      repo.files.main = { [CONFIG_PATH]: config({ trusted_branches: ['release-*'], ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) };
      // The branch's own ledger grants the use: whoever created the branch wrote it.
      repo.files['release-x'] = { [LEDGER_PATH]: ledger(grant()) };
      repo.pulls![PR]!.base.ref = 'release-x';
      setUp(repo);
      return state;
    };
    const judge = async (state: EmulatorState) => {
      let body = '';
      let result: RunResult | undefined;
      await withEmulator(state, async (gh) => {
        result = await runAction(gh, { comment: 'always' }, { payload: { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'release-x', sha: BASE } } } });
        body = ours(gh)[0]?.body ?? '';
      });
      return { run: result as RunResult, body };
    };

    it('no ruleset and no classic protection: its ledger does not judge, and the comment says creation could not be verified', async () => {
      const { run, body } = await judge(releaseState(() => {}));
      expectRed(run);
      expect(body).toContain('matches a trusted pattern, but no ruleset restricts the creation of matching branches');
      expect(body).toContain('could not be verified');
      expect(body).toContain('judged by the configuration, packs and ledger of the default branch `main`');
    });

    it('a ruleset on the branch that restricts updates and deletions but not creation does not make it trusted', async () => {
      const { run } = await judge(releaseState((repo) => (repo.branchRules = { 'release-x': ['deletion', 'non_fast_forward'] })));
      expectRed(run);
    });

    it('classic protection readable but without "restrict pushes that create matching branches": the comment says so', async () => {
      const { run, body } = await judge(
        releaseState((repo) => {
          repo.protection = { 'release-x': { blockCreations: false } };
          repo.protectionReaders = [GITHUB_ACTIONS_BOT.login];
        }),
      );
      expectRed(run);
      expect(body).toContain('its protection does not restrict the creation of matching branches');
    });

    it('classic protection the token cannot read (it needs administration: read) counts as not verified', async () => {
      const { run, body } = await judge(releaseState((repo) => (repo.protection = { 'release-x': { blockCreations: true } })));
      expectRed(run);
      expect(body).toContain('cannot be read with this token (HTTP 404)');
    });

    it('honest twin: classic protection that restricts creation, read with a token that may read it, lets the branch judge', async () => {
      const { run, body } = await judge(
        releaseState((repo) => {
          repo.protection = { 'release-x': { blockCreations: true } };
          repo.protectionReaders = [GITHUB_ACTIONS_BOT.login];
        }),
      );
      expectGreen(run);
      expect(body).toContain("Judged by the configuration's trusted branch `release-x`");
    });
  });

  it('pull_request judges the merge result: a clean head whose merge carries an unapproved use fails', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) });
    state.repos[REPO]!.files[MERGE] = { 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) };
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, {}, { sha: MERGE });
      expectRed(run);
      // Annotations point at lines only where the head holds the same text.
      expect(run.stdout).toMatch(/^::error title=GenAI clearance%3A netflix-genai final-deliverable,file=genai-usage.yml::/m);
    });
  });

  it('pull_request_target judges merge_commit_sha, waits while GitHub computes it, and fails closed on conflicts', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) });
    state.repos[REPO]!.files[MERGE] = { 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) };
    const pr = state.repos[REPO]!.pulls![PR]!;
    pr.mergeCommitSha = MERGE;
    const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: BASE }, merge_commit_sha: null, mergeable: null } };
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, {}, { event: 'pull_request_target', payload, sha: BASE });
      expectRed(run);
      expect(gh.requests.some((r) => r.operationId === 'pulls/get')).toBe(true);
    });
    pr.mergeable = false;
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, {}, { event: 'pull_request_target', payload, sha: BASE });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('has merge conflicts: what it would merge cannot be judged until they are resolved (fails closed)');
    });
  });
});

describe('the sticky comment cannot be frozen by a forgery', () => {
  const forged = (meta: Record<string, unknown>, visible = '✅ Clear to merge') =>
    `<!-- genai-clearance:sticky ${JSON.stringify({ v: 1, head: HEAD, packs: [], at: '2999-01-01T00:00:00.000Z', hash: bodyHash(visible), state: 'pass', ...meta })} -->\n${visible}`;
  const env = { GITHUB_WORKFLOW_REF: `${REPO}/${WORKFLOW}@refs/heads/main` };

  it.each([
    ['claims a newer run without naming it', {}, {}],
    ['claims a run that does not exist', { run: 99999 }, {}],
    ['claims a run of another workflow', { run: 2002 }, { 2002: { path: '.github/workflows/other.yml' } }],
    ['claims a newer run, but was edited after that run completed', { run: 2002 }, { 2002: { path: WORKFLOW, status: 'completed' as const, updatedAt: '2020-01-01T00:00:00Z' } }],
    ['claims a newer run, but its text is not what that run wrote', { run: 2002, hash: '0123456789abcdef' }, { 2002: { path: WORKFLOW } }],
  ])('a same-bot comment that %s is replaced by the honest one', async (_name, meta, runs) => {
    const state = repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) }, {}, { comments: [{ repo: REPO, issue: PR, body: forged(meta), user: GITHUB_ACTIONS_BOT.login }] });
    state.repos[REPO]!.runs = runs;
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, {}, { env });
      expectRed(run);
      expect(run.stdout).toMatch(/::warning::comment \d+ claims/);
      expect(ours(gh)).toHaveLength(1);
      expect(ours(gh)[0]?.body).not.toContain('Clear to merge');
      expect(ours(gh)[0]?.body).toContain('title-card');
    });
  });

  it('a comment deleted while the run works is created again', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) });
    await withEmulator(state, async (gh) => {
      await runAction(gh);
      expect(ours(gh)).toHaveLength(1);
      gh.state.repos[REPO]!.files[HEAD] = { 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE, { ...NEEDS_APPROVAL_USE, id: 'second-card' }]) };
      gh.inject({ match: { method: 'PATCH', pathRegex: /\/issues\/comments\/\d+$/ }, status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
      const run = await runAction(gh);
      expect(run.stdout).toContain('pull request comment: recreated');
      expect(ours(gh).at(-1)?.body).toContain('second-card');
    });
  });

  it('several jobs keep their own sticky comment with comment-key', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) }), async (gh) => {
      await runAction(gh, { 'comment-key': 'job-a' });
      gh.state.repos[REPO]!.files[HEAD] = { 'genai-usage.yml': declaration([APPROVED_USE]) };
      await runAction(gh, { 'comment-key': 'job-b', comment: 'always' });
      const bodies = ours(gh).map((c) => c.body);
      expect(bodies).toHaveLength(2);
      expect(bodies.find((b) => b.startsWith('<!-- genai-clearance:sticky:job-a '))).toContain('title-card');
      expect(bodies.find((b) => b.startsWith('<!-- genai-clearance:sticky:job-b '))).not.toContain('needs approval');
    });
  });
});

describe('what the pull request removes is named', () => {
  it('a deleted declaration and a removed use appear in the comment and the summary, with how many needed approval', async () => {
    const base = { 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]), 'season-2/genai-usage.yml': declaration([{ ...NEEDS_APPROVAL_USE, id: 'old-shot' }]) };
    const head = { 'genai-usage.yml': declaration([CLEAR_USE]) };
    await withEmulator(repoState(head, base), async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expectGreen(run);
      const line = 'This change removes 2 declared uses (1 declaration file deleted), 2 of which needed written approval: `genai-usage.yml` › `title-card`, `season-2/genai-usage.yml` › `old-shot`';
      expect(ours(gh)[0]?.body).toContain(line);
      expect(run.summary).toContain(line);
    });
  });

  it('genai-usage.yaml is a declaration as genai-usage.yml is', async () => {
    await withEmulator(repoState({ 'genai-usage.yaml': declaration([NEEDS_APPROVAL_USE]) }), async (gh) => {
      expectRed(await runAction(gh));
    });
  });
});

describe('the API path under attack', () => {
  it('raw control and bidi characters never reach a workflow command or the log', async () => {
    // A declaration carrying them is refused by the reader; the file name can still carry them.
    const hostile = { ...NEEDS_APPROVAL_USE, summary: 'evil \u202e reversed \u2066text' };
    await withEmulator(repoState({ 'genai-usage.yml': declaration([hostile]), 'x\u202e\u001b[31m/genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) }), async (gh) => {
      const run = await runAction(gh);
      expect(run.code).toBe(1);
      expect(run.outputs.invalid).toBe('1');
      expect(run.stdout).toMatch(/bidirectional control character U\+202E is not allowed/);
      expect(run.stdout).not.toMatch(/[\u202e\u2066\u001b]/);
    });
  });

  it('a listing that repeats its page is detected and the read fails closed', async () => {
    const page = JSON.stringify(Array.from({ length: 100 }, () => ({ filename: 'same.txt' })));
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }), async (gh) => {
      gh.inject({ match: { method: 'GET', pathRegex: /\/pulls\/\d+\/files$/ }, times: 100, status: 200, rawBody: page });
      const run = await runAction(gh);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('GitHub returned the same page twice while listing the files of pull request #7');
      expect(gh.requests.filter((r) => /\/pulls\/\d+\/files$/.test(r.path)).length).toBeLessThan(10);
    });
  });

  it('a pull request with 3,000 changed files says the list may be incomplete', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) });
    state.repos[REPO]!.pulls![PR]!.changedFiles = Array.from({ length: 3100 }, (_, i) => `assets/file-${i}.txt`);
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh);
      expectRed(run);
      expect(ours(gh)[0]?.body).toContain('GitHub lists only the first 3,000 files of a pull request');
    });
  });

  it('a studio of declarations is read in a few requests, with a bounded number in flight', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`show-${i}/genai-usage.yml`, declaration([{ ...CLEAR_USE, summary: `Moodboards ${i}` }])]));
    await withEmulator(repoState(files), async (gh) => {
      expectGreen(await runAction(gh));
      expect(gh.maxInFlight).toBeLessThanOrEqual(8);
      // 60 declarations in one GraphQL batch, not 60 blob requests.
      expect(gh.requests.filter((r) => r.operationId === 'git/get-blob')).toHaveLength(0);
      expect(gh.requests.filter((r) => r.path === '/graphql' && JSON.stringify(r.body).includes('object(oid'))).toHaveLength(1);
    });
  });

  it('a GraphQL batch that keeps failing is not fatal: the blobs API reads the declarations instead', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`show-${i}/genai-usage.yml`, declaration([{ ...CLEAR_USE, summary: `Moodboards ${i}` }])]));
    files['show-3/genai-usage.yml'] = declaration([NEEDS_APPROVAL_USE]);
    await withEmulator(repoState(files), async (gh) => {
      gh.inject({ match: { method: 'POST', pathRegex: /^\/graphql$/ }, times: 50, status: 502, body: { message: 'Server Error' } });
      const run = await runAction(gh);
      expectRed(run);
      expect(gh.requests.filter((r) => r.operationId === 'git/get-blob')).toHaveLength(12);
    });
  });

  it('a ledger over 1 MB is read whole, and a declaration over the size cap is refused by its size, before download', async () => {
    const padding = Array.from({ length: 9000 }, (_, i) => grant({ ref: `GENAI-2026-${String(1000 + (i % 8000)).padStart(4, '0')}`, use: `other-${i}`, note: 'x'.repeat(120) }));
    const bigLedger = ledger(...padding, grant());
    expect(bigLedger.length).toBeGreaterThan(1024 * 1024);
    const huge = `${declaration([CLEAR_USE])}# ${'x'.repeat(17 * 1024 * 1024)}\n`;
    await withEmulator(repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, { [LEDGER_PATH]: bigLedger }), async (gh) => {
      expectGreen(await runAction(gh, { ledger: LEDGER_PATH }, { requestTimeoutMs: 30_000 }));
    });
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), 'big/genai-usage.yml': huge }), async (gh) => {
      const run = await runAction(gh, {}, { requestTimeoutMs: 30_000 });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/big\/genai-usage\.yml is [\d,]+ bytes, over the [\d,]+-byte limit for a declaration; it was not read/);
      expect(gh.requests.filter((r) => r.operationId === 'git/get-blob')).toHaveLength(1);
    });
  }, 60_000);

  it('a 10 MB declaration under the cap is evaluated', async () => {
    const big = `${declaration([NEEDS_APPROVAL_USE])}# ${'x'.repeat(10 * 1024 * 1024)}\n`;
    await withEmulator(repoState({ 'genai-usage.yml': big }), async (gh) => {
      const run = await runAction(gh, {}, { requestTimeoutMs: 30_000 });
      expectRed(run);
      expect(run.outputs.invalid).toBe('0');
    });
  }, 60_000);
});
