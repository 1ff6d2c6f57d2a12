// ISO base media (MP4, MOV, HEIC, AVIF): box headers only, 32-bit, 64-bit (size 1) and to-the-end
// (size 0), skipping `mdat` and every other payload by its size. XMP is a `uuid` box with Adobe's XMP
// UUID, a QuickTime `XMP_` atom in moov/udta (or a track's udta), or in HEIF a `meta` item of type
// `mime` and content type application/rdf+xml, located through `iinf` and `iloc`; XMP inside a HEIF
// Exif item's TIFF is read too. Items stored by file offset or in `idat` are followed; items built from
// other items (construction method 2) are reported, not followed. A C2PA manifest store is a `uuid`
// box with the C2PA UUID.
import { formatCount } from '../../util/order.js';
import { present } from '../../util/present.js';
import { ascii, concat, nulAt, printableTag, uintBE } from './bytes.js';
import { MAX_DEPTH, MAX_HEADER_BLOCK, MAX_STEPS } from './limits.js';
import { walkTiff } from './tiff.js';
import type { Walk } from './walk.js';

const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';
const C2PA_UUID = 'd8fec3d61b0e483c92975828877ec481';
const XMP_MIME = 'application/rdf+xml';

interface Box {
  type: string;
  at: number;
  /** Where the payload starts: after size, type, any 64-bit size and a uuid's 16-byte user type. */
  data: number;
  end: number;
  uuid?: string;
}

export async function walkBmff(walk: Walk): Promise<void> {
  await boxes(walk, 0, walk.src.size, 0, async (box) => {
    if (box.type === 'uuid') uuidBox(walk, box) && (await walk.readXmp(box.data, box.end - box.data));
    else if (box.type === 'moov') await moov(walk, box, 0);
    else if (box.type === 'meta') await heifMeta(walk, box);
  });
}

/** True when the uuid box is an XMP packet to read; records a C2PA store. */
function uuidBox(walk: Walk, box: Box): boolean {
  if (box.uuid === C2PA_UUID) walk.credentials = true;
  return box.uuid === XMP_UUID;
}

async function moov(walk: Walk, box: Box, depth: number): Promise<void> {
  await boxes(walk, box.data, box.end, depth + 1, async (child) => {
    if (child.type === 'trak') await moov(walk, child, depth + 1);
    else if (child.type === 'uuid') uuidBox(walk, child) && (await walk.readXmp(child.data, child.end - child.data));
    else if (child.type === 'udta') {
      await boxes(walk, child.data, child.end, depth + 2, async (atom) => {
        if (atom.type === 'XMP_') await walk.readXmp(atom.data, atom.end - atom.data);
      });
    }
  });
}

/** Walks the boxes in [start, end), calling `visit` on each; stops the walk at the first broken header. */
async function boxes(walk: Walk, start: number, end: number, depth: number, visit: (box: Box) => Promise<void>): Promise<void> {
  if (depth > MAX_DEPTH) {
    walk.problem(start, `boxes nested more than ${MAX_DEPTH} deep; not walked`);
    return;
  }
  let pos = start;
  while (pos < end && walk.step(pos)) {
    const box = await header(walk, pos, end);
    if (!box) return;
    await visit(box);
    if (walk.done) return;
    pos = box.end;
  }
}

async function header(walk: Walk, pos: number, end: number): Promise<Box | undefined> {
  if (end - pos < 8) {
    walk.stop(pos, `${formatCount(end - pos)} bytes left, too few for a box header (truncated)`);
    return undefined;
  }
  const head = await walk.src.read(pos, Math.min(32, end - pos));
  const size32 = present(uintBE(head, 0, 4), 'a box size inside the bytes read');
  const type = ascii(head, 4, 4);
  let data = pos + 8;
  let size = size32;
  if (size32 === 1) {
    const large = uintBE(head, 8, 8);
    if (large === undefined) {
      walk.stop(pos, `box '${printableTag(type)}' has a 64-bit size that is cut short or beyond 2^53 bytes`);
      return undefined;
    }
    size = large;
    data += 8;
  } else if (size32 === 0) size = end - pos;
  let uuid: string | undefined;
  if (type === 'uuid') {
    const at = data - pos;
    if (head.byteLength < at + 16) {
      walk.stop(pos, 'uuid box too short for its 16-byte user type');
      return undefined;
    }
    uuid = Buffer.from(head.subarray(at, at + 16)).toString('hex');
    data += 16;
  }
  if (size < data - pos) {
    walk.stop(pos, `box '${printableTag(type)}' declares ${formatCount(size)} bytes, less than its own ${formatCount(data - pos)}-byte header`);
    return undefined;
  }
  if (pos + size > end) {
    walk.stop(pos, `box '${printableTag(type)}' of ${formatCount(size)} bytes runs past the end of its container at byte ${formatCount(end)} (truncated)`);
    return undefined;
  }
  return { type, at: pos, data, end: pos + size, ...(uuid ? { uuid } : {}) };
}

