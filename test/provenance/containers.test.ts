import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bufferSource, fileSource } from '../../src/provenance/byte-source.js';
import { scanContainer } from '../../src/provenance/containers/index.js';
import { MAX_STEPS, MAX_XMP_PACKET } from '../../src/provenance/containers/limits.js';
import { SNIFF_LENGTH, sniff } from '../../src/provenance/sniff.js';
import type { ByteSource, ContainerScan, MediaFormat } from '../../src/provenance/types.js';
import { sourceTypesInXmp } from '../../src/provenance/xmp.js';
import {
  box,
  C2PA_UUID,
  concat,
  GIB,
  heif,
  jpeg,
  mov,
  mp3,
  mp4,
  png,
  pngChunk,
  riffChunk,
  TRAINED,
  tiff,
  uuidBox,
  wav,
  webp,
  writeSparseMov,
  XMP_UUID,
  type XmpOptions,
  xmpPacket,
} from '../support/media/containers.js';
import { counting } from '../support/media/counting.js';

const COMPOSITE = 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia';

/** A ByteSource that counts what readers take from it. */

async function scan(bytes: Uint8Array, format = sniff(bytes.subarray(0, SNIFF_LENGTH))): Promise<ContainerScan> {
  if (!format) throw new Error('the builder made a file sniff() does not recognise');
  return scanContainer(bufferSource(bytes), format);
}

const sourceTypes = (result: ContainerScan) => result.xmp.flatMap((packet) => sourceTypesInXmp(packet).values);

type Builder = (options: { xmp?: string; credentials?: boolean }) => Uint8Array;
const FAMILIES: [MediaFormat, string, Builder][] = [
  ['jpeg', 'JPEG APP1', jpeg],
  ['png', 'PNG iTXt', png],
  ['png', 'PNG compressed iTXt', (o) => png({ ...o, compressed: true })],
  ['webp', 'WebP XMP chunk', webp],
  ['wav', 'WAV _PMX chunk', wav],
  ['tiff', 'little-endian TIFF tag 700', (o) => tiff({ ...o, order: 'II' })],
  ['tiff', 'big-endian TIFF tag 700', (o) => tiff({ ...o, order: 'MM' })],
  ['heic', 'HEIC mime item in mdat', heif],
  ['heic', 'HEIC mime item in idat', (o) => heif({ ...o, idat: true })],
  ['heic', 'HEIC Exif item TIFF tag 700', (o) => heif({ ...(o.credentials === undefined ? {} : { credentials: o.credentials }), ...(o.xmp === undefined ? {} : { exifXmp: o.xmp }) })],
  ['avif', 'AVIF mime item', (o) => heif({ ...o, brand: 'avif' })],
  ['mp4', 'MP4 uuid box', mp4],
  ['mov', 'MOV moov/udta/XMP_', (o) => mov({ ...o, placement: 'udta' })],
  ['mov', 'MOV uuid box', (o) => mov({ ...o, placement: 'uuid' })],
  ['mp3', 'MP3 ID3v2.4 PRIV', (o) => mp3({ ...o, version: 4 })],
  ['mp3', 'MP3 ID3v2.3 PRIV', (o) => mp3({ ...o, version: 3 })],
];

describe('every container', () => {
  test.each(FAMILIES)('%s (%s): the XMP packet is found and states its source type', async (format, _where, build) => {
    for (const form of ['attribute', 'element', 'resource'] as NonNullable<XmpOptions['form']>[]) {
      const result = await scan(build({ xmp: xmpPacket(TRAINED, { form }) }));
      expect(result).toMatchObject({ format, problems: [] });
      expect(result.xmp).toHaveLength(1);
      expect(sourceTypes(result)).toEqual([TRAINED]);
    }
  });

  test.each(FAMILIES)('%s (%s) without XMP: nothing found, nothing wrong', async (format, _where, build) => {
    expect(await scan(build({}))).toMatchObject({ format, xmp: [], credentials: false, problems: [] });
  });

  test.each(FAMILIES)('%s (%s): the right prefix on the wrong namespace states nothing', async (_format, _where, build) => {
    const result = await scan(build({ xmp: xmpPacket(TRAINED, { namespace: 'http://example.com/iptc/' }) }));
    expect(result.xmp).toHaveLength(1);
    expect(sourceTypes(result)).toEqual([]);
  });

  test.each<[MediaFormat, Builder]>([
    ['jpeg', jpeg],
    ['png', png],
    ['webp', webp],
    ['wav', wav],
    ['heic', heif],
    ['mp4', mp4],
    ['mp3', mp3],
  ])('%s: an embedded C2PA store is noticed, beside the XMP', async (format, build) => {
    const result = await scan(build({ xmp: xmpPacket(), credentials: true }));
    expect(result).toMatchObject({ format, credentials: true, problems: [] });
    expect(sourceTypes(result)).toEqual([TRAINED]);
  });

  test('mime is the media type of the format', async () => {
    expect((await scan(mov())).mime).toBe('video/quicktime');
    expect((await scan(wav())).mime).toBe('audio/wav');
  });
});

