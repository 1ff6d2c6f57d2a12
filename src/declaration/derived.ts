// Fields genai-clearance computes for each use on the evaluation date and packs for v2 read under
// `derived.` (documented in src/schema/genai-usage.v2.schema.json, definitions.derived). They are
// computed here, once, so "documented consent" means the same in every rule and every pack.
import { isCalendarDate } from '../util/dates.js';
import { couldMisleadStated } from './defaults.js';
import { consentInForce } from './derived-consent.js';
import type { DerivedTalent } from './derived-talent.js';
import { deriveTalent } from './derived-talent.js';
import type { ConsentRecord, Performer, TriState, Use } from './types.js';

export interface Derived extends DerivedTalent {
  disclosed: boolean;
  consent_documented: TriState;
  reuse_consent_documented: TriState;
  could_mislead: TriState;
  disclosure: Disclosure;
  consent_in_force: TriState;
}

/** What the Code of Practice on transparency of AI-generated content asks a deployer to show. */
export interface Disclosure {
  label: string;
  placement: string;
  timing: string;
}

/** `production`: the production id the use is judged under, which a consent's `covers.projects` names. */
/** `sharedThisUse`: references of `this-use` consent records that several uses of the declaration list. */
export function derive(use: Use, today: string, production?: string, sharedThisUse?: ReadonlySet<string>): Derived {
  const performers = use.talent.performers;
  const talent = deriveTalent(use, production === undefined ? { today } : { today, production });
  return {
    disclosed: use.disclosed !== false && use.disclosed <= today,
    consent_documented: every(performers, (p) => consentOf(p, today, false)),
    reuse_consent_documented: every(performers, (p) => consentOf(p, today, true)),
    could_mislead: couldMisleadStated(use) ? use.audience.could_mislead : 'unknown',
    disclosure: disclosureFor(use),
    consent_in_force: consentInForce(use, { today, workOn: talent.work_on, ...(production === undefined ? {} : { production }), ...(sharedThisUse ? { sharedThisUse } : {}) }),
    ...talent,
  };
}

// The Code's labels: "AI GENERATED" for wholly synthetic content, "AI MODIFIED" for manipulated
// existing material (docs/guidance/eu-ai-act-art50.md#labels).
const MODIFIED_TYPES = new Set(['compositeWithTrainedAlgorithmicMedia', 'compositeSynthetic', 'algorithmicallyEnhanced']);
const GENERATED_TYPES = new Set(['trainedAlgorithmicMedia', 'algorithmicMedia']);

function disclosureFor(use: Use): Disclosure {
  const type = use.output.source_type;
  const modified = (type !== undefined && MODIFIED_TYPES.has(type)) || use.talent.alteration === 'significant';
  const label =
    modified && !(type !== undefined && GENERATED_TYPES.has(type))
      ? 'AI MODIFIED'
      : type !== undefined && GENERATED_TYPES.has(type)
        ? 'AI GENERATED'
        : 'AI GENERATED if wholly generated, AI MODIFIED if existing material was manipulated (record output.source_type to say which)';
  const kinds = new Set(use.output.kinds);
  const where: string[] = [];
  if (kinds.has('video') || kinds.has('3d')) where.push('video: at the start and again after each ad break, in an unobstructed position (top right suggested)');
  if (kinds.has('image')) where.push('image: on the image, in an unobstructed position (top right suggested)');
  if (kinds.has('audio') || kinds.has('voice') || kinds.has('music')) where.push('audio: a spoken disclaimer at the start, repeated in long content');
  if (kinds.has('text')) where.push('text: next to the text, where it is read');
  return { label, placement: where.join('; '), timing: 'no later than the first exposure' };
}

/** A consent record counts only when it says who consented, to what, and when, on or before `today`. */
function isComplete(r: ConsentRecord, today: string): boolean {
  return r.party !== undefined && r.scope !== undefined && r.signed_on !== undefined && isCalendarDate(r.signed_on) && r.signed_on <= today;
}

// No performer listed means no one's consent is documented.
function every(performers: readonly Performer[], one: (p: Performer) => TriState): TriState {
  if (performers.length === 0) return false;
  const each = performers.map(one);
  if (each.includes(false)) return false;
  return each.includes('unknown') ? 'unknown' : true;
}

// Whose consent it takes: the performer's own (or a guardian's) while living, the estate's once
// deceased, and "all parties" covers either. A union's agreement is not the performer's consent.
const PARTIES: Record<Performer['status'], ReadonlyArray<ConsentRecord['party']>> = {
  living: ['performer', 'guardian', 'all-parties'],
  deceased: ['estate', 'all-parties'],
  unknown: ['all-parties'],
};

function consentOf(p: Performer, today: string, reuse: boolean): TriState {
  let result: TriState = false;
  for (const r of p.consent) {
    if (!isComplete(r, today)) continue;
    // Reuse in another production, pitch or concept needs the express consent of all parties to it.
    if (reuse && !(r.party === 'all-parties' && r.scope === 'other-productions')) continue;
    if (PARTIES[p.status].includes(r.party)) return true;
    // Status unknown: a performer's or an estate's record may be the right one; nobody can tell yet.
    if (p.status === 'unknown' && r.party !== 'union') result = 'unknown';
  }
  return result;
}
