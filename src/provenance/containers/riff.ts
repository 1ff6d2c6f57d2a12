// RIFF (WebP and WAV): chunks of id, little-endian size and data, padded to an even length. XMP is
// the `XMP ` chunk in WebP and `_PMX` in WAV (either is taken in both: the id is unambiguous); a
// C2PA manifest store is a `C2PA` chunk. LIST chunks are walked into; audio and image data are not read.
import { formatCount } from '../../util/order.js';
import { present } from '../../util/present.js';
import { ascii, printableTag, uintLE } from './bytes.js';
import { MAX_DEPTH } from './limits.js';
import type { Walk } from './walk.js';

const XMP_CHUNKS = new Set(['XMP ', '_PMX']);

export async function walkRiff(walk: Walk): Promise<void> {
  const head = await walk.read(0, 12);
  if (!head) return;
  const declared = 8 + present(uintLE(head, 4, 4), 'the RIFF size');
  let end = declared;
  if (declared > walk.src.size) {
    walk.problem(4, `RIFF size says ${formatCount(declared)} bytes but the file has ${formatCount(walk.src.size)} (truncated)`);
    end = walk.src.size;
  }
  await chunks(walk, 12, end, 0);
}

async function chunks(walk: Walk, start: number, end: number, depth: number): Promise<void> {
  let pos = start;
  // A chunk header needs 8 bytes; a shorter tail is padding some writers leave.
  while (pos + 8 <= end && walk.step(pos)) {
    const head = await walk.read(pos, 8);
    if (!head) return;
    const id = ascii(head, 0, 4);
    const size = present(uintLE(head, 4, 4), 'the chunk size');
    const data = pos + 8;
    if (data + size > end) {
      walk.stop(pos, `RIFF chunk '${printableTag(id)}' of ${formatCount(size)} bytes runs past the end of its container (truncated)`);
      return;
    }
    if (id === 'C2PA') walk.credentials = true;
    else if (XMP_CHUNKS.has(id)) await walk.readXmp(data, size);
    else if (id === 'LIST' && size >= 4) {
      if (depth + 1 > MAX_DEPTH) walk.problem(pos, `RIFF LIST nested more than ${MAX_DEPTH} deep; not walked`);
      else await chunks(walk, data + 4, data + size, depth + 1);
      if (walk.done) return;
    }
    pos = data + size + (size % 2);
  }
}