describe('JPEG', () => {
  test('Extended XMP split over several APP1 segments is reassembled into one packet', async () => {
    // Over 64 KB, so it cannot fit one segment; the standard packet says nothing.
    const extended = xmpPacket(COMPOSITE, { form: 'element', padding: 150_000 });
    const result = await scan(jpeg({ xmp: xmpPacket('', { form: 'element' }), extendedXmp: extended }));
    expect(result.problems).toEqual([]);
    expect(result.xmp.map((p) => p.byteLength)).toEqual([Buffer.byteLength(xmpPacket('', { form: 'element' })), Buffer.byteLength(extended)]);
    expect(sourceTypes(result)).toEqual([COMPOSITE]);
  });

  test('Extended XMP with a chunk missing is a problem, not a partial packet', async () => {
    const extended = xmpPacket(COMPOSITE, { padding: 150_000 });
    const bytes = jpeg({ extendedXmp: extended });
    // Drop the second APP1 chunk by turning it into a comment (COM) segment of the same length.
    const second = Buffer.from(bytes).indexOf('http://ns.adobe.com/xmp/extension/', Buffer.from(bytes).indexOf('http://ns.adobe.com/xmp/extension/') + 1);
    const patched = Uint8Array.from(bytes);
    patched[second - 3] = 0xfe;
    const result = await scan(patched);
    expect(result.xmp).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/Extended XMP \(GUID [0-9A-F]{32}\) is incomplete: 65,000 of [\d,]+ bytes/)]);
  });

  test('the walk stops at SOS: nothing in the image data is read', async () => {
    const bytes = jpeg({ xmp: xmpPacket() });
    const src = counting(bufferSource(concat(bytes.subarray(0, -2), new Uint8Array(100_000), [0xff, 0xd9])));
    expect(await scanContainer(src, 'jpeg')).toMatchObject({ problems: [] });
    expect(src.bytes).toBeLessThan(bytes.byteLength);
  });

  test('standalone markers and fill bytes have no length; a marker cut off at the end is a problem', async () => {
    expect(await scan(Uint8Array.from([0xff, 0xd8, 0xff, 0xff, 0xd0, 0xff, 0xd9]))).toMatchObject({ problems: [] });
    expect((await scan(Uint8Array.from([0xff, 0xd8, 0xff]))).problems).toEqual(['at byte 2: file ends inside a JPEG marker (truncated)']);
    expect((await scan(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00]))).problems).toEqual(['at byte 2: file ends inside the length of JPEG segment 0xe1 (truncated)']);
  });
});

describe('PNG', () => {
  test('compressed XMP that inflates past the packet limit is refused, not inflated', async () => {
    const result = await scan(png({ xmp: xmpPacket(TRAINED, { padding: 5 * MAX_XMP_PACKET }), compressed: true }));
    expect(result.xmp).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('compressed XMP inflates past the 1,048,576-byte limit')]);
  });

  test('compressed XMP that is not zlib is a problem', async () => {
    const chunk = pngChunk('iTXt', concat(Buffer.from('XML:com.adobe.xmp\0'), [1, 0, 0, 0], Buffer.from('not zlib')));
    const bytes = png();
    const result = await scan(concat(bytes.subarray(0, 33), chunk, bytes.subarray(33)));
    expect(result.problems).toEqual([expect.stringMatching(/^at byte 41: compressed XMP does not inflate/)]);
  });

  test('the walk stops at IEND', async () => {
    const result = await scan(concat(png(), pngChunk('iTXt', concat(Buffer.from('XML:com.adobe.xmp\0'), [0, 0, 0, 0], Buffer.from(xmpPacket())))));
    expect(result).toMatchObject({ xmp: [], problems: [] });
  });
});

