// Minimal media files of every container the provenance scan reads, built at test time with real
// headers and correct lengths (and CRCs for PNG), each optionally carrying an XMP packet or the boxes
// that announce a C2PA store. Nothing third-party is committed: every byte comes from here.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { concat as join } from '../../../src/provenance/containers/bytes.js';

export const IPTC_EXT = 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/';
export const TRAINED = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

export interface XmpOptions {
  /** How the property is written: rdf:Description attribute, element text, or element rdf:resource. */
  form?: 'attribute' | 'element' | 'resource';
  prefix?: string;
  namespace?: string;
  /** Text inserted before <x:xmpmeta> (a DOCTYPE, for instance). */
  prolog?: string;
  /** Spaces appended inside the packet, as writers leave room for in-place edits. */
  padding?: number;
}

/** An XMP packet stating `sourceType` as IPTC Extension DigitalSourceType. */
export function xmpPacket(sourceType = TRAINED, options: XmpOptions = {}): string {
  const { form = 'attribute', prefix = 'Iptc4xmpExt', namespace = IPTC_EXT, prolog = '', padding = 0 } = options;
  const ns = `xmlns:${prefix}="${namespace}"`;
  const rdf = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';
  const description =
    form === 'attribute'
      ? `<rdf:Description rdf:about="" ${ns} ${prefix}:DigitalSourceType="${sourceType}"/>`
      : form === 'element'
        ? `<rdf:Description rdf:about="" ${ns}><${prefix}:DigitalSourceType>${sourceType}</${prefix}:DigitalSourceType></rdf:Description>`
        : `<rdf:Description rdf:about="" ${ns}><${prefix}:DigitalSourceType rdf:resource="${sourceType}"/></rdf:Description>`;
  return (
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>${prolog}` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ${rdf}>${description}</rdf:RDF></x:xmpmeta>` +
    `${' '.repeat(padding)}<?xpacket end="w"?>`
  );
}

const text = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Joins byte arrays and plain byte lists into one array. */
export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return join(parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p))));
}

const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64be = (n: bigint) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
};

/** The JUMBF superbox that announces a C2PA manifest store (type UUID "c2pa", label "c2pa"), with no manifests in it. */
export function c2paStoreStub(): Uint8Array {
  const type = [0x63, 0x32, 0x70, 0x61, 0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];
  const jumd = concat(u32be(8 + 16 + 1 + 5), latin1('jumd'), type, [0x03], latin1('c2pa\0'));
  return concat(u32be(8 + jumd.byteLength), latin1('jumb'), jumd);
}

export interface MediaOptions {
  xmp?: string;
  credentials?: boolean;
}

// ---------------------------------------------------------------- JPEG

/** A 1x1 grey baseline JPEG: APP0 JFIF, APP1 XMP, Extended XMP, APP11 JUMBF, then tables, SOS, EOI. */
export function jpeg(options: MediaOptions & { extendedXmp?: string; extendedChunk?: number } = {}): Uint8Array {
  const segment = (marker: number, body: Uint8Array | number[]) => {
    const b = body instanceof Uint8Array ? body : Uint8Array.from(body);
    if (b.byteLength + 2 > 0xffff) throw new Error('JPEG segment over 64 KB');
    return concat([0xff, marker], u16be(b.byteLength + 2), b);
  };
  const parts: Uint8Array[] = [Uint8Array.from([0xff, 0xd8])];
  parts.push(segment(0xe0, concat(latin1('JFIF\0'), [1, 1, 0, 0, 1, 0, 1, 0, 0])));
  if (options.xmp) parts.push(segment(0xe1, concat(latin1('http://ns.adobe.com/xap/1.0/\0'), text(options.xmp))));
  if (options.extendedXmp) {
    const packet = text(options.extendedXmp);
    const guid = createHash('md5').update(packet).digest('hex').toUpperCase();
    const size = options.extendedChunk ?? 65_000;
    for (let at = 0; at < packet.byteLength; at += size) {
      const chunk = packet.subarray(at, at + size);
      parts.push(segment(0xe1, concat(latin1('http://ns.adobe.com/xmp/extension/\0'), latin1(guid), u32be(packet.byteLength), u32be(at), chunk)));
    }
  }
  if (options.credentials) parts.push(segment(0xeb, concat(latin1('JP'), u16be(1), u32be(1), c2paStoreStub())));
  parts.push(segment(0xdb, [0, ...new Array(64).fill(1)]));
  parts.push(segment(0xc0, [8, ...u16be(1), ...u16be(1), 1, 1, 0x11, 0]));
  // One code of length 1 in each table: DC category 0, AC end-of-block.
  parts.push(segment(0xc4, [0x00, 1, ...new Array(15).fill(0), 0]));
  parts.push(segment(0xc4, [0x10, 1, ...new Array(15).fill(0), 0]));
  parts.push(segment(0xda, [1, 1, 0x00, 0, 63, 0]));
  parts.push(Uint8Array.from([0x3f, 0xff, 0xd9]));
  return concat(...parts);
}

