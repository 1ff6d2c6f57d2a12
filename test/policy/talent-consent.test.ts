// talent-consent@1 beside netflix-genai and eu-ai-act-art50 on real YAML: each finding under its own
// pack, a platform approval never clearing a talent rule (and a talent approval doing so, its honest
// twin), a studio requiring the pack in its trusted configuration, findings at the consent record's
// line, and the reviewer comment showing the consent records each talent finding judged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { renderMarkdown, renderText } from '../../src/render/index.js';
import { evaluateYaml, onlyUse, ROOT } from '../helpers.js';

const TODAY = '2026-12-07';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const SCAN_2026 = {
  id: 'stadium-scan',
  summary: 'Scan the lead for the episode 4 stadium crowd',
  stage: 'post-production',
  disclosed: '2026-11-02',
  tools: [{ name: 'Replica Studio', enterprise: true, trains_on_inputs: false }],
  inputs: ['talent-likeness'],
  output: { kinds: ['video'], final: true, prominence: 'featured', source_type: 'trainedAlgorithmicMedia' },
  dates: { started_on: '2026-08-10', released_on: '2027-03-01' },
  talent: {
    replica: 'create',
    replica_use: 'as-performed',
    performers: [
      {
        who: 'Maya Torres (lead)',
        status: 'living',
        union: 'member',
        agreement: 'sag-aftra-tv-theatrical',
        replica_type: 'employment-based',
        performed_in: 'US-CA',
        domicile: 'US-CA',
        session: { engaged_on: '2026-07-01', notified_on: '2026-08-03', scanned_on: '2026-08-10' },
        consent: [
          {
            ref: 'CONSENT-0001',
            party: 'performer',
            scope: 'this-production',
            signed_on: '2026-08-01',
            form: 'separate-writing',
            description: 'Stadium crowd, as scripted',
            representation: 'counsel',
          },
        ],
      },
    ],
  },
};

const declaration = (use: unknown, policies = ['netflix-genai@3', 'eu-ai-act-art50@2', 'talent-consent@1']) =>
  stringify({ format: 'genai-usage/v2', policies, production: { title: 'The Stadium', work: 'scripted', id: 'PRD-7001' }, uses: [use] });
const withApprovals = (approvals: unknown[]) => ({ ...SCAN_2026, approvals });

describe('talent-consent@1 with netflix-genai and eu-ai-act-art50', () => {
  it('judges one use under all three packs, each finding under its own pack', () => {
    const use = onlyUse(evaluateYaml(declaration(SCAN_2026), { today: TODAY }));
    const packOf = (rule: string) => use.findings.find((f) => f.rule === rule)?.pack;
    expect(packOf('scan-business-reason')).toBe('talent-consent');
    expect(packOf('replica-creation')).toBe('netflix-genai');
    expect(packOf('real-likeness-disclosure')).toBe('eu-ai-act-art50');
    const comment = renderMarkdown(evaluateYaml(declaration(SCAN_2026), { today: TODAY }));
    expect(comment).toContain('talent-consent');
    expect(comment).toContain('netflix-genai');
  });

  it('a platform approval naming a talent rule never clears it', () => {
    const platform = withApprovals([{ ref: 'GENAI-2026-0313', rules: ['replica-creation', 'scan-business-reason'], approved_on: '2026-11-20' }]);
    const use = onlyUse(evaluateYaml(declaration(platform), { today: TODAY }));
    expect(use.findings.find((f) => f.rule === 'replica-creation')?.status).toBe('approved');
    expect(use.findings.find((f) => f.rule === 'scan-business-reason')?.status).toBe('needs-approval');
  });

  it('honest twin: a talent approval under its own reference clears the talent rule', () => {
    const talent = withApprovals([{ ref: 'TAL-2026-0001', rules: ['scan-business-reason'], approved_on: '2026-11-20' }]);
    const use = onlyUse(evaluateYaml(declaration(talent), { today: TODAY }));
    expect(use.findings.find((f) => f.rule === 'scan-business-reason')).toMatchObject({ status: 'approved', approval: 'TAL-2026-0001' });
  });

  it('a studio that requires the pack in its trusted configuration has it judge a declaration that does not pin it', () => {
    const loaded = loadConfig('.github/genai-clearance.yml', 'format: genai-clearance-config/v1\npacks:\n  - pack: netflix-genai\n  - pack: talent-consent\n');
    if (!('config' in loaded)) throw new Error(JSON.stringify(loaded.errors));
    const use = onlyUse(evaluateYaml(declaration(SCAN_2026, ['netflix-genai@3']), { today: TODAY, config: loaded.config }));
    expect(use.findings.find((f) => f.rule === 'scan-business-reason')?.pack).toBe('talent-consent');
    // Without the requirement, the pack the declaration does not pin does not judge it.
    const alone = onlyUse(evaluateYaml(declaration(SCAN_2026, ['netflix-genai@3']), { today: TODAY }));
    expect(alone.findings.some((f) => f.pack === 'talent-consent')).toBe(false);
  });
});

