// Tampering by the pull request under review, each attempt a test against the bundled Action on the
// loopback emulator: editing what it is judged by (pack, ledger, action.yml), forging approvals,
// forging the bot's marker, and injecting markup or workflow commands through declaration text. None
// may change the decision or the structure of the bot's comment, and no injected workflow command may
// reach the runner.
import { describe, expect, it, vi } from 'vitest';
import type { MdNode } from '../render/md-tree.js';
import { allNodes, FORBIDDEN_TYPES, MENTION, ofType, parse, tables, textValues } from '../render/md-tree.js';
import { daysFromNow } from '../support/run-action.js';
import type { RunResult } from './harness.js';
import { approvedUse, CLEAR_USE, declaration, grant, HEAD, LEDGER_PATH, ledger, NEEDS_APPROVAL_USE, ours, PACK_PATH, PACK_TEXT, PR, REF, REPO, repoState, runAction, withEmulator } from './harness.js';

vi.setConfig({ maxConcurrency: 8 });

// The Action judges dates by the real clock: keep every date relative to today.
const day = daysFromNow;

/** Exit 1, decision fail, the one escalated use still open: the outcome a tampering PR must get. */
function expectStillBlocked(run: RunResult): void {
  expect(run.code, run.stdout).toBe(1);
  expect(run.outputs.decision).toBe('fail');
  expect(run.outputs['needs-approval']).toBe('1');
  expect(run.outputs.approved).toBe('0');
  expect(run.stdout).toContain('::error::GenAI clearance failed: 1 use needs written approval.');
}

/** Lines of stdout the runner would read as workflow commands (outside our stop-commands block). */
function liveCommands(stdout: string): string[] {
  const live: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    if (line.startsWith('::')) live.push(line);
  }
  expect(stopToken, 'the stop-commands block was never closed').toBeUndefined();
  return live;
}

/** What the comment is made of, without its text: node types in document order, with heading depths. */
function skeleton(tree: MdNode): string[] {
  return allNodes(tree)
    .filter((n) => n.type !== 'text' && n.type !== 'inlineCode')
    .map((n) => (n.type === 'html' ? `html:${htmlKind(n.value ?? '')}` : n.type === 'heading' ? `h${n.depth}` : n.type));
}

function htmlKind(value: string): string {
  if (value.startsWith('<!-- genai-clearance:sticky ')) return 'marker';
  if (/^<details>\n?<summary>/.test(value) || value === '<details>') return 'details';
  if (value === '</details>') return '/details';
  return `FOREIGN(${value.slice(0, 60)})`;
}

/** The comment's body, checked: only our own HTML, no link but the run link, no mention, no injected node. */
function commentTree(body: string): MdNode {
  const tree = parse(body);
  const html = ofType(tree, 'html').map((n) => htmlKind(n.value ?? ''));
  expect(html.filter((k) => k.startsWith('FOREIGN'))).toEqual([]);
  expect(html[0]).toBe('marker');
  expect(html.filter((k) => k === 'marker')).toHaveLength(1);
  for (const type of FORBIDDEN_TYPES.filter((t) => t !== 'link')) expect(ofType(tree, type)).toEqual([]);
  expect(ofType(tree, 'link').map((l) => l.url)).toEqual(['https://github.com/studio/long-night/actions/runs/1001']);
  // GitHub mentions need `@` at the start or after a non-word character (`repo@main` is not one); the
  // note about trusted sources keeps such names as written, everything else is defused.
  for (const t of textValues(tree)) expect(t.replace(/[A-Za-z0-9]@/g, '')).not.toMatch(MENTION);
  return tree;
}

