// Reading numbers and tags out of header bytes. Every reader goes through these so that a short
// read (the file ended) gives a clear answer (undefined / '') instead of a RangeError.

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `length` bytes as Latin-1 (box types, chunk ids, signatures); '' when the bytes are not all there. */
export function ascii(bytes: Uint8Array, offset: number, length: number): string {
  if (offset < 0 || bytes.byteLength < offset + length) return '';
  let out = '';
  for (let i = offset; i < offset + length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

export function startsWithText(bytes: Uint8Array, text: string, offset = 0): boolean {
  return ascii(bytes, offset, text.length) === text;
}

/** Where a NUL byte is at or after `from`, or -1. */
export function nulAt(bytes: Uint8Array, from: number): number {
  return bytes.indexOf(0, from);
}

/** Reads a big-endian unsigned integer of 0, 1, 2, 4 or 8 bytes; undefined past the end or beyond 2^53. */
export function uintBE(bytes: Uint8Array, offset: number, size: number): number | undefined {
  if (offset < 0 || offset + size > bytes.byteLength) return undefined;
  const v = view(bytes);
  switch (size) {
    case 0:
      return 0;
    case 1:
      return v.getUint8(offset);
    case 2:
      return v.getUint16(offset);
    case 4:
      return v.getUint32(offset);
    case 8: {
      const big = v.getBigUint64(offset);
      return big > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(big);
    }
    default:
      return undefined;
  }
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** A four-character code as it may be quoted in a message: anything unprintable shows as '?'. */
export function printableTag(tag: string): string {
  return tag.replace(/[^\x20-\x7e]/g, '?');
}

/** Reads a little-endian unsigned integer of 2 or 4 bytes; undefined past the end. */
export function uintLE(bytes: Uint8Array, offset: number, size: 2 | 4): number | undefined {
  if (offset < 0 || offset + size > bytes.byteLength) return undefined;
  return size === 2 ? view(bytes).getUint16(offset, true) : view(bytes).getUint32(offset, true);
}
