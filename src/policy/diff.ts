// What changed between two versions of a policy pack, and the semver bump that change needs:
// anything that can turn a clear or approved use into needs-approval or blocked is MAJOR, loosening is
// MINOR, wording is PATCH. Pure: packs in, verdict out. The CLI adds evidence from example declarations.
//
// The analysis is deliberately one-sided. Widening is never proved; only narrowing is, with a small
// set of structural rules that are sound for JSON Schema (enum subsets, tighter bounds, fewer `any`
// alternatives, extra conjuncts). Whatever cannot be proved narrower counts as MAJOR.
import type { Level, UseOutcome } from '../model/report.js';
import { canonicalJson } from './library.js';
import type { CompiledRule, Pack } from './library.js';
import { resolveField } from './paths.js';
import { compareVersions, parseVersion } from './semver.js';
import type { Condition } from './types.js';

export type Bump = 'none' | 'patch' | 'minor' | 'major';
export type DeclaredBump = Bump | 'downgrade';

export interface Change {
  subject: 'rule' | 'principle' | 'pack';
  /** Rule id, principle id, or the pack field (`approval.max_age_days`). */
  id: string;
  change: 'added' | 'removed' | 'changed';
  bump: Exclude<Bump, 'none'>;
  /** Why this change needs that bump, in one sentence. */
  why: string;
  /** What changed, one aspect per line (`level: escalate → block`). */
  details: string[];
}

export interface PackDiff {
  pack: string;
  from: string;
  to: string;
  /** Rules first (by id), then principles, then pack settings. */
  changes: Change[];
  /** Rules whose approvals granted under `from` (with `policy: pack@from`) are stale under `to`. */
  staleRules: string[];
  required: Bump;
  declared: DeclaredBump;
  enough: boolean;
  /** The smallest version after `from` that the required bump allows. */
  suggested: string;
}

const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const LEVEL_RANK: Record<Level, number> = { inform: 0, escalate: 1, block: 2 };

export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((a, b) => (BUMP_RANK[b] > BUMP_RANK[a] ? b : a), 'none');
}

export function diffPacks(a: Pack, b: Pack): PackDiff {
  const changes: Change[] = [];
  const staleRules: string[] = [];
  const ruleIds = [...new Set([...a.rules.map((r) => r.id), ...b.rules.map((r) => r.id)])].sort();
  for (const id of ruleIds) {
    const before = a.rules.find((r) => r.id === id);
    const after = b.rules.find((r) => r.id === id);
    if (!before && after) changes.push(ruleAdded(after, b));
    else if (before && !after) changes.push({ subject: 'rule', id, change: 'removed', bump: 'minor', why: 'a removed rule can only stop findings', details: [`was ${before.level}`] });
    else if (before && after) {
      const c = ruleChanged(before, after, a, b);
      if (c) changes.push(c.change);
      if (c?.stale) staleRules.push(id);
    }
  }
  changes.push(...principleChanges(a, b), ...packChanges(a, b));
  const required = maxBump(...changes.map((c) => c.bump));
  const declared = declaredBump(a.version, b.version);
  return { pack: b.name, from: a.version, to: b.version, changes, staleRules, required, declared, enough: isEnough(declared, required), suggested: nextVersion(a.version, required) };
}

export function declaredBump(from: string, to: string): DeclaredBump {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y) return 'none';
  if (compareVersions(to, from) < 0) return 'downgrade';
  if (y.major > x.major) return 'major';
  if (y.minor > x.minor) return 'minor';
  if (y.patch > x.patch) return 'patch';
  return 'none';
}

function isEnough(declared: DeclaredBump, required: Bump): boolean {
  if (declared === 'downgrade') return required === 'none';
  return BUMP_RANK[declared] >= BUMP_RANK[required];
}

export function nextVersion(from: string, bump: Bump): string {
  const v = parseVersion(from);
  if (!v) return from;
  if (bump === 'major') return `${v.major + 1}.0.0`;
  if (bump === 'minor') return `${v.major}.${v.minor + 1}.0`;
  if (bump === 'patch') return `${v.major}.${v.minor}.${v.patch + 1}`;
  return from;
}

// ------------------------------------------------------------------------------------------- rules

