import { describe, expect, it } from 'vitest';
import { loadPackLibrary } from '../../src/policy/library.js';
import { bundledLibrary, CLEAN_USE, evaluateUses, onlyUse, patch, readText } from '../helpers.js';
import { DOCUMENTED, evaluateV2Uses, REUSE_DOCUMENTED, V2_CLEAN_USE } from './v2-helpers.js';

// For every rule of each bundled pack version: one use that fires it and a near-identical one that
// does not. The "every rule … has a case" tests fail when a rule is added without a case here.
// netflix-genai 1.0.0 (deprecated) on genai-usage/v1:
const CASES: Record<string, { fires: Record<string, unknown>; doesNot: Record<string, unknown> }> = {
  'protected-reference': { fires: { creative: { references: ['artist-style'] } }, doesNot: { creative: { references: [] } } },
  'third-party-ip-input': { fires: { inputs: ['third-party-ip'] }, doesNot: { inputs: ['licensed-stock'] } },
  'uncleared-training-data': { fires: { training: 'fine-tune', inputs: ['licensed-stock'] }, doesNot: { training: 'fine-tune', inputs: ['owned-cleared'] } },
  'tool-retains-inputs': { fires: { tools: [{ name: 'T', enterprise: true, trains_on_inputs: true }] }, doesNot: { tools: [{ name: 'T', enterprise: true, trains_on_inputs: false }] } },
  'non-enterprise-tool': { fires: { tools: [{ name: 'T', enterprise: false, trains_on_inputs: false }] }, doesNot: { tools: [{ name: 'T', enterprise: true, trains_on_inputs: false }] } },
  'proprietary-input': { fires: { inputs: ['script'] }, doesNot: { inputs: ['public-domain'] } },
  'personal-data-input': { fires: { inputs: ['personal-data'] }, doesNot: { inputs: ['owned-cleared'] } },
  'unidentified-input': { fires: { inputs: ['unknown'] }, doesNot: { inputs: ['owned-cleared'] } },
  'vendor-pipeline': {
    fires: { tools: [{ name: 'T', vendor: 'Acme VFX', enterprise: true, trains_on_inputs: false }] },
    doesNot: { tools: [{ name: 'T', enterprise: true, trains_on_inputs: false }] },
  },
  'final-deliverable': { fires: { output: { final: true } }, doesNot: { output: { final: false } } },
  'prominent-element': { fires: { output: { final: true, prominence: 'featured' } }, doesNot: { output: { final: true, prominence: 'background' } } },
  'key-creative-element': { fires: { creative: { key_element: true } }, doesNot: { creative: { key_element: false } } },
  'talent-likeness-input': { fires: { inputs: ['talent-likeness'] }, doesNot: { inputs: ['production-images'] } },
  'replica-creation': { fires: { talent: { replica: 'create', consent: ['C-1'] } }, doesNot: { talent: { replica: 'none', consent: ['C-1'] } } },
  'replica-new-performance': {
    fires: { talent: { replica: 'use', replica_use: 'new-performance', consent: ['C-1'] } },
    doesNot: { talent: { replica: 'use', replica_use: 'as-performed', consent: ['C-1'] } },
  },
  'replica-without-consent': { fires: { talent: { replica: 'create', consent: [] } }, doesNot: { talent: { replica: 'create', consent: ['C-1'] } } },
  'significant-alteration': { fires: { talent: { alteration: 'significant', consent: ['C-1'] } }, doesNot: { talent: { alteration: 'customary', consent: ['C-1'] } } },
  'talent-model-reuse': { fires: { talent: { model_reuse: true } }, doesNot: { talent: { model_reuse: false } } },
  'union-work-impact': { fires: { talent: { union_work: 'assists' } }, doesNot: { talent: { union_work: 'none' } } },
  'talent-enhancement-qa': { fires: { talent: { alteration: 'customary' } }, doesNot: { talent: { alteration: 'none' } } },
  'misleading-content': { fires: { audience: { could_mislead: true } }, doesNot: { audience: { could_mislead: false } } },
  'disclose-to-contact': { fires: { disclosed: false }, doesNot: { disclosed: '2026-02-01' } },
};

