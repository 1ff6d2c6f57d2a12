import type { Ajv } from 'ajv';
import type { FireReason } from '../model/report.js';
import type { PathSegment } from '../parse/yaml-source.js';
import { canonicalJson } from '../validate/canonical-json.js';
import type { Check } from '../validate/subset.js';
import { compileSubset } from '../validate/subset.js';
import type { DeclarationFormat, FieldPath, JsonSchema } from './paths.js';
import { resolveField, valuesAt } from './paths.js';
import type { Condition } from './types.js';

export interface Fired {
  segments: PathSegment[];
  /** The path as written in the rule, e.g. `tools[*].enterprise`. */
  field: string;
  value: unknown;
  reason: FireReason;
}

export interface CompiledCondition {
  /** Every field path the condition reads (for coverage, `explain` and diff). */
  fields: string[];
  test(use: unknown): Fired[] | undefined;
  /** Whether the condition holds with every `unknown` read as "no": a finding that needs an unknown to fire is uncertain. */
  holdsWithoutUnknowns(use: unknown): boolean;
}

interface Entry {
  path: FieldPath;
  triState: boolean;
  check: Check;
  /** Whether any value at `path` in a use hits (unknown for a tri-state field, or passes `check`). */
  hits: Check;
  /** The same, with `unknown` not counting as a hit. */
  certainHits: Check;
}

/** An Ajv instance, or a function that makes one when a fragment needs it (most never do). */
export type AjvSource = Ajv | (() => Ajv);

// Fragments outside the interpreter's subset are compiled with ajv, once per distinct fragment: the
// same fragment in several rules or pack versions (--policy-dir) is compiled a single time.
const ajvCompiled = new WeakMap<Ajv, Map<string, Check>>();

/** A validator for a JSON Schema fragment: the subset interpreter, else ajv (cached). Throws what ajv throws. */
function compileFragment(ajv: AjvSource, schema: unknown): Check {
  const quick = compileSubset(schema);
  if (quick) return quick;
  const instance = typeof ajv === 'function' ? ajv() : ajv;
  let cache = ajvCompiled.get(instance);
  if (!cache) ajvCompiled.set(instance, (cache = new Map()));
  const key = canonicalJson(schema);
  let check = cache.get(key);
  if (!check) {
    const validate = instance.compile(schema as object);
    check = (v) => validate(v) === true;
    cache.set(key, check);
  }
  return check;
}

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/**
 * "Does any value at the entry's path make it hit?" as one closure per path step: valuesAt's walk
 * (own properties, `undefined` skipped, `[*]` over arrays only), without allocating anything.
 */
function hitTest(steps: FieldPath['steps'], i: number, leaf: Check): Check {
  if (i === steps.length) return leaf;
  const { key, each } = steps[i] as { key: string; each: boolean };
  const next = hitTest(steps, i + 1, leaf);
  if (!each) {
    return (v) => {
      if (v === null || typeof v !== 'object' || !hasOwn(v, key)) return false;
      const child = (v as Record<string, unknown>)[key];
      return child !== undefined && next(child);
    };
  }
  return (v) => {
    if (v === null || typeof v !== 'object' || !hasOwn(v, key)) return false;
    const child = (v as Record<string, unknown>)[key];
    if (!Array.isArray(child)) return false;
    for (let j = 0; j < child.length; j++) if (j in child && next(child[j])) return true;
    return false;
  };
}

export class ConditionError extends Error {
  constructor(
    message: string,
    /** Path inside the condition (e.g. ['any', 1, 'output.final']), for positioning the error. */
    readonly at: PathSegment[],
  ) {
    super(message);
  }
}

interface Compiled extends CompiledCondition {
  /** `test(use) !== undefined`, without building the findings: most rules hold for few uses. */
  holds(use: unknown): boolean;
}

// Called for every rule and use (450,000 times for 10,000 uses and two packs): plain loops, nothing
// allocated per call.
function holdsBy(entries: readonly Entry[], groups: ReadonlyArray<{ kind: 'any' | 'all'; parts: readonly Compiled[] }>, certain: boolean) {
  const tests = entries.map((e) => (certain ? e.certainHits : e.hits));
  return (use: unknown): boolean => {
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as Check)(use)) return false;
    for (let g = 0; g < groups.length; g++) {
      const { kind, parts } = groups[g] as (typeof groups)[number];
      const all = kind === 'all';
      let held = all;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as Compiled;
        if ((certain ? part.holdsWithoutUnknowns(use) : part.holds(use)) !== all) {
          held = !all;
          break;
        }
      }
      if (!held) return false;
    }
    return true;
  };
}

/**
 * Compiles a rule's `when` once, its paths read in the pack's declaration format (without one: v2,
 * else v1). Throws ConditionError on an unknown path or an impossible value.
 */
