// MP3: the ID3v2 tag at the start of the file (the audio frames after it are never read). XMP is a
// PRIV frame owned by "XMP"; a C2PA manifest store is a GEOB frame of type
// application/x-c2pa-manifest-store. Tag sizes are synchsafe (7 bits a byte), as are v2.4 frame sizes.
import { formatCount } from '../../util/order.js';
import { present } from '../../util/present.js';
import { ascii, nulAt, printableTag, startsWithText, uintBE } from './bytes.js';
import type { Walk } from './walk.js';

const XMP_OWNER = 'XMP\0';
const C2PA_MIME = 'application/x-c2pa-manifest-store';
const HEADER = 10;
// v2.4 frame format flags.
const UNSYNCHRONISED = 0x02;
const DATA_LENGTH = 0x01;
const COMPRESSED_OR_ENCRYPTED = 0x0c;

export async function walkId3(walk: Walk): Promise<void> {
  const { src } = walk;
  const head = await src.read(0, HEADER);
  // An MP3 that starts with an audio frame has no ID3v2 tag, so nothing to read.
  if (!startsWithText(head, 'ID3')) return;
  if (head.byteLength < HEADER) {
    walk.stop(0, 'ID3 tag header is cut short (truncated)');
    return;
  }
  const major = present(head[3], 'the ID3 version byte');
  const flags = present(head[5], 'the ID3 flags byte');
  const tagSize = synchsafe(head, 6);
  if (tagSize === undefined) {
    walk.stop(6, 'ID3 tag size is not synchsafe (a byte has its top bit set)');
    return;
  }
  if (major !== 3 && major !== 4) {
    walk.problem(0, `ID3v2.${major} tag is not read (only v2.3 and v2.4 carry XMP and C2PA frames)`);
    return;
  }
  // Tag-wide unsynchronisation (v2.3 style) would need the whole tag decoded before any frame is found.
  if (flags & 0x80 && major === 3) {
    walk.problem(5, 'ID3v2.3 tag is unsynchronised; its frames were not read');
    return;
  }
  const end = HEADER + tagSize;
  if (end > src.size) {
    walk.stop(6, `ID3 tag of ${formatCount(tagSize)} bytes runs past the end of the file (truncated)`);
    return;
  }
  let pos = HEADER;
  if (flags & 0x40) {
    const ext = await walk.read(pos, 4);
    if (!ext) return;
    // v2.4's extended header size (synchsafe) counts itself; v2.3's (plain) does not.
    const size = major === 4 ? synchsafe(ext, 0) : present(uintBE(ext, 0, 4), 'the extended header size') + 4;
    if (size === undefined || size < 4 || pos + size > end) {
      walk.stop(pos, 'ID3 extended header size is invalid');
      return;
    }
    pos += size;
  }
  while (pos + HEADER <= end && walk.step(pos)) {
    const frame = await walk.read(pos, HEADER);
    if (!frame) return;
    // Padding (zeros) fills the rest of the tag.
    if (frame[0] === 0) return;
    const id = ascii(frame, 0, 4);
    const size = major === 4 ? synchsafe(frame, 4) : present(uintBE(frame, 4, 4), 'the frame size');
    if (size === undefined || pos + HEADER + size > end) {
      walk.stop(pos, `ID3 frame '${printableTag(id)}' has a size that runs past the end of the tag`);
      return;
    }
    const format = major === 4 ? present(frame[9], 'the frame format flags') : 0;
    if (id === 'PRIV' || id === 'GEOB') await payload(walk, id, pos + HEADER, size, format);
    pos += HEADER + size;
  }
}

async function payload(walk: Walk, id: string, data: number, size: number, format: number): Promise<void> {
  if (format & COMPRESSED_OR_ENCRYPTED) {
    walk.problem(data, `ID3 ${id} frame is compressed or encrypted; not read`);
    return;
  }
  let start = data;
  let length = size;
  if (format & DATA_LENGTH) {
    start += 4;
    length -= 4;
  }
  if (length <= 0) return;
  if (id === 'GEOB') {
    // Text encoding byte, then the MIME type in Latin-1, NUL-terminated.
    const head = unsync(await walk.src.read(start, Math.min(length, 64)), format);
    if (startsWithText(head, `${C2PA_MIME}\0`, 1)) walk.credentials = true;
    return;
  }
  const owner = unsync(await walk.src.read(start, Math.min(length, 16)), format);
  if (!startsWithText(owner, XMP_OWNER)) return;
  if (!(format & UNSYNCHRONISED)) {
    await walk.readXmp(start + XMP_OWNER.length, length - XMP_OWNER.length);
    return;
  }
  if (!walk.admitXmp(start, length)) return;
  const bytes = await walk.read(start, length);
  if (!bytes) return;
  const decoded = unsync(bytes, format);
  walk.addXmp(decoded.subarray(nulAt(decoded, 0) + 1));
}

/** Undoes unsynchronisation (0xFF 0x00 → 0xFF) when the frame says it was applied. */
function unsync(bytes: Uint8Array, format: number): Uint8Array {
  if (!(format & UNSYNCHRONISED)) return bytes;
  const out: number[] = [];
  for (let i = 0; i < bytes.byteLength; i++) {
    const byte = bytes[i] ?? 0;
    out.push(byte);
    if (byte === 0xff && bytes[i + 1] === 0) i++;
  }
  return Uint8Array.from(out);
}

function synchsafe(bytes: Uint8Array, offset: number): number | undefined {
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const b = bytes[offset + i];
    if (b === undefined || b & 0x80) return undefined;
    n = n * 128 + b;
  }
  return n;
}
