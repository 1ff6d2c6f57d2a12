// fast-check arbitraries for genai-usage.yml v1, derived from the published schema: every enum is read
// from src/schema/genai-usage.schema.json, so a value added there is generated here too. A generated
// declaration is always valid (tests assert it), which keeps the properties about the policy, not
// about the validator.
import fc from 'fast-check';
import schema from '../../src/schema/genai-usage.schema.json' with { type: 'json' };
import { readText } from '../helpers.js';

type Json = Record<string, unknown>;
const defs = schema.definitions as unknown as Record<string, Json>;
const useProps = (defs.use as { properties: Record<string, Json> }).properties;
const prop = (obj: Json, ...path: string[]): Json => path.reduce((o, k) => (o as { properties: Record<string, Json> }).properties[k] as Json, obj);
const enumOf = (s: Json): string[] => (s.enum ?? (s.items as Json | undefined)?.enum) as string[];

export const STAGES = enumOf(useProps.stage as Json);
export const INPUTS = enumOf(useProps.inputs as Json);
export const KINDS = enumOf(prop(useProps.output as Json, 'kinds'));
export const PROMINENCE = enumOf(prop(useProps.output as Json, 'prominence'));
export const REFERENCES = enumOf(prop(useProps.creative as Json, 'references'));
export const TRAINING = enumOf(useProps.training as Json);
export const REPLICA = enumOf(prop(useProps.talent as Json, 'replica'));
export const REPLICA_USE = enumOf(prop(useProps.talent as Json, 'replica_use'));
export const ALTERATION = enumOf(prop(useProps.talent as Json, 'alteration'));
export const UNION_WORK = enumOf(prop(useProps.talent as Json, 'union_work'));
export const TRI = (defs.triState as { enum: Array<boolean | string> }).enum as TriState[];

/** Rule ids of the committed pack: what approvals may list. */
export const RULE_IDS = [...readText('policy/netflix-genai/1.0.0.yml').matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1] as string);

export type TriState = boolean | 'unknown';

export interface Tool {
  name: string;
  vendor?: string;
  enterprise: TriState;
  trains_on_inputs: TriState;
}

export interface Approval {
  ref: string;
  rules: string[];
  approved_on: string;
  expires_on?: string;
  policy?: string;
}

export interface Use {
  id: string;
  summary: string;
  stage: string;
  disclosed: string | false;
  tools: Tool[];
  inputs: string[];
  training?: string;
  output: { kinds: string[]; final: TriState; prominence: string; source_type?: string };
  creative?: { key_element?: TriState; references?: string[] };
  talent?: { replica?: string; replica_use?: string; alteration?: string; consent?: string[]; model_reuse?: TriState; union_work?: string };
  audience?: { could_mislead?: TriState };
  approvals?: Approval[];
}

const DAY = 86_400_000;
const FROM = Date.UTC(2025, 0, 1);
/** A calendar day from 2025-01-01 to 2026-11-22 (the day before the evaluation day used everywhere). */
export const day = fc.integer({ min: 0, max: 690 }).map((n) => new Date(FROM + n * DAY).toISOString().slice(0, 10));
const later = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,24}$/);
/** Free text: letters, digits, punctuation that YAML and markdown care about, and some Unicode. */
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghij KLMNOP0123456789.,:;-#&*!|>{}[]%@`"\'?', 'é', 'ß', '中', '🎬', 'а', '\u200B'), minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const tri = fc.constantFrom(...TRI);
const subset = <T>(values: readonly T[], min = 0, max = values.length) => fc.subarray([...values], { minLength: min, maxLength: max });

/**
 * `safe` most of the time when `lowRisk`: uses drawn uniformly are nearly all already escalated (one
 * risky field of twenty is enough), which would hide any step that wrongly lowers an outcome.
 */
function mostly<T>(lowRisk: boolean, safe: T, arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return lowRisk ? fc.oneof({ weight: 6, arbitrary: fc.constant(safe) }, { weight: 1, arbitrary: arb }) : arb;
}

