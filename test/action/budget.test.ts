// The API budget: a pull request adding 1,100 declared image frames, against a token whose hourly REST
// budget cannot cover one request per file. The scan is refused before it starts, naming the cause,
// rather than waiting out the limit (starving every other workflow) or passing unread.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { png, TRAINED, xmpPacket } from '../support/media/containers.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';
import { repoState, runAction, withEmulator } from './harness.js';
import type { Emulator } from './harness.js';

const DAY = { now: new Date('2026-12-01T12:00:00Z') };
const FRAMES = 1100;

const FRAME = png({ xmp: xmpPacket(TRAINED) });
const FRAME_SHA = createHash('sha1').update(`blob ${FRAME.length}\0`).update(FRAME).digest('hex');
const frameReads = (gh: Emulator) => gh.requests.filter((q) => q.operationId === 'git/get-blob' && q.path.endsWith(FRAME_SHA)).length;

function frames(): Record<string, Uint8Array | string> {
  const files: Record<string, Uint8Array | string> = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'frames/*.png' }] }]) };
  for (let i = 0; i < FRAMES; i++) files[`frames/${String(i).padStart(4, '0')}.png`] = FRAME;
  return files;
}

// 1,100 files through the emulator take seconds on a loaded machine: a hang still fails at 120 s.
describe('the API budget', { timeout: 120_000 }, () => {
  it('1,100 frames against a budget of 1,000 requests: refused before the scan, naming the cause', async () => {
    await withEmulator({ ...repoState(frames(), { 'genai-usage.yml': v2([CLEAN_V2]) }), rateLimit: 1000 }, async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(r.code).toBe(1);
      expect(r.outputs.decision).toBeUndefined();
      expect(r.stdout).toContain('reading 1,100 media file(s) would take 1,100 API requests, and the token has');
      expect(r.stdout).toContain('(fails closed)');
      // Not a single blob was read: the budget is left to the repository's other workflows.
      expect(frameReads(gh)).toBe(0);
      expect(gh.state.statuses.at(-1)?.state).toBe('error');
    });
  });

  it('twin: with the budget to cover it the same pull request is read whole and passes; every request counted', async () => {
    await withEmulator(repoState(frames(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(r.code, r.stdout.slice(-2000)).toBe(0);
      // One blobs request per frame: the figure bench/RESULTS.md reports.
      expect(frameReads(gh)).toBe(FRAMES);
      expect(gh.requests.length - FRAMES).toBeLessThan(25);
    });
  });
});