describe('the pull request edits what it is judged by', () => {
  it('a weakened pack in the pull request: judged by the base pack, the comment names the change', async () => {
    const weakened = PACK_TEXT.replace(/level: (escalate|block)/g, 'level: inform');
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]), [PACK_PATH]: weakened }, { [PACK_PATH]: PACK_TEXT }), async (gh) => {
      gh.state.repos[REPO]!.pulls![PR]!.changedFiles = [PACK_PATH, 'genai-usage.yml'];
      const run = await runAction(gh, { 'policy-source': 'policy' });
      expectStillBlocked(run);
      expect(ours(gh)[0]?.body).toContain('This pull request changes files the check depends on (`policy/netflix-genai/1.0.0.yml`)');
      // The pack was read at the base branch only.
      const packReads = gh.requests.filter((r) => r.path.includes('/contents/'));
      expect(packReads.length).toBeGreaterThan(0);
      expect(packReads.every((r) => r.query.ref === 'refs/heads/main')).toBe(true);
    });
  });

  it('a new, permissive pack version added by the pull request and pinned by the declaration: unknown pack, invalid', async () => {
    const permissive = PACK_TEXT.replace('version: 1.0.0', 'version: 1.0.1').replace(/level: (escalate|block)/g, 'level: inform');
    const text = declaration([CLEAR_USE, NEEDS_APPROVAL_USE]).replace('netflix-genai@1', 'netflix-genai@1.0.1');
    await withEmulator(repoState({ 'genai-usage.yml': text, 'policy/netflix-genai/1.0.1.yml': permissive, [PACK_PATH]: PACK_TEXT }, { [PACK_PATH]: PACK_TEXT }), async (gh) => {
      const run = await runAction(gh, { 'policy-source': 'policy' });
      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expect(run.outputs.invalid).toBe('1');
      expect(run.stdout).toMatch(/^::error title=GenAI clearance%3A invalid declaration,file=genai-usage.yml,line=3,col=5::no version of `netflix-genai` matches @1\.0\.1 \(available: 1\.0\.0\)$/m);
    });
  });

  it('a pack edited in the pull request changes nothing in bundled mode either', async () => {
    const weakened = PACK_TEXT.replace(/level: (escalate|block)/g, 'level: inform');
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]), [PACK_PATH]: weakened }), async (gh) => {
      gh.state.repos[REPO]!.pulls![PR]!.changedFiles = [PACK_PATH, 'genai-usage.yml'];
      const run = await runAction(gh);
      expectStillBlocked(run);
      // The only file read by path is the trusted configuration, and only at the default branch.
      const contents = gh.requests.filter((r) => r.path.includes('/contents/'));
      expect(contents.map((r) => [decodeURIComponent(r.path.replace(/^.*\/contents\//, '')), r.query.ref])).toEqual([['.github/genai-clearance.yml', 'refs/heads/main']]);
    });
  });

  it('a ledger edited in the pull request to grant its own approval: the base ledger decides', async () => {
    await withEmulator(
      repoState({ 'genai-usage.yml': declaration([CLEAR_USE, approvedUse()]), [LEDGER_PATH]: ledger(grant()) }, { [LEDGER_PATH]: ledger(grant({ ref: 'GENAI-2026-0001' })) }),
      async (gh) => {
        gh.state.repos[REPO]!.pulls![PR]!.changedFiles = [LEDGER_PATH, 'genai-usage.yml'];
        const run = await runAction(gh, { ledger: LEDGER_PATH });
        expectStillBlocked(run);
        expect(run.stdout).toContain(`approval ${REF}: not found in the approvals ledger`);
        expect(ours(gh)[0]?.body).toContain('changes files the check depends on (`approvals/ledger.yml`)');
        expect(ours(gh)[0]?.body).toContain('the ledger from approvals/ledger.yml at studio/long-night@main');
        commentTree(ours(gh)[0]?.body ?? '');
      },
    );
  });

  it('action.yml, dist/ and the workflow edited in the pull request: the decision is unchanged, the comment names them', async () => {
    const head = {
      'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]),
      'action.yml': 'runs:\n  using: node24\n  main: evil.js\n',
      'dist/index.js': 'process.exit(0)\n',
      '.github/workflows/genai.yml': 'on: push\n',
    };
    await withEmulator(repoState(head), async (gh) => {
      gh.state.repos[REPO]!.pulls![PR]!.changedFiles = Object.keys(head);
      const run = await runAction(gh);
      expectStillBlocked(run);
      expect(ours(gh)[0]?.body).toContain('(`.github/workflows/genai.yml`, `action.yml`, `dist/index.js`)');
      // Nothing but declarations is read from the head commit, and only as blobs (data).
      const blobReads = gh.requests.filter((r) => r.path.includes('/git/blobs/'));
      expect(blobReads).toHaveLength(1);
    });
  });

  it('a changed file whose name carries newlines, HTML and a link: named in the note, escaped, structure intact', async () => {
    const evil = 'policy/x\n\n<img src=x onerror=alert(1)>\n\n[approved](https://evil.example) @netflix/legal\n\n| a | b |';
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }), async (gh) => {
      gh.state.repos[REPO]!.pulls![PR]!.changedFiles = [evil, 'genai-usage.yml'];
      const run = await runAction(gh);
      expectStillBlocked(run);
      const body = ours(gh)[0]?.body ?? '';
      expect(body).toContain('This pull request changes files the check depends on');
      const tree = commentTree(body);
      expect(ofType(tree, 'blockquote').map((q) => q.children?.length)).not.toContain(0);
    });
  });
});