function toolOf(lowRisk: boolean): fc.Arbitrary<Tool> {
  return fc.record(
    { name: text(40), vendor: text(40), enterprise: mostly<TriState>(lowRisk, true, tri), trains_on_inputs: mostly<TriState>(lowRisk, false, tri) },
    { requiredKeys: ['name', 'enterprise', 'trains_on_inputs'] },
  );
}

export const tool: fc.Arbitrary<Tool> = toolOf(false);

export const approval: fc.Arbitrary<Approval> = fc
  .record({
    ref: fc.oneof(
      fc.integer({ min: 0, max: 999_999 }).map((n) => `GENAI-2026-${String(n).padStart(4, '0')}`),
      fc.constantFrom('approved by legal', 'GENAI-26-1', 'genai-2026-0001'),
    ),
    rules: subset(RULE_IDS, 1, 4),
    approved_on: day,
    expiresIn: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    policy: fc.option(fc.constant('netflix-genai@1.0.0'), { nil: undefined }),
  })
  .map(({ expiresIn, policy, ...a }) => ({ ...a, ...(expiresIn === undefined ? {} : { expires_on: later(a.approved_on, expiresIn) }), ...(policy ? { policy } : {}) }));

function useOf(lowRisk: boolean): fc.Arbitrary<Use> {
  const m = <T>(safe: T, arb: fc.Arbitrary<T>) => mostly(lowRisk, safe, arb);
  return fc.record(
    {
      id: slug,
      summary: text(80),
      stage: m('ideation', fc.constantFrom(...STAGES)),
      disclosed: fc.oneof(day, fc.constant(false as const)),
      tools: fc.array(toolOf(lowRisk), { minLength: 1, maxLength: 3 }),
      inputs: m<string[]>([], subset(INPUTS, 0, 4)),
      training: m('none', fc.constantFrom(...TRAINING)),
      output: fc.record(
        {
          kinds: subset(KINDS, 1, 3),
          final: m<TriState>(false, tri),
          prominence: m('none', fc.constantFrom(...PROMINENCE)),
          source_type: fc.constantFrom('trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia', 'digitalCapture'),
        },
        { requiredKeys: ['kinds', 'final', 'prominence'] },
      ),
      creative: fc.record({ key_element: m<TriState>(false, tri), references: m<string[]>([], subset(REFERENCES, 0, 2)) }, { requiredKeys: [] }),
      talent: fc.record(
        {
          replica: m('none', fc.constantFrom(...REPLICA)),
          replica_use: m('none', fc.constantFrom(...REPLICA_USE)),
          alteration: m('none', fc.constantFrom(...ALTERATION)),
          consent: fc.uniqueArray(fc.stringMatching(/^CONSENT-[0-9]{1,4}$/), { maxLength: 2 }),
          model_reuse: m<TriState>(false, tri),
          union_work: m('none', fc.constantFrom(...UNION_WORK)),
        },
        { requiredKeys: [] },
      ),
      audience: fc.record({ could_mislead: m<TriState>(false, tri) }, { requiredKeys: [] }),
      approvals: fc.array(approval, { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'summary', 'stage', 'disclosed', 'tools', 'inputs', 'output'] },
  );
}

/** Any valid use, every field drawn uniformly. */
export const use: fc.Arbitrary<Use> = useOf(false);
/** A valid use that is mostly safe, so a single step toward risk can show. */
export const lowRiskUse: fc.Arbitrary<Use> = useOf(true);
/** What the monotonicity properties draw from. */
export const anyUse: fc.Arbitrary<Use> = fc.oneof(use, lowRiskUse, lowRiskUse);

export interface Declaration {
  format: 'genai-usage/v1';
  policies: string[];
  production: { title: string; id?: string };
  uses: Use[];
}

export const declaration: fc.Arbitrary<Declaration> = fc.record({
  format: fc.constant('genai-usage/v1' as const),
  policies: fc.constantFrom(['netflix-genai@1'], ['netflix-genai@1.0.0']),
  production: fc.record({ title: text(60), id: fc.stringMatching(/^PRD-[0-9]{1,5}$/) }, { requiredKeys: ['title'] }),
  uses: fc.uniqueArray(use, { minLength: 1, maxLength: 5, selector: (u) => u.id }),
});
