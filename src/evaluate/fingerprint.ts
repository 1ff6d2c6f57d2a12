import { createHash } from 'node:crypto';
import { canonicalJson } from '../validate/canonical-json.js';

/**
 * The fingerprint of what a use declares, approvals aside: a reviewer approves this content, and any
 * change to it (a tool, an input, a performer, a word of the summary) gives another fingerprint, so the
 * approval no longer matches. 128 bits: the author writes both the use that gets approved and the one
 * swapped in later, so a birthday search is the attack, and 2^64 tries puts it out of reach.
 */
export function useFingerprint(use: object): string {
  const { approvals: _approvals, ...content } = use as { approvals?: unknown };
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 32);
}