function triStateFields(rule: CompiledRule): string[] {
  return rule.condition.fields.filter((f) => {
    const r = resolveField(f);
    return !('error' in r) && r.triState;
  });
}

/** Whether some use could get an escalated (approvable) finding from this rule. */
function canEscalate(rule: CompiledRule, pack: Pack): boolean {
  return rule.level === 'escalate' || (pack.doc.unknown_level === 'escalate' && triStateFields(rule).length > 0);
}

function ruleAdded(rule: CompiledRule, pack: Pack): Change {
  const base: Pick<Change, 'subject' | 'id' | 'change' | 'details'> = {
    subject: 'rule',
    id: rule.id,
    change: 'added',
    details: [`${rule.level}, principle ${rule.principle}, reads ${rule.condition.fields.join(', ')}`],
  };
  if (rule.level !== 'inform') return { ...base, bump: 'major', why: `a new ${rule.level} rule can turn clear uses into ${rule.level === 'block' ? 'blocked' : 'needs-approval'}` };
  const tri = triStateFields(rule);
  if (tri.length > 0 && pack.doc.unknown_level !== 'inform') {
    return { ...base, bump: 'major', why: `inform, but it reads ${tri.join(', ')}: \`unknown\` there ${pack.doc.unknown_level === 'block' ? 'blocks' : 'escalates'} uses that were clear` };
  }
  return { ...base, bump: 'minor', why: 'a new inform rule only adds notes; it never blocks' };
}

function ruleChanged(a: CompiledRule, b: CompiledRule, packA: Pack, packB: Pack): { change: Change; stale: boolean } | undefined {
  const parts: Array<{ bump: Exclude<Bump, 'none'>; why: string; detail: string }> = [];
  if (a.level !== b.level) {
    const raised = LEVEL_RANK[b.level] > LEVEL_RANK[a.level];
    parts.push({
      bump: raised ? 'major' : 'minor',
      why: raised ? `level raised: its findings become ${b.level === 'block' ? 'blocked' : 'needs-approval'}` : 'level lowered: its findings can only become less severe',
      detail: `level: ${a.level} → ${b.level}`,
    });
  }
  if (canonicalJson(a.when) !== canonicalJson(b.when)) parts.push(conditionChange(a, b, packA, packB));
  for (const field of ['message', 'remedy', 'source', 'category', 'principle'] as const) {
    if (a[field] !== b[field]) parts.push({ bump: 'patch', why: 'wording and grouping do not change which uses fire or how', detail: `${field}: ${quote(a[field])} → ${quote(b[field])}` });
  }
  if (canonicalJson(a.guidance) !== canonicalJson(b.guidance))
    parts.push({ bump: 'patch', why: 'wording and grouping do not change which uses fire or how', detail: `guidance: ${a.guidance.join(', ')} → ${b.guidance.join(', ')}` });
  if (parts.length === 0) return undefined;

  // Approvals name the pack version they were granted under; a changed fingerprint (level or
  // condition) makes them stale, so an approved use needs approving again even when the rule only
  // narrowed. That is "approved → needs-approval": breaking, whatever the change itself is.
  const stale = a.fingerprint !== b.fingerprint && canEscalate(a, packA) && canEscalate(b, packB);
  if (stale) {
    parts.push({
      bump: 'major',
      why: `approvals of this rule granted under ${packA.name}@${packA.version} (\`policy: ${packA.name}@${packA.version}\`) become stale and must be granted again`,
      detail: '',
    });
  }
  const bump = maxBump(...parts.map((p) => p.bump)) as Exclude<Bump, 'none'>;
  const why = parts.filter((p) => p.bump === bump).map((p) => p.why);
  return { change: { subject: 'rule', id: b.id, change: 'changed', bump, why: [...new Set(why)].join('; '), details: parts.map((p) => p.detail).filter(Boolean) }, stale };
}

function quote(s: string): string {
  return s.length > 60 ? `"${s.slice(0, 57)}…"` : `"${s}"`;
}

