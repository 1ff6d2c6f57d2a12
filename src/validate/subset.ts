// A small interpreter for the JSON Schema that policy packs write in conditions (`const`, `enum`,
// `contains`, `not`, `items`, `minItems`, `type`, …), with ajv's exact semantics under this project's
// options (src/validate/ajv-options.json: strict, strictNumbers). Compiling a fragment with ajv costs
// ~1–10 ms each, and a pack has dozens; this compiles in microseconds and never loads ajv.
//
// It only takes fragments it fully understands: any other keyword, any keyword value of an unexpected
// shape, `$ref`, non-JSON literals — `compileSubset` returns undefined and the caller compiles the
// fragment with ajv (which also produces ajv's own error for a malformed fragment).

import { isCalendarDate } from '../util/dates.js';

export type Check = (value: unknown) => boolean;

/**
 * The project's two keywords beyond JSON Schema, for date gates in packs: `onOrAfter: 2026-07-01` and
 * `before: 2026-07-01` hold for a calendar date on or after (before) that day. A string that is not a
 * calendar date (`unknown`) meets neither: a field that can be unknown fires on it as unknown.
 */
export const DATE_KEYWORDS = ['onOrAfter', 'before'] as const;

export function dateGate(keyword: (typeof DATE_KEYWORDS)[number] | string, day: string): (v: string) => boolean {
  return keyword === 'before' ? (v) => isCalendarDate(v) && v < day : (v) => isCalendarDate(v) && v >= day;
}

// Annotations: no effect on validation (ajv knows these, or is told about them in ajv.ts).
const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'markdownDescription',
  'defaultSnippets',
]);
const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Plain JSON data (what `const`/`enum` may hold for this interpreter to compare like ajv does). */
function isJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJson);
  if (isObject(v)) return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(isJson);
  return false;
}

