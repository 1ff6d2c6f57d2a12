import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../src/authoring/examples.js';
import { pinPack } from '../../src/authoring/pin.js';
import { readPackDir } from '../../src/io/files.js';
import type { OutcomeChange, PackDiff } from '../../src/policy/diff.js';
import { diffPacks, fragmentImplies, withEvidence } from '../../src/policy/diff.js';
import type { Pack } from '../../src/policy/library.js';
import { loadPack, loadPackLibrary } from '../../src/policy/library.js';
import { ROOT } from '../helpers.js';
import { cliAsync, FIXTURES } from './run-cli.js';

const DIFF = join(FIXTURES, 'diff');
const EXAMPLES = 'test/fixtures/packs/diff/examples';
const BASE_PATH = join(DIFF, 'loosening/demo/1.0.0.yml');
const BASE = readFileSync(BASE_PATH, 'utf8');

function packOf(text: string, version = '1.0.0'): Pack {
  const r = loadPack({ path: `policy/demo/${version}.yml`, text: text.replace('version: 1.0.0', `version: ${version}`) });
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r;
}

function pairOf(folder: string): { a: Pack; b: Pack } {
  const versions = loadPackLibrary(readPackDir(join(DIFF, folder), ROOT)).packs.get('demo') ?? [];
  const [b, a] = versions;
  if (!a || !b) throw new Error(`${folder} needs two versions`);
  return { a, b };
}

/** The base pack with `replace` applied, as version `version`, diffed against the base. */
function diffBase(version: string, ...replace: Array<[string, string]>): PackDiff {
  let text = BASE;
  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`not in the base pack: ${from}`);
    text = text.replace(from, to);
  }
  return diffPacks(packOf(BASE), packOf(text, version));
}

const summary = (d: PackDiff) => ({ required: d.required, declared: d.declared, enough: d.enough, changes: d.changes.map((c) => [c.subject, c.id, c.change, c.bump]) });

