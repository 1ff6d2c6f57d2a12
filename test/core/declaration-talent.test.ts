// The talent fields of genai-usage/v2 on real YAML: a file using all of them is valid, contradictions
// between them are errors at their line, and the facts the core derives for each performer.
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/declaration/derived.js';
import { loadDeclaration } from '../../src/declaration/load.js';
import { patch } from '../helpers.js';
import { DOCUMENTED, declarationV2Yaml, V2_CLEAN_USE } from './v2-helpers.js';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const SCANNED = {
  who: 'Lead actor',
  status: 'living',
  union: 'member',
  agreement: 'sag-aftra-tv-theatrical',
  replica_type: 'employment-based',
  minor: false,
  domicile: 'US-CA',
  performed_in: 'US-NY',
  session: { engaged_on: '2026-03-01', notified_on: '2026-03-02', scanned_on: '2026-03-10', business_reason: 'Crowd shots of the lead in episode 6' },
  consent: [
    {
      ref: 'C-7',
      party: 'performer',
      scope: 'this-production',
      signed_on: '2026-03-05',
      form: 'separate-writing',
      description: 'Replica in the episode 6 stadium sequence, as scripted',
      representation: 'counsel',
      representation_ref: 'Firm LLP',
      covers: { projects: ['PRD-0001'], media: ['video'], territories: ['worldwide'], term_ends: '2030-12-31' },
      sha256: 'a'.repeat(64),
    },
  ],
};
const REPLICA_USE = patch(V2_CLEAN_USE, {
  output: { kinds: ['video'] },
  dates: { started_on: '2026-03-10', released_on: '2026-09-01' },
  distribution: ['US-CA', 'EU'],
  talent: { replica: 'create', performers: [SCANNED] },
});

const load = (use: unknown, extra: Record<string, unknown> = {}) => {
  const text = declarationV2Yaml([use], extra);
  return { text, loaded: loadDeclaration('g.yml', text) };
};

