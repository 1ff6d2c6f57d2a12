import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/declaration/load.js';
import { evaluateYaml } from '../helpers.js';

const header = 'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction:\n  title: T\nuses:\n';
const use = (body: string) => `${header}  - id: a\n    summary: s\n    stage: ideation\n    disclosed: 2026-01-01\n${body}`;
const TOOLS = '    tools:\n      - name: X\n        enterprise: true\n        trains_on_inputs: false\n';
const REST = '    inputs: []\n    output: {kinds: [image], final: false, prominence: none}\n';

const errorsOf = (text: string) => loadDeclaration('genai-usage.yml', text).errors.map((e) => ({ line: e.line, column: e.column, code: e.code, message: e.message }));

describe('declaration errors carry file positions', () => {
  it('a typo key, a wrong type and a duplicate key: each named with line and column, file invalid', () => {
    const text = `${header}  - id: a\n    summary: s\n    stage: ideation\n    stage: production\n    disclosed: 2026-01-01\n${TOOLS}${REST}`;
    expect(errorsOf(text)).toEqual([{ line: 9, column: 5, code: 'duplicate-key', message: 'duplicate key `stage`: each key may appear once in a mapping' }]);

    const typo = use(`${TOOLS}    inputs: []\n    output: {kinds: [image], finall: false, final: false, prominence: none}\n`);
    expect(errorsOf(typo)).toEqual([{ line: 15, column: 30, code: 'unknown-key', message: 'unknown key `finall` in uses[0].output; did you mean `final`?' }]);

    const wrongType = use(`    tools:\n      - name: 42\n        enterprise: true\n        trains_on_inputs: false\n${REST}`);
    expect(errorsOf(wrongType)).toEqual([{ line: 11, column: 15, code: 'wrong-type', message: 'uses[0].tools[0].name: must be a string; got 42' }]);

    const report = evaluateYaml(typo);
    expect(report.files[0]?.status).toBe('invalid');
    expect(report.decision).toBe('fail');
  });

  it('unknown values get a "did you mean"', () => {
    const text = use(`${TOOLS}    inputs: [unreleased_footage]\n    output: {kinds: [image], final: false, prominence: none}\n`);
    expect(errorsOf(text)[0]?.message).toBe(
      'uses[0].inputs[0]: must be one of owned-cleared, public-domain, licensed-stock, unreleased-assets, unreleased-footage, script, production-images, talent-likeness, contracts, personal-data, third-party-ip, unknown; got "unreleased_footage"; did you mean `unreleased-footage`?',
    );
  });

  it('a missing required field is an error, never a silent default', () => {
    const text = `${header}  - id: a\n    summary: s\n    stage: ideation\n${TOOLS}${REST}`;
    expect(errorsOf(text)).toEqual([{ line: 6, column: 5, code: 'missing-field', message: 'uses[0]: missing required field `disclosed`' }]);
  });

  it('tri-state fields accept true, false and unknown only', () => {
    const text = use(`    tools:\n      - name: X\n        enterprise: yes\n        trains_on_inputs: false\n${REST}`);
    expect(errorsOf(text)).toEqual([{ line: 12, column: 21, code: 'invalid-value', message: 'uses[0].tools[0].enterprise: must be one of true, false, unknown; got "yes"; did you mean `true`?' }]);
  });

  it('duplicate use ids, impossible dates and inverted approval dates', () => {
    const approvals = '    approvals:\n      - ref: GENAI-2026-0001\n        rules: [final-deliverable]\n        approved_on: 2026-05-01\n        expires_on: 2026-04-01\n';
    const text = `${use(TOOLS + REST + approvals)}  - id: a\n    summary: s\n    stage: ideation\n    disclosed: 2026-02-30\n${TOOLS}${REST}`;
    expect(errorsOf(text).map((e) => [e.line, e.code])).toEqual([
      [20, 'invalid-date'],
      [21, 'duplicate-id'],
      [24, 'invalid-date'],
    ]);
  });

  it('several documents, custom tags and empty files are clear errors', () => {
    expect(errorsOf(`${use(TOOLS + REST)}---\nother: 1\n`).map((e) => e.code)).toEqual(['multiple-documents']);
    expect(errorsOf('a: !!js/function "function () {}"\n')).toEqual([{ line: 1, column: 4, code: 'custom-tag', message: 'tag !!js/function is not allowed: declarations are plain data' }]);
    expect(errorsOf('')[0]?.code).toBe('empty');
    expect(errorsOf('# only a comment\n')[0]?.code).toBe('empty');
    expect(errorsOf('- a\n- b\n')[0]?.code).toBe('not-a-mapping');
  });

  it('an alias bomb is refused, not expanded', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    expect(errorsOf(text)[0]?.code).toBe('too-many-nodes');
  });

  it('__proto__ keys are data and are rejected as unknown keys, never pollute prototypes', () => {
    const text = use(`${TOOLS}${REST}    __proto__: {polluted: true}\n`);
    expect(errorsOf(text).map((e) => e.message)).toEqual(['unknown key `__proto__` in uses[0]']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('invalid UTF-8 and control characters are positioned errors', () => {
    const bytes = Buffer.concat([Buffer.from('format: genai-usage/v1\ntitle: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    const r = loadDeclaration('g.yml', bytes);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'invalid-utf8', line: 2, column: 8 })]);
    expect(errorsOf('a: 1\nb: "x\u0000y"\n')).toEqual([expect.objectContaining({ code: 'control-character', line: 2, column: 6 })]);
  });

  it('a BOM and CRLF line endings are accepted', () => {
    const text = `\ufeff${use(TOOLS + REST)}`.replace(/\n/g, '\r\n');
    expect(errorsOf(text)).toEqual([]);
  });
});
