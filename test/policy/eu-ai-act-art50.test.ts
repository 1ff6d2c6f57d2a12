import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../src/authoring/examples.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { bundledLibrary, CLEAN_USE, declarationYaml, evaluateYaml, onlyUse, patch, ROOT } from '../helpers.js';

// For every rule of eu-ai-act-art50: one use that fires it and a near-identical one that does not.
// The last test fails when a rule is added to the pack without a case here.
const PUBLISHED = { output: { kinds: ['video'], final: true, prominence: 'background', source_type: 'trainedAlgorithmicMedia' } };
const CASES: Record<string, { fires: Record<string, unknown>; doesNot: Record<string, unknown> }> = {
  'provider-marking': { fires: { ...PUBLISHED, training: 'fine-tune' }, doesNot: { ...PUBLISHED, training: 'none' } },
  'source-type-not-synthetic': {
    fires: { output: { ...PUBLISHED.output, source_type: 'digitalCapture' } },
    doesNot: { output: { ...PUBLISHED.output, source_type: 'algorithmicallyEnhanced' } },
  },
  'synthetic-output-unmarked': { fires: { output: { kinds: ['video'], final: true, prominence: 'background' } }, doesNot: PUBLISHED },
  'deep-fake-disclosure': {
    fires: { ...PUBLISHED, audience: { could_mislead: true } },
    doesNot: { output: { ...PUBLISHED.output, kinds: ['text'] }, audience: { could_mislead: true } },
  },
  'real-likeness-disclosure': {
    fires: { ...PUBLISHED, talent: { replica: 'use', replica_use: 'as-performed', consent: ['C-1'] } },
    doesNot: { ...PUBLISHED, talent: { replica: 'use', replica_use: 'unrecognisable', consent: ['C-1'] } },
  },
};

const EU = { policies: ['eu-ai-act-art50@1'] };
const evaluateEu = (changes: Record<string, unknown>) => onlyUse(evaluateYaml(declarationYaml([patch(CLEAN_USE, changes)], EU)));
const fired = (changes: Record<string, unknown>) => evaluateEu(changes).findings.map((f) => f.rule);