describe('forged approvals (ledger mode: the ledger at the base branch)', () => {
  const cases: Array<[string, string, Record<string, unknown>, Array<Record<string, unknown>>]> = [
    ['a ref that is not in the ledger', 'not found in the approvals ledger', {}, [grant({ ref: 'GENAI-2026-0999' })]],
    ['a ref granted to another production', 'the ledger grants it to PRD-0002/genai-usage.yml#title-card, not to PRD-0001/title-card', {}, [grant({ production: 'PRD-0002' })]],
    ['a ref granted to another use', 'the ledger grants it to PRD-0001/genai-usage.yml#other-shot, not to PRD-0001/title-card', {}, [grant({ use: 'other-shot' })]],
    [
      'a ref that covers another rule',
      'clears nothing for `final-deliverable`: ledger entry at approvals/ledger.yml:3 does not grant rule `final-deliverable`',
      {},
      [grant({ rules: ['key-creative-element'] })],
    ],
    ['a ref that was revoked', `revoked on ${day(-1)}`, {}, [grant({ revoked_on: day(-1) })]],
    ['a ref that expired in the ledger, while the declaration claims a later expiry', `expired on ${day(-2)}`, { expires_on: day(200) }, [grant({ expires_on: day(-2) })]],
    ['a ref the declaration back-dates (the ledger date is older than a year)', 'more than 365 days ago', { approved_on: day(-10) }, [grant({ approved_on: day(-400), expires_on: day(100) })]],
    ['a free-text reference', 'not a valid netflix-genai approval reference', { ref: 'approved by Dana' }, [grant({ ref: 'approved by Dana' })]],
  ];

  for (const [name, problem, claim, entries] of cases) {
    it(`${name}: clears nothing`, async () => {
      await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, approvedUse(claim)]) }, { [LEDGER_PATH]: ledger(...entries) }), async (gh) => {
        const run = await runAction(gh, { ledger: LEDGER_PATH });
        expectStillBlocked(run);
        const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error title=GenAI clearance%3A approval'));
        expect(annotation, run.stdout).toContain(problem);
        const body = ours(gh)[0]?.body ?? '';
        commentTree(body);
        expect(body).toContain('title-card');
      });
    });
  }

  it('control: the same approval, granted in the base ledger, clears the use', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, approvedUse()]) }, { [LEDGER_PATH]: ledger(grant()) }), async (gh) => {
      const run = await runAction(gh, { ledger: LEDGER_PATH, comment: 'always' });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.decision).toBe('pass');
      expect(run.outputs.approved).toBe('1');
    });
  });

  it('a partial grant leaves the other rule open', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, approvedUse()]) }, { [LEDGER_PATH]: ledger(grant({ rules: ['final-deliverable'] })) }), async (gh) => {
      const run = await runAction(gh, { ledger: LEDGER_PATH });
      expectStillBlocked(run);
      expect(run.stdout).toMatch(/^::error title=GenAI clearance%3A netflix-genai prominent-element,.*::title-card: needs written approval for rule prominent-element/m);
      expect(run.stdout).not.toMatch(/::title-card: needs written approval for rule final-deliverable/);
    });
  });
});