describe('diff: the crafted pack pairs in test/fixtures/packs/diff', () => {
  it('every pair starts from the same 1.0.0', async () => {
    const folders = readdirSync(DIFF).filter((f) => f !== 'examples');
    expect(folders.length).toBe(9);
    for (const f of folders) expect(readFileSync(join(DIFF, f, 'demo/1.0.0.yml'), 'utf8'), f).toBe(BASE);
  });

  const CASES: Record<string, ReturnType<typeof summary>> = {
    'message-only': {
      required: 'patch',
      declared: 'patch',
      enough: true,
      changes: [
        ['rule', 'final-output', 'changed', 'patch'],
        ['pack', 'title', 'changed', 'patch'],
      ],
    },
    loosening: {
      required: 'minor',
      declared: 'minor',
      enough: true,
      changes: [
        ['rule', 'sensitive-input', 'changed', 'minor'],
        ['rule', 'stage-note', 'changed', 'minor'],
        ['pack', 'approval.max_age_days', 'changed', 'minor'],
      ],
    },
    tightening: { required: 'major', declared: 'minor', enough: false, changes: [['rule', 'sensitive-input', 'changed', 'major']] },
    'new-escalate-rule': { required: 'major', declared: 'major', enough: true, changes: [['rule', 'third-party-input', 'added', 'major']] },
    'level-change': { required: 'major', declared: 'major', enough: true, changes: [['rule', 'final-output', 'changed', 'major']] },
    'removed-rule': { required: 'minor', declared: 'minor', enough: true, changes: [['rule', 'misleading', 'removed', 'minor']] },
    'approval-tightening': {
      required: 'major',
      declared: 'patch',
      enough: false,
      changes: [
        ['pack', 'approval.ref_pattern', 'changed', 'major'],
        ['pack', 'approval.ref_example', 'changed', 'patch'],
        ['pack', 'approval.require_expiry', 'changed', 'major'],
        ['pack', 'approval.max_age_days', 'changed', 'major'],
      ],
    },
    'narrowed-escalate-rule': { required: 'major', declared: 'minor', enough: false, changes: [['rule', 'sensitive-input', 'changed', 'major']] },
    'new-inform-rule-reads-unknown': { required: 'major', declared: 'minor', enough: false, changes: [['rule', 'non-enterprise-tool', 'added', 'major']] },
  };

  for (const [folder, want] of Object.entries(CASES)) {
    it(`${folder}: ${want.required} required, ${want.declared} declared`, async () => {
      const { a, b } = pairOf(folder);
      expect(summary(diffPacks(a, b))).toEqual(want);
    });
  }

  it('says why, in the words a policy owner reads', async () => {
    const level = diffPacks(pairOf('level-change').a, pairOf('level-change').b).changes[0];
    expect(level?.details).toEqual(['level: escalate → block']);
    expect(level?.why).toBe('level raised: its findings become blocked; approvals of this rule granted under demo@1.0.0 (`policy: demo@1.0.0`) become stale and must be granted again');
    const narrowed = diffPacks(pairOf('narrowed-escalate-rule').a, pairOf('narrowed-escalate-rule').b);
    expect(narrowed.changes[0]?.details).toEqual([
      'condition changed, provably narrower: `{"inputs":{"contains":{"enum":["script","contracts","personal-data"]}}}` → `{"inputs":{"contains":{"enum":["script","personal-data"]}}}`',
    ]);
    expect(narrowed.staleRules).toEqual(['sensitive-input']);
    expect(narrowed.suggested).toBe('2.0.0');
    const unknownReader = diffPacks(pairOf('new-inform-rule-reads-unknown').a, pairOf('new-inform-rule-reads-unknown').b).changes[0];
    expect(unknownReader?.why).toBe('inform, but it reads tools[*].enterprise: `unknown` there escalates uses that were clear');
  });

  it('the example production has its stated outcomes under 1.0.0', async () => {
    const library = loadPackLibrary(readPackDir(join(DIFF, 'message-only'), ROOT));
    const path = join(ROOT, EXAMPLES, 'demo-production/genai-usage.yml');
    const text = readFileSync(path, 'utf8').replace('policies: [demo@1]', 'policies: [demo@1.0.0]');
    expect((await runExample(path, library, ROOT, { text })).mismatches).toEqual([]);
  });
});

describe('pinning a declaration to one pack version', () => {
  it("rewrites only that pack's pin, keeping comments and the other packs", async () => {
    const text = '# a comment\nformat: genai-usage/v1\npolicies: [netflix-genai@1, demo@1] # pins\nproduction: { title: T }\nuses: []\n';
    expect(pinPack(text, 'demo', '2.0.0')).toEqual({
      pinned: true,
      text: '# a comment\nformat: genai-usage/v1\npolicies: [ netflix-genai@1, demo@2.0.0 ] # pins\nproduction: { title: T }\nuses: []\n',
    });
    expect(pinPack(text, 'other', '1.0.0')).toEqual({ pinned: false, text });
    expect(pinPack('policies: [demo@1\n', 'demo', '1.0.0')).toEqual({ pinned: false, text: 'policies: [demo@1\n' });
  });
});

