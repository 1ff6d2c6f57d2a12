import type { PathSegment } from '../parse/yaml-source.js';
import declarationSchemaV1 from '../schema/genai-usage.schema.json' with { type: 'json' };
import declarationSchemaV2 from '../schema/genai-usage.v2.schema.json' with { type: 'json' };

// Field paths in rules are relative to one use: `output.final`, `inputs`, `tools[*].enterprise`.
// `[*]` means "any element": the condition holds if it holds for at least one element. A pack for v2
// may also read `derived.*`, what the core computes for each use (src/declaration/derived.ts).

export interface FieldPath {
  text: string;
  steps: Array<{ key: string; each: boolean }>;
}

export interface ResolvedField {
  path: FieldPath;
  /** The field's schema, with `$ref`s followed. */
  schema: JsonSchema;
  /** The field can be `unknown` (a tri-state, or a choice with an `unknown` value): `unknown` fires the rule. */
  triState: boolean;
}

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  [k: string]: unknown;
};

export type DeclarationFormat = 'genai-usage/v1' | 'genai-usage/v2';

const TRI_STATE_REF = '#/definitions/triState';
type Root = JsonSchema & { definitions: Record<string, JsonSchema> };
const v2 = declarationSchemaV2 as unknown as Root;
const ROOTS: Record<DeclarationFormat, { root: Root; use: JsonSchema }> = {
  'genai-usage/v1': { root: declarationSchemaV1 as unknown as Root, use: (declarationSchemaV1 as unknown as Root).definitions.use as JsonSchema },
  // What v2 rules read: a use as written, plus the derived fields.
  'genai-usage/v2': { root: v2, use: { ...(v2.definitions.use as JsonSchema), properties: { ...(v2.definitions.use?.properties ?? {}), derived: v2.definitions.derived as JsonSchema } } },
};

function parseFieldPath(text: string): FieldPath | undefined {
  if (!/^[a-z_]+(\[\*\])?(\.[a-z_]+(\[\*\])?)*$/.test(text)) return undefined;
  return {
    text,
    steps: text.split('.').map((part) => (part.endsWith('[*]') ? { key: part.slice(0, -3), each: true } : { key: part, each: false })),
  };
}

function deref(root: Root, schema: JsonSchema): { schema: JsonSchema; triState: boolean } {
  let s = schema;
  let triState = false;
  for (let hops = 0; s.$ref && hops < 8; hops++) {
    if (s.$ref === TRI_STATE_REF) triState = true;
    const name = s.$ref.replace('#/definitions/', '');
    const target = root.definitions[name];
    if (!target) break;
    s = target;
  }
  // A choice with an `unknown` value, or a date that may be `unknown` (anyOf a date and `unknown`).
  const unknownChoice = Array.isArray(s.enum) && s.type === 'string' && s.enum.includes('unknown');
  const unknownDate = Array.isArray(s.anyOf) && s.anyOf.some((a) => a.const === 'unknown');
  return { schema: s, triState: triState || unknownChoice || unknownDate };
}

/**
 * Resolves a path against the declaration schema of `format` (without one: v2, else v1); a typo in a
 * policy pack is caught here, at load time. v1 packs read v2 declarations through their v1 view, in
 * which a v2 `unknown` stays in place: a field that can be `unknown` in either format fires on it.
 */
export function resolveField(text: string, format?: DeclarationFormat): ResolvedField | { error: string } {
  if (format === undefined) {
    const inV2 = resolveField(text, 'genai-usage/v2');
    return 'error' in inV2 && !('error' in resolveField(text, 'genai-usage/v1')) ? resolveField(text, 'genai-usage/v1') : inV2;
  }
  const path = parseFieldPath(text);
  if (!path) return { error: `\`${text}\` is not a field path (expected e.g. \`output.final\` or \`tools[*].enterprise\`)` };
  const resolved = walk(format, path);
  if ('error' in resolved || format === 'genai-usage/v2') return resolved;
  const inV2 = walk('genai-usage/v2', path);
  return { ...resolved, triState: resolved.triState || (!('error' in inV2) && inV2.triState) };
}

function walk(format: DeclarationFormat, path: FieldPath): ResolvedField | { error: string } {
  const { root, use } = ROOTS[format];
  let current = deref(root, use);
  for (const [i, step] of path.steps.entries()) {
    const props = current.schema.properties ?? {};
    const next = props[step.key];
    if (!next) {
      const where =
        path.steps
          .slice(0, i)
          .map((s) => s.key)
          .join('.') || 'a use';
      return { error: `\`${path.text}\`: ${where} has no field \`${step.key}\` in ${format} (fields: ${Object.keys(props).join(', ')})` };
    }
    current = deref(root, next);
    if (step.each) {
      if (current.schema.type !== 'array' || !current.schema.items) return { error: `\`${path.text}\`: \`${step.key}\` is not a list, so \`[*]\` does not apply` };
      current = deref(root, current.schema.items);
    }
  }
  return { path, schema: current.schema, triState: current.triState };
}

export interface FoundValue {
  segments: PathSegment[];
  value: unknown;
}

/** Every concrete value at `path` in `use`, with its concrete location (`tools[1].enterprise`). */
export function valuesAt(use: unknown, path: FieldPath): FoundValue[] {
  let frontier: FoundValue[] = [{ segments: [], value: use }];
  for (const step of path.steps) {
    const next: FoundValue[] = [];
    for (const { segments, value } of frontier) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step.key)) continue;
      const child = (value as Record<string, unknown>)[step.key];
      if (child === undefined) continue;
      if (step.each) {
        if (Array.isArray(child)) child.forEach((item, i) => next.push({ segments: [...segments, step.key, i], value: item }));
      } else next.push({ segments: [...segments, step.key], value: child });
    }
    frontier = next;
  }
  return frontier;
}
