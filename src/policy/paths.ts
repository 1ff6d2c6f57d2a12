import declarationSchema from '../schema/genai-usage.schema.json' with { type: 'json' };
import type { PathSegment } from '../parse/yaml-source.js';

// Field paths in rules are relative to one use: `output.final`, `inputs`, `tools[*].enterprise`.
// `[*]` means "any element": the condition holds if it holds for at least one element.

export interface FieldPath {
  text: string;
  steps: Array<{ key: string; each: boolean }>;
}

export interface ResolvedField {
  path: FieldPath;
  /** The field's schema, with `$ref`s followed. */
  schema: JsonSchema;
  /** true | false | unknown: `unknown` fires the rule (SPEC §1). */
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

const TRI_STATE_REF = '#/definitions/triState';
const root = declarationSchema as unknown as JsonSchema & { definitions: Record<string, JsonSchema> };

export function parseFieldPath(text: string): FieldPath | undefined {
  if (!/^[a-z_]+(\[\*\])?(\.[a-z_]+(\[\*\])?)*$/.test(text)) return undefined;
  return {
    text,
    steps: text.split('.').map((part) => (part.endsWith('[*]') ? { key: part.slice(0, -3), each: true } : { key: part, each: false })),
  };
}

function deref(schema: JsonSchema): { schema: JsonSchema; triState: boolean } {
  let s = schema;
  let triState = false;
  for (let hops = 0; s.$ref && hops < 8; hops++) {
    if (s.$ref === TRI_STATE_REF) triState = true;
    const name = s.$ref.replace('#/definitions/', '');
    const target = root.definitions[name];
    if (!target) break;
    s = target;
  }
  return { schema: s, triState };
}

/** Resolves a path against the declaration schema; a typo in a policy pack is caught here, at load time. */
export function resolveField(text: string): ResolvedField | { error: string } {
  const path = parseFieldPath(text);
  if (!path) return { error: `\`${text}\` is not a field path (expected e.g. \`output.final\` or \`tools[*].enterprise\`)` };
  let current = deref(root.definitions.use as JsonSchema);
  for (const [i, step] of path.steps.entries()) {
    const props = current.schema.properties ?? {};
    const next = props[step.key];
    if (!next) {
      const where = path.steps.slice(0, i).map((s) => s.key).join('.') || 'a use';
      return { error: `\`${text}\`: ${where} has no field \`${step.key}\` in genai-usage/v1 (fields: ${Object.keys(props).join(', ')})` };
    }
    current = deref(next);
    if (step.each) {
      if (current.schema.type !== 'array' || !current.schema.items) return { error: `\`${text}\`: \`${step.key}\` is not a list, so \`[*]\` does not apply` };
      current = deref(current.schema.items);
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
      if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, step.key)) continue;
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
