// Names that would hide a file, on real folders: git allows every byte but NUL and `/` in a name, and
// so does the file system. A declaration or a media file is never passed over for its name: it is
// read, or the run fails closed naming it, visibly escaped.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jpeg, png, TRAINED, xmpPacket } from '../support/media/containers.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';
import { cliAsync, cliIn } from './in-process.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gc-names-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

const TERMINATORS = { LF: '\n', CR: '\r', 'U+2028': '\u2028', 'U+2029': '\u2029' };
const ESCAPED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u{2028}', '\u2029': '\\u{2029}' };

describe('check: a declaration is never skipped for its name', () => {
  it.each(Object.entries(TERMINATORS))('a lone declaration in a folder whose name holds %s fails closed, named escaped', async (_, c) => {
    await put(`show${c}s1/genai-usage.yml`, v2([CLEAN_V2]));
    const r = cliIn(['check'], dir);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain('a reviewer cannot see');
    expect(r.stderr).toContain(`"show${ESCAPED[c]}s1/genai-usage.yml"`);
    expect(r.stdout).not.toContain('nothing to check');
  });

  it('a declaration named only like one (case, trailing space, zero-width, full-width) fails closed', async () => {
    for (const name of ['GENAI-USAGE.YML', 'genai-usage.yml ', 'genai\u200B-usage.yml', 'ｇｅｎａｉ-usage.yml']) {
      await rm(dir, { recursive: true, force: true });
      await put(`s1/${name}`, v2([CLEAN_V2]));
      const r = cliIn(['check'], dir);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain('named like "s1/genai-usage.yml" but not exactly');
    }
  });

  it('twin: the same declaration in an ordinary folder is read and passes', async () => {
    await put('show s1/genai-usage.yml', v2([CLEAN_V2]));
    const r = cliIn(['check', '-f', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['show s1/genai-usage.yml']);
  });

  it('an ignore glob spans a line terminator too: what it names is passed over deliberately', async () => {
    await put('genai-usage.yml', v2([CLEAN_V2]));
    await put('drafts/x\ny/genai-usage.yml', 'not: a declaration');
    const r = cliIn(['check', '--ignore', 'drafts/**', '-f', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['genai-usage.yml']);
  });
});

describe('scan: a media file is never skipped for its name', () => {
  it.each(Object.entries(TERMINATORS))('a generated image under a folder whose name holds %s fails closed', async (_, c) => {
    await put('genai-usage.yml', v2([CLEAN_V2]));
    await put(`art${c}x/poster.jpg`, jpeg({ xmp: xmpPacket(TRAINED) }));
    const r = await cliAsync(['scan'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a reviewer cannot see');
  });

  it('a media file whose extension only looks like one (trailing space or newline, full-width, zero-width) fails closed', async () => {
    for (const name of ['poster.jpg ', 'poster.jpg\n', 'poster.ｊｐｇ', 'poster.jpg\u200B']) {
      await rm(dir, { recursive: true, force: true });
      await put('genai-usage.yml', v2([CLEAN_V2]));
      await put(`art/${name}`, jpeg({ xmp: xmpPacket(TRAINED) }));
      const r = await cliAsync(['scan'], dir);
      expect(r.code, JSON.stringify(name)).toBe(2);
      expect(r.stderr).toMatch(/named like "art\/poster\.jpg"|cannot see/);
    }
  });

  it('twin: a declared generated file in an ordinary folder is read and passes', async () => {
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path: 'deliverables/**' }] }]));
    await put('deliverables/reel/still.png', png({ xmp: xmpPacket(TRAINED) }));
    const r = await cliAsync(['scan', '--format', 'json'], dir);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).provenance.assets.map((a: { path: string; declaredBy: unknown[] }) => [a.path, a.declaredBy.length])).toEqual([['deliverables/reel/still.png', 1]]);
  });
});
