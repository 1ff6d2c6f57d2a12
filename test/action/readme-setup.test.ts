// The set-up README.md tells a repository to copy, run as written: the workflow's step and the trusted
// configuration are taken from the README itself, so the test follows the README when it changes.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readText } from '../helpers.js';
import { CLEAR_USE, CONFIG_PATH, declaration, LEDGER_PATH, ledger, repoState, runAction, withEmulator } from './harness.js';

const README = readText('README.md');
const block = (opening: string) => {
  const start = README.indexOf(opening);
  if (start === -1) throw new Error(`README.md lost its block starting ${opening}`);
  return README.slice(start, README.indexOf('```', start));
};

describe("README's set-up", () => {
  const workflow = parse(block('# .github/workflows/genai-clearance.yml')) as { jobs: { clearance: { steps: Array<{ uses?: string; with?: Record<string, string> }> } } };
  const step = workflow.jobs.clearance.steps.find((s) => s.uses?.startsWith('genai-clearance/genai-clearance@'));
  const inputs = Object.fromEntries(Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v)]));
  const configText = block('# .github/genai-clearance.yml');
  const production = (parse(configText) as { production: string }).production;

  it('runs without a warning: an input the workflow does not set is not "ignored"', async () => {
    expect(step).toBeDefined();
    const state = repoState({ 'genai-usage.yml': declaration([CLEAR_USE]).replace(/PRD-\d+/, production) }, { [CONFIG_PATH]: configText, [LEDGER_PATH]: ledger() });
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, inputs);
      expect(run.code, run.stdout).toBe(0);
      // The harness declares on netflix-genai@1, whose deprecation every report announces: that warning is the pack's, not the set-up's.
      const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning') && !l.includes('is deprecated from'));
      expect(warnings).toEqual([]);
    });
  });

  it('twin: a workflow that does set an input the configuration decides is told it is ignored', async () => {
    const state = repoState({ 'genai-usage.yml': declaration([CLEAR_USE]).replace(/PRD-\d+/, production) }, { [CONFIG_PATH]: configText, [LEDGER_PATH]: ledger() });
    await withEmulator(state, async (gh) => {
      const run = await runAction(gh, { ...inputs, ledger: 'self/ledger.yml' });
      expect(run.stdout).toContain('input ledger is ignored: the trusted configuration');
    });
  });
});
