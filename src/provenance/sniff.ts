// Which container a file is, from its first bytes: the extension says what someone named it, the
// magic bytes say what a reader will find. Nothing here reads past SNIFF_LENGTH bytes.
import { ascii } from './containers/bytes.js';
import type { MediaFormat } from './types.js';

/** How many leading bytes sniff() and isLfsPointer() look at; pass at least this many when the file has them. */
export const SNIFF_LENGTH = 64;

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
// QuickTime files written before `ftyp` existed start with one of these atoms instead.
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide']);
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';

export function sniff(head: Uint8Array): MediaFormat | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 4);
    if (form === 'WEBP') return 'webp';
    if (form === 'WAVE') return 'wav';
    return undefined;
  }
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(head, 4, 4) === 'ftyp') return bmffBrand(head);
  if (QUICKTIME_ATOMS.has(ascii(head, 4, 4))) return 'mov';
  if (ascii(head, 0, 3) === 'ID3' || isMpegAudioFrame(head)) return 'mp3';
  return undefined;
}

/** A Git LFS pointer stands in for the media, which is not in the checkout: it can only be reported, not scanned. */
export function isLfsPointer(head: Uint8Array): boolean {
  return ascii(head, 0, LFS_POINTER.length) === LFS_POINTER;
}

const MIME: Record<MediaFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  avif: 'image/avif',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
};

/** The media type C2PA readers are given for a container. */
export function mimeOf(format: MediaFormat): string {
  return MIME[format];
}

function bmffBrand(head: Uint8Array): MediaFormat {
  const size = head.byteLength >= 4 ? new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0) : 0;
  const major = ascii(head, 8, 4);
  const compatible: string[] = [];
  // Compatible brands follow the minor version, up to the end of the ftyp box or of what we were given.
  for (let at = 16; at + 4 <= Math.min(size, head.byteLength); at += 4) compatible.push(ascii(head, at, 4));
  if (major === 'qt  ') return 'mov';
  if (AVIF_BRANDS.has(major)) return 'avif';
  // `mif1` and `msf1` only say "HEIF image": the compatible brands say which codec.
  if (HEIC_BRANDS.has(major)) return compatible.some((brand) => AVIF_BRANDS.has(brand)) && !compatible.includes('heic') ? 'avif' : 'heic';
  return 'mp4';
}

// An MPEG-1/2/2.5 audio frame header: 11 sync bits, then version, layer, bitrate and sample rate
// fields that rule out the reserved values (so ADTS AAC, whose layer bits are 00, is not taken for MP3).
function isMpegAudioFrame(head: Uint8Array): boolean {
  if (head.byteLength < 4) return false;
  const [b0, b1, b2] = [head[0] ?? 0, head[1] ?? 0, head[2] ?? 0];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x3;
  const layer = (b1 >> 1) & 0x3;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0x3;
  return version !== 1 && layer !== 0 && bitrate !== 0xf && sampleRate !== 0x3;
}

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return head.byteLength >= magic.length && magic.every((byte, i) => head[i] === byte);
}