describe('RIFF', () => {
  test('chunks inside LIST are walked, and odd-sized chunks are followed past their pad byte', async () => {
    const odd = xmpPacket(TRAINED, { padding: 1 + (Buffer.byteLength(xmpPacket(TRAINED)) % 2) });
    expect(Buffer.byteLength(odd) % 2).toBe(1);
    const list = riffChunk('LIST', concat(Buffer.from('INFO'), riffChunk('ISFT', Buffer.from('odd')), riffChunk('_PMX', Buffer.from(odd))));
    const fmt = riffChunk('fmt ', new Uint8Array(16));
    const body = concat(Buffer.from('WAVE'), fmt, list, riffChunk('C2PA', new Uint8Array(3)));
    const result = await scan(concat(Buffer.from('RIFF'), Uint8Array.from([body.byteLength & 0xff, body.byteLength >> 8, 0, 0]), body));
    expect(result).toMatchObject({ credentials: true, problems: [] });
    expect(sourceTypes(result)).toEqual([TRAINED]);
  });

  test('a RIFF size larger than the file is a problem; the chunks that are there are still read', async () => {
    const bytes = Uint8Array.from(webp({ xmp: xmpPacket() }));
    new DataView(bytes.buffer).setUint32(4, bytes.byteLength * 2, true);
    const result = await scan(bytes);
    expect(sourceTypes(result)).toEqual([TRAINED]);
    expect(result.problems).toEqual([expect.stringMatching(/^at byte 4: RIFF size says [\d,]+ bytes but the file has [\d,]+ \(truncated\)$/)]);
  });
});

describe('ISO BMFF', () => {
  test('a last box of size 0 runs to the end of the file', async () => {
    const packet = Buffer.from(xmpPacket());
    const open = concat([0, 0, 0, 0], Buffer.from('uuid'), XMP_UUID, packet);
    const result = await scan(concat(mp4(), open));
    expect(result.problems).toEqual([]);
    expect(sourceTypes(result)).toEqual([TRAINED]);
  });

  test('a box with a 64-bit size is skipped by that size', async () => {
    const large = concat([0, 0, 0, 1], Buffer.from('free'), [0, 0, 0, 0, 0, 0, 0, 24], new Uint8Array(8));
    const result = await scan(concat(mp4(), large, uuidBox(XMP_UUID, Buffer.from(xmpPacket()))));
    expect(result.problems).toEqual([]);
    expect(sourceTypes(result)).toEqual([TRAINED]);
  });

  test('a C2PA uuid box sets credentials; a uuid box of any other type is skipped', async () => {
    const other = uuidBox(new Uint8Array(16).fill(7), Buffer.from(xmpPacket()));
    expect(await scan(concat(mov(), other))).toMatchObject({ xmp: [], credentials: false, problems: [] });
    expect(await scan(concat(mov(), uuidBox(C2PA_UUID, new Uint8Array(4))))).toMatchObject({ credentials: true, problems: [] });
  });

  test('XMP in a track’s udta is found too', async () => {
    const trak = box('trak', box('udta', box('XMP_', Buffer.from(xmpPacket(COMPOSITE)))));
    const result = await scan(concat(box('ftyp', Buffer.from('qt  '), [0, 0, 0, 0]), box('moov', trak), box('mdat')));
    expect(sourceTypes(result)).toEqual([COMPOSITE]);
  });

  test('HEIC: the XMP item and the XMP in the Exif item are both read', async () => {
    const result = await scan(heif({ xmp: xmpPacket(TRAINED), exifXmp: xmpPacket(COMPOSITE) }));
    expect(result.problems).toEqual([]);
    expect(sourceTypes(result)).toEqual([TRAINED, COMPOSITE]);
  });

  test('HEIC: an item located outside the file is a problem', async () => {
    const bytes = Uint8Array.from(heif({ xmp: xmpPacket() }));
    const at = Buffer.from(bytes).indexOf('iloc') + 4 + 4 + 2 + 2;
    // The second item's extent offset (item id 2, data ref 0, extent count 1 come first).
    const second = at + 14 + 6;
    new DataView(bytes.buffer).setUint32(second, 0x7fff_0000);
    const result = await scan(bytes);
    expect(result.xmp).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('HEIF item 2 has an extent')]);
  });
});