describe('talent fields of genai-usage/v2', () => {
  it('a file with every talent field is valid, and one without them is valid too', () => {
    const everything = patch(REPLICA_USE, {
      writing: { to_writer: true, disclosed: true, disclosed_on: '2026-02-01', handed_on: '2026-02-02' },
      direction: { consulted: true, consulted_on: '2026-02-03', record: 'MEMO-12' },
      talent: { synthetic: { performer: true, human_role: false, union_notice_on: '2026-02-04', bargaining_ref: 'SAG-N-1', added_value: 'A creature no actor can play' } },
    });
    expect(load(everything).loaded.errors).toEqual([]);
    const deceased = patch(V2_CLEAN_USE, {
      talent: {
        replica: 'use',
        replica_use: 'new-performance',
        performers: [
          {
            who: 'Late star',
            status: 'deceased',
            union: 'member',
            date_of_death: '2023-04-01',
            domicile_at_death: 'US-NY',
            rights_holder: { name: 'Estate of the star', authority: 'executor', ref: 'LT-1', sha256: 'b'.repeat(64) },
            consent: [{ ref: 'E-1', party: 'estate', scope: 'this-use', signed_on: '2026-01-01' }],
          },
        ],
      },
    });
    expect(load(deceased).loaded.errors).toEqual([]);
    expect(load(V2_CLEAN_USE).loaded.declaration?.uses[0]).not.toHaveProperty('distribution');
  });

  it("a production's distribution is each use's unless the use names its own", () => {
    const { loaded } = load(V2_CLEAN_USE, { production: { title: 'T', work: 'scripted', id: 'PRD-0001', distribution: ['US-TN'] } });
    expect(loaded.declaration?.uses[0]?.distribution).toEqual(['US-TN']);
  });

  const contradictions: Array<[string, Record<string, unknown>, string, string]> = [
    ['a living performer with a date of death', { talent: { performers: [{ ...DOCUMENTED, date_of_death: '2020-01-01' }] } }, 'date_of_death', 'set status to deceased'],
    ['a guardian for an adult', { talent: { performers: [{ ...DOCUMENTED, minor: false, guardian: 'Parent' }] } }, 'guardian:', 'set minor to true'],
    [
      'a representative named with no representation',
      { talent: { performers: [{ ...DOCUMENTED, consent: [{ ref: 'C', representation: 'none', representation_ref: 'X' }] }] } },
      'representation_ref',
      'drop representation_ref',
    ],
    ['engaged after the scan', { talent: { performers: [{ ...DOCUMENTED, session: { engaged_on: '2026-03-05', scanned_on: '2026-03-01' } }] } }, 'engaged_on', 'after the scan'],
    ['work ending before it starts', { dates: { started_on: '2026-03-05', ended_on: '2026-03-01' } }, 'ended_on', 'before it starts'],
    [
      'a consent term ending before it was signed',
      { talent: { performers: [{ ...DOCUMENTED, consent: [{ ref: 'C', signed_on: '2026-03-05', covers: { term_ends: '2026-01-01' } }] }] } },
      'term_ends',
      'before it was signed',
    ],
  ];
  for (const [name, changes, needle, message] of contradictions) {
    it(`a contradiction is an error at its line: ${name}`, () => {
      const { text, loaded } = load(patch(V2_CLEAN_USE, changes));
      expect(loaded.errors.map((e) => [e.code, e.line])).toEqual([['contradiction', lineOf(text, needle)]]);
      expect(loaded.errors[0]?.message).toContain(message);
    });
  }

  it('a session date that is not a calendar date is an error at its line', () => {
    const { text, loaded } = load(patch(V2_CLEAN_USE, { talent: { performers: [{ ...DOCUMENTED, session: { scanned_on: '2026-02-30' } }] } }));
    expect(loaded.errors.map((e) => [e.code, e.line])).toEqual([['invalid-date', lineOf(text, '2026-02-30')]]);
  });

  const derived = (use: unknown, today = '2026-12-01') => {
    const d = load(use).loaded.declaration?.uses[0];
    if (!d) throw new Error('declaration did not load');
    return derive(d, today, 'PRD-0001');
  };
  const withConsent = (record: Record<string, unknown>, performer: Record<string, unknown> = {}) =>
    patch(REPLICA_USE, { talent: { performers: [{ ...SCANNED, ...performer, consent: [{ ...SCANNED.consent[0], ...record }] }] } });

  it('derives documented consent, notice in time and the declared nexus for a scanned performer', () => {
    const d = derived(REPLICA_USE);
    expect(d).toMatchObject({ work_on: '2026-03-10', released_on: '2026-09-01', distribution: ['US-CA', 'EU'] });
    expect(d.performers[0]).toMatchObject({
      consent: 'documented',
      record: 0,
      form: 'separate-writing',
      described: true,
      representation: 'counsel',
      notice: 'in-time',
      business_reason: true,
      domicile: 'US-CA',
      performed_in: 'US-NY',
      agreement: 'sag-aftra-tv-theatrical',
    });
  });

  const verdicts: Array<[string, unknown, string]> = [
    ['signed after the scan', withConsent({ signed_on: '2026-03-11' }), 'too-late'],
    ['from the union', withConsent({ party: 'union' }), 'wrong-party'],
    ['for another project', withConsent({ covers: { projects: ['PRD-9999'] } }), 'out-of-scope'],
    ['for audio only', withConsent({ covers: { media: ['audio'] } }), 'out-of-scope'],
    ['for New York only', withConsent({ covers: { territories: ['US-NY'] } }), 'out-of-scope'],
    ['a term that ends before release', withConsent({ covers: { term_ends: '2026-06-30' } }), 'out-of-scope'],
    ['without party', withConsent({ party: undefined }), 'incomplete'],
    ['for a minor, signed by the performer', withConsent({}, { minor: true }), 'wrong-party'],
    ['for a performer whose status is unknown', withConsent({}, { status: 'unknown' }), 'unknown'],
  ];
  for (const [name, use, verdict] of verdicts) {
    it(`a consent ${name} is ${verdict}`, () => expect(derived(use).performers[0]?.consent).toBe(verdict));
  }

  it('notice the day before the scan cannot be told from 48 hours; notice at a late engagement is in time', () => {
    const notice = (session: Record<string, string>) => derived(patch(REPLICA_USE, { talent: { performers: [{ ...SCANNED, session }] } })).performers[0]?.notice;
    expect(notice({ notified_on: '2026-03-09', scanned_on: '2026-03-10' })).toBe('unknown');
    expect(notice({ engaged_on: '2026-03-09', notified_on: '2026-03-09', scanned_on: '2026-03-10' })).toBe('in-time');
    expect(notice({ notified_on: '2026-03-11', scanned_on: '2026-03-10' })).toBe('late');
    expect(notice({ scanned_on: '2026-03-10' })).toBe('none');
  });

  it('without dates, the work date is unknown', () => {
    expect(derived(V2_CLEAN_USE).work_on).toBe('unknown');
  });
});
