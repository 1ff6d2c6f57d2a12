// Media read from one archive of the judged commit: the same verdict as one blobs request per file,
// and an archive that does not hold the tree's files as the tree lists them fails the run closed,
// naming the file. Every attack has its twin: the honest archive of the same tree passes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GitHubApi } from '../../action/github-api.js';
import type { ArchiveEntry } from '../support/emulator/github-emulator.js';
import { jpeg, png, TRAINED, xmpPacket } from '../support/media/containers.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';
import type { Emulator } from './harness.js';
import { repoState, runAction, withEmulator } from './harness.js';

const DAY = { now: new Date('2026-12-01T12:00:00Z') };
const HASHED = png({ xmp: xmpPacket(TRAINED), compressed: true });

/** 30 media files of several kinds: generated frames, plain frames, a digest-bound still, one unreadable file, one undeclared generated still. */
function mixed(): Record<string, Uint8Array | string> {
  const digest = createHash('sha256').update(HASHED).digest('hex');
  const files: Record<string, Uint8Array | string> = {
    'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'frames/*.png' }, { path: 'stills/key "art".png', sha256: digest }] }]),
    'stills/key "art".png': HASHED,
    'stills/broken.jpg': Buffer.from('not a jpeg at all'),
    'stills/undeclared.jpg': jpeg({ xmp: xmpPacket(TRAINED) }),
  };
  for (let i = 0; i < 27; i++) files[`frames/${String(i).padStart(4, '0')}.png`] = i % 3 === 0 ? png() : png({ xmp: xmpPacket(TRAINED) });
  return files;
}

const archiveReads = (gh: Emulator) => gh.requests.filter((q) => q.operationId === 'repos/download-tarball-archive').length;
const blobReads = (gh: Emulator) => gh.requests.filter((q) => q.operationId === 'git/get-blob').length;

/** The same tree, listed with a 3 GiB file beside the media: too large to stream whole, so each file is read on its own. */
const tooLargeToStream = (api: GitHubApi): GitHubApi =>
  Object.assign(Object.create(api) as GitHubApi, {
    listTree: async (...args: Parameters<GitHubApi['listTree']>) => [...(await api.listTree(...args)), { path: 'archive/master.bin', sha: 'c'.repeat(40), size: 3 * 1024 ** 3 }],
  });

/** The same tree, listed with a 500 MB master beside the media: an archive of it would be mostly that file. */
const beside500MB = (api: GitHubApi): GitHubApi =>
  Object.assign(Object.create(api) as GitHubApi, {
    listTree: async (...args: Parameters<GitHubApi['listTree']>) => [...(await api.listTree(...args)), { path: 'masters/reel.bin', sha: 'd'.repeat(40), size: 500 * 1024 ** 2 }],
  });

async function judged(gh: Emulator, wrapApi?: (api: GitHubApi) => GitHubApi) {
  const r = await runAction(gh, {}, { ...DAY, ...(wrapApi ? { wrapApi } : {}) });
  expect(gh.violations).toEqual([]);
  return r;
}

describe('media from one archive of the tree', { timeout: 60_000 }, () => {
  it('gives the verdict, comment and summary that one blobs request per file gives', async () => {
    const state = repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) });
    let perBlob: Awaited<ReturnType<typeof judged>> | undefined;
    let perBlobComment: string | undefined;
    await withEmulator(state, async (gh) => {
      perBlob = await judged(gh, tooLargeToStream);
      perBlobComment = gh.state.comments.at(-1)?.body;
      expect(archiveReads(gh)).toBe(0);
      expect(blobReads(gh)).toBeGreaterThanOrEqual(30);
    });
    await withEmulator(state, async (gh) => {
      const archived = await judged(gh);
      expect(archiveReads(gh)).toBe(1);
      // Only the declaration is read as a blob; every media file came from the archive.
      expect(blobReads(gh)).toBeLessThan(3);
      expect(archived.code).toBe(perBlob?.code);
      expect(archived.outputs.decision).toBe(perBlob?.outputs.decision);
      expect(gh.state.comments.at(-1)?.body).toBe(perBlobComment);
      expect(archived.summary).toBe(perBlob?.summary);
    });
    // What the differential compares is a real verdict: the undeclared generated still fails it, the unreadable one is named.
    expect(perBlob?.outputs.decision).toBe('fail');
    expect(perBlob?.summary).toContain('stills/undeclared.jpg');
    expect(perBlob?.summary).toContain('stills/broken.jpg');
    expect(perBlobComment).toContain('stills/undeclared.jpg');
  });

  const attacks: Array<[string, (entries: ArchiveEntry[]) => ArchiveEntry[], string]> = [
    [
      'a frame with other bytes of the same size',
      (entries) => entries.map((e) => (e.path === 'frames/0004.png' ? { ...e, bytes: Buffer.from(e.bytes.toString('latin1').replace('trained', 'digital'), 'latin1') } : e)),
      'the archive of the judged commit holds other bytes than the tree lists at "frames/0004.png"',
    ],
    ['a frame replaced by a plain one of another size', (entries) => entries.map((e) => (e.path === 'frames/0005.png' ? { ...e, bytes: Buffer.from(png()) } : e)), 'where the tree lists'],
    ['a frame left out', (entries) => entries.filter((e) => e.path !== 'frames/0007.png'), 'the archive of the judged commit does not hold "frames/0007.png"'],
    [
      'a frame that is a link to another',
      (entries) => entries.map((e) => (e.path === 'frames/0008.png' ? { path: e.path, bytes: Buffer.alloc(0), type: 'symlink' as const, linkname: '0000.png' } : e)),
      'holds a symlink, not a file, at "frames/0008.png"',
    ],
    [
      'a frame listed twice, the second copy altered',
      (entries) => [...entries, { path: 'frames/0009.png', bytes: Buffer.from(png()) }],
      'the archive of the judged commit lists twice "frames/0009.png"',
    ],
    [
      'a digest-bound still with other bytes, its quoted name escaped',
      (entries) => entries.map((e) => (e.path === 'stills/key "art".png' ? { ...e, bytes: Buffer.from(png({ xmp: xmpPacket(TRAINED) })) } : e)),
      '"stills/key \\"art\\".png"',
    ],
    [
      'a file the tree does not list, far larger than the tree (a decompression bomb)',
      (entries) => [...entries, { path: 'padding.bin', bytes: Buffer.alloc(3 * 1024 * 1024, 7) }],
      'is larger than the',
    ],
  ];

  for (const [attack, rewrite, named] of attacks) {
    it(`${attack}: fails closed, naming it`, async () => {
      await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
        gh.tamperArchive(rewrite);
        const r = await judged(gh);
        expect(r.code).toBe(1);
        expect(r.outputs.decision).toBeUndefined();
        expect(r.stdout).toContain(named);
        expect(r.stdout).toContain('the media scan cannot trust it (fails closed)');
        expect(gh.state.statuses.at(-1)?.state).toBe('error');
      });
    });
  }

  it('30 frames beside a 500 MB master, the budget ample: one request per file rather than the whole tree', async () => {
    await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await judged(gh, beside500MB);
      expect(r.outputs.decision).toBe('fail');
      expect(archiveReads(gh)).toBe(0);
      expect(blobReads(gh)).toBeGreaterThanOrEqual(30);
    });
  });

  it('twin: the same with a budget too small for one request per file reads the archive', async () => {
    await withEmulator({ ...repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), rateLimit: 90 }, async (gh) => {
      const r = await judged(gh, beside500MB);
      expect(r.outputs.decision).toBe('fail');
      expect(archiveReads(gh)).toBe(1);
      expect(blobReads(gh)).toBeLessThan(3);
    });
  });

  const CODELOAD = { method: 'GET', pathRegex: /^\/_codeload\// };

  it('an archive host that answers with bytes that are not a gzip tar: fails closed', async () => {
    await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      gh.inject({ match: CODELOAD, rawBody: 'not an archive' });
      const r = await judged(gh);
      expect(r.code).toBe(1);
      expect(r.outputs.decision).toBeUndefined();
      expect(r.stdout).toContain('the archive of the judged commit could not be read whole (');
      expect(gh.state.statuses.at(-1)?.state).toBe('error');
    });
  });

  it('an archive host that drops every connection: fails closed after its retries, not a hang', async () => {
    await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      gh.inject({ match: CODELOAD, destroy: true, times: 50 });
      const r = await judged(gh);
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(1);
      expect(r.outputs.decision).toBeUndefined();
      expect(gh.state.statuses.at(-1)?.state).toBe('error');
      expect(r.stdout).toContain('the archive of the judged commit could not be downloaded (');
    });
  });

  it('an archive that stops arriving halfway, the connection left open: fails closed once no byte came for the timeout, not a hang', async () => {
    await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      gh.stallArchives();
      const r = await judged(gh);
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(1);
      expect(r.outputs.decision).toBeUndefined();
      expect(r.stdout).toContain('the archive of the judged commit could not be read whole (no data from GitHub for 2 s)');
      expect(gh.state.statuses.at(-1)?.state).toBe('error');
    });
  });

  it('twin: a connection dropped once is retried, and the archive judged', async () => {
    await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      gh.inject({ match: CODELOAD, destroy: true });
      const r = await judged(gh);
      expect(r.outputs.decision).toBe('fail');
      expect(r.summary).toContain('stills/undeclared.jpg');
      expect(gh.requests.filter((q) => q.path.startsWith('/_codeload/'))).toHaveLength(2);
    });
  });

  it('twin: the archive rewritten to itself, and one with unlisted files and links beside the media, is judged', async () => {
    await withEmulator(repoState(mixed(), { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      gh.tamperArchive((entries) => [...entries, { path: 'docs/notes.txt', bytes: Buffer.from('unlisted') }, { path: 'docs/latest', bytes: Buffer.alloc(0), type: 'symlink', linkname: 'notes.txt' }]);
      const r = await judged(gh);
      expect(r.outputs.decision).toBe('fail');
      expect(r.stdout).not.toContain('cannot trust it');
      expect(r.summary).toContain('stills/undeclared.jpg');
    });
  });
});
