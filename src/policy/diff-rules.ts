// Rule comparison: what adding, removing or changing one rule can do to the outcome of a use.

import type { Bump } from './diff-bump.js';
import { maxBump } from './diff-bump.js';
import type { Change } from './diff-change.js';
import { LEVEL_RANK, quote } from './diff-change.js';
import { clauses, implies } from './diff-narrowing.js';
import type { CompiledRule, Pack } from './library.js';
import { canonicalJson } from './library.js';
import { resolveField } from './paths.js';

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

export function ruleAdded(rule: CompiledRule, pack: Pack): Change {
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

export function ruleChanged(a: CompiledRule, b: CompiledRule, packA: Pack, packB: Pack): { change: Change; stale: boolean } | undefined {
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
  if (canonicalJson(a.clause ?? null) !== canonicalJson(b.clause ?? null))
    parts.push({ bump: 'patch', why: 'the quoted passage and its reading document the rule; they do not change which uses fire', detail: `clause: ${b.clause ? 'quoted' : 'removed'}` });
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
  if (implies(clauses(a.when), clauses(b.when)).ok)
    return {
      bump: 'major',
      why: 'the condition provably widened: it fires on every use it did, and may fire on more',
      detail: detail.replace('condition changed', 'condition changed, provably wider'),
    };
  return { bump: 'major', why: 'the condition changed and cannot be proved narrower: it may fire on uses it did not fire on before', detail };
}