describe('forged markers and injected text', () => {
  it("markers hidden in other users' comments, before and after ours, are never touched or mistaken for ours", async () => {
    const marker = (state: string) =>
      `<!-- genai-clearance:sticky {"v":1,"head":"${HEAD}","packs":["netflix-genai@1.0.0"],"at":"2999-01-01T00:00:00.000Z","hash":"0000000000000000","state":"${state}"} -->`;
    const forged = [
      { repo: REPO, issue: PR, body: `${marker('pass')}\n✅ All clear`, user: 'mallory' },
      { repo: REPO, issue: PR, body: `${marker('pass')}\nlooks like the bot`, user: 'github-actions' },
      { repo: REPO, issue: PR, body: `quoted:\n${marker('pass')}`, user: 'reviewer' },
    ];
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }, {}, { comments: forged }), async (gh) => {
      const first = await runAction(gh);
      expectStillBlocked(first);
      gh.state.comments.push({
        id: 3_000_000_000,
        repo: REPO,
        issue: PR,
        body: `${marker('pass')}\nnewer forgery`,
        user: 'mallory',
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
      });
      const second = await runAction(gh);
      expectStillBlocked(second);
      expect(second.stdout).toContain('pull request comment: unchanged');
      for (const f of forged) expect(gh.state.comments.some((c) => c.user === f.user && c.body === f.body)).toBe(true);
      expect(ours(gh)).toHaveLength(1);
      expect(gh.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE')).toEqual([]);
    });
  });

  it("the marker in the declaration's own text: escaped in our comment, and a re-run still finds exactly one", async () => {
    const use = { ...NEEDS_APPROVAL_USE, summary: '<!-- genai-clearance:sticky {"v":1,"head":"x","packs":[],"at":"2999-01-01T00:00:00.000Z","hash":"0","state":"pass"} --> All clear' };
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, use]) }), async (gh) => {
      expectStillBlocked(await runAction(gh));
      const body = ours(gh)[0]?.body ?? '';
      commentTree(body);
      expect(body.indexOf('<!-- genai-clearance:sticky')).toBe(0);
      expect(body.lastIndexOf('<!-- genai-clearance:sticky')).toBe(0);
      const again = await runAction(gh);
      expectStillBlocked(again);
      expect(again.stdout).toContain('pull request comment: unchanged');
      expect(ours(gh)).toHaveLength(1);
    });
  });

  // Every attack string goes into every free-text field of an escalated use; the result must be the
  // same decision and the same comment structure as a benign twin with plain text in those fields.
  const ATTACKS = [
    '--> <img src=x onerror=alert(1)> <!--',
    '<!-- hide the rest',
    '</details><details open><summary>forged</summary>',
    '| forged cell | ✅ |\n|---|---|',
    '[approved](https://evil.example) ![x](https://evil.example/x.png) [ref]: https://evil.example',
    '@netflix/legal please approve #12 owner/repo#3 https://evil.example www.evil.example',
    '::set-output name=decision::pass',
    '\n::error::forged error\n::set-output name=decision::pass\n::add-mask::x\n',
    '::stop-commands::pwned\n::error::after stop',
    '%0A::error::encoded newline',
    '\r\n::warning file=genai-usage.yml,line=1::forged warning',
    // Bidirectional controls are refused by the reader (a declaration carrying one is invalid; see
    // test/core/red-team.test.ts); the zero-width space that remains is ordinary text.
    'gnp.exe and \u200B zero width',
    '# Forged heading\n> quote\n- list',
    '`code` *bold* _it_ ~~s~~ $math$ &amp; &#64;',
  ];

  // One use per attack string, the string in every free-text field of that use (summary, tool name,
  // vendor, consent reference); the benign twin has the same uses with plain words instead.
  const useWith = (text: string, i: number) => ({
    ...NEEDS_APPROVAL_USE,
    id: `attack-${i}`,
    summary: text,
    tools: [{ name: text, vendor: text, enterprise: true, trains_on_inputs: false }],
    talent: { consent: [text.slice(0, 200)] },
  });

  it(`${ATTACKS.length} injection strings in every free-text field: same decision, same comment structure, no live workflow command`, async () => {
    const runWith = async (uses: object[]) => {
      let result: { run: RunResult; body: string } | undefined;
      await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, ...uses]) }), async (gh) => {
        const run = await runAction(gh, { comment: 'always' });
        result = { run, body: ours(gh)[0]?.body ?? '' };
      });
      return result as { run: RunResult; body: string };
    };
    // One after the other: in-process runs share the process's environment.
    const benign = await runWith(ATTACKS.map((_, i) => useWith('plain words', i)));
    const hostile = await runWith(ATTACKS.map(useWith));

    // The decision and every output but the comment body are the benign twin's.
    expect(hostile.run.code).toBe(1);
    expect(hostile.run.outputs['needs-approval']).toBe(String(ATTACKS.length));
    const { 'comment-body': _a, 'report-path': _b, 'sarif-path': _e, 'rows-path': _g, ...hostileOutputs } = hostile.run.outputs;
    const { 'comment-body': _c, 'report-path': _d, 'sarif-path': _f, 'rows-path': _h, ...benignOutputs } = benign.run.outputs;
    expect(hostileOutputs).toEqual(benignOutputs);
    expect(hostileOutputs.decision).toBe('fail');

    // The comment has exactly the benign twin's structure: same nodes, same table shape; only text differs.
    const [benignTree, hostileTree] = [commentTree(benign.body), commentTree(hostile.body)];
    expect(skeleton(hostileTree)).toEqual(skeleton(benignTree));
    expect(tables(hostileTree).map((t) => t.map((row) => row.length))).toEqual(tables(benignTree).map((t) => t.map((row) => row.length)));
    // Each attack's use is still listed, by id, as needing approval.
    for (let i = 0; i < ATTACKS.length; i++) expect(hostile.body).toContain(`attack-${i}`);

    // Workflow commands: the same live commands as the benign run, only ever ours, each on one line.
    const live = liveCommands(hostile.run.stdout);
    const kinds = (lines: string[]) => lines.map((l) => /^::([a-z-]+)/.exec(l)?.[1]);
    expect(kinds(live)).toEqual(kinds(liveCommands(benign.run.stdout)));
    for (const line of live) expect(line).toMatch(/^::(error|warning|debug)( [^:]*)?::/);
    expect(live.filter((l) => /^::(set-output|set-env|add-path|add-mask|save-state|echo|stop-commands)/.test(l))).toEqual([]);
  });

  it('injection through the file path (a folder named like a workflow command): nothing live, the decision unchanged', async () => {
    const path = '::set-output name=decision::pass/genai-usage.yml';
    await withEmulator(repoState({ [path]: declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }), async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expectStillBlocked(run);
      for (const line of liveCommands(run.stdout)) expect(line).toMatch(/^::(error|warning|debug)( [^:]*)?::/);
      expect(run.stdout).toContain('file=%3A%3Aset-output name=decision%3A%3Apass/genai-usage.yml');
      commentTree(ours(gh)[0]?.body ?? '');
    });
  });

  it('an invalid use id carrying a workflow command is reported, not executed', async () => {
    const use = { ...NEEDS_APPROVAL_USE, id: '::set-output name=decision::pass' };
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, use]) }), async (gh) => {
      const run = await runAction(gh, { comment: 'always' });
      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expect(run.outputs.invalid).toBe('1');
      for (const line of liveCommands(run.stdout)) expect(line).toMatch(/^::(error|warning|debug)( [^:]*)?::/);
      commentTree(ours(gh)[0]?.body ?? '');
    });
  });
});
