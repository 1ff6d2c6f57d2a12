import type { Bump, DeclaredBump } from './diff-bump.js';

export interface Change {
  subject: 'rule' | 'principle' | 'pack' | 'provenance';
  /** Rule id, principle id, or the pack field (`approval.max_age_days`). */
  id: string;
  change: 'added' | 'removed' | 'changed';
  bump: Exclude<Bump, 'none'>;
  /** Why this change needs that bump, in one sentence. */
  why: string;
  /** What changed, one aspect per line (`level: escalate → block`). */
  details: string[];
  /** Set when the change loosens an ethics or talent rule: why a person signs it off. */
  signOff?: string;
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

export { LEVEL_RANK } from '../model/vocabulary.js';

export function quote(s: string): string {
  return s.length > 60 ? `"${s.slice(0, 57)}…"` : `"${s}"`;
}
