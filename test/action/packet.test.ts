// The Action's `packet: true`: the evidence packet from the run's own report, against the loopback
// GitHub emulator; without the input no packet is written.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKET_FILES } from '../../src/packet/readme.js';
import { parseCsv } from '../packet/readers.js';
import { CLEAR_USE, declaration, NEEDS_APPROVAL_USE, repoState, runAction, withEmulator } from './harness.js';

describe('the Action writes the evidence packet when asked', () => {
  it('packet: true writes every file, marked NOT CLEARED when the check fails, and sets packet-path', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }), async (gh) => {
      // A runner temp folder of the test's own: the harness removes its own when the run ends.
      const temp = mkdtempSync(join(tmpdir(), 'packet-action-'));
      const run = await runAction(gh, { packet: 'true' }, { env: { RUNNER_TEMP: temp } });
      expect(run.code).toBe(1);
      const dir = run.outputs['packet-path'] as string;
      expect(readdirSync(dir).sort()).toEqual(Object.keys(PACKET_FILES).sort());
      const rows = parseCsv(readFileSync(join(dir, 'register.csv')));
      expect(rows[0]?.[0]).toMatch(/^NOT CLEARED: /);
      expect(rows.slice(2).map((r) => r[4])).toEqual([CLEAR_USE.id, NEEDS_APPROVAL_USE.id]);
      expect(dir.startsWith(temp)).toBe(true);
      rmSync(temp, { recursive: true, force: true });
    });
  });

  it('without the input, no packet and no packet-path', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }), async (gh) => {
      const run = await runAction(gh);
      expect(run.code).toBe(0);
      expect(run.outputs['packet-path']).toBeUndefined();
    });
  });
});
