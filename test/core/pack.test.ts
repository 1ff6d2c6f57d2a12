import { describe, expect, it } from 'vitest';
import { loadPack, loadPackLibrary, resolvePack } from '../../src/policy/library.js';
import { readText } from '../helpers.js';

const PATH = 'policy/netflix-genai/1.0.0.yml';
const real = readText(PATH);
const errorsOf = (text: string, path = PATH) => {
  const r = loadPack({ path, text });
  return 'errors' in r ? r.errors.map((e) => ({ line: e.line, code: e.code, message: e.message })) : [];
};
const lineOf = (needle: string) => real.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('policy packs fail loudly when wrong', () => {
  it('the bundled pack loads cleanly', () => {
    expect(errorsOf(real)).toEqual([]);
  });

  it('a typo in a condition path is an error at load, with its line, not a rule that never fires', () => {
    const text = real.replace('creative.key_element: { const: true }', 'creative.key_elment: { const: true }');
    expect(errorsOf(text)).toEqual([
      {
        line: lineOf('creative.key_element: { const: true }'),
        code: 'bad-condition',
        message: 'rule key-creative-element: `creative.key_elment`: creative has no field `key_elment` in genai-usage/v1 (fields: key_element, references)',
      },
    ]);
  });

  it('a value the field can never take is an error', () => {
    const text = real.replace('talent.union_work: { enum: [assists, replaces] }', 'talent.union_work: { enum: [assist, replaces] }');
    expect(errorsOf(text)[0]?.message).toBe('rule union-work-impact: `talent.union_work`: "assist" is not a value this field can take ("none", "assists", "replaces")');
  });

  it('a message quoting a field the rule does not read is an error', () => {
    const text = real.replace('(key_element: {creative.key_element})', '(key_element: {creative.references})');
    expect(errorsOf(text)[0]?.code).toBe('bad-placeholder');
  });

  it('the meta-schema refuses unknown keys and bad levels', () => {
    expect(errorsOf(real.replace('level: block\n    category: ethics', 'level: deny\n    category: ethics'))[0]?.message).toMatch(
      /^rules\[\d+\]\.level: must be one of inform, escalate, block; got "deny"/,
    );
    expect(errorsOf(real.replace('unknown_level: escalate', 'unknown_level: escalate\nscript: rm -rf /'))[0]?.message).toBe('unknown key `script` in (top level)');
  });

  it('a rule citing an undefined principle, and a pack in the wrong file, are errors', () => {
    expect(errorsOf(real.replace('principle: ER\n', 'principle: P9\n'))[0]?.code).toBe('unknown-principle');
    expect(errorsOf(real, 'policy/netflix-genai/1.0.1.yml')[0]?.code).toBe('pack-version-mismatch');
    expect(errorsOf(real, 'policy/other/1.0.0.yml')[0]?.code).toBe('pack-name-mismatch');
  });

  it('pack@major resolves to the newest matching version; exact pins resolve exactly', () => {
    const v = (version: string) => ({ path: `policy/netflix-genai/${version}.yml`, text: real.replace('version: 1.0.0', `version: ${version}`) });
    const lib = loadPackLibrary([v('1.0.0'), v('1.2.0'), v('1.10.1'), v('2.0.0')]);
    expect(lib.errors).toEqual([]);
    const version = (ref: string) => {
      const r = resolvePack(lib, ref);
      return 'pack' in r ? r.pack.version : r.error;
    };
    expect(version('netflix-genai@1')).toBe('1.10.1');
    expect(version('netflix-genai@2')).toBe('2.0.0');
    expect(version('netflix-genai@1.2.0')).toBe('1.2.0');
    expect(version('netflix-genai@3')).toBe('no version of `netflix-genai` matches @3 (available: 2.0.0, 1.10.1, 1.2.0, 1.0.0)');
    expect(version('nope@1')).toBe('unknown policy pack `nope` (available: netflix-genai)');
  });
});

describe('effective dates', () => {
  it('pack@major resolves to the newest version already in effect; an exact pin not yet in effect is reported as such', () => {
    const v = (version: string, effective: string) => ({
      path: `policy/netflix-genai/${version}.yml`,
      text: real.replace('version: 1.0.0', `version: ${version}`).replace('effective: 2026-01-01', `effective: ${effective}`),
    });
    const lib = loadPackLibrary([v('1.0.0', '2026-01-01'), v('1.1.0', '2027-01-01')]);
    const version = (ref: string, today?: string) => {
      const r = resolvePack(lib, ref, today);
      return 'pack' in r ? r.pack.version : r.error;
    };
    expect(version('netflix-genai@1', '2026-11-23')).toBe('1.0.0');
    expect(version('netflix-genai@1', '2027-01-01')).toBe('1.1.0');
    expect(version('netflix-genai@1.1.0', '2027-01-01')).toBe('1.1.0');
    const pinnedEarly = resolvePack(lib, 'netflix-genai@1.1.0', '2026-11-23');
    expect(pinnedEarly).toEqual({ error: 'netflix-genai@1.1.0 is not in effect until 2027-01-01', notYetInEffect: true });
    const early = loadPackLibrary([v('1.1.0', '2027-01-01')]);
    const r = resolvePack(early, 'netflix-genai@1', '2026-11-23');
    expect('error' in r && r.error).toBe('no version of `netflix-genai` matches @1 in effect on 2026-11-23 (not yet in effect: 1.1.0 from 2027-01-01) (available: 1.1.0)');
  });
});