// netflix-genai 2.0.0 on genai-usage/v2:
// Rules whose condition did not change keep their 1.0.0 cases; the clean use reads the same in v2.
const UNCHANGED = [
  'protected-reference',
  'third-party-ip-input',
  'uncleared-training-data',
  'tool-retains-inputs',
  'non-enterprise-tool',
  'proprietary-input',
  'personal-data-input',
  'unidentified-input',
  'vendor-pipeline',
  'prominent-element',
  'key-creative-element',
  'talent-likeness-input',
  'talent-enhancement-qa',
  'misleading-content',
];
const V2_CASES: typeof CASES = {
  ...Object.fromEntries(UNCHANGED.map((id) => [id, CASES[id] as (typeof CASES)[string]])),
  'output-resemblance': { fires: { output: { resembles: ['brand'] } }, doesNot: { output: { resembles: ['real-place'] } } },
  'final-deliverable': { fires: { output: { final: true } }, doesNot: { stage: 'marketing', output: { final: false } } },
  'replica-creation': { fires: { talent: { replica: 'create', performers: [DOCUMENTED] } }, doesNot: { talent: { replica: 'none', performers: [DOCUMENTED] } } },
  'replica-use': { fires: { talent: { replica: 'use', replica_use: 'as-performed' } }, doesNot: { talent: { replica: 'use', replica_use: 'unrecognisable' } } },
  'replica-new-performance': {
    fires: { talent: { replica: 'use', replica_use: 'new-performance', performers: [DOCUMENTED] } },
    doesNot: { talent: { replica: 'use', replica_use: 'as-performed', performers: [DOCUMENTED] } },
  },
  'replica-without-consent': {
    fires: { talent: { replica: 'create', performers: [{ ...DOCUMENTED, consent: [{ ref: 'pending' }] }] } },
    doesNot: { talent: { replica: 'create', performers: [DOCUMENTED] } },
  },
  'significant-alteration': { fires: { talent: { alteration: 'significant', performers: [DOCUMENTED] } }, doesNot: { talent: { alteration: 'customary', performers: [DOCUMENTED] } } },
  'talent-model-reuse': {
    fires: { talent: { replica: 'use', replica_use: 'as-performed', model_reuse: true, performers: [REUSE_DOCUMENTED] } },
    doesNot: { talent: { replica: 'use', replica_use: 'as-performed', model_reuse: false, performers: [REUSE_DOCUMENTED] } },
  },
  'model-reuse-without-consent': {
    fires: { talent: { replica: 'use', replica_use: 'as-performed', model_reuse: true, performers: [DOCUMENTED] } },
    doesNot: { talent: { replica: 'use', replica_use: 'as-performed', model_reuse: true, performers: [REUSE_DOCUMENTED] } },
  },
  'union-work-impact': { fires: { talent: { union_work: 'materially-affects' } }, doesNot: { talent: { union_work: 'member-own-work' } } },
  'factual-depiction': {
    fires: { work: 'documentary', output: { kinds: ['video'], final: true, resembles: ['real-event'] } },
    doesNot: { work: 'scripted', output: { kinds: ['video'], final: true, resembles: ['real-event'] } },
  },
  'disclose-to-contact': { fires: { disclosed: '2026-12-01' }, doesNot: { disclosed: '2026-02-01' } },
};

const fired = (changes: Record<string, unknown>) => onlyUse(evaluateUses([patch(CLEAN_USE, changes)])).findings.map((f) => f.rule);
const firedV2 = (changes: Record<string, unknown>) => onlyUse(evaluateV2Uses([patch(V2_CLEAN_USE, changes)])).findings.map((f) => f.rule);
function caseTests(cases: typeof CASES, fire: typeof fired): void {
  it('the clean base use fires nothing', () => {
    expect(fire({})).toEqual([]);
  });
  for (const [rule, c] of Object.entries(cases)) {
    it(`${rule}: fires, and a near-identical use does not`, () => {
      expect(fire(c.fires)).toContain(rule);
      expect(fire(c.doesNot)).not.toContain(rule);
    });
  }
}

const rulesOf = (version: string) =>
  bundledLibrary()
    .packs.get('netflix-genai')
    ?.find((p) => p.version === version)
    ?.rules.map((r) => r.id)
    .sort();