interface Item {
  type: string;
  contentType?: string;
}

interface Location {
  method: number;
  extents: { offset: number; length: number }[];
}

class Short extends Error {}
class TooMany extends Error {}

/** A bounds-checked reader over a header block already in memory. */
class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}
  uint(size: number): number {
    const n = uintBE(this.bytes, this.at, size);
    if (n === undefined) throw new Short();
    this.at += size;
    return n;
  }
  skip(size: number): void {
    if (this.at + size > this.bytes.byteLength) throw new Short();
    this.at += size;
  }
  text(size: number): string {
    if (this.at + size > this.bytes.byteLength) throw new Short();
    const s = ascii(this.bytes, this.at, size);
    this.at += size;
    return s;
  }
  cstring(end: number): string {
    const nul = nulAt(this.bytes, this.at);
    const stop = nul < 0 || nul >= end ? end : nul;
    const s = Buffer.from(this.bytes.subarray(this.at, stop)).toString('utf8');
    this.at = Math.min(stop + 1, end);
    return s;
  }
}

async function heifMeta(walk: Walk, meta: Box): Promise<void> {
  // `meta` is a full box: version and flags come before its children.
  const children: Box[] = [];
  await boxes(walk, meta.data + 4, meta.end, 1, async (box) => void children.push(box));
  const iinf = children.find((b) => b.type === 'iinf');
  const iloc = children.find((b) => b.type === 'iloc');
  const idat = children.find((b) => b.type === 'idat');
  if (!iinf || !iloc) return;
  const iinfBytes = await block(walk, iinf);
  const ilocBytes = await block(walk, iloc);
  if (!iinfBytes || !ilocBytes) return;
  let items: Map<number, Item>;
  let locations: Map<number, Location>;
  try {
    items = itemInfo(walk, iinfBytes, iinf.data);
  } catch (error) {
    if (!(error instanceof Short)) throw error;
    walk.problem(iinf.at, "HEIF 'iinf' box is cut short");
    return;
  }
  try {
    locations = itemLocations(ilocBytes);
  } catch (error) {
    if (!(error instanceof Short || error instanceof TooMany)) throw error;
    walk.problem(iloc.at, error instanceof Short ? "HEIF 'iloc' box is cut short" : `HEIF 'iloc' box lists more than ${formatCount(MAX_STEPS)} extents; its items were not read`);
    return;
  }
  for (const [id, item] of [...items].sort((a, b) => a[0] - b[0])) {
    const isXmp = item.type === 'mime' && item.contentType?.split(';')[0]?.trim().toLowerCase() === XMP_MIME;
    if (!isXmp && item.type !== 'Exif') continue;
    const location = locations.get(id);
    if (!location) {
      walk.problem(iloc.at, `HEIF item ${id} (${isXmp ? 'XMP' : 'Exif'}) has no location in 'iloc'`);
      continue;
    }
    const ranges = resolve(walk, iloc.at, id, location, idat);
    if (!ranges) continue;
    if (isXmp) await itemXmp(walk, ranges);
    else await itemExif(walk, id, ranges, iloc.at);
  }
}

async function block(walk: Walk, box: Box): Promise<Uint8Array | undefined> {
  const length = box.end - box.data;
  if (length > MAX_HEADER_BLOCK) {
    walk.problem(box.at, `HEIF '${box.type}' box of ${formatCount(length)} bytes is over the ${formatCount(MAX_HEADER_BLOCK)}-byte limit; its items were not read`);
    return undefined;
  }
  return walk.read(box.data, length);
}

