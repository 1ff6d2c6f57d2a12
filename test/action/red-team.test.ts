// Red-team attacks on the Action, run on the loopback emulator: each is something a person who can push
// a branch or open a pull request could try, beyond the attacks the trust tests already cover. Every
// test asserts the secure outcome; where one was an open hole when it was written, the comment above
// it says how the attack worked.
import { describe, expect, it } from 'vitest';
import { ofType, parse } from '../render/md-tree.js';
import type { EmulatorState } from '../support/emulator/github-emulator.js';
import type { RunResult } from './harness.js';
import { approvedUse, BASE, CLEAR_USE, CONFIG_PATH, config, declaration, grant, HEAD, LEDGER_PATH, ledger, NEEDS_APPROVAL_USE, ours, PR, REPO, repoState, runAction, withEmulator } from './harness.js';

const MERGE = 'c'.repeat(40);
const STALE_MERGE = 'e'.repeat(40);

function expectRed(run: RunResult): void {
  expect(run.code, run.stdout).toBe(1);
  expect(run.outputs.decision).toBe('fail');
}

function expectGreen(run: RunResult): void {
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs.decision).toBe('pass');
}

/**
 * A repository whose default branch trusts `release-*` branches, and whose attacker-made branch `branch`
 * carries a ledger granting the pull request's use. The default branch's ledger grants something else.
 */
function trustedBranchState(branch: string): EmulatorState {
  const state = repoState({ 'genai-usage.yml': declaration([approvedUse()]) });
  const repo = state.repos[REPO]!;
  repo.files.main = { [CONFIG_PATH]: config({ trusted_branches: ['release-*'], ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) };
  repo.files[branch] = { [LEDGER_PATH]: ledger(grant()) };
  repo.pulls![PR]!.base.ref = branch;
  // A ruleset restricts creating it: only the pattern's reach is under test here.
  repo.branchRules = { [branch]: ['creation'] };
  return state;
}

describe('trusted branches are branch names, not file globs', () => {
  // Guards against: `trusted_branches` goes through globMatcher (src/util/glob.ts), which is made for file paths:
  // a pattern without `/` "matches the file name at any depth" (it is rewritten to `**/release-*`). So
  // `release-*` also trusts `mallory/release-1`, a branch anyone with push access can create and that no
  // ruleset on `release-*` protects (GitHub's own ref patterns do not match across `/`). A pull request
  // into it is judged by that branch's own ledger, which the attacker wrote: green.
  it('a pull request into `mallory/release-1` is not trusted by the pattern `release-*`', async () => {
    const branch = 'mallory/release-1';
    await withEmulator(trustedBranchState(branch), async (gh) => {
      const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: branch, sha: BASE } } };
      const run = await runAction(gh, { comment: 'always' }, { payload });
      expectRed(run);
      expect(ours(gh)[0]?.body).toContain('which is not a trusted branch');
    });
  });

  // The same hole through a merge queue: the queue's base_ref decides the trusted branch.
  it('a merge group whose base is `mallory/release-1` is not trusted by the pattern `release-*`', async () => {
    const branch = 'mallory/release-1';
    const state = trustedBranchState(branch);
    await withEmulator(state, async (gh) => {
      const payload = { merge_group: { head_sha: HEAD, base_ref: `refs/heads/${branch}`, base_sha: BASE } };
      expectRed(await runAction(gh, {}, { event: 'merge_group', payload, sha: HEAD }));
    });
  });

  it('control: `release-1` itself is trusted by `release-*` and its ledger judges', async () => {
    await withEmulator(trustedBranchState('release-1'), async (gh) => {
      const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'release-1', sha: BASE } } };
      expectGreen(await runAction(gh, {}, { payload }));
    });
  });
});

