// Whether every performer's consent is in force for this use, as netflix-genai 4.0.0 reads "explicit,
// documented consent" (docs/guidance/netflix-genai.md#r4-consent): signed before the work and before the
// approvals it supports, covering this use, from the right party.
import { isCalendarDate } from '../util/dates.js';
import type { ConsentRecord, Performer, TriState, Use } from './types.js';

export interface ConsentContext {
  today: string;
  production?: string;
  /** First day of the use's work (`dates.started_on`, else the first scan), or `unknown`. */
  workOn: string;
  /** References of `this-use` consent records that more than one use of the declaration lists. */
  sharedThisUse?: ReadonlySet<string>;
}

export function consentInForce(use: Use, ctx: ConsentContext): TriState {
  const performers = use.talent.performers;
  if (performers.length === 0) return false;
  const approvedOn = use.approvals
    .map((a) => a.approved_on)
    .filter(isCalendarDate)
    .sort()[0];
  const each = performers.map((p) => {
    let best: TriState = false;
    for (const r of p.consent) {
      const v = recordCounts(r, p, use, ctx, approvedOn);
      if (v === true) return true;
      if (v === 'unknown') best = 'unknown';
    }
    return best;
  });
  if (each.includes(false)) return false;
  return each.includes('unknown') ? 'unknown' : true;
}

/** The references of `this-use` records listed by more than one use: scoped to one use, they cover none for sure. */
export function sharedThisUseRefs(uses: readonly Use[]): Set<string> {
  const seen = new Map<string, number>();
  for (const u of uses) {
    const refs = new Set(u.talent.performers.flatMap((p) => p.consent.filter((r) => r.scope === 'this-use').map((r) => r.ref)));
    for (const ref of refs) seen.set(ref, (seen.get(ref) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([ref]) => ref));
}

function recordCounts(r: ConsentRecord, p: Performer, use: Use, ctx: ConsentContext, approvedOn: string | undefined): TriState {
  if (r.party === undefined || r.scope === undefined || r.signed_on === undefined || !isCalendarDate(r.signed_on)) return false;
  const signed = r.signed_on;
  if (signed > ctx.today) return false;
  // Consent comes before the work it covers and before the approval that relies on it.
  const scan = p.session?.scanned_on;
  if (scan !== undefined && isCalendarDate(scan) && signed > scan) return false;
  if (isCalendarDate(ctx.workOn) && signed > ctx.workOn) return false;
  if (approvedOn !== undefined && signed > approvedOn) return false;
  if (r.scope === 'this-use' && ctx.sharedThisUse?.has(r.ref)) return false;
  if (use.talent.model_reuse === true && r.scope !== 'other-productions') return false;
  const covers = r.covers;
  if (covers?.projects && ctx.production !== undefined && !covers.projects.includes(ctx.production)) return false;
  if (covers?.media && !use.output.kinds.every((k) => covers.media?.includes(k))) return false;
  return party(r, p);
}

// The performer's own (a guardian's for a minor, and a guardian's only for a minor); once deceased, the
// estate's — or the performer's own, given in life and scoped to this production or use, for it.
function party(r: ConsentRecord, p: Performer): TriState {
  if (r.party === 'all-parties') return true;
  if (r.party === 'union') return false;
  const minor: TriState = p.minor ?? false;
  if (p.status === 'living') {
    if (minor === 'unknown') return r.party === 'performer' || r.party === 'guardian' ? 'unknown' : false;
    return r.party === (minor ? 'guardian' : 'performer');
  }
  if (p.status === 'deceased') {
    if (r.party === 'estate') return true;
    if (r.party !== 'performer' || r.scope === 'other-productions') return false;
    const died = p.date_of_death;
    if (died === undefined || !isCalendarDate(died)) return 'unknown';
    return (r.signed_on as string) <= died;
  }
  return r.party === 'guardian' && minor === false ? false : 'unknown';
}
