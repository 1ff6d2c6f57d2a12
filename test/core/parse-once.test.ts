// A run reads each declaration once: the shells load them (loadInput) and hand what was loaded to the
// asset index and to evaluate(). The reader is injected and counts its calls; it is the real reader.
import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/declaration/load.js';
import type { DeclarationReader } from '../../src/evaluate/inputs.js';
import { loadInput } from '../../src/evaluate/inputs.js';
import { assetIndex } from '../../src/evaluate/provenance.js';
import { evaluate } from '../../src/evaluate/report.js';
import { bundledLibrary } from '../helpers.js';
import { CLEAN_V2, SCAN_DAY, v2, xmpFile } from '../support/provenance.js';

const withAsset = { ...CLEAN_V2, assets: [{ path: 'art/board.jpg' }] };
const dropped = { ...CLEAN_V2, id: 'dropped' };
const CURRENT = v2([withAsset]);
// The base has a use the change removes, so the core judges the base too (what stops being declared).
const BASE = v2([withAsset, dropped]);
const DELETED = v2([{ ...CLEAN_V2, id: 'gone' }]);

function counting(): { read: DeclarationReader; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read: (path, content) => {
      reads.push(`${path}:${content === BASE ? 'base' : 'head'}`);
      return loadDeclaration(path, content);
    },
  };
}

describe('a declaration is parsed once per run', () => {
  it('the shells load each text once; the asset index and evaluate() (changes, removals) read none again', () => {
    const { read, reads } = counting();
    const files = [loadInput({ path: 'genai-usage.yml', text: CURRENT, baseText: BASE }, read)];
    const removed = [loadInput({ path: 'old/genai-usage.yml', text: DELETED }, read)];
    const index = assetIndex([...files, ...removed]);
    const report = evaluate({ files, removed, read, library: bundledLibrary(), today: SCAN_DAY, provenance: { media: [xmpFile('art/board.jpg')], scope: 'all' } });

    expect(reads.sort()).toEqual(['genai-usage.yml:base', 'genai-usage.yml:head', 'old/genai-usage.yml:head']);
    // Every stage that judges the declarations had them: the index, the changes, the removals.
    expect(index.declared('art/board.jpg')).toBe(true);
    expect(report.files[0]?.removedUses).toEqual(['dropped']);
    expect(report.removed?.map((r) => r.use).sort()).toEqual(['dropped', 'gone']);
  });

  it('text handed to evaluate() alone is read there, once per text: the counter sees the core’s reads', () => {
    const { read, reads } = counting();
    const report = evaluate({ files: [{ path: 'genai-usage.yml', text: CURRENT, baseText: BASE }], read, library: bundledLibrary(), today: SCAN_DAY });
    expect(reads.sort()).toEqual(['genai-usage.yml:base', 'genai-usage.yml:head']);
    expect(report.files[0]?.removedUses).toEqual(['dropped']);
  });
});