export function compileCondition(ajv: AjvSource, condition: Condition, at: PathSegment[] = [], format?: DeclarationFormat): CompiledCondition {
  return compile(ajv, condition, at, format);
}

function compile(ajv: AjvSource, condition: Condition, at: PathSegment[], format: DeclarationFormat | undefined): Compiled {
  const entries: Entry[] = [];
  const groups: Array<{ kind: 'any' | 'all'; parts: Compiled[] }> = [];
  for (const [key, fragment] of Object.entries(condition)) {
    if (key === 'any' || key === 'all') {
      const parts = (fragment as Condition[]).map((c, i) => compile(ajv, c, [...at, key, i], format));
      groups.push({ kind: key, parts });
      continue;
    }
    const field = resolveField(key, format);
    if ('error' in field) throw new ConditionError(field.error, [...at, key]);
    checkValuesPossible(ajv, key, fragment as JsonSchema, field.schema, [...at, key]);
    let check: Check;
    try {
      check = compileFragment(ajv, fragment);
    } catch (err) {
      throw new ConditionError(`\`${key}\`: invalid JSON Schema fragment: ${(err as Error).message}`, [...at, key]);
    }
    const leaf: Check = field.triState ? (v) => v === 'unknown' || check(v) : check;
    entries.push({ path: field.path, triState: field.triState, check, hits: hitTest(field.path.steps, 0, leaf), certainHits: hitTest(field.path.steps, 0, check) });
  }

  const fields = [...new Set([...entries.map((e) => e.path.text), ...groups.flatMap((g) => g.parts.flatMap((p) => p.fields))])];

  const holds = holdsBy(entries, groups, false);
  const holdsWithoutUnknowns = holdsBy(entries, groups, true);
  // The findings, built only when the condition holds, in the order the conditions are written.
  const fire = (use: unknown): Fired[] | undefined => {
    const fired: Fired[] = [];
    for (const entry of entries) {
      const hits: Fired[] = [];
      for (const found of valuesAt(use, entry.path)) {
        if (entry.triState && found.value === 'unknown') hits.push({ segments: found.segments, field: entry.path.text, value: found.value, reason: 'unknown' });
        else if (entry.check(found.value)) hits.push({ segments: found.segments, field: entry.path.text, value: found.value, reason: 'match' });
      }
      if (hits.length === 0) return undefined;
      fired.push(...hits);
    }
    for (const group of groups) {
      const results = group.parts.map((p) => p.test(use));
      if (group.kind === 'all') {
        if (results.some((r) => r === undefined)) return undefined;
        for (const r of results) fired.push(...(r ?? []));
      } else {
        const held = results.filter((r): r is Fired[] => r !== undefined);
        if (held.length === 0) return undefined;
        for (const r of held) fired.push(...r);
      }
    }
    return fired;
  };
  return { fields, holds, holdsWithoutUnknowns, test: (use) => (holds(use) ? fire(use) : undefined) };
}

// A rule that compares a field with a value the field can never take never fires: refuse it at load.
function checkValuesPossible(ajv: AjvSource, key: string, fragment: JsonSchema, field: JsonSchema, at: PathSegment[]): void {
  const fieldCheck = tryCompile(ajv, field);
  const itemCheck = field.type === 'array' && field.items ? tryCompile(ajv, field.items) : undefined;
  if (!fieldCheck) return;
  const isOk = (v: unknown) => fieldCheck(v) || (itemCheck?.(v) ?? false);
  for (const value of literalValues(fragment)) {
    if (!isOk(value)) {
      const allowed = (field.enum ?? field.items?.enum ?? []) as unknown[];
      throw new ConditionError(`\`${key}\`: ${JSON.stringify(value)} is not a value this field can take${allowed.length ? ` (${allowed.map((a) => JSON.stringify(a)).join(', ')})` : ''}`, at);
    }
  }
}

function literalValues(fragment: unknown): unknown[] {
  if (fragment === null || typeof fragment !== 'object') return [];
  const out: unknown[] = [];
  for (const [k, v] of Object.entries(fragment)) {
    if (k === 'const') out.push(v);
    else if (k === 'enum' && Array.isArray(v)) out.push(...v);
    else if (typeof v === 'object') out.push(...literalValues(v));
  }
  return out;
}

// Fields whose schema refers to other definitions (whole objects) cannot be compiled alone; they are
// compared structurally by the rule's own fragment, so the literal check is skipped for them.
const fieldChecks = new WeakMap<object, Check | null>();
function tryCompile(ajv: AjvSource, schema: JsonSchema): Check | undefined {
  // Field schemas are parts of the declaration schema: the same objects for every rule, checked once.
  const known = fieldChecks.get(schema);
  if (known !== undefined) return known ?? undefined;
  const check = JSON.stringify(schema).includes('"$ref"') ? undefined : compileFragment(ajv, schema);
  fieldChecks.set(schema, check ?? null);
  return check;
}
