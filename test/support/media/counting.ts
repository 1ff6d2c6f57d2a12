// A ByteSource that counts what is read through it: how the tests show a reader takes headers, not media.
import type { ByteSource } from '../../../src/provenance/types.js';

export function counting(src: ByteSource): ByteSource & { reads: number; bytes: number; largest: number } {
  const counted = {
    size: src.size,
    reads: 0,
    bytes: 0,
    largest: 0,
    async read(offset: number, length: number) {
      const got = await src.read(offset, length);
      counted.reads++;
      counted.bytes += got.byteLength;
      counted.largest = Math.max(counted.largest, got.byteLength);
      return got;
    },
  };
  return counted;
}
