// What changed between two versions of a policy pack, and the semver bump that change needs:
// anything that can turn a clear or approved use into needs-approval or blocked is MAJOR, loosening is
// MINOR, wording is PATCH. Pure: packs in, verdict out. The CLI adds evidence from example declarations.
//
// Narrowing (and, the same proof reversed, widening) is proved with a small set of structural rules
// that are sound for JSON Schema (enum subsets, tighter bounds, fewer `any` alternatives, extra
// conjuncts). Whatever cannot be proved narrower counts as MAJOR.

import { declaredBump, isEnough, maxBump, nextVersion } from './diff-bump.js';
import type { Change, PackDiff } from './diff-change.js';
import { provenanceChanges } from './diff-provenance.js';
import { signOffFor } from './diff-reasons.js';
import { ruleAdded, ruleChanged } from './diff-rules.js';
import { packChanges, principleChanges } from './diff-settings.js';
import type { Pack } from './library.js';

export type { Bump, DeclaredBump } from './diff-bump.js';
export { declaredBump, maxBump, nextVersion } from './diff-bump.js';
export type { Change, PackDiff } from './diff-change.js';
export type { ExampleOutcome, OutcomeChange } from './diff-evidence.js';
export { withEvidence, worsened } from './diff-evidence.js';
export { fragmentImplies } from './diff-narrowing.js';

export function diffPacks(a: Pack, b: Pack): PackDiff {
  const changes: Change[] = [];
  const staleRules: string[] = [];
  const ruleIds = [...new Set([...a.rules.map((r) => r.id), ...b.rules.map((r) => r.id)])].sort();
  for (const id of ruleIds) {
    const before = a.rules.find((r) => r.id === id);
    const after = b.rules.find((r) => r.id === id);
    let change: Change | undefined;
    if (!before && after) change = ruleAdded(after, b);
    else if (before && !after) change = { subject: 'rule', id, change: 'removed', bump: 'minor', why: 'a removed rule can only stop findings', details: [`was ${before.level}`] };
    else if (before && after) {
      const c = ruleChanged(before, after, a, b);
      change = c?.change;
      if (c?.stale) staleRules.push(id);
    }
    if (!change) continue;
    const signOff = signOffFor(change, (before ?? after)?.category);
    changes.push(signOff ? { ...change, signOff } : change);
  }
  changes.push(...principleChanges(a, b), ...packChanges(a, b), ...provenanceChanges(a, b));
  const required = maxBump(...changes.map((c) => c.bump));
  const declared = declaredBump(a.version, b.version);
  return { pack: b.name, from: a.version, to: b.version, changes, staleRules, required, declared, enough: isEnough(declared, required), suggested: nextVersion(a.version, required) };
}
