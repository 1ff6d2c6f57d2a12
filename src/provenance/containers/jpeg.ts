// JPEG: marker segments from SOI up to the first SOS (after it comes entropy-coded image data, which
// is never read). XMP lives in APP1, split across further APP1 segments when over 64 KB (Extended
// XMP, reassembled here by its GUID); a C2PA manifest store lives in APP11 JUMBF boxes.
import { formatCount } from '../../util/order.js';
import { present } from '../../util/present.js';
import { ascii, startsWithText, uintBE } from './bytes.js';
import type { Walk } from './walk.js';

const XMP_SIGNATURE = 'http://ns.adobe.com/xap/1.0/\0';
const EXTENDED_XMP_SIGNATURE = 'http://ns.adobe.com/xmp/extension/\0';
// GUID (32 hex characters), full length and this chunk's offset follow the extension signature.
const EXTENDED_HEADER = EXTENDED_XMP_SIGNATURE.length + 32 + 4 + 4;
const APP1 = 0xe1;
const APP11 = 0xeb;
const SOS = 0xda;
const EOI = 0xd9;

/** One Extended XMP packet being assembled: its bytes (allocated once, when admitted) and the ranges filled so far. */
interface Extended {
  offset: number;
  /** Undefined when the packet was refused: its later chunks are skipped without a problem each. */
  packet?: Uint8Array;
  filled: [start: number, end: number][];
}

export async function walkJpeg(walk: Walk): Promise<void> {
  const { src } = walk;
  const extended = new Map<string, Extended>();
  let pos = 2;
  while (pos < src.size && walk.step(pos)) {
    // A marker is 2 bytes; only segments with a length need all 4 (checked below).
    const head = await src.read(pos, 4);
    if (head.byteLength < 2) {
      walk.stop(pos, 'file ends inside a JPEG marker (truncated)');
      break;
    }
    if (head[0] !== 0xff) {
      walk.stop(pos, `expected a JPEG marker (0xFF), found 0x${(head[0] ?? 0).toString(16).padStart(2, '0')}`);
      break;
    }
    const marker = present(head[1], 'the JPEG marker byte');
    // 0xFF fill bytes may pad before a marker.
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    if (marker === SOS || marker === EOI) return finishExtended(walk, extended);
    // Standalone markers (TEM, RSTn, SOI) have no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      pos += 2;
      continue;
    }
    const length = uintBE(head, 2, 2);
    if (length === undefined) {
      walk.stop(pos, `file ends inside the length of JPEG segment 0x${marker.toString(16)} (truncated)`);
      break;
    }
    if (length < 2) {
      walk.stop(pos, `JPEG segment 0x${marker.toString(16)} has length ${length}, less than its own length field`);
      break;
    }
    if (pos + 2 + length > src.size) {
      walk.stop(pos, `JPEG segment 0x${marker.toString(16)} of ${formatCount(length)} bytes runs past the end of the file (truncated)`);
      break;
    }
    const body = pos + 4;
    const bodyLength = length - 2;
    if (marker === APP1) await app1(walk, body, bodyLength, extended);
    else if (marker === APP11) await app11(walk, body, bodyLength);
    pos += 2 + length;
  }
  finishExtended(walk, extended);
}

async function app1(walk: Walk, body: number, length: number, extended: Map<string, Extended>): Promise<void> {
  const sig = await walk.src.read(body, Math.min(length, EXTENDED_HEADER));
  if (startsWithText(sig, XMP_SIGNATURE)) {
    await walk.readXmp(body + XMP_SIGNATURE.length, length - XMP_SIGNATURE.length);
    return;
  }
  if (!startsWithText(sig, EXTENDED_XMP_SIGNATURE)) return;
  if (sig.byteLength < EXTENDED_HEADER) {
    walk.problem(body, 'Extended XMP segment too short for its header');
    return;
  }
  const guid = ascii(sig, EXTENDED_XMP_SIGNATURE.length, 32);
  const fullLength = present(uintBE(sig, EXTENDED_XMP_SIGNATURE.length + 32, 4), 'the extended XMP length');
  const at = present(uintBE(sig, EXTENDED_XMP_SIGNATURE.length + 36, 4), 'the extended XMP offset');
  const chunkLength = length - EXTENDED_HEADER;
  let entry = extended.get(guid);
  if (!entry) {
    entry = walk.admitXmp(body, fullLength) ? { offset: body, packet: new Uint8Array(fullLength), filled: [] } : { offset: body, filled: [] };
    extended.set(guid, entry);
  }
  const { packet } = entry;
  if (!packet) return;
  if (fullLength !== packet.byteLength || at + chunkLength > packet.byteLength) {
    walk.problem(body, `Extended XMP chunk (GUID ${guid}) at offset ${formatCount(at)} does not fit the packet's ${formatCount(packet.byteLength)} bytes`);
    return;
  }
  const bytes = await walk.read(body + EXTENDED_HEADER, chunkLength);
  if (!bytes) return;
  packet.set(bytes, at);
  entry.filled.push([at, at + chunkLength]);
}

async function app11(walk: Walk, body: number, length: number): Promise<void> {
  // JPEG XT wraps JUMBF as: "JP", instance (2), sequence (4), then the superbox (size, "jumb") whose
  // description box (size, "jumd", type UUID, toggles, label) names a C2PA store "c2pa".
  const head = await walk.src.read(body, Math.min(length, 64));
  if (!startsWithText(head, 'JP') || ascii(head, 12, 4) !== 'jumb') return;
  if (ascii(head, 20, 4) === 'jumd' && (ascii(head, 24, 4) === 'c2pa' || ascii(head, 41, 4) === 'c2pa')) walk.credentials = true;
}

function finishExtended(walk: Walk, extended: Map<string, Extended>): void {
  for (const [guid, entry] of extended) {
    extended.delete(guid);
    const { packet } = entry;
    if (!packet) continue;
    let covered = 0;
    for (const [start, end] of [...entry.filled].sort((a, b) => a[0] - b[0])) {
      if (start > covered) break;
      covered = Math.max(covered, end);
    }
    if (covered < packet.byteLength) {
      walk.problem(entry.offset, `Extended XMP (GUID ${guid}) is incomplete: ${formatCount(covered)} of ${formatCount(packet.byteLength)} bytes present; not read`);
      continue;
    }
    walk.addXmp(packet);
  }
}