describe('eu-ai-act-art50 rules', () => {
  it('the clean base use fires nothing', () => {
    expect(fired({})).toEqual([]);
  });

  for (const [rule, c] of Object.entries(CASES)) {
    it(`${rule}: fires, and a near-identical use does not`, () => {
      expect(fired(c.fires)).toContain(rule);
      expect(fired(c.doesNot)).not.toContain(rule);
    });
  }

  // 2.0.0's rules on what the files say have their cases in test/provenance/packs.test.ts.
  it('every rule of the pack has a case', () => {
    const pack = bundledLibrary()
      .packs.get('eu-ai-act-art50')
      ?.find((p) => p.version === '1.0.0');
    expect(pack?.rules.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('marketing and localization count as published even when not part of the final cut', () => {
    const trailer = { ...PUBLISHED, output: { ...PUBLISHED.output, final: false }, training: 'train' };
    expect(fired({ ...trailer, stage: 'marketing' })).toEqual(['provider-marking']);
    expect(fired({ ...trailer, stage: 'localization' })).toEqual(['provider-marking']);
    expect(fired({ ...trailer, stage: 'post-production' })).toEqual([]);
  });

  it('`could_mislead: unknown` escalates both deep-fake readings when a real likeness is involved', () => {
    const use = evaluateEu({ ...PUBLISHED, audience: { could_mislead: 'unknown' }, inputs: ['talent-likeness'] });
    expect(use.findings.map((f) => [f.rule, f.effectiveLevel, f.status])).toEqual([
      ['deep-fake-disclosure', 'escalate', 'needs-approval'],
      ['real-likeness-disclosure', 'escalate', 'needs-approval'],
    ]);
  });

  it('an inform marking note is escalated when `final` is unknown, and quotes the values', () => {
    const use = evaluateEu({ output: { kinds: ['image'], final: 'unknown', prominence: 'incidental' } });
    expect(use.findings.map((f) => [f.rule, f.level, f.effectiveLevel, f.message])).toEqual([
      ['synthetic-output-unmarked', 'inform', 'escalate', 'Published generated output records no IPTC digital source type (final: unknown, stage: ideation).'],
    ]);
  });

  it('only EUAI references clear its rules', () => {
    const approval = (ref: string) => ({ approvals: [{ ref, rules: ['real-likeness-disclosure'], approved_on: '2026-09-01' }] });
    const likeness = { ...PUBLISHED, inputs: ['talent-likeness'] };
    expect(evaluateEu({ ...likeness, ...approval('EUAI-2026-0001') }).outcome).toBe('approved');
    const rejected = evaluateEu({ ...likeness, ...approval('GENAI-2026-0001') });
    expect([rejected.outcome, rejected.approvals[0]?.problems.map((p) => p.message)]).toEqual([
      'needs-approval',
      ['GENAI-2026-0001: not a valid eu-ai-act-art50 approval reference (expected the form EUAI-2026-0007)'],
    ]);
  });
});

const composition = await runExample(join(ROOT, 'examples/eu-ai-act-art50-with-netflix/genai-usage.yml'), bundledLibrary(), ROOT);

describe('composition: one declaration judged by netflix-genai and eu-ai-act-art50', () => {
  const result = composition;
  const report = result.report;
  if (!report) throw new Error(result.mismatches.join('\n'));

  it('matches its expected.yml', () => {
    expect(result.mismatches).toEqual([]);
  });

  it('one report lists both packs, and each use carries findings from each', () => {
    expect(report.packs.map((p) => `${p.pack}@${p.version}`)).toEqual(['eu-ai-act-art50@1.0.0', 'netflix-genai@2.0.0']);
    const byPack = (id: string) => {
      const use = report.files[0]?.uses.find((u) => u.id === id);
      return use?.findings.map((f) => `${f.pack}/${f.rule}:${f.status}`);
    };
    expect(byPack('fake-broadcast')).toEqual([
      'netflix-genai/protected-reference:needs-approval',
      'netflix-genai/final-deliverable:needs-approval',
      'netflix-genai/misleading-content:needs-approval',
      'eu-ai-act-art50/deep-fake-disclosure:needs-approval',
    ]);
    expect(byPack('deaged-lead')?.filter((f) => f.startsWith('eu-ai-act-art50/'))).toEqual(['eu-ai-act-art50/real-likeness-disclosure:approved']);
  });

  it('the principle table has a row for each principle of each pack', () => {
    expect(report.principles.filter((r) => r.pack === 'eu-ai-act-art50').map((r) => [r.id, r.status, r.needsApproval.map((u) => u.use), r.approvedBy])).toEqual([
      ['A50-2', 'clear', [], []],
      ['A50-4', 'needs-approval', ['fake-broadcast', 'dub-with-platform-ticket'], ['EUAI-2026-0044']],
    ]);
    expect(report.principles.filter((r) => r.pack === 'netflix-genai').map((r) => r.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'ER', 'B1']);
  });

  it('the markdown comment has one principle table per pack, headed by the pack', () => {
    const tree = fromMarkdown(renderMarkdown(report), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const text = (node: unknown): string => {
      const n = node as { value?: string; children?: unknown[] };
      return n.value ?? (n.children ?? []).map(text).join('');
    };
    const headingsBeforeTables: string[] = [];
    const firstCells: string[][] = [];
    tree.children.forEach((node, i) => {
      if (node.type !== 'table') return;
      headingsBeforeTables.push(text(tree.children[i - 1]));
      firstCells.push(node.children.slice(1).map((row) => text(row.children[0])));
    });
    const titles = Object.fromEntries(report.packs.map((p) => [p.pack, p.title]));
    expect(headingsBeforeTables).toEqual([`${titles['eu-ai-act-art50']} (eu-ai-act-art50@1.0.0)`, `${titles['netflix-genai']} (netflix-genai@2.0.0)`]);
    expect(firstCells[0]).toEqual(['A50-2 Synthetic output marked as such', 'A50-4 Deep fakes disclosed']);
    expect(firstCells[1]).toHaveLength(7);
  });
});
