// Readers take bytes through a ByteSource so that a 2 GB video costs the same memory as a thumbnail:
// each read is positional and as long as the header it wants, never the file.
import { open } from 'node:fs/promises';
import type { ByteSource } from './types.js';

/** A ByteSource over bytes already in memory (tests, and small files read whole). */
export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    async read(offset, length) {
      const start = clamp(offset, bytes.byteLength);
      return bytes.subarray(start, clamp(start + Math.max(0, length), bytes.byteLength));
    },
  };
}

/** A ByteSource over a file, read with positional reads on one handle; call close() when done. */
export async function fileSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(offset, length) {
        const start = clamp(offset, size);
        const want = clamp(start + Math.max(0, length), size) - start;
        const buffer = new Uint8Array(want);
        let got = 0;
        // A positional read may return fewer bytes than asked (a file shrinking under us): stop at 0.
        while (got < want) {
          const { bytesRead } = await handle.read(buffer, got, want - got, start + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return got === want ? buffer : buffer.subarray(0, got);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n) || n < 0) return 0;
  return Math.min(Math.floor(n), max);
}
