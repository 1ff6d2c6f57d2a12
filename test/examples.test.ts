import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExamples, runExample } from '../src/authoring/examples.js';
import { loadDeclaration } from '../src/declaration/load.js';
import { bundledLibrary, ROOT } from './helpers.js';

const examples = findExamples(join(ROOT, 'examples'));

describe('bundled examples evaluate to their stored expected outcomes', () => {
  it('there are examples for every matrix row, a realistic series, and each talent and factual case of netflix-genai 2.0.0', () => {
    const names = examples.map((p) => p.split('/').at(-2));
    for (const row of ['m1-ideation', 'm2-background-elements', 'm3-key-visuals', 'm4-talent-replication', 'm5-unowned-training', 'm6-proprietary-material', 'series']) {
      expect(names).toContain(row);
    }
    for (const name of ['replica-reshoot', 'estate-consent', 'model-reuse', 'dubbing-voice-clone', 'documentary-reconstruction']) expect(names).toContain(name);
  });

  it('every example is written in genai-usage/v2', () => {
    for (const path of examples) expect(loadDeclaration(path, readFileSync(path)).format, path).toBe('genai-usage/v2');
  });

  for (const path of examples) {
    it(path.slice(ROOT.length + 1), async () => {
      const result = await runExample(path, bundledLibrary(), ROOT);
      expect(result.mismatches).toEqual([]);
    });
  }

  it('the series has at least 15 uses across every stage, vendors and approvals', async () => {
    const result = await runExample(join(ROOT, 'examples/series/genai-usage.yml'), bundledLibrary(), ROOT);
    const uses = result.report?.files[0]?.uses ?? [];
    expect(uses.length).toBeGreaterThanOrEqual(15);
    expect(new Set(uses.map((u) => u.stage))).toEqual(new Set(['ideation', 'pre-production', 'production', 'post-production', 'marketing', 'localization']));
    expect(uses.some((u) => u.approvals.length > 0)).toBe(true);
    expect(result.report?.approvalMode).toBe('ledger');
  });
});
