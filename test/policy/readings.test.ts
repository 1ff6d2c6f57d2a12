import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExamples, runExample } from '../../src/authoring/examples.js';
import { diffPacks } from '../../src/policy/diff.js';
import { cliIn } from '../cli/in-process.js';
import { bundledLibrary, CLEAN_USE, evaluateUses, ROOT } from '../helpers.js';

// netflix-genai 4.0.0 and eu-ai-act-art50 3.0.0, read closer to their texts (examples/*/readings): each reading as a pair of
// uses, one that needs what the text asks and its twin that does not.
const READINGS = join(ROOT, 'examples');

describe('the newest pack versions judge each reading as the text does', () => {
  for (const path of findExamples(READINGS).filter((p) => p.endsWith('/readings/genai-usage.yml'))) {
    it(path.slice(ROOT.length + 1), async () => {
      const result = await runExample(path, bundledLibrary(), ROOT);
      expect(result.mismatches).toEqual([]);
    });
  }

  it('a placeholder reference is refused with a message that says why, its real twin counts', async () => {
    const result = await runExample(join(READINGS, 'netflix-genai-4/readings/genai-usage.yml'), bundledLibrary(), ROOT);
    const uses = result.report?.files[0]?.uses ?? [];
    const placeholder = uses.find((u) => u.id === 'title-card-placeholder-ref')?.approvals[0];
    expect(placeholder?.status).toBe('invalid');
    expect(placeholder?.problems.map((p) => p.message).join('\n')).toContain('`TBD` marks an approval nobody has given yet, not the reference of one');
    expect(uses.find((u) => u.id === 'title-card-real-ref')?.approvals[0]?.status).toBe('valid');
  });

  it('the deep-fake message names the label, the placement and the timing the Code of Practice asks for', async () => {
    const result = await runExample(join(READINGS, 'eu-ai-act-art50-3/readings/genai-usage.yml'), bundledLibrary(), ROOT);
    const use = result.report?.files[0]?.uses.find((u) => u.id === 'defendant-photo-documentary');
    const message = use?.findings.find((f) => f.rule === 'deep-fake-disclosure')?.message ?? '';
    expect(message).toContain('AI GENERATED');
    expect(message).toContain('image: on the image, in an unobstructed position');
    expect(message).toContain('no later than the first exposure');
  });
});

describe('netflix-genai 1.0.0 says it is deprecated in every report', () => {
  it('a v1 file judged by 1.0.0 before its deprecation date is warned, with the successor', () => {
    const warnings = evaluateUses([CLEAN_USE]).files[0]?.warnings ?? [];
    const deprecated = warnings.find((w) => w.code === 'pack-deprecated');
    expect(deprecated?.message).toContain('netflix-genai@1.0.0 is deprecated from 2027-03-01; set');
    expect(deprecated?.message).toContain('policies: [netflix-genai@2]'); // the newest in effect on 2026-11-23
  });
});

describe('explain shows the clause a rule rests on', () => {
  it('source address, date read, quotation and reading; escalate is not worded as a ban', () => {
    const r = cliIn(['explain', 'netflix-genai/likeness-in-output'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('read at:   https://partnerhelp.netflixstudios.com/');
    expect(r.stdout).toContain('(read 2025-11-11)');
    expect(r.stdout).toContain('the text:  “if the output includes final deliverables, talent likeness');
    expect(r.stdout).toContain('reading:   The gate is on what the output includes');
    expect(r.stdout).toContain('It is not a prohibition');
    expect(r.stdout).not.toContain('blocks until');
  });

  it('a rule with no quoted clause says so rather than inventing one', () => {
    const r = cliIn(['explain', 'netflix-genai/vendor-pipeline'], ROOT);
    expect(r.stdout).toContain('this rule quotes no passage');
  });
});

describe('diff: the effective date of a legal duty', () => {
  const versions = bundledLibrary().packs.get('eu-ai-act-art50') ?? [];
  const at = (v: string) => versions.find((p) => p.version === v);
  it('moving a law-based date later (3.0.0 → 2.0.0, 2026-08-02 → 2026-12-01) is MAJOR', () => {
    const [a, b] = [at('3.0.0'), at('2.0.0')];
    if (!a || !b) throw new Error('packs missing');
    const change = diffPacks(a, b).changes.find((c) => c.subject === 'pack' && c.id === 'effective');
    expect(change?.bump).toBe('major');
  });
  it('moving it earlier (2.0.0 → 3.0.0) is not', () => {
    const [a, b] = [at('2.0.0'), at('3.0.0')];
    if (!a || !b) throw new Error('packs missing');
    const change = diffPacks(a, b).changes.find((c) => c.subject === 'pack' && c.id === 'effective');
    expect(change?.bump).toBe('patch');
  });
});
