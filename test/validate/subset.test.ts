// The condition interpreter (src/validate/subset.ts) must decide exactly as ajv does, under the
// project's ajv options, for every fragment it accepts; and a compiled rule condition must fire
// exactly as the ajv-based walk it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../src/declaration/defaults.js';
import type { Fired } from '../../src/policy/condition.js';
import { resolveField, valuesAt } from '../../src/policy/paths.js';
import type { Condition } from '../../src/policy/types.js';
import { createAjv } from '../../src/validate/ajv.js';
import { compileSubset } from '../../src/validate/subset.js';
import { bundledLibrary } from '../helpers.js';

const ajv = createAjv({ allErrors: false });

const json: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, 1, -1, 2.5, 'a', 'b', 'unknown', '', 'é😀', 'script', 'owned-cleared'),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'toString'), tie('v'), { maxKeys: 3 }),
  ),
})).v;

const schema: fc.Arbitrary<unknown> = fc.letrec<{ s: unknown }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.boolean(),
    fc.record(
      {
        type: fc.oneof(fc.constantFrom('null', 'boolean', 'object', 'array', 'number', 'integer', 'string'), fc.constant(['string', 'null']), fc.constant(['array', 'object'])),
        const: json,
        enum: fc.array(json, { minLength: 1, maxLength: 3 }),
        not: tie('s'),
        contains: tie('s'),
        items: tie('s'),
        minItems: fc.nat(3),
        maxItems: fc.nat(3),
        uniqueItems: fc.boolean(),
        minLength: fc.nat(3),
        maxLength: fc.nat(3),
        pattern: fc.constantFrom('^a', 'b$', '[😀]', '^(script|owned-cleared)$'),
        anyOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        allOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        oneOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        properties: fc.dictionary(fc.constantFrom('a', 'b', 'toString'), tie('s'), { maxKeys: 2 }),
        required: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
        additionalProperties: tie('s'),
        description: fc.constant('annotation'),
      },
      { requiredKeys: [] },
    ),
  ),
})).s;

describe('JSON Schema subset interpreter', () => {
  it('agrees with ajv on every fragment it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(schema, fc.array(json, { minLength: 1, maxLength: 8 }), (s, values) => {
        const mine = compileSubset(s);
        if (!mine) return;
        accepted++;
        // Whatever the interpreter accepts, ajv compiles too (otherwise it must have refused it).
        const theirs = ajv.compile(s as object);
        for (const v of values) expect(mine(v), `${JSON.stringify(s)} on ${JSON.stringify(v)}`).toBe(theirs(v) === true);
      }),
      { numRuns: Number(process.env.SUBSET_RUNS ?? 1500), seed: Number(process.env.SUBSET_SEED ?? 20261123) },
    );
    expect(accepted).toBeGreaterThan(500);
  });

  it('refuses what it does not know, so ajv (and its errors) decide', () => {
    for (const s of [
      { $ref: '#/x' },
      { if: { const: 1 }, then: { const: 2 } },
      { minContains: 1 },
      { items: [{ const: 1 }] },
      { format: 'date' },
      { type: 'nope' },
      { enum: [] },
      { minItems: -1 },
      { pattern: '(' },
      { const: Number.NaN },
    ]) {
      expect(compileSubset(s), JSON.stringify(s)).toBeUndefined();
    }
  });
});

