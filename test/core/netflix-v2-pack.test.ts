// netflix-genai 2.0.0 as policy owners meet it: diff says MAJOR and its draft is the CHANGELOG;
// 1.0.0 is deprecated (a warning from its date, still judged); 2.0.0 applies from the guidance's
// publication.
import { describe, expect, it } from 'vitest';
import { CLEAN_USE, declarationYaml, evaluateYaml, readText } from '../helpers.js';
import { cliAsync } from '../policy/run-cli.js';
import { declarationV2Yaml, V2_CLEAN_USE } from './v2-helpers.js';

const diff = await cliAsync(['diff', 'netflix-genai@1.0.0', 'netflix-genai@2.0.0', '--policy-dir', 'policy']);

describe('netflix-genai 1.0.0 → 2.0.0', () => {
  it('diff requires MAJOR, and 2.0.0 declares it', async () => {
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('Semver: requires MAJOR; declared MAJOR (1.0.0 → 2.0.0): enough.');
  });

  it("the CHANGELOG holds diff's draft of every rule and setting change", async () => {
    const draft = (await cliAsync(['diff', 'netflix-genai@1.0.0', 'netflix-genai@2.0.0', '--policy-dir', 'policy', '--changelog'])).stdout;
    const changes = (draft.split('### Example uses whose outcome changes')[0] ?? '').split('\n').filter((l) => l.startsWith('- '));
    expect(changes.length).toBeGreaterThan(20);
    const changelog = readText('policy/netflix-genai/CHANGELOG.md');
    for (const line of changes) expect(changelog).toContain(line);
  });
});

describe('lifecycle', () => {
  const fileOn = (text: string, today: string) => evaluateYaml(text, { today }).files[0];

  it('1.0.0 is deprecated: a v1 file pinned to it still checks, with a warning before and after 2027-03-01', async () => {
    const v1 = declarationYaml([CLEAN_USE]);
    expect(fileOn(v1, '2027-02-28')?.warnings.map((w) => w.message)).toEqual([expect.stringContaining('netflix-genai@1.0.0 is deprecated from 2027-03-01')]);
    const on = fileOn(v1, '2027-03-01');
    expect([on?.status, on?.policies[0]?.version, on?.warnings.map((w) => w.code)]).toEqual(['valid', '1.0.0', ['pack-deprecated']]);
  });

  it('2.0.0 applies from 2025-08-23, the earliest dated report of the guidance', async () => {
    const v2 = declarationV2Yaml([V2_CLEAN_USE]);
    // Not yet in effect: skipped, and with no other pack nothing can judge the file.
    expect(fileOn(v2, '2025-08-22')?.errors.map((e) => e.code)).toEqual(['no-pack-in-effect']);
    expect([fileOn(v2, '2025-08-23')?.status, fileOn(v2, '2025-08-23')?.policies[0]?.version]).toEqual(['valid', '2.0.0']);
  });
});
