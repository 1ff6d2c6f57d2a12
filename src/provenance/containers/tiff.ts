// TIFF: the header and IFD0, where tag 700 holds the XMP packet. Offsets inside a TIFF count from
// its header, so the same walk reads a TIFF file (base 0) and the TIFF inside a HEIC Exif item.
import { formatCount } from '../../util/order.js';
import { view } from './bytes.js';
import type { Walk } from './walk.js';

const TAG_XMP = 700;
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

/** Reads IFD0 of the TIFF whose header is at `base` and which may extend `length` bytes. */
export async function walkTiff(walk: Walk, base = 0, length = walk.src.size - base): Promise<void> {
  const head = await walk.read(base, 8);
  if (!head) return;
  const order = String.fromCharCode(head[0] ?? 0, head[1] ?? 0);
  if (order !== 'II' && order !== 'MM') {
    walk.stop(base, `TIFF byte order mark is neither II nor MM`);
    return;
  }
  const little = order === 'II';
  const v = view(head);
  if (v.getUint16(2, little) !== 42) {
    walk.stop(base + 2, 'TIFF magic number is not 42');
    return;
  }
  const ifd = v.getUint32(4, little);
  if (ifd === 0) return;
  if (!walk.step(base + ifd)) return;
  if (ifd < 8 || ifd + 2 > length) {
    walk.stop(base + 4, `TIFF IFD0 offset ${formatCount(ifd)} lies outside the file`);
    return;
  }
  const countBytes = await walk.read(base + ifd, 2);
  if (!countBytes) return;
  const count = view(countBytes).getUint16(0, little);
  if (ifd + 2 + count * 12 > length) {
    walk.stop(base + ifd, `TIFF IFD0 with ${formatCount(count)} entries runs past the end of the file (truncated)`);
    return;
  }
  const entries = await walk.read(base + ifd + 2, count * 12);
  if (!entries) return;
  const e = view(entries);
  for (let i = 0; i < count; i++) {
    const at = i * 12;
    if (e.getUint16(at, little) !== TAG_XMP) continue;
    const type = e.getUint16(at + 2, little);
    const bytes = (TYPE_SIZES[type] ?? 0) * e.getUint32(at + 4, little);
    const entry = base + ifd + 2 + at;
    if (bytes === 0) {
      walk.problem(entry, `TIFF XMP tag has type ${type}, which is not a byte type`);
      continue;
    }
    if (bytes <= 4) {
      await walk.readXmp(entry + 8, bytes);
      continue;
    }
    const offset = e.getUint32(at + 8, little);
    if (offset + bytes > length) {
      walk.problem(entry, `TIFF XMP tag points at ${formatCount(bytes)} bytes from offset ${formatCount(offset)}, past the end of the file`);
      continue;
    }
    await walk.readXmp(base + offset, bytes);
  }
}