describe('caps and malformed files', () => {
  test('a packet over 1 MiB is refused without being read', async () => {
    const src = counting(bufferSource(mp4({ xmp: xmpPacket(TRAINED, { padding: MAX_XMP_PACKET }) })));
    const result = await scanContainer(src, 'mp4');
    expect(result.xmp).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^at byte \d+: XMP packet of 1,048,[\d,]+ bytes is over the 1,048,576-byte limit; not read$/)]);
    expect(src.largest).toBeLessThan(1024);
  });

  test('more than 4 MiB of XMP in one file: the packets past the total are refused', async () => {
    const packet = Buffer.from(xmpPacket(TRAINED, { padding: 900_000 }));
    const boxes = Array.from({ length: 6 }, () => uuidBox(XMP_UUID, packet));
    const result = await scan(concat(mp4(), ...boxes));
    expect(result.xmp).toHaveLength(4);
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toContain('would take this file over 4,194,304 bytes of XMP');
  });

  test('more boxes than the walk cap: a problem, and the walk ends', async () => {
    const free = box('free');
    const result = await scan(concat(mp4(), ...Array.from({ length: MAX_STEPS + 10 }, () => free), uuidBox(XMP_UUID, Buffer.from(xmpPacket()))));
    expect(result.xmp).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('more than 10,000 segments, chunks or boxes')]);
  });

  test('Extended XMP: packets claimed by many GUIDs are admitted only up to the file total', async () => {
    const segment = (guid: string) => {
      const body = concat(Buffer.from('http://ns.adobe.com/xmp/extension/\0'), Buffer.from(guid), [0, 0x10, 0, 0], [0, 0, 0, 0], new Uint8Array(1000));
      return concat([0xff, 0xe1, (body.byteLength + 2) >> 8, (body.byteLength + 2) & 0xff], body);
    };
    const guids = Array.from({ length: 8 }, (_, i) => String(i).repeat(32));
    const result = await scan(concat([0xff, 0xd8], ...guids.map(segment), [0xff, 0xd9]));
    expect(result.xmp).toEqual([]);
    expect(result.problems.filter((p) => p.includes('would take this file over 4,194,304 bytes of XMP'))).toHaveLength(4);
    expect(result.problems.filter((p) => p.includes('is incomplete: 1,000 of 1,048,576 bytes present'))).toHaveLength(4);
  });

  test('HEIF: an iloc whose extents cost no bytes is refused, not looped over', async () => {
    const item = [0, 2, 0, 0, 0xff, 0xff];
    const iloc = box('iloc', [0, 0, 0, 0], [0x00, 0x00], [0xea, 0x60], ...Array.from({ length: 60_000 }, () => item));
    const infe = box('infe', [2, 0, 0, 0], [0, 2, 0, 0], Buffer.from('mimeXMP\0application/rdf+xml\0'));
    const meta = box('meta', [0, 0, 0, 0], box('iinf', [0, 0, 0, 0], [0, 1], infe), iloc);
    const result = await scan(concat(box('ftyp', Buffer.from('heic'), [0, 0, 0, 0], Buffer.from('mif1heic')), meta));
    expect(result.problems).toEqual([expect.stringContaining("HEIF 'iloc' box lists more than 10,000 extents")]);
  });

  test.each<[string, Uint8Array, MediaFormat, RegExp]>([
    ['a BMFF box smaller than its header', concat(mp4(), [0, 0, 0, 4], Buffer.from('free')), 'mp4', /box 'free' declares 4 bytes, less than its own 8-byte header/],
    ['a BMFF box past the end', concat(mp4(), [0, 0, 1, 0], Buffer.from('moov')), 'mp4', /box 'moov' of 256 bytes runs past the end/],
    ['a uuid box without its user type', concat(mp4(), [0, 0, 0, 12], Buffer.from('uuid'), [1, 2, 3, 4]), 'mp4', /uuid box too short for its 16-byte user type/],
    ['a JPEG segment of length 0', concat([0xff, 0xd8, 0xff, 0xe1, 0, 0]), 'jpeg', /JPEG segment 0xe1 has length 0/],
    ['a JPEG segment past the end', jpeg({ xmp: xmpPacket() }).subarray(0, 200), 'jpeg', /JPEG segment 0xe1 of [\d,]+ bytes runs past the end of the file \(truncated\)/],
    ['a JPEG without markers after SOI', concat([0xff, 0xd8, 0x00, 0x11, 0x22, 0x33]), 'jpeg', /expected a JPEG marker \(0xFF\), found 0x00/],
    ['a PNG chunk past the end', png({ xmp: xmpPacket() }).subarray(0, 100), 'png', /PNG chunk 'iTXt' of [\d,]+ bytes runs past the end/],
    ['a PNG chunk over 2^31-1', concat(png().subarray(0, 8), [0xff, 0xff, 0xff, 0xff], Buffer.from('IDAT')), 'png', /declares 4,294,967,295 bytes/],
    [
      'a RIFF chunk past its container',
      concat(Buffer.from('RIFF'), [12, 0, 0, 0], Buffer.from('WEBP'), riffChunk('XMP ', new Uint8Array(4)).subarray(0, 8)),
      'webp',
      /RIFF chunk 'XMP ' of 4 bytes runs past the end of its container/,
    ],
    ['a TIFF IFD outside the file', concat(Buffer.from('II'), [42, 0, 0xff, 0xff, 0, 0]), 'tiff', /TIFF IFD0 offset 65,535 lies outside the file/],
    ['a TIFF that is not one', concat(Buffer.from('IX'), [42, 0, 8, 0, 0, 0]), 'tiff', /byte order mark/],
    ['an ID3 tag past the end', mp3({ xmp: xmpPacket() }).subarray(0, 60), 'mp3', /ID3 tag of [\d,]+ bytes runs past the end of the file/],
    ['an ID3 size that is not synchsafe', concat(Buffer.from('ID3'), [4, 0, 0, 0x80, 0, 0, 0]), 'mp3', /not synchsafe/],
    ['an ID3v2.2 tag', concat(Buffer.from('ID3'), [2, 0, 0, 0, 0, 0, 0]), 'mp3', /ID3v2.2 tag is not read/],
  ])('%s is a problem with its byte offset', async (_name, bytes, format, message) => {
    const result = await scanContainer(bufferSource(bytes), format);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^at byte [\d,]+: /);
    expect(result.problems[0]).toMatch(message);
  });

  test('every truncation and every 0xFF byte of every container ends in a result, never a throw or a hang', async () => {
    for (const [format, , build] of FAMILIES) {
      const whole = build({ xmp: xmpPacket(), credentials: true });
      for (let cut = 0; cut < whole.byteLength; cut += 7) {
        const result = await scanContainer(bufferSource(whole.subarray(0, cut)), format);
        expect(Array.isArray(result.problems)).toBe(true);
        if (result.problems.length === 0) continue;
        for (const p of result.problems) expect(p).toMatch(/^at byte [\d,]+: /);
      }
      for (let at = 0; at < whole.byteLength; at += 5) {
        const flipped = Uint8Array.from(whole);
        flipped[at] = 0xff;
        await expect(scanContainer(bufferSource(flipped), format)).resolves.toMatchObject({ format });
      }
    }
  });

  test('a truncated file of each family reports it was cut short', async () => {
    for (const [format, where, build] of FAMILIES) {
      const whole = build({ xmp: xmpPacket(TRAINED, { padding: 200 }) });
      // Compressed XMP has no readable end marker: cut inside its chunk, before the image data.
      const packetEnd = Buffer.from(whole).indexOf(where.includes('compressed') ? 'IDAT' : '<?xpacket end') - 8;
      const result = await scanContainer(bufferSource(whole.subarray(0, packetEnd)), format);
      expect(result.xmp, where).toEqual([]);
      expect(result.problems.join('\n'), where).toMatch(/truncated|cut short|past the end|outside the file/);
    }
  });

  test('a source that fails to read is a problem, not a rejection', async () => {
    const broken: ByteSource = { size: 1000, read: () => Promise.reject(new Error('EIO: i/o error')) };
    expect(await scanContainer(broken, 'mov')).toMatchObject({ xmp: [], problems: ['at byte 0: the mov walk failed: EIO: i/o error'] });
  });
});

