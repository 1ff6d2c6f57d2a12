import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluate } from '../../src/evaluate/report.js';
import { readPackDir } from '../../src/io/files.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { ROOT } from '../helpers.js';
import { cli, FIXTURES } from './run-cli.js';

// test/fixtures/packs/lifecycle: demo 1.0.0 is deprecated from 2026-06-01 and sunset on 2027-01-01,
// demo 2.0.0 succeeds it; legacy 1.0.0 is deprecated with neither sunset nor successor.
const library = loadPackLibrary(readPackDir(join(FIXTURES, 'lifecycle'), ROOT));

const USE = {
  id: 'moodboard',
  summary: 'Moodboards',
  stage: 'ideation',
  disclosed: '2026-05-20',
  tools: [{ name: 'Image tool', enterprise: true, trains_on_inputs: false }],
  inputs: ['owned-cleared'],
  output: { kinds: ['image'], final: false, prominence: 'none' },
};
const declaration = (pin: string) => `format: genai-usage/v1\npolicies: [${pin}]\nproduction:\n  title: T\n${stringify({ uses: [USE] })}`;

function on(today: string, pin = 'demo@1') {
  const report = evaluate({ files: [{ path: 'genai-usage.yml', text: declaration(pin) }], library, today });
  const file = report.files[0];
  return {
    decision: report.decision,
    status: file?.status,
    policies: file?.policies.map((p) => ({ ...p })),
    warnings: file?.warnings.map((w) => [w.code, w.line, w.message]),
    errors: file?.errors.map((e) => [e.code, e.line, e.message]),
  };
}

const HINT = 'set `policies: [demo@2]` (newest: 2.0.0) and run `genai-clearance diff demo@1.0.0 demo@2.0.0` to see what changes';

describe('pack lifecycle: deprecated warns, sunset fails', () => {
  it('before deprecation: announced already, with the date and the successor, and the decision unchanged', () => {
    expect(on('2026-05-31')).toEqual({
      decision: 'pass',
      status: 'valid',
      policies: [{ pack: 'demo', version: '1.0.0', title: 'Demo pack', requested: 'demo@1' }],
      warnings: [['pack-deprecated', 2, `demo@1.0.0 is deprecated from 2026-06-01 and stops being accepted on 2027-01-01; from 2026-06-01, when it takes effect, ${HINT}`]],
      errors: [],
    });
  });

  it('from the deprecation date: a warning on the policies line pointing at the successor, and the decision unchanged', () => {
    expect(on('2026-06-01')).toEqual({
      decision: 'pass',
      status: 'valid',
      policies: [{ pack: 'demo', version: '1.0.0', title: 'Demo pack', requested: 'demo@1', deprecated: '2026-06-01' }],
      warnings: [['pack-deprecated', 2, `demo@1.0.0 is deprecated since 2026-06-01 and stops being accepted on 2027-01-01; ${HINT}`]],
      errors: [],
    });
    expect(on('2026-12-31').warnings).toHaveLength(1);
  });

  it('from the sunset date: the file fails, with the way out', () => {
    expect(on('2027-01-01')).toEqual({
      decision: 'fail',
      status: 'invalid',
      policies: [{ pack: 'demo', version: '1.0.0', title: 'Demo pack', requested: 'demo@1' }],
      warnings: [],
      errors: [['pack-sunset', 2, `demo@1.0.0 reached its sunset on 2027-01-01; pin a newer version: ${HINT}`]],
    });
  });

  it('the successor is unaffected', () => {
    expect(on('2027-01-01', 'demo@2')).toMatchObject({ decision: 'pass', status: 'valid', warnings: [], errors: [] });
  });

  it('deprecated with no successor: says to ask the policy owners', () => {
    expect(on('2026-07-01', 'legacy@1').warnings).toEqual([['pack-deprecated', 2, 'legacy@1.0.0 is deprecated since 2026-06-01; ask the policy owners for a successor']]);
  });

  it('the CLI: 0 with a warning while deprecated, 2 once sunset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-lifecycle-'));
    writeFileSync(join(dir, 'genai-usage.yml'), declaration('demo@1'));
    const policyDir = join(FIXTURES, 'lifecycle');
    const deprecated = cli(['check', '--policy-dir', policyDir, '--today', '2026-06-01', '--format', 'json'], dir);
    expect(deprecated.code).toBe(0);
    expect(JSON.parse(deprecated.stdout).files[0].warnings[0].code).toBe('pack-deprecated');
    const sunset = cli(['check', '--policy-dir', policyDir, '--today', '2027-01-01', '--format', 'json'], dir);
    expect(sunset.code).toBe(2);
    expect(JSON.parse(sunset.stdout).files[0].errors[0].code).toBe('pack-sunset');
  });
});
