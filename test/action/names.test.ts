// Names that would hide a file from the Action: GitHub's tree listing returns every name git allows (any
// byte but NUL and `/`) as it is, and the emulator's trees carry them the same way. A declaration or a
// media file is never passed over for its name: it is read, or the run fails closed naming it escaped.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jpeg, TRAINED, xmpPacket } from '../support/media/containers.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';
import { CLEAR_USE, declaration, NEEDS_APPROVAL_USE, ours, repoState, runAction, withEmulator } from './harness.js';

const DAY = { now: new Date('2026-12-01T12:00:00Z') };
const generated = () => jpeg({ xmp: xmpPacket(TRAINED) });
const TERMINATORS: Record<string, [string, string]> = { LF: ['\n', '\\n'], CR: ['\r', '\\r'], 'U+2028': ['\u2028', '\\u{2028}'], 'U+2029': ['\u2029', '\\u{2029}'] };

describe('the Action never skips a declaration for its name', () => {
  it.each(Object.entries(TERMINATORS))('a declaration under a folder named with %s fails closed, named escaped in the comment', async (_, [c, shown]) => {
    const state = repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), [`show${c}s1/genai-usage.yml`]: declaration([NEEDS_APPROVAL_USE]) });
    await withEmulator(state, async (gh) => {
      const r = await runAction(gh, { comment: 'always' });
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs.decision).toBe('fail');
      expect(r.stdout).toContain('a reviewer cannot see');
      const body = ours(gh)[0]?.body ?? '';
      expect(body).toContain(`show${shown}s1/genai-usage.yml`.replace(/\\/g, '\\\\'));
      expect(gh.state.statuses.at(-1)?.state).toBe('failure');
    });
  });

  it('a declaration named only like one (upper case, trailing space, zero-width) fails closed', async () => {
    for (const name of ['s1/GENAI-USAGE.YML', 's1/genai-usage.yml ', 's1/genai\u200B-usage.yml']) {
      await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), [name]: declaration([NEEDS_APPROVAL_USE]) }), async (gh) => {
        const r = await runAction(gh);
        expect(r.code, name).toBe(1);
        expect(r.stdout).toContain('"s1/genai-usage.yml" but not exactly');
      });
    }
  });

  it('twin: the same declaration in an ordinary folder is read and judged', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]), 'show s1/genai-usage.yml': declaration([CLEAR_USE]) }), async (gh) => {
      const r = await runAction(gh);
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs.clear).toBe('2');
    });
  });
});

describe('the Action never skips a media file for its name', () => {
  it.each(Object.entries(TERMINATORS))('a generated image under a folder named with %s fails closed', async (_, [c]) => {
    await withEmulator(repoState({ 'genai-usage.yml': v2([CLEAN_V2]), [`art${c}x/poster.jpg`]: generated() }, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toContain('a reviewer cannot see');
    });
  });

  it('a generated image whose extension only looks like one (trailing space, full-width) fails closed', async () => {
    for (const name of ['art/poster.jpg ', 'art/poster.ｊｐｇ']) {
      await withEmulator(repoState({ 'genai-usage.yml': v2([CLEAN_V2]), [name]: generated() }, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
        const r = await runAction(gh, {}, DAY);
        expect(r.code, name).toBe(1);
        expect(r.stdout).toContain('named like "art/poster.jpg"');
      });
    }
  });

  it('twin: with the scan off, media names are not the run’s business; a declared image in an ordinary folder passes', async () => {
    await withEmulator(repoState({ 'genai-usage.yml': v2([CLEAN_V2]), 'art/poster.jpg ': generated() }, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      expect((await runAction(gh, { scan: 'off' }, DAY)).code).toBe(0);
    });
    const declared = v2([{ ...CLEAN_V2, assets: [{ path: 'art x/poster.jpg' }] }]);
    await withEmulator(repoState({ 'genai-usage.yml': declared, 'art x/poster.jpg': generated() }, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      expect((await runAction(gh, {}, DAY)).code).toBe(0);
    });
  });
});

describe('an asset path with a sha256 is literal', () => {
  const bytes = generated();
  const digest = createHash('sha256').update(bytes).digest('hex');
  const other = createHash('sha256').update('another file').digest('hex');

  it.each(['art/@(poster).jpg', 'art/+(poster).jpg', 'art/(poster|x).jpg', '!art/x.jpg'])('`%s` with a digest does not bind art/poster.jpg by pattern', async (written) => {
    const declared = v2([{ ...CLEAN_V2, assets: [{ path: written, sha256: other }] }]);
    await withEmulator(repoState({ 'genai-usage.yml': declared, 'art/poster.jpg': bytes }, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs.decision).toBe('fail');
    });
  });

  it('twin: the file’s own path with its own digest declares it', async () => {
    const declared = v2([{ ...CLEAN_V2, assets: [{ path: 'art/poster.jpg', sha256: digest }] }]);
    await withEmulator(repoState({ 'genai-usage.yml': declared, 'art/poster.jpg': bytes }, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      expect((await runAction(gh, {}, DAY)).code).toBe(0);
    });
  });
});