describe('diff: proving a condition narrower', () => {
  it('fragments: enum and const subsets, contains, not (contravariant), bounds, required', async () => {
    expect(fragmentImplies({ enum: ['a'] }, { enum: ['a', 'b'] })).toBe(true);
    expect(fragmentImplies({ enum: ['a', 'c'] }, { enum: ['a', 'b'] })).toBe(false);
    expect(fragmentImplies({ const: 'a' }, { enum: ['a', 'b'] })).toBe(true);
    expect(fragmentImplies({ enum: ['a'] }, { const: 'a' })).toBe(true);
    expect(fragmentImplies({ contains: { enum: ['a'] } }, { contains: { enum: ['a', 'b'] } })).toBe(true);
    expect(fragmentImplies({ contains: { enum: ['a', 'b'] } }, { contains: { enum: ['a'] } })).toBe(false);
    expect(fragmentImplies({ not: { enum: ['a', 'b'] } }, { not: { enum: ['a'] } })).toBe(true);
    expect(fragmentImplies({ not: { enum: ['a'] } }, { not: { enum: ['a', 'b'] } })).toBe(false);
    expect(fragmentImplies({ minItems: 2 }, { minItems: 1 })).toBe(true);
    expect(fragmentImplies({ maxItems: 2 }, { maxItems: 1 })).toBe(false);
    expect(fragmentImplies({ type: 'string', minLength: 3 }, { type: 'string' })).toBe(true);
    expect(fragmentImplies({ required: ['x', 'y'] }, { required: ['x'] })).toBe(true);
    // Keywords outside the independent set are compared for equality only.
    expect(fragmentImplies({ pattern: '^ab' }, { pattern: '^a' })).toBe(false);
    expect(fragmentImplies({ additionalProperties: false, properties: { a: {} } }, { additionalProperties: false })).toBe(false);
  });

  const STAGE = 'stage: { enum: [post-production, marketing, localization] }';
  const conditionBump = (d: PackDiff) => d.changes.map((c) => [c.id, c.bump, c.details[0]?.replace(/:.*$/, '')]);

  it('an inform rule reading no true/false/unknown field: narrower is MINOR, an extra conjunct too, an equivalent rewrite PATCH, a wider one MAJOR', async () => {
    expect(conditionBump(diffBase('1.1.0', [STAGE, 'stage: { enum: [marketing] }']))).toEqual([['stage-note', 'minor', 'condition changed, provably narrower']]);
    expect(conditionBump(diffBase('1.1.0', [STAGE, `${STAGE}\n      inputs: { minItems: 1 }`]))).toEqual([['stage-note', 'minor', 'condition changed, provably narrower (now also reads inputs)']]);
    expect(conditionBump(diffBase('1.0.1', [STAGE, 'stage: { enum: [localization, marketing, post-production] }']))).toEqual([['stage-note', 'patch', 'condition changed, provably equivalent']]);
    expect(conditionBump(diffBase('2.0.0', [STAGE, 'stage: { enum: [production, post-production, marketing, localization] }']))).toEqual([
      ['stage-note', 'major', 'condition changed, provably wider'],
    ]);
    // Neither narrower nor wider: one value swapped for another.
    expect(conditionBump(diffBase('2.0.0', [STAGE, 'stage: { enum: [production, marketing, localization] }']))).toEqual([['stage-note', 'major', 'condition changed']]);
  });

  it('`any` alternatives removed, and an `any` flattened to one of its alternatives, are narrower', async () => {
    const anyOf = `any:\n        - ${STAGE}\n        - inputs: { contains: { const: script } }`;
    const withAny = BASE.replace(STAGE, anyOf);
    const a = packOf(withAny);
    const flattened = packOf(BASE, '1.1.0');
    expect(diffPacks(a, flattened).changes.map((c) => [c.id, c.bump])).toEqual([['stage-note', 'minor']]);
    expect(diffPacks(flattened, packOf(withAny, '2.0.0')).changes.map((c) => [c.id, c.bump])).toEqual([['stage-note', 'major']]);
  });

  it('an extra conjunct on a true/false/unknown field can lift an inform finding to escalate: MAJOR', async () => {
    const d = diffBase('1.1.0', [STAGE, `${STAGE}\n      output.final: { const: true }`]);
    expect(d.changes.map((c) => [c.id, c.bump, c.why])).toEqual([
      ['stage-note', 'major', 'the condition narrowed, but its new conjuncts can change the level applied to `unknown` values (level inform, unknown_level escalate)'],
    ]);
  });

  it('a narrowed rule that can escalate is MAJOR because approvals pinned to the old version go stale', async () => {
    const d = diffBase('1.1.0', ['output.final: { const: true }', 'output.final: { const: true }\n      output.prominence: { enum: [featured] }']);
    expect([d.required, d.staleRules]).toEqual(['major', ['final-output']]);
  });
});