describe('untrusted bases, whatever the event', () => {
  it('a merge group into an untrusted branch is judged by the default branch ledger', async () => {
    const branch = 'sneaky';
    const state = repoState({ 'genai-usage.yml': declaration([approvedUse()]) });
    const repo = state.repos[REPO]!;
    repo.files.main = { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) };
    repo.files[branch] = { [LEDGER_PATH]: ledger(grant()) };
    await withEmulator(state, async (gh) => {
      const payload = { merge_group: { head_sha: HEAD, base_ref: `refs/heads/${branch}`, base_sha: BASE } };
      expectRed(await runAction(gh, {}, { event: 'merge_group', payload, sha: HEAD }));
      const ledgerReads = gh.requests.filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${LEDGER_PATH}`));
      expect(ledgerReads.map((r) => r.query.ref)).toEqual(['refs/heads/main']);
    });
  });

  it('an untrusted base branch named with markup, a mention and backticks is shown escaped in the note', async () => {
    // git allows `<`, `>`, backticks, `|` and `@` (not `@{`) in branch names.
    const branch = 'x`<img src=x onerror=alert(1)>`@studio/legal|[ok](https://evil.example)';
    const state = repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) });
    state.repos[REPO]!.pulls![PR]!.base.ref = branch;
    await withEmulator(state, async (gh) => {
      const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: branch, sha: BASE } } };
      const run = await runAction(gh, { comment: 'always' }, { payload });
      expectRed(run);
      const body = ours(gh)[0]?.body ?? '';
      expect(body).toContain('which is not a trusted branch');
      // Markdown passes `\<` through as a literal `<`: only an unescaped one opens a tag.
      expect(body).not.toMatch(/(^|[^\\])<img/m);
      expect(body).not.toContain('](https://evil.example)');
      expect(body).not.toMatch(/(^|[^\w`])@studio\/legal/);
    });
  });
});

describe('pull_request_target judges what would merge now', () => {
  // Guards against: Under pull_request_target the merge commit is taken from the event payload whenever the
  // payload does not say `mergeable: false`. On a `synchronize` event GitHub has usually not computed
  // the new merge yet (`mergeable: null`), and the payload's `merge_commit_sha` is then the test merge
  // of the PREVIOUS head (webhook payloads have been seen carrying an outdated merge_commit_sha whose
  // parent is the previous head). Push a clean commit, let GitHub compute its merge, then push the
  // escalated one: the run judges the clean merge and turns the new head green.
  it('a stale merge_commit_sha in the payload (mergeable still null) is not judged in place of the current merge', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) });
    const repo = state.repos[REPO]!;
    repo.files[STALE_MERGE] = { 'genai-usage.yml': declaration([CLEAR_USE]) };
    repo.files[MERGE] = { 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) };
    repo.pulls![PR]!.mergeCommitSha = MERGE;
    const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: BASE }, merge_commit_sha: STALE_MERGE, mergeable: null } };
    await withEmulator(state, async (gh) => {
      expectRed(await runAction(gh, {}, { event: 'pull_request_target', payload, sha: BASE }));
    });
  });

  it('control: a payload that says mergeable: true is judged at its merge commit', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) });
    state.repos[REPO]!.files[MERGE] = { 'genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) };
    state.repos[REPO]!.pulls![PR]!.mergeCommitSha = MERGE;
    const payload = { pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: BASE }, merge_commit_sha: MERGE, mergeable: true } };
    await withEmulator(state, async (gh) => {
      expectRed(await runAction(gh, {}, { event: 'pull_request_target', payload, sha: BASE }));
    });
  });
});