// ---------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat(latin1(type), data);
  return concat(u32be(data.byteLength), typed, u32be(crc32(typed)));
}

/** A 1x1 greyscale PNG with an iTXt XMP chunk (optionally zlib-compressed) and a `caBX` chunk. */
export function png(options: MediaOptions & { compressed?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
  parts.push(pngChunk('IHDR', concat(u32be(1), u32be(1), [8, 0, 0, 0, 0])));
  if (options.xmp) {
    const body = options.compressed ? deflateSync(text(options.xmp)) : text(options.xmp);
    parts.push(pngChunk('iTXt', concat(latin1('XML:com.adobe.xmp\0'), [options.compressed ? 1 : 0, 0], latin1('\0\0'), body)));
  }
  if (options.credentials) parts.push(pngChunk('caBX', c2paStoreStub()));
  parts.push(pngChunk('IDAT', deflateSync(Uint8Array.from([0, 0x80]))));
  parts.push(pngChunk('IEND', new Uint8Array(0)));
  return concat(...parts);
}

// ---------------------------------------------------------------- RIFF (WebP, WAV)

export function riffChunk(id: string, data: Uint8Array): Uint8Array {
  return concat(latin1(id), u32le(data.byteLength), data, data.byteLength % 2 ? [0] : []);
}

const riff = (form: string, chunks: Uint8Array[]) => {
  const body = concat(latin1(form), ...chunks);
  return concat(latin1('RIFF'), u32le(body.byteLength), body);
};

// A 1x1 lossless VP8L bitstream (13 bytes: odd, so the chunk carries a pad byte).
const VP8L_1X1 = Uint8Array.from([0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07]);

/** A 1x1 WebP: VP8X (with the XMP flag when there is XMP), VP8L, `XMP ` and `C2PA` chunks. */
export function webp(options: MediaOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [riffChunk('VP8X', concat([options.xmp ? 0x04 : 0, 0, 0, 0], [0, 0, 0], [0, 0, 0])), riffChunk('VP8L', VP8L_1X1)];
  if (options.xmp) chunks.push(riffChunk('XMP ', text(options.xmp)));
  if (options.credentials) chunks.push(riffChunk('C2PA', c2paStoreStub()));
  return riff('WEBP', chunks);
}

/** Two 16-bit mono PCM samples with a LIST/INFO chunk, `_PMX` XMP and a `C2PA` chunk. */
export function wav(options: MediaOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [
    riffChunk('fmt ', concat(u16le(1), u16le(1), u32le(8000), u32le(16000), u16le(2), u16le(16))),
    riffChunk('LIST', concat(latin1('INFO'), riffChunk('ISFT', latin1('builder\0')))),
    riffChunk('data', Uint8Array.from([0, 0, 0x10, 0])),
  ];
  if (options.xmp) chunks.push(riffChunk('_PMX', text(options.xmp)));
  if (options.credentials) chunks.push(riffChunk('C2PA', c2paStoreStub()));
  return riff('WAVE', chunks);
}

// ---------------------------------------------------------------- TIFF

/** A 1x1 8-bit greyscale strip TIFF in either byte order, with XMP in IFD0 tag 700. */
export function tiff(options: { xmp?: string; order?: 'II' | 'MM' } = {}): Uint8Array {
  const little = (options.order ?? 'II') === 'II';
  const xmp = options.xmp ? text(options.xmp) : undefined;
  const entries: [tag: number, type: number, count: number, value: number][] = [
    [256, 3, 1, 1],
    [257, 3, 1, 1],
    [258, 3, 1, 8],
    [259, 3, 1, 1],
    [262, 3, 1, 1],
    [273, 4, 1, 0], // strip offset, set below
    [277, 3, 1, 1],
    [278, 3, 1, 1],
    [279, 4, 1, 1],
  ];
  if (xmp) entries.push([700, 1, xmp.byteLength, 0]);
  const ifdSize = 2 + entries.length * 12 + 4;
  const pixel = 8 + ifdSize;
  const xmpAt = pixel + 2; // after the pixel byte and a pad byte, keeping the packet word-aligned
  const out = new Uint8Array(xmpAt + (xmp?.byteLength ?? 0));
  const v = new DataView(out.buffer);
  out.set(latin1(little ? 'II' : 'MM'));
  v.setUint16(2, 42, little);
  v.setUint32(4, 8, little);
  v.setUint16(8, entries.length, little);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 10 + i * 12;
    v.setUint16(at, tag, little);
    v.setUint16(at + 2, type, little);
    v.setUint32(at + 4, count, little);
    const resolved = tag === 273 ? pixel : tag === 700 ? xmpAt : value;
    if (type === 3) v.setUint16(at + 8, resolved, little);
    else v.setUint32(at + 8, resolved, little);
  });
  out[pixel] = 0x80;
  if (xmp) out.set(xmp, xmpAt);
  return out;
}