/** fast-deep-equal, as ajv's `equal` runtime (used for object and array `const`/`enum` values). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const bb = b as unknown[];
      if (a.length !== bb.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!deepEqual(a[i], bb[i])) return false;
      return true;
    }
    if (a instanceof RegExp || b instanceof RegExp || a instanceof Date || b instanceof Date) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const k of keys) if (!Object.hasOwn(b, k)) return false;
    for (const k of keys) if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
    return true;
  }
  // Both NaN: equal, as ajv's deep equality says.
  return Number.isNaN(a) && Number.isNaN(b);
}

/** ajv's ucs2length: string length in Unicode code points. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) i++;
    }
  }
  return n;
}

function typeCheck(type: string): Check {
  switch (type) {
    case 'null':
      return (v) => v === null;
    case 'array':
      return Array.isArray;
    case 'object':
      return (v) => !!v && typeof v === 'object' && !Array.isArray(v);
    case 'integer':
      return (v) => typeof v === 'number' && !(v % 1) && !Number.isNaN(v) && Number.isFinite(v);
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    default:
      return (v) => typeof v === type;
  }
}

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

function compile(schema: unknown): Check {
  if (schema === true) return () => true;
  if (schema === false) return () => false;
  if (!isObject(schema)) return unsupported();
  const checks: Check[] = [];
  const props = schema.properties;
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = typeof arg === 'string' ? [arg] : Array.isArray(arg) ? arg : unsupported();
        if (types.length === 0 || new Set(types).size !== types.length || !types.every((t) => typeof t === 'string' && TYPES.has(t))) unsupported();
        const each = (types as string[]).map(typeCheck);
        checks.push(each.length === 1 ? (each[0] as Check) : (v) => each.some((c) => c(v)));
        break;
      }
      case 'const':
        if (!isJson(arg)) unsupported();
        checks.push(arg !== null && typeof arg === 'object' ? (v) => deepEqual(v, arg) : (v) => v === arg);
        break;
      case 'enum': {
        if (!Array.isArray(arg) || arg.length === 0 || !arg.every(isJson)) unsupported();
        const values = arg as unknown[];
        // The meta-schema wants distinct values; ajv refuses the schema otherwise.
        if (values.some((x, i) => values.findIndex((y) => deepEqual(x, y)) !== i)) unsupported();
        if (values.every((x) => x === null || typeof x !== 'object')) checks.push((v) => values.includes(v));
        else checks.push((v) => values.some((x) => deepEqual(v, x)));
        break;
      }
      case 'not': {
        const sub = compile(arg);
        checks.push((v) => !sub(v));
        break;
      }
      case 'anyOf':
      case 'allOf':
      case 'oneOf': {
        if (!Array.isArray(arg) || arg.length === 0) unsupported();
        const subs = (arg as unknown[]).map(compile);
        if (keyword === 'anyOf') checks.push((v) => subs.some((s) => s(v)));
        else if (keyword === 'allOf') checks.push((v) => subs.every((s) => s(v)));
        else checks.push((v) => subs.filter((s) => s(v)).length === 1);
        break;
      }
      case 'contains': {
        const sub = compile(arg);
        checks.push((v) => !Array.isArray(v) || v.some((x) => sub(x)));
        break;
      }
      case 'items': {
        if (Array.isArray(arg)) unsupported(); // tuple form: leave to ajv
        const sub = compile(arg);
        checks.push((v) => !Array.isArray(v) || v.every((x) => sub(x)));
        break;
      }
      case 'minItems':
      case 'maxItems': {
        if (!isCount(arg)) unsupported();
        const n = arg as number;
        checks.push(keyword === 'minItems' ? (v) => !Array.isArray(v) || v.length >= n : (v) => !Array.isArray(v) || v.length <= n);
        break;
      }
      case 'uniqueItems':
        if (typeof arg !== 'boolean') unsupported();
        if (arg) checks.push((v) => !Array.isArray(v) || v.every((x, i) => v.findIndex((y) => deepEqual(x, y)) === i));
        break;
      case 'minLength':
      case 'maxLength': {
        if (!isCount(arg)) unsupported();
        const n = arg as number;
        checks.push(keyword === 'minLength' ? (v) => typeof v !== 'string' || codePoints(v) >= n : (v) => typeof v !== 'string' || codePoints(v) <= n);
        break;
      }
      case 'pattern': {
        if (typeof arg !== 'string') unsupported();
        let re: RegExp;
        try {
          re = new RegExp(arg as string, 'u');
        } catch {
          return unsupported();
        }
        checks.push((v) => typeof v !== 'string' || re.test(v));
        break;
      }
      case 'properties': {
        if (!isObject(arg)) unsupported();
        const subs = Object.entries(arg as Record<string, unknown>).map(([k, s]) => [k, compile(s)] as const);
        // ajv (ownProperties: false) validates a property whenever `data[key] !== undefined`.
        checks.push((v) => !isObject(v) || subs.every(([k, s]) => v[k] === undefined || s(v[k])));
        break;
      }
      case 'required': {
        if (!Array.isArray(arg) || !arg.every((k) => typeof k === 'string') || new Set(arg).size !== arg.length) unsupported();
        // strict mode (strictRequired) refuses a required key that `properties` beside it does not define.
        if (!isObject(props) || !(arg as string[]).every((k) => Object.hasOwn(props, k))) unsupported();
        const keys = arg as string[];
        checks.push((v) => !isObject(v) || keys.every((k) => v[k] !== undefined));
        break;
      }
      case 'additionalProperties': {
        if (props !== undefined && !isObject(props)) unsupported();
        if (schema.patternProperties !== undefined) unsupported();
        const known = new Set(Object.keys((props as Record<string, unknown> | undefined) ?? {}));
        const sub = compile(arg);
        checks.push((v) => {
          if (!isObject(v)) return true;
          for (const k in v) if (!known.has(k) && !sub(v[k])) return false;
          return true;
        });
        break;
      }
      case 'onOrAfter':
      case 'before': {
        if (typeof arg !== 'string' || !isCalendarDate(arg)) unsupported();
        const test = dateGate(keyword, arg as string);
        checks.push((v) => typeof v !== 'string' || test(v));
        break;
      }
      default:
        return unsupported(); // anything else ($ref, if/then, formats, …): ajv decides
    }
  }
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0] as Check;
  return (v) => checks.every((c) => c(v));
}

/** A validator for `schema` if it is within the subset, else undefined (compile it with ajv). */
export function compileSubset(schema: unknown): Check | undefined {
  try {
    return compile(schema);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