describe('what the tree holds is read as data', () => {
  // Real GitHub lists a symbolic link as `type: blob, mode: 120000` whose blob is the link's target
  // path; the emulator only serves regular files, so the tree listing is rewritten here to what GitHub
  // sends. The Action must not follow the link (it is PR data) and must not pass over it either.
  it('a symlinked genai-usage.yml is read as its link text and fails closed, never skipped', async () => {
    const target = 'season-1/real-declaration.yml';
    const state = repoState({ 'genai-usage.yml': target, [target]: declaration([NEEDS_APPROVAL_USE]), 'other/genai-usage.yml': declaration([CLEAR_USE]) });
    await withEmulator(state, async (gh) => {
      gh.tamper({
        match: { method: 'GET', pathRegex: /\/git\/trees\// },
        times: 10,
        mutate: (body) => {
          const tree = (body as { tree: Array<{ path: string; mode: string }> }).tree;
          for (const e of tree) if (e.path === 'genai-usage.yml') e.mode = '120000';
          return body;
        },
      });
      const run = await runAction(gh);
      expectRed(run);
      expect(run.outputs.invalid).toBe('1');
    });
  });

  // A submodule is `type: commit` (mode 160000): nothing to read. Replacing a declaration by one must
  // not make its uses vanish unnamed.
  it('a declaration replaced by a submodule is named as removed, with the approval it needed', async () => {
    const state = repoState(
      { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/genai-usage.yml': 'placeholder' },
      { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) },
    );
    await withEmulator(state, async (gh) => {
      gh.tamper({
        match: { method: 'GET', pathRegex: new RegExp(`/git/trees/${HEAD}`) },
        times: 10,
        mutate: (body) => {
          const tree = (body as { tree: Array<{ path: string; mode: string; type: string; size?: number }> }).tree;
          for (const e of tree) {
            if (e.path === 'season-1/genai-usage.yml') {
              e.mode = '160000';
              e.type = 'commit';
              delete e.size;
            }
          }
          return body;
        },
      });
      await runAction(gh, { comment: 'always' });
      expect(ours(gh)[0]?.body).toContain('`season-1/genai-usage.yml` › `title-card`');
      expect(ours(gh)[0]?.body).toMatch(/removes 1 declared use \(1 declaration file deleted\), 1 of which needed written approval/);
    });
  });

  it('renaming a declaration out of the glob (`GenAI-Usage.yml`) is named as a removal, not passed over', async () => {
    const state = repoState(
      { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/GenAI-Usage.yml': declaration([NEEDS_APPROVAL_USE]) },
      { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) },
    );
    await withEmulator(state, async (gh) => {
      await runAction(gh, { comment: 'always' });
      expect(ours(gh)[0]?.body).toContain('1 of which needed written approval: `season-1/genai-usage.yml` › `title-card`');
    });
  });

  it('a folder name carrying HTML, a link, a mention and table pipes cannot write markup into the comment', async () => {
    const evil = 'x <img src=x onerror=alert(1)> [✅ approved](https://evil.example) @studio/legal | cleared | ` ** ✅/genai-usage.yml';
    await withEmulator(repoState({ [evil]: declaration([NEEDS_APPROVAL_USE]) }), async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expectRed(run);
      const body = ours(gh)[0]?.body ?? '';
      expect(body).toContain('title-card');
      // As GitHub reads it: no raw HTML and no link from the name (inside a code block it is only text).
      const tree = parse(body);
      expect(
        ofType(tree, 'html')
          .map((n) => String((n as { value?: unknown }).value))
          .filter((v) => v.includes('<img')),
      ).toEqual([]);
      expect(ofType(tree, 'link').filter((n) => String((n as { url?: unknown }).url).includes('evil.example'))).toEqual([]);
      expect(body).not.toMatch(/(^|[^\w`])@studio\/legal/);
    });
  });
});

describe('the comment keeps what the pull request removes', () => {
  // Guards against: The notes (files the check depends on, uses removed, untrusted base) are part of the comment's
  // head, and the note naming touched trusted paths lists every one of them. A pull request that touches
  // a few thousand long paths under `dist/` (or `policy/`, `.github/workflows/`) makes the head alone
  // longer than a comment can be; fitMarkdown then falls back to the title and the verdict, dropping
  // every note. Deleting an escalated declaration in the same pull request is then a green check whose
  // comment says "Clear to merge" and nothing about the removal or the touched files.
  it('a flood of touched paths cannot push the removal note out of the comment', async () => {
    const flood = Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`dist/${'x'.repeat(200)}-${i}.js`, '']));
    const base = { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) };
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), ...flood }, base), async (gh) => {
      await runAction(gh, { comment: 'always' });
      const body = ours(gh)[0]?.body ?? '';
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body).toContain('1 of which needed written approval: `season-1/genai-usage.yml` › `title-card`');
    });
  });

  // Guards against: In the default `comment: on-change` mode a passing run creates no comment, and a pull request
  // that deletes a declaration whose uses needed approval passes. So a pull request that does only that
  // (green from its first push) never gets a comment: the removal is named in the job summary alone,
  // which reviewers do not see on the pull request. Same for a change to the ledger, the packs or the
  // workflows on an otherwise clean pull request.
  it('with the default comment mode, a green pull request that deletes an escalated declaration still gets a comment naming it', async () => {
    const base = { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) };
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }, base), async (gh) => {
      const run = await runAction(gh);
      expect(run.summary).toContain('`season-1/genai-usage.yml` › `title-card`');
      expect(ours(gh)[0]?.body).toContain('1 of which needed written approval: `season-1/genai-usage.yml` › `title-card`');
    });
  });

  it('control: without the flood the removal is named', async () => {
    const base = { 'genai-usage.yml': declaration([CLEAR_USE]), 'season-1/genai-usage.yml': declaration([NEEDS_APPROVAL_USE]) };
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), 'dist/index.js': '' }, base), async (gh) => {
      await runAction(gh, { comment: 'always' });
      expect(ours(gh)[0]?.body).toContain('1 of which needed written approval: `season-1/genai-usage.yml` › `title-card`');
    });
  });
});

describe('inputs the pull request can edit under pull_request', () => {
  it('a comment-key that would close the hidden marker is refused, and the check fails', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }), async (gh) => {
      const run = await runAction(gh, { 'comment-key': 'x --> ✅ Clear to merge <!--' });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('input comment-key must be 1 to 64 letters');
      expect(ours(gh)).toHaveLength(0);
    });
  });
});

describe('the ledger binding under path tricks', () => {
  // The ledger names `season-1/genai-usage.yml`; the pull request moves the use to a file whose path
  // differs only in a way a human might read past. None of them may borrow the grant.
  it.each([
    ['a `./` prefix in the ledger does not widen it: the exact path is required', './season-1/genai-usage.yml', 'season-1/genai-usage.yml'],
    ['a different case', 'season-1/genai-usage.yml', 'Season-1/genai-usage.yml'],
    ['a decomposed accent (NFD) against the composed one (NFC)', 'sa\u0301ison/genai-usage.yml', 's\u00e1ison/genai-usage.yml'],
    ['a trailing space in a folder name', 'season-1/genai-usage.yml', 'season-1 /genai-usage.yml'],
  ])('%s', async (_name, ledgerPath, filePath) => {
    const state = repoState({ [filePath]: declaration([approvedUse()]) }, { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ path: ledgerPath })) });
    await withEmulator(state, async (gh) => expectRed(await runAction(gh)));
  });

  it('control: the exact path is cleared', async () => {
    const state = repoState(
      { 'season-1/genai-usage.yml': declaration([approvedUse()]) },
      { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ path: 'season-1/genai-usage.yml' })) },
    );
    await withEmulator(state, async (gh) => expectGreen(await runAction(gh)));
  });
});

describe('the trusted configuration under attack from the pull request', () => {
  // RISK (not observable on the emulator, which keys trees by name). Trusted files are read with
  // `ref=main`, a bare name that a tag can share: anyone with push access can usually push a tag called
  // `main` (tag rulesets are rarer than branch protection) pointing at a commit that carries a permissive
  // configuration and a self-granting ledger. git itself resolves an ambiguous name to the tag first
  // (refs/tags/<name> precedes refs/heads/<name>); how GitHub's contents API breaks the tie is not
  // documented. If it follows git, every trusted read comes from the attacker's tag.
  it('trusted files are read at a ref no tag can shadow', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant()) });
    await withEmulator(state, async (gh) => {
      await runAction(gh);
      const trustedReads = gh.requests.filter((r) => r.operationId === 'repos/get-content');
      expect(trustedReads.length).toBeGreaterThan(0);
      for (const r of trustedReads) expect(r.query.ref).toMatch(/^(refs\/heads\/.+|[0-9a-f]{40})$/);
    });
  });

  // Guards against: Once a trusted configuration exists it decides the ledger, and a configuration without
  // `ledger:` means "no ledger" even when the workflow names one (README's own example workflow does):
  // approvals silently become format-only, and any reference that looks right clears its rules. A
  // repository reaches this state by doing what the `ledger-shared` error tells it to do (add
  // `production:` to the configuration). The run logs "input ledger is ignored" and the comment says the
  // references were only format-checked, but the check is green for an approval nobody granted.
  it('a configuration that names no ledger does not turn a workflow ledger into format-only approvals', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([approvedUse()]) }, { [CONFIG_PATH]: config({ production: 'PRD-0001' }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) });
    await withEmulator(state, async (gh) => expectRed(await runAction(gh, { ledger: LEDGER_PATH })));
  });

  it('control: with `ledger:` in the configuration the same ungranted approval is refused', async () => {
    const state = repoState(
      { 'genai-usage.yml': declaration([approvedUse()]) },
      { [CONFIG_PATH]: config({ production: 'PRD-0001', ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) },
    );
    await withEmulator(state, async (gh) => expectRed(await runAction(gh, { ledger: LEDGER_PATH })));
  });

  it('deleting .github/genai-clearance.yml in the pull request changes nothing: the default branch still decides', async () => {
    // The head has no configuration and a self-granting ledger at the path its workflow names.
    const state = repoState(
      { 'genai-usage.yml': declaration([approvedUse()]), 'self/ledger.yml': ledger(grant()) },
      { [CONFIG_PATH]: config({ ledger: LEDGER_PATH }), [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) },
    );
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, { ledger: 'self/ledger.yml' });
      expectRed(run);
      const configReads = gh.requests.filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${CONFIG_PATH}`));
      expect(configReads.map((r) => r.query.ref)).toEqual(['refs/heads/main']);
    });
  });

  it('thousands of escalated uses still fail, and the comment fits and never says clear', async () => {
    const uses = Array.from({ length: 3000 }, (_, i) => ({ ...NEEDS_APPROVAL_USE, id: `shot-${i}` }));
    await withEmulator(repoState({ 'genai-usage.yml': declaration(uses) }), async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expectRed(run);
      expect(run.outputs['needs-approval']).toBe('3000');
      const body = ours(gh)[0]?.body ?? '';
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body).not.toContain('Resolved');
      expect(body).toMatch(/3,000/);
    });
  });
});