// The condition walk as it was before the interpreter: ajv-compiled fragments over valuesAt.
function reference(condition: Condition, use: unknown): Fired[] | undefined {
  const fired: Fired[] = [];
  for (const [key, fragment] of Object.entries(condition)) {
    if (key === 'any' || key === 'all') continue;
    const field = resolveField(key);
    if ('error' in field) throw new Error(field.error);
    const check = ajv.compile(fragment as object);
    const hits: Fired[] = [];
    for (const found of valuesAt(use, field.path)) {
      if (field.triState && found.value === 'unknown') hits.push({ segments: found.segments, field: key, value: found.value, reason: 'unknown' });
      else if (check(found.value)) hits.push({ segments: found.segments, field: key, value: found.value, reason: 'match' });
    }
    if (hits.length === 0) return undefined;
    fired.push(...hits);
  }
  for (const kind of ['any', 'all'] as const) {
    const parts = condition[kind];
    if (!parts) continue;
    const results = parts.map((c) => reference(c, use));
    if (kind === 'all') {
      if (results.some((r) => r === undefined)) return undefined;
      for (const r of results) fired.push(...(r ?? []));
    } else {
      const held = results.filter((r): r is Fired[] => r !== undefined);
      if (held.length === 0) return undefined;
      for (const r of held) fired.push(...r);
    }
  }
  return fired;
}

const tri = fc.constantFrom(true, false, 'unknown');
const use = fc.record(
  {
    id: fc.constant('u'),
    summary: fc.constant('s'),
    stage: fc.constantFrom('ideation', 'pre-production', 'production', 'post-production', 'marketing', 'localization'),
    disclosed: fc.constantFrom('2026-01-10', false),
    tools: fc.array(
      fc.record({ name: fc.constant('t'), vendor: fc.constantFrom('V', undefined), enterprise: tri, trains_on_inputs: tri }, { requiredKeys: ['name', 'enterprise', 'trains_on_inputs'] }),
      { minLength: 1, maxLength: 3 },
    ),
    inputs: fc.uniqueArray(
      fc.constantFrom(
        'owned-cleared',
        'public-domain',
        'licensed-stock',
        'unreleased-assets',
        'unreleased-footage',
        'script',
        'production-images',
        'talent-likeness',
        'contracts',
        'personal-data',
        'third-party-ip',
        'unknown',
      ),
      { maxLength: 3 },
    ),
    training: fc.constantFrom('none', 'fine-tune', 'train'),
    output: fc.record({
      kinds: fc.uniqueArray(fc.constantFrom('image', 'video', 'audio', 'voice', 'text', 'music', '3d'), { minLength: 1, maxLength: 2 }),
      final: tri,
      prominence: fc.constantFrom('none', 'incidental', 'background', 'featured', 'story-critical'),
    }),
    creative: fc.record(
      { key_element: tri, references: fc.uniqueArray(fc.constantFrom('copyrighted-work', 'public-figure', 'deceased-person', 'artist-style', 'performer-feature'), { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
    talent: fc.record(
      {
        replica: fc.constantFrom('none', 'create', 'use'),
        replica_use: fc.constantFrom('none', 'as-performed', 'unsafe-action', 'unrecognisable', 'new-performance'),
        alteration: fc.constantFrom('none', 'customary', 'significant'),
        consent: fc.constantFrom([], ['C-1']),
        model_reuse: tri,
        union_work: fc.constantFrom('none', 'assists', 'replaces'),
      },
      { requiredKeys: [] },
    ),
    audience: fc.record({ could_mislead: tri }, { requiredKeys: [] }),
  },
  { requiredKeys: ['id', 'summary', 'stage', 'disclosed', 'tools', 'inputs', 'output'] },
);

describe('compiled rule conditions', () => {
  it('fire exactly as ajv judges the same `when`, for every rule of the bundled packs', () => {
    const rules = [...bundledLibrary().packs.values()].flat().flatMap((p) => p.rules);
    expect(rules.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(use, (raw) => {
        const clean = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
        const defaulted = withDefaults({ format: 'genai-usage/v1', policies: [], production: { title: 't' }, uses: [clean] } as never).uses[0];
        for (const u of [clean, defaulted]) {
          for (const rule of rules) expect(rule.condition.test(u), rule.id).toEqual(reference(rule.when, u));
        }
      }),
      { numRuns: Number(process.env.SUBSET_RUNS ?? 400), seed: 7 },
    );
  });
});
