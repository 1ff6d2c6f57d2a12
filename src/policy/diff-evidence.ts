// Example outcome changes: what running the example declarations under both versions proved.
import type { UseOutcome } from '../model/report.js';
import type { Bump } from './diff-bump.js';
import { isEnough, maxBump, nextVersion } from './diff-bump.js';
import type { PackDiff } from './diff-change.js';

export type ExampleOutcome = UseOutcome | 'invalid';

export interface OutcomeChange {
  /** The example declaration, as shown to the user. */
  example: string;
  use: string;
  from: ExampleOutcome;
  to: ExampleOutcome;
  rulesAdded: string[];
  rulesRemoved: string[];
  /** Why the use's findings or outcome differ, one sentence each. */
  reasons: string[];
  /** Ethics and talent rules whose findings this change clears or removes: a loosening someone signs off. */
  signOff: string[];
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
