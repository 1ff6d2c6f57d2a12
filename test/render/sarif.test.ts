import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { artifactUri, renderSarif } from '../../src/render/sarif.js';
import { failReport, HOSTILE_PATH, hostileReport, passReport, twoPackReport } from './fixtures.js';

// The OASIS SARIF 2.1.0 schema (rtm.5, JSON Schema draft-04), kept beside this test as a fixture (as
// shipped in Microsoft's SARIF SDK packages) so the test needs no package that only carries it.
const require = createRequire(import.meta.url);
const schema = require('./sarif-2.1.0-rtm.5.schema.json') as Record<string, unknown>;

const ajv = new AjvDraft04.default({
  allErrors: true,
  strict: false,
  // The schema's language-tag pattern has a stray `]` that is only legal without the `u` flag.
  unicodeRegExp: false,
  formats: {
    uri: (s: string) => URL.canParse(s),
    'uri-reference': (s: string) => !/[\s<>"{}|\\^`]/.test(s) && URL.canParse(s, 'file:///repo/'),
    'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
  },
});
const validate = ajv.compile(schema);

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
  properties?: { use?: string; status?: string };
}

interface Log {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; properties: Record<string, unknown> }[] } }; results: Result[] }[];
}

function sarif(report: Report, informationUri?: string): Log {
  return JSON.parse(renderSarif(report, informationUri !== undefined ? { informationUri } : {})) as Log;
}

function run(report: Report): Log['runs'][number] {
  const first = sarif(report).runs[0];
  if (!first) throw new Error('no run');
  return first;
}

describe('renderSarif', () => {
  it.each([
    ['pass', passReport],
    ['fail', failReport],
    ['two packs', twoPackReport],
    ['hostile', hostileReport],
  ])('is valid SARIF 2.1.0 (%s)', (_name, report) => {
    const log = sarif(report, 'https://genai-clearance.example/docs');
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: 'genai-clearance', version: '0.1.0', informationUri: 'https://genai-clearance.example/docs' });
  });

  it('uses a validator that does reject broken SARIF', () => {
    const log = sarif(failReport);
    const broken = { ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0]?.results[0], level: 'fatal' }] }] };
    expect(validate(broken)).toBe(false);
  });

  it('derives rules from the findings, plus synthetic rules for invalid files and warnings', () => {
    const { tool, results } = run(failReport);
    expect(tool.driver.rules.map((r) => r.id)).toEqual([
      'final-deliverable',
      'genai-clearance/declaration-warning',
      'ideation-only',
      'talent-new-performance',
      'tool-not-enterprise',
      'tool-trains-on-inputs',
      'genai-clearance/declaration-invalid',
    ]);
    expect(tool.driver.rules[3]?.properties).toMatchObject({ principle: 'P5', level: 'block', pack: 'netflix-genai', packVersion: '1.0.0' });
    for (const r of results) expect(tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('maps outcomes to levels, points at the fired line, and suppresses approved findings', () => {
    const { results } = run(failReport);
    const summary = results.map((r) => [r.ruleId, r.properties?.use ?? null, r.level, r.locations?.[0]?.physicalLocation.region.startLine]);
    expect(summary).toEqual([
      ['final-deliverable', 'building-collapse', 'note', 21],
      ['genai-clearance/declaration-warning', null, 'warning', 33],
      ['ideation-only', 'storyboard-sketches', 'note', 36],
      ['talent-new-performance', 'de-aging-lead', 'error', 58],
      ['final-deliverable', 'de-aging-lead', 'error', 54],
      ['tool-not-enterprise', 'crowd-voices', 'error', 76],
      ['tool-trains-on-inputs', 'crowd-voices', 'error', 77],
      ['genai-clearance/declaration-warning', null, 'warning', 84],
      ['genai-clearance/declaration-invalid', null, 'error', 1],
      ['genai-clearance/declaration-invalid', null, 'error', 5],
    ]);
    expect(results[0]?.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'approved by GENAI-2025-0042' }]);
    expect(results.filter((r) => r.suppressions).length).toBe(1);
    expect(results[3]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'productions/eternauta/genai-usage.yml' },
      region: { startLine: 58, startColumn: 20 },
    });
    expect(results[3]?.message.text).toBe(
      'Use de-aging-lead (P5 No talent or union replacement without consent): A digital replica is used for a new performance (talent.replica_use is "new-performance"). Blocked: no approval can clear this.',
    );
    expect(results[8]?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('productions/broken/genai-usage.yml');
  });

  it('fingerprints by file, use and rule: stable when lines move, distinct otherwise', () => {
    const moved: Report = structuredClone(failReport);
    for (const file of moved.files) {
      for (const use of file.uses) {
        use.line += 40;
        for (const f of use.findings) for (const p of f.paths) p.line += 40;
      }
    }
    const before = run(failReport).results.map((r) => r.partialFingerprints);
    const after = run(moved).results.map((r) => r.partialFingerprints);
    expect(after).toEqual(before);
    const findingPrints = run(failReport)
      .results.filter((r) => r.properties?.use)
      .map((r) => r.partialFingerprints['genaiClearance/v1']);
    expect(new Set(findingPrints).size).toBe(findingPrints.length);
    expect(findingPrints.every((p) => /^[0-9a-f]{32}$/.test(p ?? ''))).toBe(true);
  });

  it('qualifies rule ids with the pack only when two packs share one', () => {
    const { tool } = run(twoPackReport);
    expect(tool.driver.rules.map((r) => r.id)).toEqual(['netflix-genai/digital-replica', 'sag-aftra-ai/digital-replica']);
  });

  it('makes hostile file paths valid relative URIs that decode back to the path', () => {
    expect(artifactUri('./dir\\sub/a b.yml')).toBe('dir/sub/a%20b.yml');
    expect(artifactUri('c:x/y')).toBe('c%3Ax/y');
    expect(artifactUri('//evil.example/a')).toBe('file:////evil.example/a');
    expect(artifactUri('/abs/p q.yml')).toBe('file:///abs/p%20q.yml');
    expect(artifactUri('C:\\work\\a.yml')).toBe('file:///C:/work/a.yml');
    const uris = run(hostileReport)
      .results.flatMap((r) => r.locations ?? [])
      .map((l) => l.physicalLocation.artifactLocation.uri);
    const hostileUri = uris.find((u) => u.startsWith('evil'));
    expect(hostileUri).toBe('evil%20%3Cimg%20src%3Dx%3E%7C%40octocat/%5Bx%5D(https%3A//evil.example)/genai-usage.yml');
    expect(hostileUri?.split('/').map(decodeURIComponent).join('/')).toBe(HOSTILE_PATH);
    // Text that viewers display is sanitised; `properties` keep the raw values for machines.
    const texts = run(hostileReport).results.flatMap((r) => [r.message.text, ...(r.suppressions ?? []).map((x) => x.justification)]);
    for (const text of texts) expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(Math.max(...texts.map((t) => Array.from(t).length))).toBe(1000);
  });

  it('is deterministic', () => {
    expect(renderSarif(structuredClone(failReport))).toBe(renderSarif(failReport));
  });
});