describe('what a reviewer and a production team see', () => {
  it('a consent record missing a field is a finding at its line naming the field and what to write', () => {
    const partial = {
      ...SCAN_2026,
      talent: { ...SCAN_2026.talent, performers: [{ ...SCAN_2026.talent.performers[0], consent: [{ ref: 'CONSENT-0102', scope: 'this-production', signed_on: '2026-08-01', form: 'rider' }] }] },
    };
    const text = declaration(partial, ['talent-consent@1']);
    const use = onlyUse(evaluateYaml(text, { today: TODAY }));
    const missing = use.findings.find((f) => f.rule === 'consent-record-party-missing');
    expect(missing?.paths.find((p) => p.path.endsWith('consent[0]'))?.line).toBe(lineOf(text, 'ref: CONSENT-0102'));
    expect(missing?.message).toContain('`party` is missing');
    expect(missing?.remedy).toContain('`party:`');
    // The block it causes points at the same record, and the comment says what to write there.
    expect(use.findings.find((f) => f.rule === 'replica-consent-missing')?.paths.find((p) => p.path.endsWith('.consent'))?.line).toBe(lineOf(text, 'ref: CONSENT-0102'));
    const comment = renderMarkdown(evaluateYaml(text, { today: TODAY }));
    expect(comment).toContain('no party: write party: performer (or guardian, estate, all-parties)');
  });

  it('the comment and the terminal show, for each talent finding, the performer and the consent records it judged', () => {
    const late = {
      ...SCAN_2026,
      talent: { ...SCAN_2026.talent, performers: [{ ...SCAN_2026.talent.performers[0], consent: [{ ...SCAN_2026.talent.performers[0]?.consent[0], signed_on: '2026-08-12' }] }] },
    };
    const text = declaration(late, ['talent-consent@1']);
    const report = evaluateYaml(text, { today: TODAY });
    const judged = `Maya Torres (lead) (line ${lineOf(text, 'who: Maya Torres')}) — CONSENT-0001 (line ${lineOf(text, 'ref: CONSENT-0001')}): party performer, scope this-production, signed 2026-08-12`;
    expect(renderMarkdown(report)).toContain(`Consent judged: ${judged}`);
    expect(renderText(report, { color: false })).toContain(`consent judged: ${judged}`);
    // A finding that reads no performer shows none.
    expect(onlyUse(report).findings.find((f) => f.rule === 'scan-business-reason')?.performers?.[0]?.who).toBe('Maya Torres (lead)');
  });

  it('the pack ships with its changelog, guidance and examples, and the README shows how a studio requires it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/- pack: talent-consent/);
    for (const file of ['policy/talent-consent/CHANGELOG.md', 'policy/talent-consent/README.md', 'docs/guidance/talent-consent.md']) {
      expect(readFileSync(join(ROOT, file), 'utf8').length).toBeGreaterThan(500);
    }
  });
});