describe('diff: pack settings, principles and lifecycle', () => {
  it('unknown_level raised is MAJOR, lowered MINOR; principle removed MAJOR, added MINOR, reworded PATCH', async () => {
    expect(summary(diffBase('2.0.0', ['unknown_level: escalate', 'unknown_level: block'])).changes).toEqual([['pack', 'unknown_level', 'changed', 'major']]);
    expect(summary(diffBase('1.1.0', ['unknown_level: escalate', 'unknown_level: inform'])).changes).toEqual([['pack', 'unknown_level', 'changed', 'minor']]);
    const principle3 = '\n  - id: AUD\n    number: 3\n    title: Audience\n    summary: Audiences are told.\n    source: §3\n';
    expect(summary(diffBase('1.1.0', ['\nrules:', `${principle3}\nrules:`])).changes).toEqual([['principle', 'AUD', 'added', 'minor']]);
    expect(summary(diffPacks(packOf(BASE.replace('\nrules:', `${principle3}\nrules:`)), packOf(BASE, '2.0.0'))).changes).toEqual([['principle', 'AUD', 'removed', 'major']]);
    expect(summary(diffBase('1.0.1', ['title: Outputs reviewed', 'title: Outputs reviewed by a human'])).changes).toEqual([['principle', 'OUT', 'changed', 'patch']]);
  });

  it('a sunset set or brought forward is MAJOR, moved later MINOR; deprecation and the effective date PATCH', async () => {
    expect(summary(diffBase('2.0.0', ['effective: 2026-02-01', 'effective: 2026-02-01\nsunset: 2027-01-01'])).changes).toEqual([['pack', 'sunset', 'added', 'major']]);
    const sunset = (d: string) => BASE.replace('effective: 2026-02-01', `effective: 2026-02-01\nsunset: ${d}`);
    expect(summary(diffPacks(packOf(sunset('2027-01-01')), packOf(sunset('2027-06-01'), '1.1.0'))).changes).toEqual([['pack', 'sunset', 'changed', 'minor']]);
    expect(summary(diffBase('1.0.1', ['effective: 2026-02-01', 'effective: 2026-03-01\ndeprecated: 2026-09-01'])).changes).toEqual([
      ['pack', 'deprecated', 'added', 'patch'],
      ['pack', 'effective', 'changed', 'patch'],
    ]);
  });

  it('identical packs need no version; a lower version is never enough for a change', async () => {
    expect(summary(diffPacks(packOf(BASE), packOf(BASE, '1.0.1')))).toEqual({ required: 'none', declared: 'patch', enough: true, changes: [] });
    const d = diffPacks(packOf(BASE.replace('title: Demo pack', 'title: Demo'), '1.2.0'), packOf(BASE, '1.1.0'));
    expect([d.declared, d.required, d.enough]).toEqual(['downgrade', 'patch', false]);
  });

  it('example evidence can only raise the verdict: a use that got worse proves MAJOR', async () => {
    const d = diffBase('1.1.0', ['remedy: Tell the contact about this use.', 'remedy: Tell your contact.']);
    expect([d.required, d.enough]).toEqual(['patch', true]);
    const worse: OutcomeChange = { example: 'x', use: 'u', from: 'approved', to: 'needs-approval', rulesAdded: [], rulesRemoved: [], reasons: [], signOff: [] };
    expect(withEvidence(d, [worse])).toMatchObject({ required: 'major', enough: false, suggested: '2.0.0' });
    expect(withEvidence(d, [{ ...worse, from: 'needs-approval', to: 'clear' }])).toMatchObject({ required: 'minor', enough: true });
    expect(withEvidence(d, [])).toMatchObject({ required: 'patch', enough: true });
  });
});

