// Prototype pollution can only be seen from inside the process that parsed the file, so this part of
// the corpus runs in-process: every payload goes through the declaration loader, the evaluator, the
// ledger loader and the pack loader, and Object.prototype must come out untouched.
import { afterAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/load.js';
import { parseYamlSource } from '../../src/parse/yaml-source.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { evaluateYaml, readText } from '../helpers.js';
import { edit, VALID } from './corpus.js';

const before = Object.getOwnPropertyNames(Object.prototype).sort();

function assertClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'final', 'enterprise', 'could_mislead', 'x']) expect(probe[key], key).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

const PAYLOADS: Array<[string, string]> = [
  ['top level, block', `__proto__:\n  polluted: true\n${VALID}`],
  ['top level, flow', `__proto__: {polluted: true, final: true}\n${VALID}`],
  ['top level, quoted key', `"__proto__": {polluted: true}\n${VALID}`],
  ['in a use', edit('    stage: ideation\n', '    stage: ideation\n    __proto__: {polluted: true}\n')],
  ['in output, to shadow final', edit('      final: false\n', '      final: false\n      __proto__: {final: true}\n')],
  ['in a tool, to shadow enterprise', edit('        enterprise: true\n', '        enterprise: true\n        __proto__: {enterprise: false, polluted: true}\n')],
  ['through an alias (full parser)', `x: &p {polluted: true}\n__proto__: *p\n${VALID}`],
  ['constructor.prototype', `constructor:\n  prototype:\n    polluted: true\n${VALID}`],
  ['__proto__ as a list', `__proto__: [polluted]\n${VALID}`],
];

describe('no key of a declaration reaches Object.prototype', () => {
  afterAll(assertClean);

  for (const [name, text] of PAYLOADS) {
    it(`${name}: the key is data, the file is invalid, nothing is polluted`, () => {
      const parsed = parseYamlSource(text);
      expect(parsed.errors).toEqual([]);
      // The key became an own data property, never the object's prototype.
      const root = parsed.value as Record<string, unknown>;
      expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
      const report = evaluateYaml(text);
      expect(report.decision).toBe('fail');
      expect(report.files[0]?.status).toBe('invalid');
      const errors = report.files[0]?.errors ?? [];
      expect(errors.filter((e) => /^unknown key `(__proto__|constructor)`/.test(e.message)).map((e) => e.code)).toEqual(['unknown-key']);
      assertClean();
    });
  }

  it('a __proto__ entry in the ledger is refused and pollutes nothing', () => {
    const ledger = 'format: genai-approvals/v1\n__proto__: {polluted: true}\napprovals: []\n';
    const loaded = loadLedger('approvals.yml', ledger);
    expect('errors' in loaded && loaded.errors[0]?.message).toMatch(/unknown key `__proto__`/);
    assertClean();
  });

  it('a __proto__ key in a policy pack is refused and pollutes nothing', () => {
    const pack = readText('policy/netflix-genai/1.0.0.yml').replace('pack: netflix-genai\n', 'pack: netflix-genai\n__proto__: {polluted: true}\n');
    const library = loadPackLibrary([{ path: 'policy/netflix-genai/1.0.0.yml', text: pack }]);
    expect(library.errors.length).toBeGreaterThan(0);
    expect(library.packs.size).toBe(0);
    assertClean();
  });
});
