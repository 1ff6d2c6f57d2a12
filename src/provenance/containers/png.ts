// PNG: chunks from the signature to IEND, reading only the headers of image data (IDAT). XMP lives in
// an iTXt chunk with the keyword `XML:com.adobe.xmp` (zlib-compressed when its flag says so); a C2PA
// manifest store lives in a `caBX` chunk.
import { inflateSync } from 'node:zlib';
import { formatCount } from '../../util/order.js';
import { present } from '../../util/present.js';
import { ascii, nulAt, printableTag, startsWithText, uintBE } from './bytes.js';
import { MAX_XMP_PACKET } from './limits.js';
import type { Walk } from './walk.js';

const XMP_KEYWORD = 'XML:com.adobe.xmp\0';
// Language tag and translated keyword are free text; a header longer than this is not an XMP chunk anyone wrote.
const ITXT_HEADER_SLACK = 4096;
const MAX_CHUNK_LENGTH = 0x7fffffff;

export async function walkPng(walk: Walk): Promise<void> {
  const { src } = walk;
  let pos = 8;
  while (pos < src.size && walk.step(pos)) {
    const head = await walk.read(pos, 8);
    if (!head) return;
    const length = present(uintBE(head, 0, 4), 'the chunk length');
    const type = ascii(head, 4, 4);
    if (length > MAX_CHUNK_LENGTH) {
      walk.stop(pos, `PNG chunk '${printableTag(type)}' declares ${formatCount(length)} bytes, over the format's 2^31-1`);
      return;
    }
    // Length, type, data, CRC.
    if (pos + 12 + length > src.size) {
      walk.stop(pos, `PNG chunk '${printableTag(type)}' of ${formatCount(length)} bytes runs past the end of the file (truncated)`);
      return;
    }
    if (type === 'IEND') return;
    if (type === 'caBX') walk.credentials = true;
    else if (type === 'iTXt') await itxt(walk, pos + 8, length);
    pos += 12 + length;
  }
}

async function itxt(walk: Walk, data: number, length: number): Promise<void> {
  const start = await walk.src.read(data, Math.min(length, XMP_KEYWORD.length));
  if (!startsWithText(start, XMP_KEYWORD)) return;
  if (length > MAX_XMP_PACKET + ITXT_HEADER_SLACK) {
    // Checked against the cap before reading, whatever the header turns out to hold.
    walk.admitXmp(data, length);
    return;
  }
  const chunk = await walk.read(data, length);
  if (!chunk) return;
  // keyword\0, compression flag, compression method, language tag\0, translated keyword\0, text.
  const flagAt = XMP_KEYWORD.length;
  const language = flagAt + 2;
  const languageEnd = nulAt(chunk, language);
  const translatedEnd = languageEnd < 0 ? -1 : nulAt(chunk, languageEnd + 1);
  if (chunk.byteLength < language || translatedEnd < 0) {
    walk.problem(data, 'iTXt XMP chunk header is cut short (no language tag or translated keyword terminator)');
    return;
  }
  const text = chunk.subarray(translatedEnd + 1);
  if (chunk[flagAt] === 0) {
    if (walk.admitXmp(data, text.byteLength)) walk.addXmp(text);
    return;
  }
  if (chunk[flagAt + 1] !== 0) {
    walk.problem(data, `iTXt XMP chunk uses compression method ${chunk[flagAt + 1]}; only 0 (zlib) is defined`);
    return;
  }
  let packet: Uint8Array;
  try {
    // maxOutputLength makes a zip bomb fail fast instead of inflating into memory.
    packet = inflateSync(text, { maxOutputLength: MAX_XMP_PACKET });
  } catch (error) {
    const over = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    walk.problem(data, over ? `compressed XMP inflates past the ${formatCount(MAX_XMP_PACKET)}-byte limit; not read` : `compressed XMP does not inflate: ${(error as Error).message}`);
    return;
  }
  if (walk.admitXmp(data, packet.byteLength)) walk.addXmp(packet);
}