function conditionChange(a: CompiledRule, b: CompiledRule, packA: Pack, packB: Pack): { bump: Exclude<Bump, 'none'>; why: string; detail: string } {
  const fieldsA = new Set(a.condition.fields);
  const fieldsB = new Set(b.condition.fields);
  const added = [...fieldsB].filter((f) => !fieldsA.has(f));
  const removed = [...fieldsA].filter((f) => !fieldsB.has(f));
  const reads = [added.length ? `now also reads ${added.join(', ')}` : '', removed.length ? `no longer reads ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
  const before = canonicalJson(a.when);
  const after = canonicalJson(b.when);
  const shown = before.length + after.length <= 240 ? `: \`${before}\` → \`${after}\`` : '';
  const detail = `condition changed${reads ? ` (${reads})` : ''}${shown}`;

  const narrower = implies(clauses(b.when), clauses(a.when));
  if (narrower.ok) {
    const equivalent = implies(clauses(a.when), clauses(b.when)).ok && !narrower.extra;
    // An extra conjunct can add `match` or `unknown` reasons to a firing, and the level applied to a
    // finding depends on those reasons — unless the rule's level equals the unknown level, or the
    // narrowed rule reads no true/false/unknown field (then every firing is a plain match).
    const levelsFixed = [a.level, b.level, packA.doc.unknown_level].every((l) => l === packB.doc.unknown_level);
    if (!narrower.extra || levelsFixed || triStateFields(b).length === 0) {
      return equivalent
        ? { bump: 'patch', why: 'the condition is rewritten but provably fires on exactly the same uses', detail: detail.replace('condition changed', 'condition changed, provably equivalent') }
        : { bump: 'minor', why: 'the condition provably narrowed: it fires on fewer uses, never on new ones', detail: detail.replace('condition changed', 'condition changed, provably narrower') };
    }
    return {
      bump: 'major',
      why: `the condition narrowed, but its new conjuncts can change the level applied to \`unknown\` values (level ${b.level}, unknown_level ${packB.doc.unknown_level})`,
      detail: detail.replace('condition changed', 'condition changed, narrower but level-sensitive'),
    };
  }
  return { bump: 'major', why: 'the condition changed and cannot be proved narrower: it may fire on uses it did not fire on before', detail };
}

// --------------------------------------------------------------------------- condition narrowing

type Clause = { kind: 'entry'; path: string; fragment: unknown } | { kind: 'any'; alts: Clause[][] };

/** A condition as a conjunction of entries and `any` groups (`all` flattened: same firing, same reasons). */
function clauses(condition: Condition): Clause[] {
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

interface Proof {
  ok: boolean;
  /** Some clause of the narrower side was not needed: it is an extra conjunct. */
  extra: boolean;
}

/**
 * Whether `b` fires only where `a` fires, with each firing path of `b` also a firing path of `a`
 * (so the reasons — match or unknown — of a `b` finding are a subset of the `a` finding's).
 */
function implies(b: Clause[], a: Clause[]): Proof {
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

// ------------------------------------------------------------------------- principles and settings

function principleChanges(a: Pack, b: Pack): Change[] {
  const out: Change[] = [];
  const ids = [...new Set([...a.doc.principles.map((p) => p.id), ...b.doc.principles.map((p) => p.id)])].sort();
  for (const id of ids) {
    const before = a.principles.get(id);
    const after = b.principles.get(id);
    if (!before && after)
      out.push({
        subject: 'principle',
        id,
        change: 'added',
        bump: 'minor',
        why: 'a new principle adds a row to the table; its rules are judged on their own',
        details: [`${after.number}. ${after.title}`],
      });
    else if (before && !after) {
      out.push({
        subject: 'principle',
        id,
        change: 'removed',
        bump: 'major',
        why: 'reviewers, dashboards and approvals key on principles: removing one is breaking',
        details: [`was ${before.number}. ${before.title}`],
      });
    } else if (before && after) {
      const details = (['number', 'title', 'summary', 'source'] as const).filter((k) => before[k] !== after[k]).map((k) => `${k}: ${quote(String(before[k]))} → ${quote(String(after[k]))}`);
      if (details.length > 0) out.push({ subject: 'principle', id, change: 'changed', bump: 'patch', why: 'principle wording does not change any outcome', details });
    }
  }
  return out;
}

function packChanges(a: Pack, b: Pack): Change[] {
  const out: Change[] = [];
  const x = a.doc;
  const y = b.doc;
  const setting = (id: string, bump: Exclude<Bump, 'none'>, why: string, from: unknown, to: unknown) =>
    out.push({ subject: 'pack', id, change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed', bump, why, details: [`${id}: ${show(from)} → ${show(to)}`] });

  if (x.unknown_level !== y.unknown_level) {
    const raised = LEVEL_RANK[y.unknown_level] > LEVEL_RANK[x.unknown_level];
    setting(
      'unknown_level',
      raised ? 'major' : 'minor',
      raised ? 'findings fired by `unknown` values become more severe' : 'findings fired by `unknown` values become less severe',
      x.unknown_level,
      y.unknown_level,
    );
  }
  const ap = x.approval;
  const bp = y.approval;
  if (ap.ref_pattern !== bp.ref_pattern) setting('approval.ref_pattern', 'major', 'references valid under the old pattern may be rejected, reopening approved uses', ap.ref_pattern, bp.ref_pattern);
  if (ap.ref_example !== bp.ref_example) setting('approval.ref_example', 'patch', 'the example reference is documentation', ap.ref_example, bp.ref_example);
  if (ap.require_expiry !== bp.require_expiry) {
    setting(
      'approval.require_expiry',
      bp.require_expiry ? 'major' : 'minor',
      bp.require_expiry ? 'approvals without expires_on stop counting' : 'approvals without expires_on start counting',
      ap.require_expiry,
      bp.require_expiry,
    );
  }
  if (ap.max_age_days !== bp.max_age_days) {
    const tighter = bp.max_age_days !== undefined && (ap.max_age_days === undefined || bp.max_age_days < ap.max_age_days);
    setting('approval.max_age_days', tighter ? 'major' : 'minor', tighter ? 'approvals older than the new cap stop counting' : 'approvals are accepted for longer', ap.max_age_days, bp.max_age_days);
  }
  if (x.sunset !== y.sunset) {
    const earlier = y.sunset !== undefined && (x.sunset === undefined || y.sunset < x.sunset);
    setting(
      'sunset',
      earlier ? 'major' : 'minor',
      earlier ? 'declarations pinned to this version fail from an earlier date' : 'declarations pinned to this version are accepted for longer',
      x.sunset,
      y.sunset,
    );
  }
  if (x.deprecated !== y.deprecated) setting('deprecated', 'patch', 'deprecation only warns', x.deprecated, y.deprecated);
  if (x.effective !== y.effective) setting('effective', 'patch', 'the effective date is documentation: the evaluator does not read it', x.effective, y.effective);
  if (x.title !== y.title) setting('title', 'patch', 'wording', x.title, y.title);
  if (x.source.url !== y.source.url) setting('source.url', 'patch', 'the citation does not change any outcome', x.source.url, y.source.url);
  if (x.source.read_on !== y.source.read_on) setting('source.read_on', 'patch', 'the citation does not change any outcome', x.source.read_on, y.source.read_on);
  return out;
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : String(v);
}

// ------------------------------------------------------------------------------ example evidence

export type ExampleOutcome = UseOutcome | 'invalid';

export interface OutcomeChange {
  /** The example declaration, as shown to the user. */
  example: string;
  use: string;
  from: ExampleOutcome;
  to: ExampleOutcome;
  rulesAdded: string[];
  rulesRemoved: string[];
}

const OUTCOME_RANK: Record<ExampleOutcome, number> = { clear: 0, approved: 0, 'needs-approval': 1, blocked: 2, invalid: 3 };

export function worsened(c: OutcomeChange): boolean {
  return OUTCOME_RANK[c.to] > OUTCOME_RANK[c.from];
}

/**
 * Folds what the examples showed into the verdict: a use that got worse proves MAJOR whatever the
 * static analysis concluded; any other change in outcome or fired rules needs at least MINOR.
 */
export function withEvidence(diff: PackDiff, evidence: readonly OutcomeChange[]): PackDiff {
  const proved: Bump = evidence.some(worsened) ? 'major' : evidence.length > 0 ? 'minor' : 'none';
  const required = maxBump(diff.required, proved);
  return { ...diff, required, enough: isEnough(diff.declared, required), suggested: nextVersion(diff.from, required) };
}