describe('netflix-genai 2.0.0 rules', () => {
  caseTests(V2_CASES, firedV2);

  it('every rule of 2.0.0 has a case', () => {
    expect(rulesOf('2.0.0')).toEqual(Object.keys(V2_CASES).sort());
  });

  it("every rule's source cites sections of docs/guidance/netflix-genai.md that exist, and every guidance id has one", () => {
    const doc = readText('docs/guidance/netflix-genai.md');
    const anchors = new Set([...doc.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]));
    const pack = bundledLibrary()
      .packs.get('netflix-genai')
      ?.find((p) => p.version === '2.0.0');
    for (const item of [...(pack?.doc.rules ?? []), ...(pack?.doc.principles ?? [])]) {
      expect(item.source, item.id).toMatch(/^docs\/guidance\/netflix-genai\.md#/);
      const cited = [...item.source.matchAll(/#([a-z0-9-]+)/g)].map((m) => m[1]);
      expect(cited.length, item.id).toBeGreaterThan(0);
      for (const id of cited) expect(anchors, `${item.id} cites #${id}`).toContain(id);
    }
    for (const rule of pack?.doc.rules ?? []) {
      for (const g of rule.guidance) expect(anchors, `${rule.id}: ${g}`).toContain(/^NFX-([A-Z]+-?[0-9]+)-/.exec(g)?.[1]?.toLowerCase());
    }
  });
});

describe('netflix-genai 1.0.0 rules', () => {
  caseTests(CASES, fired);

  it('every rule of 1.0.0 has a case', () => {
    expect(rulesOf('1.0.0')).toEqual(Object.keys(CASES).sort());
  });
});

describe('unknown escalates', () => {
  it('an inform rule fired by `unknown` escalates, with the reason recorded', () => {
    const use = onlyUse(evaluateUses([patch(CLEAN_USE, { tools: [{ name: 'T', enterprise: 'unknown', trains_on_inputs: false }] })]));
    const f = use.findings.find((x) => x.rule === 'non-enterprise-tool');
    expect(f?.level).toBe('inform');
    expect(f?.effectiveLevel).toBe('escalate');
    expect(f?.paths).toEqual([expect.objectContaining({ path: 'uses[0].tools[0].enterprise', value: 'unknown', reason: 'unknown' })]);
    expect(use.outcome).toBe('needs-approval');
  });

  it('a block rule fired only by `unknown` escalates instead of blocking', () => {
    const use = onlyUse(evaluateUses([patch(CLEAN_USE, { audience: { could_mislead: 'unknown' } })]));
    expect(use.findings.map((f) => [f.rule, f.effectiveLevel, f.status])).toEqual([['misleading-content', 'escalate', 'needs-approval']]);
  });

  it('`true` on the same field blocks, and no approval clears it', () => {
    const use = onlyUse(evaluateUses([patch(CLEAN_USE, { audience: { could_mislead: true }, approvals: [{ ref: 'GENAI-2026-0001', rules: ['misleading-content'], approved_on: '2026-11-01' }] })]));
    expect(use.outcome).toBe('blocked');
    expect(use.findings[0]?.status).toBe('blocked');
  });

  it('a wildcard path names the element that fired', () => {
    const tools = [
      { name: 'A', enterprise: true, trains_on_inputs: false },
      { name: 'B', enterprise: true, trains_on_inputs: true },
    ];
    const use = onlyUse(evaluateUses([patch(CLEAN_USE, { tools })]));
    const f = use.findings.find((x) => x.rule === 'tool-retains-inputs');
    expect(f?.paths.map((p) => p.path)).toEqual(['uses[0].tools[1].trains_on_inputs']);
    expect(f?.message).toContain('trains_on_inputs: true');
  });
});

describe('a block rule that mixes a true/false/unknown entry with a plain one', () => {
  // prominent-element reads output.final (tri-state) and output.prominence (plain); make it a block rule.
  const text = readText('policy/netflix-genai/1.0.0.yml').replace(/(- id: prominent-element\n {4}principle: P4\n {4}level: )escalate/, '$1block');
  const library = loadPackLibrary([{ path: 'policy/netflix-genai/1.0.0.yml', text }]);
  const level = (final: unknown) =>
    onlyUse(evaluateUses([patch(CLEAN_USE, { output: { final, prominence: 'featured' } })], { library })).findings.find((f) => f.rule === 'prominent-element')?.effectiveLevel;

  it('blocks when the tri-state value is true', () => {
    expect(library.errors).toEqual([]);
    expect(level(true)).toBe('block');
  });
  it('escalates, not blocks, when only `unknown` made it fire', () => {
    expect(level('unknown')).toBe('escalate');
  });
});