// ---------------------------------------------------------------- ISO BMFF (HEIC, AVIF, MP4, MOV)

export function box(type: string, ...payload: (Uint8Array | number[])[]): Uint8Array {
  const body = concat(...payload);
  return concat(u32be(8 + body.byteLength), latin1(type), body);
}

const fullBox = (type: string, version: number, ...payload: (Uint8Array | number[])[]) => box(type, [version, 0, 0, 0], ...payload);

export const XMP_UUID = Uint8Array.from(Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'));
export const C2PA_UUID = Uint8Array.from(Buffer.from('d8fec3d61b0e483c92975828877ec481', 'hex'));

export function uuidBox(uuid: Uint8Array, payload: Uint8Array): Uint8Array {
  return box('uuid', uuid, payload);
}

const ftyp = (major: string, compatible: string[]) => box('ftyp', latin1(major), u32be(0), ...compatible.map(latin1));

export interface HeifOptions {
  /** XMP as a `mime` item (application/rdf+xml). */
  xmp?: string;
  /** XMP inside the Exif item's TIFF (tag 700), where exifr reads it. */
  exifXmp?: string;
  brand?: 'heic' | 'avif';
  /** Store the items in the meta box's `idat` (iloc version 1, construction method 1) instead of `mdat`. */
  idat?: boolean;
  credentials?: boolean;
}

/** A HEIF still image: ftyp, meta (hdlr, pitm, iinf, iloc, idat), then mdat holding the coded image and the items. */
export function heif(options: HeifOptions = {}): Uint8Array {
  const brand = options.brand ?? 'heic';
  const coded = brand === 'heic' ? 'hvc1' : 'av01';
  const items: { id: number; infe: Uint8Array; data: Uint8Array }[] = [{ id: 1, infe: fullBox('infe', 2, u16be(1), u16be(0), latin1(`${coded}\0`)), data: Uint8Array.from([0, 0, 0, 0]) }];
  if (options.xmp) items.push({ id: 2, infe: fullBox('infe', 2, u16be(2), u16be(0), latin1('mimeXMP\0application/rdf+xml\0')), data: text(options.xmp) });
  if (options.exifXmp) items.push({ id: 3, infe: fullBox('infe', 2, u16be(3), u16be(0), latin1('Exif\0')), data: concat(u32be(0), tiff({ xmp: options.exifXmp, order: 'MM' })) });
  const method = options.idat ? 1 : 0;
  const build = (origin: number) => {
    let at = origin;
    const locations = items.map((item) => {
      const entry = concat(u16be(item.id), method ? u16be(method) : [], u16be(0), u16be(1), u32be(at), u32be(item.data.byteLength));
      at += item.data.byteLength;
      return entry;
    });
    const iloc = fullBox('iloc', method ? 1 : 0, [0x44, 0x00], u16be(items.length), ...locations);
    const hdlr = fullBox('hdlr', 0, u32be(0), latin1('pict'), new Uint8Array(12), [0]);
    const children = [hdlr, fullBox('pitm', 0, u16be(1)), fullBox('iinf', 0, u16be(items.length), ...items.map((i) => i.infe)), iloc];
    if (options.idat) children.push(box('idat', ...items.map((i) => i.data)));
    return fullBox('meta', 0, ...children);
  };
  const head = ftyp(brand, ['mif1', brand]);
  const tail = options.credentials ? uuidBox(C2PA_UUID, concat([0, 0, 0, 0], latin1('manifest\0'), c2paStoreStub())) : new Uint8Array(0);
  if (options.idat) {
    // idat offsets count from the idat payload, which does not move when the meta box is rebuilt.
    return concat(head, build(0), tail);
  }
  const size = build(0).byteLength;
  const mdatData = head.byteLength + size + 8;
  return concat(head, build(mdatData), box('mdat', ...items.map((i) => i.data)), tail);
}

const mvhd = () => fullBox('mvhd', 0, u32be(0), u32be(0), u32be(1000), u32be(0), u32be(0x10000), u16be(0x100), new Uint8Array(10), identity(), new Uint8Array(24), u32be(2));
const identity = () => concat(u32be(0x10000), u32be(0), u32be(0), u32be(0), u32be(0x10000), u32be(0), u32be(0), u32be(0), u32be(0x40000000));

/** An MP4 (isom): ftyp, moov/mvhd, XMP in a `uuid` box, a C2PA `uuid` box, and a small mdat. */
export function mp4(options: MediaOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [ftyp('isom', ['isom', 'iso2', 'mp41']), box('moov', mvhd())];
  if (options.xmp) parts.push(uuidBox(XMP_UUID, text(options.xmp)));
  if (options.credentials) parts.push(uuidBox(C2PA_UUID, concat([0, 0, 0, 0], latin1('manifest\0'), c2paStoreStub())));
  parts.push(box('mdat', [0, 0, 0, 0]));
  return concat(...parts);
}

/** A QuickTime MOV (ftyp qt): XMP in moov/udta/XMP_ or in a top-level `uuid` box. */
export function mov(options: MediaOptions & { placement?: 'udta' | 'uuid' } = {}): Uint8Array {
  const placement = options.placement ?? 'udta';
  const udta = options.xmp && placement === 'udta' ? [box('udta', box('XMP_', text(options.xmp)))] : [];
  const parts: Uint8Array[] = [ftyp('qt  ', ['qt  ']), box('moov', mvhd(), ...udta)];
  if (options.xmp && placement === 'uuid') parts.push(uuidBox(XMP_UUID, text(options.xmp)));
  parts.push(box('mdat', [0, 0, 0, 0]));
  return concat(...parts);
}

export const GIB = 1024 ** 3;

/**
 * A QuickTime file of `gap` bytes of (unwritten, so sparse) media: ftyp, an `mdat` with a 64-bit size,
 * then moov/udta/XMP_ and a uuid XMP box after the gap. The file is sized with ftruncate, never written
 * through, so it costs no disk and proves the reader skips what it does not need.
 */
export async function writeSparseMov(path: string, options: { gap?: number; xmp: string; uuidXmp?: string }): Promise<number> {
  const gap = options.gap ?? 2 * GIB;
  const head = concat(ftyp('qt  ', ['qt  ']), u32be(1), latin1('mdat'), u64be(BigInt(16 + gap)));
  const tail = concat(box('moov', mvhd(), box('udta', box('XMP_', text(options.xmp)))), options.uuidXmp ? uuidBox(XMP_UUID, text(options.uuidXmp)) : new Uint8Array(0));
  const handle = await open(path, 'w');
  try {
    await handle.write(head, 0, head.byteLength, 0);
    await handle.truncate(head.byteLength + gap);
    await handle.write(tail, 0, tail.byteLength, head.byteLength + gap);
  } finally {
    await handle.close();
  }
  return head.byteLength + gap + tail.byteLength;
}

// ---------------------------------------------------------------- MP3 (ID3v2)

const synchsafe = (n: number) => [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f];

/** An MP3: an ID3v2.3 or v2.4 tag (PRIV "XMP", GEOB C2PA store, padding), then one silent MPEG-1 Layer III frame. */
export function mp3(options: MediaOptions & { version?: 3 | 4 } = {}): Uint8Array {
  const version = options.version ?? 4;
  const frame = (id: string, body: Uint8Array) => concat(latin1(id), version === 4 ? synchsafe(body.byteLength) : u32be(body.byteLength), [0, 0], body);
  const frames: Uint8Array[] = [frame('TSSE', concat([0], latin1('builder')))];
  if (options.xmp) frames.push(frame('PRIV', concat(latin1('XMP\0'), text(options.xmp))));
  if (options.credentials) frames.push(frame('GEOB', concat([0], latin1('application/x-c2pa-manifest-store\0c2pa\0\0'), c2paStoreStub())));
  const body = concat(...frames, new Uint8Array(16));
  // 128 kbit/s, 44.1 kHz, no padding: 144 * 128000 / 44100 = 417 bytes.
  const audio = concat([0xff, 0xfb, 0x90, 0x64], new Uint8Array(413));
  return concat(latin1('ID3'), [version, 0, 0], synchsafe(body.byteLength), body, audio);
}

// ---------------------------------------------------------------- Others

/** A Git LFS pointer file, as committed in place of the media it names. */
export function lfsPointer(): Uint8Array {
  const oid = createHash('sha256').update('the media this pointer stands for').digest('hex');
  return text(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 2147483648\n`);
}