describe('genai-clearance diff', () => {
  const diff = (folder: string, to: string, ...extra: string[]) =>
    cliAsync(['diff', 'demo@1.0.0', `demo@${to}`, '--policy-dir', `test/fixtures/packs/diff/${folder}`, '--examples', EXAMPLES, ...extra]);

  it('an example with a byte that is not UTF-8 stops the diff at its place; its UTF-8 twin is judged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-diff-'));
    const example = join(dir, 'demo-production');
    cpSync(join(ROOT, EXAMPLES, 'demo-production'), example, { recursive: true });
    const text = `# Kept by José (Legal)\n${readFileSync(join(example, 'genai-usage.yml'), 'utf8')}`;
    const run = () => cliAsync(['diff', 'demo@1.0.0', 'demo@1.1.0', '--policy-dir', 'test/fixtures/packs/diff/tightening', '--examples', dir]);
    writeFileSync(join(example, 'genai-usage.yml'), Buffer.from(text, 'latin1'));
    const refused = await run();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('genai-usage.yml:1:14: file is not valid UTF-8');
    writeFileSync(join(example, 'genai-usage.yml'), text);
    const judged = await run();
    expect(judged.code, judged.stderr).toBe(1);
    expect(judged.stdout).toContain('script-breakdown: approved → needs-approval');
  });

  it('reports changes, example outcomes and the verdict; exit 1 when the declared bump is not enough', async () => {
    const r = await diff('tightening', '1.1.0');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'demo 1.0.0 → 1.1.0',
        '',
        'Rules',
        '  ~ sensitive-input  MAJOR: the condition provably widened: it fires on every use it did, and may fire on more; approvals of this rule granted under demo@1.0.0 (`policy: demo@1.0.0`) become stale and must be granted again',
        '      condition changed, provably wider: `{"inputs":{"contains":{"enum":["script","contracts","personal-data"]}}}` → `{"inputs":{"contains":{"enum":["script","contracts","personal-data","unreleased-footage"]}}}`',
        '',
        'Example uses whose outcome changes (2, in 1 example pinning demo)',
        `  ! ${EXAMPLES}/demo-production/genai-usage.yml script-breakdown: approved → needs-approval`,
        '      because `sensitive-input`: approved → needs-approval: approval DEMO-0001 is stale: granted under demo@1.0.0; rule `sensitive-input` has changed since (demo@1.1.0), so it must be approved again',
        `  ! ${EXAMPLES}/demo-production/genai-usage.yml archive-footage: clear → needs-approval (+sensitive-input)`,
        '      because `sensitive-input` now fires: condition changed, provably wider: `{"inputs":{"contains":{"enum":["script","contracts","personal-data"]}}}` → `{"inputs":{"contains":{"enum":["script","contracts","personal-data","unreleased-footage"]}}}`',
        '',
        'Approvals granted under demo@1.0.0 for sensitive-input become stale: they must be granted again.',
        '',
        'Semver: requires MAJOR; declared MINOR (1.0.0 → 1.1.0): NOT enough — release as 2.0.0 or later.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('genai-clearance: demo 1.0.0 → 1.1.0 is a minor change, but it needs major: release it as 2.0.0 or later\n');
  });

  it('exit 0 when the bump is enough; loosening shows improved uses without the "!" mark', async () => {
    const r = await diff('loosening', '1.1.0');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('demo-production'))).toEqual([
      `    ${EXAMPLES}/demo-production/genai-usage.yml script-breakdown: approved → clear`,
      `    ${EXAMPLES}/demo-production/genai-usage.yml contracts-summary: approved → clear`,
    ]);
    expect(r.stdout).toContain('      because `sensitive-input`: approved → noted: level: escalate → inform\n');
    expect(r.stdout).toContain('  (1 more use keeps its outcome with different findings: title-card (-stage-note))');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Semver: requires MINOR; declared MINOR (1.0.0 → 1.1.0): enough.');
  });

  it('--changelog drafts a markdown section, headed with the version the change needs', async () => {
    const r = await diff('new-inform-rule-reads-unknown', '1.1.0', '--changelog');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '## 2.0.0 — effective 2026-02-01',
        '',
        '> Drafted from 1.0.0 → 1.1.0; the changes need a major release, so this section is headed 2.0.0.',
        '',
        '### Breaking — uses that passed can need approval or be blocked',
        '',
        '- Added rule `non-enterprise-tool`: inform, principle IN, reads tools[*].enterprise. Inform, but it reads tools[*].enterprise: `unknown` there escalates uses that were clear.',
        '',
        '### Example uses whose outcome changes',
        '',
        `- \`${EXAMPLES}/demo-production/genai-usage.yml\` \`plugin-unknown-terms\`: clear → needs-approval (+non-enterprise-tool), because \`non-enterprise-tool\` is new in 1.1.0 and fires (escalate).`,
        '',
      ].join('\n'),
    );
  });

  it('--changelog for a correct minor release groups loosening and wording', async () => {
    const r = await diff('removed-rule', '1.1.0', '--changelog');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '## 1.1.0 — effective 2026-02-01',
        '',
        '### Loosened or added without new blocking',
        '',
        '- Removed rule `misleading`: was block. A removed rule can only stop findings. Sign-off: it loosens a rule about ethics: whoever answers for ethics questions signs it off, as for a tightening.',
        '',
        '### Example uses whose outcome changes',
        '',
        `- \`${EXAMPLES}/demo-production/genai-usage.yml\` \`fake-news-unsure\`: needs-approval → clear (-misleading), because \`misleading\` is removed in 1.1.0. Sign-off: it loosens an ethics or talent question.`,
        '',
      ].join('\n'),
    );
  });

  it('a loosened ethics rule is marked like a tightening, for sign-off; its honest twin (a loosened data-use rule) is not', async () => {
    const removed = await diff('removed-rule', '1.1.0');
    expect(removed.stdout).toContain('! - misleading  MINOR: a removed rule can only stop findings\n      was block\n      sign-off: it loosens a rule about ethics');
    expect(removed.stdout).toContain(
      `  ! ${EXAMPLES}/demo-production/genai-usage.yml fake-news-unsure: needs-approval → clear (-misleading)\n      because \`misleading\` is removed in 1.1.0\n      sign-off: it loosens \`misleading\`, an ethics or talent question\n`,
    );
    const loosened = await diff('loosening', '1.1.0');
    expect(loosened.stdout).toContain('  ~ sensitive-input  MINOR: level lowered');
    expect(loosened.stdout).not.toContain('sign-off');
  });

  it('exit 2 for usage errors and packs that do not load', async () => {
    expect((await cliAsync(['diff', 'demo@1.0.0'])).code).toBe(2);
    expect((await cliAsync(['diff', 'demo@1.0.0', 'demo@1.1.0', 'demo@2.0.0'])).code).toBe(2);
    const unknown = await diff('loosening', '9.0.0');
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'genai-clearance: no version of `demo` matches @9.0.0 (available: 1.1.0, 1.0.0)\nUsage: genai-clearance diff [PACK@A] PACK@B [--examples DIR ...] [--policy-dir DIR] [--changelog | --format text|json]\n',
    ]);
    expect((await cliAsync(['diff', 'netflix-genai@1', 'eu-ai-act-art50@1'])).stderr).toContain('diff compares two versions of one pack; got netflix-genai and eu-ai-act-art50');
    expect((await cliAsync(['diff', 'demo@1.0.0', 'demo@1.1.0', '--policy-dir', 'test/fixtures/packs/diff/loosening', '--examples', 'no/such/dir'])).stderr).toContain(
      'no examples folder: no/such/dir',
    );
    const invalid = await cliAsync(['diff', 'demo@1.0.0', 'demo@1.0.0', '--policy-dir', 'test/fixtures/packs/invalid']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('test/fixtures/packs/invalid/demo/1.0.0.yml:');
    expect(invalid.stderr).toContain('`output.finale`: output has no field `finale`');
  });

  it('a pack compared with itself needs nothing', async () => {
    const r = await cliAsync(['diff', 'netflix-genai@1.0.0', 'netflix-genai@1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
    expect(r.stdout).toContain('Semver: no change requires a new version; declared NONE (1.0.0 → 1.0.0).');
  });
});

