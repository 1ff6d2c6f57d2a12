// What the talent-consent rules read about each performer, computed once on the evaluation date
// (documented in src/schema/genai-usage.v2.schema.json, definitions.derivedPerformer). The facts are
// the instruments' common ground — whose consent, signed when, covering what, with what notice —;
// which instrument needs which of them, from when and where, is the pack's data.

import type { PathSegment } from '../parse/yaml-source.js';
import { addDays, isCalendarDate } from '../util/dates.js';
import type { ConsentForm, ConsentRecord, Jurisdiction, Performer, TriState, Use } from './types.js';

export type ConsentVerdict = 'documented' | 'unknown' | 'out-of-scope' | 'too-late' | 'wrong-party' | 'incomplete' | 'none';

export interface DerivedPerformer {
  who: string;
  consent: ConsentVerdict;
  /** Index in `consent` of the record that decides `consent`; -1 without one. */
  record: number;
  form: ConsentForm | 'none';
  described: TriState;
  representation: NonNullable<ConsentRecord['representation']>;
  agreement: NonNullable<Performer['agreement']>;
  replica_type: NonNullable<Performer['replica_type']>;
  minor: TriState;
  guardian_consent: TriState;
  deceased: TriState;
  authority: NonNullable<NonNullable<Performer['rights_holder']>['authority']> | 'none';
  died_on: string;
  domicile: Jurisdiction;
  domicile_at_death: Jurisdiction;
  performed_in: Jurisdiction;
  scanned: TriState;
  notice: 'in-time' | 'late' | 'none' | 'not-applicable' | 'unknown';
  business_reason: TriState;
}

export interface DerivedTalent {
  performers: DerivedPerformer[];
  work_on: string;
  released_on: string;
  distribution: Jurisdiction[];
}

export interface TalentContext {
  today: string;
  /** `production.id`, which `covers.projects` names. */
  production?: string;
}

// Best first: the record that decides is the one that comes closest to documented consent.
const RANK: readonly ConsentVerdict[] = ['documented', 'unknown', 'out-of-scope', 'too-late', 'wrong-party', 'incomplete', 'none'];
const FORM_RANK: ReadonlyArray<ConsentForm | undefined> = ['separate-writing', 'rider', 'contract-clause', 'voucher', 'unknown', undefined];

export function deriveTalent(use: Use, ctx: TalentContext): DerivedTalent {
  const scans = use.talent.performers.map((p) => p.session?.scanned_on).filter((d): d is string => d !== undefined && isCalendarDate(d));
  const work_on = use.dates?.started_on ?? scans.sort()[0] ?? 'unknown';
  const released_on = use.dates?.released_on ?? work_on;
  const distribution = use.distribution && use.distribution.length > 0 ? use.distribution : (['unknown'] as Jurisdiction[]);
  const performers = use.talent.performers.map((p) => performer(p, use, { ...ctx, work_on, released_on, distribution }));
  return { performers, work_on, released_on, distribution };
}

interface Judged extends TalentContext {
  work_on: string;
  released_on: string;
  distribution: Jurisdiction[];
}

function performer(p: Performer, use: Use, ctx: Judged): DerivedPerformer {
  const minor: TriState = p.minor ?? false;
  const verdicts = p.consent.map((r) => judge(r, p, use, ctx, minor));
  let record = -1;
  verdicts.forEach((v, i) => {
    const best = verdicts[record];
    if (record < 0 || RANK.indexOf(v) < RANK.indexOf(best as ConsentVerdict)) record = i;
    else if (v === best && FORM_RANK.indexOf(p.consent[i]?.form) < FORM_RANK.indexOf(p.consent[record]?.form)) record = i;
  });
  const deciding = p.consent[record];
  const deceased: TriState = p.status === 'unknown' ? 'unknown' : p.status === 'deceased';
  return {
    who: p.who,
    consent: record < 0 ? 'none' : (verdicts[record] as ConsentVerdict),
    record,
    form: deciding ? (deciding.form ?? 'unknown') : 'none',
    described: deciding ? deciding.description !== undefined : 'unknown',
    representation: deciding?.representation ?? 'unknown',
    agreement: p.agreement ?? (p.union === 'non-member' ? 'none' : 'unknown'),
    replica_type: p.replica_type ?? 'unknown',
    minor,
    guardian_consent: minor === false ? false : p.consent.some((r, i) => r.party === 'guardian' && verdicts[i] === 'documented') ? true : minor === true ? false : 'unknown',
    deceased,
    authority: p.status === 'living' ? 'none' : (p.rights_holder?.authority ?? 'unknown'),
    died_on: p.date_of_death ?? 'unknown',
    domicile: p.domicile ?? 'unknown',
    domicile_at_death: p.domicile_at_death ?? 'unknown',
    performed_in: p.performed_in ?? 'unknown',
    ...session(p),
  };
}

// The day a consent must be signed by: the scan that makes the replica, else the first day of work.
function deadline(p: Performer, ctx: Judged): string {
  const scan = p.session?.scanned_on;
  if (scan !== undefined && isCalendarDate(scan)) return scan;
  return isCalendarDate(ctx.work_on) ? ctx.work_on : ctx.today;
}

