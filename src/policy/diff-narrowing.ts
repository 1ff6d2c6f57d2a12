// Condition narrowing: proving that a changed condition fires on a subset of the uses it fired on,
// each with a subset of its reasons.
import { canonicalJson } from './library.js';
import type { Condition } from './types.js';

export type Clause = { kind: 'entry'; path: string; fragment: unknown } | { kind: 'any'; alts: Clause[][] };

/** A condition as a conjunction of entries and `any` groups (`all` flattened: same firing, same reasons). */
export function clauses(condition: Condition): Clause[] {
  const out: Clause[] = [];
  for (const [key, value] of Object.entries(condition)) {
    if (key === 'all') for (const part of value as Condition[]) out.push(...clauses(part));
    else if (key === 'any') {
      const alts = (value as Condition[]).map(clauses);
      if (alts.length === 1) out.push(...(alts[0] ?? []));
      else out.push({ kind: 'any', alts });
    } else out.push({ kind: 'entry', path: key, fragment: value });
  }
  return out;
}

export interface Proof {
  ok: boolean;
  /** Some clause of the narrower side was not needed: it is an extra conjunct. */
  extra: boolean;
}

/**
 * Whether `b` fires only where `a` fires, with each firing path of `b` also a firing path of `a`
 * (so the reasons — match or unknown — of a `b` finding are a subset of the `a` finding's).
 */
export function implies(b: Clause[], a: Clause[]): Proof {
  const p = cover(b, a);
  return { ok: p.ok, extra: p.extra || p.used.size < b.length };
}

/** Which clauses of `b` imply the clauses of `a`; `extra` only for unused clauses nested deeper. */
function cover(b: Clause[], a: Clause[]): Proof & { used: Set<number> } {
  const used = new Set<number>();
  let extra = false;
  for (const ca of a) {
    const proofs = b.map((cb) => clauseImplies(cb, ca));
    const single = proofs.findIndex((p) => p.ok);
    if (single >= 0) {
      used.add(single);
      extra ||= proofs[single]?.extra ?? false;
      continue;
    }
    if (ca.kind !== 'any') return { ok: false, extra, used };
    // `b` as a whole may imply one alternative of `a`'s group (an `any` flattened to plain entries).
    const alt = ca.alts.map((x) => cover(b, x)).find((p) => p.ok);
    if (!alt) return { ok: false, extra, used };
    alt.used.forEach((i) => used.add(i));
    extra ||= alt.extra;
  }
  return { ok: true, extra, used };
}

function clauseImplies(cb: Clause, ca: Clause): Proof {
  if (cb.kind === 'entry' && ca.kind === 'entry') return { ok: cb.path === ca.path && fragmentImplies(cb.fragment, ca.fragment), extra: false };
  if (cb.kind === 'any' && ca.kind === 'any') {
    let extra = false;
    for (const altB of cb.alts) {
      const p = ca.alts.map((altA) => implies(altB, altA)).find((x) => x.ok);
      if (!p) return { ok: false, extra };
      extra ||= p.extra;
    }
    return { ok: true, extra };
  }
  if (ca.kind === 'any') {
    const p = ca.alts.map((altA) => implies([cb], altA)).find((x) => x.ok);
    return p ?? { ok: false, extra: false };
  }
  return { ok: false, extra: false };
}

// Keywords that constrain a value independently of each other, so a fragment with each of them
// tighter (or extra) accepts a subset of values. Anything else is compared for equality only.
const INDEPENDENT = new Set(['enum', 'const', 'type', 'contains', 'items', 'not', 'minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum', 'required']);

/** Every value accepted by fragment `b` is accepted by fragment `a`. Sound, deliberately incomplete. */
export function fragmentImplies(b: unknown, a: unknown): boolean {
  if (canonicalJson(b) === canonicalJson(a)) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (![...Object.keys(a), ...Object.keys(b)].every((k) => INDEPENDENT.has(k))) return false;

  const valuesA = allowedValues(a);
  if (valuesA) {
    const valuesB = allowedValues(b);
    if (!valuesB?.every((v) => valuesA.includes(v))) return false;
  }
  if ('type' in a) {
    const types = (t: unknown) => (Array.isArray(t) ? t : [t]).map(String);
    if (!('type' in b) || !types(b.type).every((t) => types(a.type).includes(t))) return false;
  }
  for (const k of ['contains', 'items'] as const) {
    if (k in a && !(k in b && fragmentImplies(b[k], a[k]))) return false;
  }
  // not-A ⊇ not-B exactly when A ⊆ B.
  if ('not' in a && !('not' in b && fragmentImplies(a.not, b.not))) return false;
  for (const k of ['minItems', 'minLength', 'minimum'] as const) if (k in a && !(typeof b[k] === 'number' && b[k] >= (a[k] as number))) return false;
  for (const k of ['maxItems', 'maxLength', 'maximum'] as const) if (k in a && !(typeof b[k] === 'number' && b[k] <= (a[k] as number))) return false;
  if ('required' in a) {
    const req = (x: unknown) => (Array.isArray(x) ? x.map(String) : []);
    if (!req(a.required).every((r) => req(b.required).includes(r))) return false;
  }
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The values `const`/`enum` allow (canonical JSON), or undefined when the fragment does not list them. */
function allowedValues(f: Record<string, unknown>): string[] | undefined {
  let values: string[] | undefined;
  if ('enum' in f && Array.isArray(f.enum)) values = f.enum.map(canonicalJson);
  if ('const' in f) {
    const c = canonicalJson(f.const);
    values = values ? values.filter((v) => v === c) : [c];
  }
  return values;
}