describe('diff between versions whose new rules read what scan finds', () => {
  it('evaluates the examples with their media files, and says why each outcome changes', async () => {
    const r = await cliAsync(['diff', 'netflix-genai@3.0.0', 'netflix-genai@4.0.0', '--examples', 'examples/netflix-genai-4/scan']);
    expect(r.stdout).toContain('Example uses whose outcome changes (1, in 1 example pinning netflix-genai, 1 with media files)\n');
    expect(r.stdout).toContain(
      '  ! examples/netflix-genai-4/scan/genai-usage.yml poster-background-in-deliverables: approved → needs-approval (+final-deliverable)\n      because `final-deliverable` now fires: condition changed (now also reads output, derived.provenance.in_deliverables)',
    );
    const changelog = await cliAsync(['diff', 'netflix-genai@3.0.0', 'netflix-genai@4.0.0', '--examples', 'examples/netflix-genai-4/scan', '--changelog']);
    expect(changelog.stdout).toContain(
      '- `examples/netflix-genai-4/scan/genai-usage.yml` `poster-background-in-deliverables`: approved → needs-approval (+final-deliverable), because `final-deliverable` now fires',
    );
  });

  it('without an example that ships media, "no use changes" is not claimed: the rules the examples cannot show are named', async () => {
    const r = await cliAsync(['diff', 'netflix-genai@3.0.0', 'netflix-genai@4.0.0', '--examples', 'examples/disclosure']);
    expect(r.stdout).toContain(
      'Example uses whose outcome changes (none shown, in 1 example pinning netflix-genai)\n  unknown: `final-deliverable`, `temporary-output-in-deliverables` read what `scan` finds in media files, and no example pinning the pack ships media (an expected.yml with `scan`), so the examples cannot show which uses they change\n',
    );
    expect(r.stdout).not.toContain('  none\n');
    // The honest twin: a change no rule of which reads the scan says "none" when nothing changes.
    const quiet = await cliAsync(['diff', 'demo@1.0.0', 'demo@1.0.1', '--policy-dir', 'test/fixtures/packs/diff/message-only', '--examples', EXAMPLES]);
    expect(quiet.stdout).toContain('(0, in 1 example pinning demo)\n  none\n');
  });
});

describe('diff --format json', () => {
  it('writes the changes, the bump each needs and the example evidence as data, the same verdict as the text', async () => {
    const r = await cliAsync(['diff', 'netflix-genai@1.0.0', 'netflix-genai@2.0.0', '--format', 'json']);
    const diff = JSON.parse(r.stdout) as { required: string; declared: string; enough: boolean; changes: Array<{ bump: string }>; evidence: { examples: number } };
    expect([diff.required, diff.declared, diff.enough]).toEqual(['major', 'major', true]);
    expect(diff.changes.some((c) => c.bump === 'major')).toBe(true);
    expect(diff.evidence.examples).toBeGreaterThan(0);
    expect((await cliAsync(['diff', 'netflix-genai@1.0.0', 'netflix-genai@2.0.0'])).stdout).toContain('Semver: requires MAJOR; declared MAJOR (1.0.0 → 2.0.0): enough.');
  });
});
