// The reading stage on real files: every container and every credentials state, as `scan` and the
// Action get them (MediaRead), including the files it must not read whole or must not read at all.

import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrustAnchors } from '../../src/io/files.js';
import { bufferSource, fileSource } from '../../src/provenance/byte-source.js';
import { certificatesOf, isMediaPath, readMedia } from '../../src/provenance/read-media.js';
import { heif, jpeg, lfsPointer, mov, mp3, mp4, png, TRAINED, tiff, wav, webp, writeSparseMov, xmpPacket } from '../support/media/containers.js';
import { counting } from '../support/media/counting.js';
import { generatedJpeg, REMOTE_MANIFEST_URL, remoteManifestJpeg, tamperedJpeg, testAuthority } from '../support/media/credentials.js';

const OPTIONS = { trustAnchors: '', maxValidateBytes: 64 * 1024 * 1024, hash: false };
const read = (path: string, bytes: Uint8Array, options = OPTIONS) => readMedia(path, bufferSource(bytes), options);

describe('readMedia: the digital source type in every container', () => {
  const packet = xmpPacket(TRAINED);
  const cases: Array<[string, Uint8Array, string]> = [
    ['a.jpg', jpeg({ xmp: packet }), 'jpeg'],
    ['a.png', png({ xmp: packet }), 'png'],
    ['a.webp', webp({ xmp: packet }), 'webp'],
    ['a.tif', tiff({ xmp: packet }), 'tiff'],
    ['a.heic', heif({ xmp: packet }), 'heic'],
    ['a.mp4', mp4({ xmp: packet }), 'mp4'],
    ['a.mov', mov({ xmp: packet }), 'mov'],
    ['a.wav', wav({ xmp: packet }), 'wav'],
    ['a.mp3', mp3({ xmp: packet }), 'mp3'],
  ];
  for (const [path, bytes, format] of cases) {
    it(`${format}: found, as written`, async () => {
      const r = await read(path, bytes);
      expect(r).toMatchObject({ path, format, xmp: [TRAINED], problems: [] });
      expect(r.credentials).toBeUndefined();
      expect(r.notScanned).toBeUndefined();
    });
  }

  it('picks files by extension, any case', () => {
    expect(['a.JPG', 'b/c.Mov', 'd.heic', 'e.mp3'].every(isMediaPath)).toBe(true);
    expect(['a.exr', 'jpg', 'dir.jpg/readme', 'notes.txt'].some(isMediaPath)).toBe(false);
  });
});

describe('readMedia: Content Credentials', () => {
  let anchors = '';
  beforeAll(async () => {
    anchors = (await testAuthority()).rootPem;
  });

  it('a signed generated image from a trusted signer', async () => {
    const r = await read('gen.jpg', await generatedJpeg(), { ...OPTIONS, trustAnchors: anchors });
    expect(r.credentials).toMatchObject({ state: 'trusted', sourceTypes: [{ value: TRAINED, from: 'active' }] });
  });

  it('the same image against the shipped C2PA trust list: valid, signer not trusted', async () => {
    const shipped = certificatesOf(readTrustAnchors());
    expect(shipped.match(/BEGIN CERTIFICATE/g)?.length).toBe(30);
    const r = await read('gen.jpg', await generatedJpeg(), { ...OPTIONS, trustAnchors: shipped });
    expect(r.credentials).toMatchObject({ state: 'untrusted', codes: ['signingCredential.untrusted'] });
  });

  it('a tampered copy is invalid, with the code that says why', async () => {
    const r = await read('gen.jpg', await tamperedJpeg(), { ...OPTIONS, trustAnchors: anchors });
    expect(r.credentials?.state).toBe('invalid');
    expect(r.credentials && 'codes' in r.credentials ? r.credentials.codes : []).toContain('assertion.dataHash.mismatch');
  });

  it('a remote manifest is reported with its URL and never fetched', async () => {
    const r = await read('cloud.jpg', remoteManifestJpeg(), { ...OPTIONS, trustAnchors: anchors });
    expect(r.credentials).toMatchObject({ state: 'remote', remoteUrl: REMOTE_MANIFEST_URL });
  });

  it('over the validation cap, an embedded manifest is reported not validated, and the file is not loaded whole', async () => {
    const bytes = await generatedJpeg();
    const src = counting(bufferSource(bytes));
    const r = await readMedia('gen.jpg', src, { ...OPTIONS, trustAnchors: anchors, maxValidateBytes: 100 });
    expect(r.credentials).toMatchObject({ state: 'not-validated' });
    expect(src.largest).toBeLessThan(bytes.byteLength);
  });
});

describe('readMedia: files it does not read', () => {
  it('a Git LFS pointer is not scanned, and says why', async () => {
    expect(await read('vfx/shot.mov', lfsPointer())).toMatchObject({ notScanned: { code: 'lfs-pointer' }, xmp: [] });
  });

  it('a file named like media whose bytes are not is not scanned', async () => {
    expect(await read('poster.jpg', new TextEncoder().encode('<html>not an image</html>'))).toMatchObject({ notScanned: { code: 'not-media' } });
  });

  it('hashes only when asked', async () => {
    const bytes = jpeg({ xmp: xmpPacket(TRAINED) });
    expect((await read('a.jpg', bytes)).sha256).toBeUndefined();
    expect((await read('a.jpg', bytes, { ...OPTIONS, hash: true })).sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('readMedia: a 2 GB video', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gc-big-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is read by its box headers: a few kilobytes, whatever its size', async () => {
    const path = join(dir, 'master.mov');
    const size = await writeSparseMov(path, { xmp: xmpPacket(TRAINED) });
    const file = await fileSource(path);
    try {
      const src = counting(file);
      const r = await readMedia('master.mov', src, OPTIONS);
      expect(r).toMatchObject({ format: 'mov', size, xmp: [TRAINED] });
      expect(src.bytes).toBeLessThan(16 * 1024);
    } finally {
      await file.close();
    }
  });

  it('a small LFS-tracked file named .mov on disk is a pointer, not the video', async () => {
    const path = join(dir, 'pointer.mov');
    await writeFile(path, lfsPointer());
    const file = await fileSource(path);
    try {
      expect((await readMedia('pointer.mov', file, OPTIONS)).notScanned?.code).toBe('lfs-pointer');
    } finally {
      await file.close();
    }
  });
});