describe('a 2 GB sparse MOV', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sparse-mov-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('its XMP after the gap is found by reading a few hundred bytes of headers', async () => {
    const path = join(dir, 'gap.mov');
    const size = await writeSparseMov(path, { gap: 2 * GIB, xmp: xmpPacket(TRAINED), uuidXmp: xmpPacket(COMPOSITE, { form: 'element' }) });
    expect((await stat(path)).size).toBe(size);
    expect(size).toBeGreaterThan(2 * GIB);
    const file = await fileSource(path);
    try {
      expect(sniff(await file.read(0, SNIFF_LENGTH))).toBe('mov');
      const src = counting(file);
      const result = await scanContainer(src, 'mov');
      expect(result.problems).toEqual([]);
      expect(sourceTypes(result)).toEqual([TRAINED, COMPOSITE]);
      const packets = result.xmp.reduce((n, p) => n + p.byteLength, 0);
      // Headers (32 bytes a box at most) plus the two packets: nothing of the 2 GiB mdat.
      expect(src.bytes - packets).toBeLessThan(32 * 8);
      expect(src.reads).toBeLessThan(12);
    } finally {
      await file.close();
    }
  });
});

describe('agreement with exifr where it reads XMP', () => {
  const exifrSourceType = async (bytes: Uint8Array) => {
    const out = (await exifr.parse(Buffer.from(bytes), { xmp: true, mergeOutput: false })) as { Iptc4xmpExt?: { DigitalSourceType?: string | { resource?: string } } } | undefined;
    const value = out?.Iptc4xmpExt?.DigitalSourceType;
    // exifr gives an rdf:resource property as an object of its attributes.
    return typeof value === 'object' ? value.resource : value;
  };

  test.each<[string, (xmp: string) => Uint8Array]>([
    ['JPEG', (xmp) => jpeg({ xmp })],
    ['PNG', (xmp) => png({ xmp })],
    ['little-endian TIFF', (xmp) => tiff({ xmp, order: 'II' })],
    ['big-endian TIFF', (xmp) => tiff({ xmp, order: 'MM' })],
  ])('%s: both read the same source type, in every form', async (_name, build) => {
    for (const [value, form] of [
      [TRAINED, 'attribute'],
      [COMPOSITE, 'element'],
      ['http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicallyEnhanced', 'resource'],
    ] as const) {
      const bytes = build(xmpPacket(value, { form }));
      const ours = sourceTypes(await scan(bytes));
      expect(ours).toEqual([value]);
      expect(await exifrSourceType(bytes)).toBe(ours[0]);
    }
  });

  test('PNG: exifr does not inflate compressed iTXt, which the walker does', async () => {
    const bytes = png({ xmp: xmpPacket(TRAINED), compressed: true });
    expect(sourceTypes(await scan(bytes))).toEqual([TRAINED]);
    expect(await exifrSourceType(bytes).catch(() => undefined)).toBeUndefined();
  });

  test('HEIC: exifr reads no XMP from a HEIF file at all, which is why the walker reads its items', async () => {
    const bytes = heif({ xmp: xmpPacket(TRAINED), exifXmp: xmpPacket(TRAINED) });
    expect(sourceTypes(await scan(bytes))).toEqual([TRAINED, TRAINED]);
    const out = (await exifr.parse(Buffer.from(bytes), { xmp: true, mergeOutput: false })) as Record<string, unknown>;
    // It does parse the file (IFD0 of the Exif item), so the builder's structure is one exifr accepts.
    expect(out).toMatchObject({ ifd0: { ImageWidth: 1 } });
    expect(out.Iptc4xmpExt).toBeUndefined();
  });
});
