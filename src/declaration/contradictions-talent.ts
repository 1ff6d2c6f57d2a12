// Talent fields that cannot all be true at once, and dates that are not calendar dates: each an error
// at its line, saying what to change (called by ./contradictions.ts for every v2 use).
import type { PathSegment } from '../parse/yaml-source.js';
import { isCalendarDate } from '../util/dates.js';
import type { Use } from './types.js';

export type At = (tail: PathSegment[], code: string, message: string) => void;

export function talentContradictions(use: Use, at: At): void {
  const date = (tail: PathSegment[], v: string | undefined) => {
    if (v !== undefined && !isCalendarDate(v)) at(tail, 'invalid-date', `${v} is not a calendar date`);
    return v !== undefined && isCalendarDate(v) ? v : undefined;
  };
  const started = date(['dates', 'started_on'], use.dates?.started_on);
  const ended = date(['dates', 'ended_on'], use.dates?.ended_on);
  date(['dates', 'released_on'], use.dates?.released_on);
  if (started && ended && ended < started) at(['dates', 'ended_on'], 'contradiction', `the work ends (${ended}) before it starts (${started}): correct dates.started_on or dates.ended_on`);
  date(['writing', 'disclosed_on'], use.writing?.disclosed_on);
  date(['writing', 'handed_on'], use.writing?.handed_on);
  date(['direction', 'consulted_on'], use.direction?.consulted_on);
  if (use.writing?.disclosed === false && use.writing.disclosed_on !== undefined) {
    at(['writing', 'disclosed_on'], 'contradiction', 'writing.disclosed is false but a disclosure date is given: set writing.disclosed to true, or drop disclosed_on');
  }
  if (use.direction?.consulted === false && use.direction.consulted_on !== undefined) {
    at(['direction', 'consulted_on'], 'contradiction', 'direction.consulted is false but a consultation date is given: set direction.consulted to true, or drop consulted_on');
  }
  const syn = use.talent.synthetic;
  if (syn) {
    date(['talent', 'synthetic', 'union_notice_on'], syn.union_notice_on);
    if (syn.performer === false && syn.human_role !== undefined && syn.human_role !== false) {
      at(['talent', 'synthetic', 'human_role'], 'contradiction', 'talent.synthetic.performer is false, so no synthetic performer plays a role: set performer to true (or unknown), or drop human_role');
    }
  }
  use.talent.performers.forEach((p, j) => {
    const base: PathSegment[] = ['talent', 'performers', j];
    const died = date([...base, 'date_of_death'], p.date_of_death);
    if (p.status === 'living') {
      for (const field of ['date_of_death', 'domicile_at_death', 'rights_holder'] as const) {
        if (p[field] !== undefined) at([...base, field], 'contradiction', `\`${field}\` is for a deceased performer, but status is living: set status to deceased, or drop ${field}`);
      }
    }
    if (p.minor === false && p.guardian !== undefined) at([...base, 'guardian'], 'contradiction', 'a guardian signs for a minor, but minor is false: set minor to true, or drop guardian');
    const s = p.session;
    if (s) {
      const engaged = date([...base, 'session', 'engaged_on'], s.engaged_on);
      date([...base, 'session', 'notified_on'], s.notified_on);
      const scanned = date([...base, 'session', 'scanned_on'], s.scanned_on);
      if (engaged && scanned && engaged > scanned)
        at([...base, 'session', 'engaged_on'], 'contradiction', `the performer is engaged (${engaged}) after the scan (${scanned}): correct engaged_on or scanned_on`);
      if (died && scanned && scanned > died)
        at([...base, 'session', 'scanned_on'], 'contradiction', `a scan session on ${scanned} is after the performer's death (${died}): correct the date, or drop session`);
    }
    p.consent.forEach((c, k) => {
      const rec: PathSegment[] = [...base, 'consent', k];
      if (c.party === 'guardian' && p.minor === false)
        at([...rec, 'party'], 'contradiction', 'a guardian consents for a minor, but the performer is not a minor (minor: false): set party to performer, or minor to true');
      // An estate's record for a living performer is valid v2 (it was before these fields): the rules read it as the wrong party.
      if (c.rider_version !== undefined && c.form !== undefined && c.form !== 'rider' && c.form !== 'unknown') {
        at([...rec, 'rider_version'], 'contradiction', `rider_version is given, but form is ${c.form}: set form to rider, or drop rider_version`);
      }
      if (c.representation === 'none' && c.representation_ref !== undefined) {
        at([...rec, 'representation_ref'], 'contradiction', 'representation is none, but a representative is named: set representation to counsel or union-agreement, or drop representation_ref');
      }
      const term = c.covers?.term_ends;
      date([...rec, 'covers', 'term_ends'], term);
      if (term && c.signed_on && isCalendarDate(term) && isCalendarDate(c.signed_on) && term < c.signed_on) {
        at([...rec, 'covers', 'term_ends'], 'contradiction', `the consent's term ends (${term}) before it was signed (${c.signed_on}): correct covers.term_ends or signed_on`);
      }
    });
  });
}
