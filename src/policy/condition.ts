import type { Ajv, ValidateFunction } from 'ajv';
import type { FireReason } from '../model/report.js';
import type { PathSegment } from '../parse/yaml-source.js';
import { resolveField, valuesAt } from './paths.js';
import type { FieldPath, JsonSchema } from './paths.js';
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
}

interface Entry {
  path: FieldPath;
  triState: boolean;
  check: ValidateFunction;
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

/** Compiles a rule's `when` once. Throws ConditionError on an unknown path or an impossible value. */
export function compileCondition(ajv: Ajv, condition: Condition, at: PathSegment[] = []): CompiledCondition {
  const entries: Entry[] = [];
  const groups: Array<{ kind: 'any' | 'all'; parts: CompiledCondition[] }> = [];
  for (const [key, fragment] of Object.entries(condition)) {
    if (key === 'any' || key === 'all') {
      const parts = (fragment as Condition[]).map((c, i) => compileCondition(ajv, c, [...at, key, i]));
      groups.push({ kind: key, parts });
      continue;
    }
    const field = resolveField(key);
    if ('error' in field) throw new ConditionError(field.error, [...at, key]);
    checkValuesPossible(ajv, key, fragment as JsonSchema, field.schema, [...at, key]);
    let check: ValidateFunction;
    try {
      check = ajv.compile(fragment as object);
    } catch (err) {
      throw new ConditionError(`\`${key}\`: invalid JSON Schema fragment: ${(err as Error).message}`, [...at, key]);
    }
    entries.push({ path: field.path, triState: field.triState, check });
  }

  const fields = [...new Set([...entries.map((e) => e.path.text), ...groups.flatMap((g) => g.parts.flatMap((p) => p.fields))])];

  return {
    fields,
    test(use) {
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
    },
  };
}

// A rule that compares a field with a value the field can never take never fires: refuse it at load.
function checkValuesPossible(ajv: Ajv, key: string, fragment: JsonSchema, field: JsonSchema, at: PathSegment[]): void {
  const fieldCheck = tryCompile(ajv, field);
  const itemCheck = field.type === 'array' && field.items ? tryCompile(ajv, field.items) : undefined;
  if (!fieldCheck) return;
  const isOk = (v: unknown) => fieldCheck(v) || (itemCheck?.(v) ?? false);
  for (const value of literalValues(fragment)) {
    if (!isOk(value)) {
      const allowed = (field.enum ?? field.items?.enum ?? []) as unknown[];
      throw new ConditionError(
        `\`${key}\`: ${JSON.stringify(value)} is not a value this field can take${allowed.length ? ` (${allowed.map((a) => JSON.stringify(a)).join(', ')})` : ''}`,
        at,
      );
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
function tryCompile(ajv: Ajv, schema: JsonSchema): ValidateFunction | undefined {
  if (JSON.stringify(schema).includes('"$ref"')) return undefined;
  return ajv.compile(schema as object);
}