function judge(r: ConsentRecord, p: Performer, use: Use, ctx: Judged, minor: TriState): ConsentVerdict {
  if (r.party === undefined || r.scope === undefined || r.signed_on === undefined || !isCalendarDate(r.signed_on)) return 'incomplete';
  const party = rightParty(r, p, minor);
  if (party === false) return 'wrong-party';
  if (r.signed_on > deadline(p, ctx) || r.signed_on > ctx.today) return 'too-late';
  const scope = inScope(r, use, ctx);
  if (scope === false) return 'out-of-scope';
  return party === 'unknown' || scope === 'unknown' ? 'unknown' : 'documented';
}

// Whose consent it takes: an adult's own, a minor's guardian's, the estate's (or, when no representative
// can be found, the union's) once deceased; "all parties" covers any of them. A union's agreement is
// otherwise not the performer's consent.
function rightParty(r: ConsentRecord, p: Performer, minor: TriState): TriState {
  if (r.party === 'all-parties') return true;
  if (p.status === 'deceased') return r.party === 'estate' || (r.party === 'union' && p.rights_holder?.authority === 'union');
  if (r.party === 'union') return false;
  if (p.status === 'unknown') return 'unknown';
  if (minor === 'unknown') return r.party === 'estate' ? false : 'unknown';
  return r.party === (minor ? 'guardian' : 'performer');
}

function inScope(r: ConsentRecord, use: Use, ctx: Judged): TriState {
  if (use.talent.model_reuse === true && r.scope !== 'other-productions') return false;
  const c = r.covers;
  if (!c) return true;
  if (c.projects && !(ctx.production !== undefined && c.projects.includes(ctx.production))) return ctx.production === undefined ? 'unknown' : false;
  if (c.media && !use.output.kinds.every((k) => c.media?.includes(k))) return false;
  if (c.term_ends !== undefined && isCalendarDate(ctx.released_on) && c.term_ends < ctx.released_on) return false;
  if (c.territories && !c.territories.includes('worldwide')) {
    if (ctx.distribution.includes('worldwide')) return false;
    if (!ctx.distribution.every((t) => t === 'unknown' || c.territories?.includes(t))) return false;
    if (ctx.distribution.includes('unknown')) return 'unknown';
  }
  return c.term_ends !== undefined && !isCalendarDate(ctx.released_on) ? 'unknown' : true;
}

// Notice 48 hours before the session, or at engagement when the performer is engaged less than 48
// hours ahead. Declarations give days, not hours: notice the day before the session cannot be told
// from 48 hours, so it is unknown rather than in time.
function session(p: Performer): Pick<DerivedPerformer, 'scanned' | 'notice' | 'business_reason'> {
  const s = p.session;
  const madeWithPerformer = p.replica_type === 'employment-based' || p.replica_type === 'background';
  if (!s) return madeWithPerformer ? { scanned: 'unknown', notice: 'unknown', business_reason: 'unknown' } : { scanned: false, notice: 'not-applicable', business_reason: true };
  const business_reason = s.business_reason !== undefined;
  if (s.scanned_on === undefined) return { scanned: 'unknown', notice: 'unknown', business_reason };
  if (s.notified_on === undefined) return { scanned: true, notice: 'none', business_reason };
  const lastDay = addDays(s.scanned_on, -2);
  const lateEngagement = s.engaged_on !== undefined && s.engaged_on > lastDay;
  let notice: DerivedPerformer['notice'];
  if (s.notified_on > s.scanned_on) notice = 'late';
  else if (s.notified_on <= lastDay || (lateEngagement && s.notified_on <= (s.engaged_on as string))) notice = 'in-time';
  else notice = 'unknown';
  return { scanned: true, notice, business_reason };
}

/** The performers (by index) a finding's fired paths read: `talent.performers[i]…` or `derived.performers[i]…`. */
export function performersRead(segmentsList: ReadonlyArray<readonly PathSegment[]>): number[] {
  const out = new Set<number>();
  for (const s of segmentsList) if ((s[0] === 'talent' || s[0] === 'derived') && s[1] === 'performers' && typeof s[2] === 'number') out.add(s[2]);
  return [...out].sort((a, b) => a - b);
}

/**
 * Where in the file a fact about a performer comes from, for a finding to point at: the consent
 * record that decided, the declared field, else the performer.
 */
export function declaredAt(segments: readonly PathSegment[], talent: DerivedTalent | undefined): PathSegment[] | undefined {
  if (segments[0] !== 'derived' || segments[1] !== 'performers' || typeof segments[2] !== 'number' || !talent) return undefined;
  const i = segments[2];
  const field = segments[3];
  const base: PathSegment[] = ['talent', 'performers', i];
  const d = talent.performers[i];
  if (d && d.record >= 0 && (field === 'consent' || field === 'form' || field === 'described' || field === 'representation')) return [...base, 'consent', d.record];
  if (field === 'died_on') return [...base, 'date_of_death'];
  if (field === 'authority') return [...base, 'rights_holder'];
  if (field === 'scanned' || field === 'notice' || field === 'business_reason') return [...base, 'session'];
  if (field === 'agreement' || field === 'replica_type' || field === 'minor' || field === 'domicile' || field === 'domicile_at_death' || field === 'performed_in') return [...base, field];
  return base;
}