function itemInfo(walk: Walk, bytes: Uint8Array, base: number): Map<number, Item> {
  const c = new Cursor(bytes);
  const version = c.uint(1);
  c.skip(3); // flags
  const count = c.uint(version === 0 ? 2 : 4);
  const items = new Map<number, Item>();
  for (let i = 0; i < count && c.at < bytes.byteLength; i++) {
    if (!walk.step(base + c.at)) break;
    const start = c.at;
    const size = c.uint(4);
    const type = c.text(4);
    const end = start + size;
    if (size < 12 || end > bytes.byteLength) throw new Short();
    if (type === 'infe') {
      const v = c.uint(1);
      c.skip(3); // flags
      if (v >= 2) {
        const id = c.uint(v === 2 ? 2 : 4);
        c.uint(2); // protection index
        const itemType = c.text(4);
        c.cstring(end); // item name
        items.set(id, itemType === 'mime' ? { type: itemType, contentType: c.cstring(end) } : { type: itemType });
      } else {
        // Versions 0 and 1 have no item type: a content type makes it a MIME item.
        const id = c.uint(2);
        c.uint(2);
        c.cstring(end);
        items.set(id, { type: 'mime', contentType: c.cstring(end) });
      }
    }
    c.at = end;
  }
  return items;
}

function itemLocations(bytes: Uint8Array): Map<number, Location> {
  const c = new Cursor(bytes);
  const version = c.uint(1);
  c.skip(3); // flags
  const sizes = c.uint(1);
  const more = c.uint(1);
  const [offsetSize, lengthSize, baseSize] = [sizes >> 4, sizes & 0xf, more >> 4];
  const indexSize = version === 1 || version === 2 ? more & 0xf : 0;
  const count = c.uint(version < 2 ? 2 : 4);
  const locations = new Map<number, Location>();
  // Offset and length fields may be 0 bytes wide, so extents can cost no bytes: count them instead.
  let extentsLeft = MAX_STEPS;
  for (let i = 0; i < count; i++) {
    const id = c.uint(version < 2 ? 2 : 4);
    const method = version === 1 || version === 2 ? c.uint(2) & 0xf : 0;
    c.uint(2); // data reference index
    const base = c.uint(baseSize);
    const extentCount = c.uint(2);
    if ((extentsLeft -= extentCount) < 0) throw new TooMany();
    const extents: Location['extents'] = [];
    for (let e = 0; e < extentCount; e++) {
      c.uint(indexSize);
      const offset = c.uint(offsetSize);
      extents.push({ offset: base + offset, length: c.uint(lengthSize) });
    }
    locations.set(id, { method, extents });
  }
  return locations;
}

/** File ranges of an item's extents, or undefined with a problem when they cannot be located. */
function resolve(walk: Walk, at: number, id: number, location: Location, idat: Box | undefined): { offset: number; length: number }[] | undefined {
  if (location.method === 1 && !idat) {
    walk.problem(at, `HEIF item ${id} is stored in 'idat', but the meta box has none`);
    return undefined;
  }
  if (location.method > 1) {
    walk.problem(at, `HEIF item ${id} uses construction method ${location.method} (item offsets), which this reader does not follow`);
    return undefined;
  }
  const origin = location.method === 1 && idat ? idat.data : 0;
  const limit = location.method === 1 && idat ? idat.end : walk.src.size;
  const ranges = location.extents.map((e) => ({ offset: origin + e.offset, length: e.length }));
  for (const range of ranges) {
    // A zero length means "to the end of the data", which no writer uses for XMP or Exif.
    if (range.length === 0 || range.offset + range.length > limit) {
      walk.problem(at, `HEIF item ${id} has an extent (${formatCount(range.length)} bytes at byte ${formatCount(range.offset)}) outside the file`);
      return undefined;
    }
  }
  return ranges;
}

async function itemXmp(walk: Walk, ranges: { offset: number; length: number }[]): Promise<void> {
  const total = ranges.reduce((n, r) => n + r.length, 0);
  if (!walk.admitXmp(ranges[0]?.offset ?? 0, total)) return;
  const parts: Uint8Array[] = [];
  for (const range of ranges) {
    const part = await walk.read(range.offset, range.length);
    if (!part) return;
    parts.push(part);
  }
  walk.addXmp(concat(parts));
}

async function itemExif(walk: Walk, id: number, ranges: { offset: number; length: number }[], at: number): Promise<void> {
  const [range] = ranges;
  if (!range || ranges.length > 1) {
    walk.problem(at, `HEIF Exif item ${id} is split into ${ranges.length} extents; not read`);
    return;
  }
  // The Exif item starts with the offset of the TIFF header from just after that field.
  const lead = await walk.read(range.offset, 4);
  if (!lead) return;
  const skip = 4 + present(uintBE(lead, 0, 4), 'the Exif TIFF header offset');
  if (skip + 8 > range.length) {
    walk.problem(range.offset, `HEIF Exif item ${id} has no room for a TIFF header`);
    return;
  }
  await walkTiff(walk, range.offset + skip, range.length - skip);
}
