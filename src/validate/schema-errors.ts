import type { ErrorObject } from 'ajv';
import { displayPath } from '../model/path.js';
import type { Diagnostic } from '../model/report.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import { compareText } from '../util/order.js';
import { suggest } from './suggest.js';

/** `/uses/0/tools/1` → ['uses', 0, 'tools', 1] */
function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg;
    });
}

/** ['uses', 0, 'tools', 1] → `uses[0].tools[1]` */
export { displayPath };

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return String(value);
}

/**
 * Turns ajv's errors into one clear diagnostic per problem, positioned on the offending line.
 * Needs ajv `verbose: true` so each error carries its parent schema (for "did you mean").
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], data: unknown, source: ParsedSource): Diagnostic[] {
  // An `anyOf` failure also reports every branch's failure; keep only the summary.
  // Indexed by instance path: a file with thousands of anyOf failures must not compare every pair.
  const anyOfAt = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'anyOf') anyOfAt.set(e.instancePath, [...(anyOfAt.get(e.instancePath) ?? []), e.schemaPath.replace(/\/anyOf$/, '')]);
  }
  // A branch that is a `$ref` reports under the referenced definition's path, not under the anyOf: at
  // the anyOf's own value, the summary alone is the error (`disclosed: yes` is one error asking for a date).
  const kept = errors.filter((e) => e.keyword === 'anyOf' || !(anyOfAt.has(e.instancePath) || (anyOfAt.get(e.instancePath) ?? []).some((schema) => e.schemaPath.startsWith(`${schema}/anyOf/`))));
  // Closed-world `if` keywords report a second, useless "must match then" error.
  const useful = kept.filter((e) => e.keyword !== 'if');

  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of useful) {
    const d = toDiagnostic(e, data, source);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || compareText(a.message, b.message));
}

function toDiagnostic(e: ErrorObject, data: unknown, source: ParsedSource): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const where = displayPath(path);
  const value = valueAt(data, path);
  const parent = (e.parentSchema ?? {}) as { properties?: Record<string, unknown>; description?: string; enum?: unknown[] };
  const at = (p: readonly PathSegment[], key = false) => source.locate(p, { key });

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const hint = suggest(key, Object.keys(parent.properties ?? {}));
      return {
        ...at([...path, key], true),
        path: displayPath([...path, key]),
        code: 'unknown-key',
        message: `unknown key \`${key}\` in ${where}${hint ? `; did you mean \`${hint}\`?` : ''}`,
      };
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return { ...at(path), path: displayPath([...path, missing]), code: 'missing-field', message: `${where}: missing required field \`${missing}\`` };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => String(v));
      const hint = typeof value === 'string' ? (yaml11Boolean(value, allowed) ?? suggest(value, allowed)) : undefined;
      return {
        ...at(path),
        path: where,
        code: 'invalid-value',
        message: `${where}: must be one of ${allowed.join(', ')}; got ${describeValue(value)}${hint ? `; did you mean \`${hint}\`?` : ''}`,
      };
    }
    case 'const':
      return {
        ...at(path),
        path: where,
        code: 'invalid-value',
        message: `${where}: must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}; got ${describeValue(value)}`,
      };
    case 'type': {
      const expected = String((e.params as { type: string }).type);
      return {
        ...at(path),
        path: where,
        code: 'wrong-type',
        message: `${where}: must be ${article(expected)}; got ${describeValue(value)}${expected === 'array' ? asList(value) : ''}`,
      };
    }
    case 'pattern':
    case 'anyOf':
      return {
        ...at(path),
        path: where,
        code: 'invalid-value',
        message: `${where}: got ${describeValue(value)}, expected ${lowerFirst(parent.description ?? 'a value of another form')}`,
      };
    case 'minLength': {
      const limit = (e.params as { limit: number }).limit;
      return { ...at(path), path: where, code: 'invalid-value', message: limit === 1 ? `${where}: must not be empty` : `${where}: must have at least ${limit} characters` };
    }
    case 'maxLength':
    case 'maxItems': {
      const limit = (e.params as { limit: number }).limit;
      const size = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : undefined;
      const unit = e.keyword === 'maxLength' ? 'characters' : 'items';
      return { ...at(path), path: where, code: 'invalid-value', message: `${where}: ${size !== undefined ? `has ${size} ${unit}; ` : ''}at most ${limit} ${unit} are allowed` };
    }
    case 'minItems': {
      const limit = (e.params as { limit: number }).limit;
      return { ...at(path), path: where, code: 'invalid-value', message: `${where}: must list at least ${limit} item${limit === 1 ? '' : 's'}` };
    }
    case 'uniqueItems':
      return { ...at(path), path: where, code: 'duplicate-item', message: `${where}: lists the same item twice` };
    default:
      return { ...at(path), path: where, code: 'invalid-value', message: `${where}: ${e.message ?? 'is not valid'}` };
  }
}

/**
 * YAML 1.1 read `yes`, `no`, `on` and `off` as booleans; YAML 1.2, which declarations are read as,
 * reads them as text. Where the field takes true or false, the word meant one of them.
 */
function yaml11Boolean(value: string, allowed: readonly string[]): string | undefined {
  const word = value.toLowerCase();
  const meant = ['yes', 'y', 'on'].includes(word) ? 'true' : ['no', 'n', 'off'].includes(word) ? 'false' : undefined;
  return meant !== undefined && allowed.includes(meant) ? meant : undefined;
}

/** A single value where a list is wanted: the fix is the same value in brackets (`kinds: image` → `[image]`). */
function asList(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return '';
  const shown = String(value);
  if (shown.length > 60 || !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(shown)) return '; put it in a list: [ … ]';
  return `; write \`[${shown}]\` for a list of one`;
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', boolean: 'true or false', number: 'a number', integer: 'a whole number', null: 'empty' };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}
