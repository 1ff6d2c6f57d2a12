import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bufferSource, fileSource } from '../../src/provenance/byte-source.js';
import type { ByteSource } from '../../src/provenance/types.js';

const BYTES = Uint8Array.from({ length: 100 }, (_, i) => i);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byte-source-'));
  await writeFile(join(dir, 'hundred.bin'), BYTES);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function behaves(src: ByteSource): Promise<void> {
  expect(src.size).toBe(100);
  expect([...(await src.read(10, 3))]).toEqual([10, 11, 12]);
  // Shorter only where the source ends; nothing past it, nothing before 0.
  expect([...(await src.read(98, 10))]).toEqual([98, 99]);
  expect((await src.read(100, 10)).byteLength).toBe(0);
  expect((await src.read(500, 10)).byteLength).toBe(0);
  expect([...(await src.read(-5, 2))]).toEqual([0, 1]);
  expect((await src.read(5, -1)).byteLength).toBe(0);
  expect((await src.read(Number.NaN, 1)).byteLength).toBe(1);
}

describe('byte sources', () => {
  test('bufferSource reads ranges and clamps them to the bytes', async () => {
    await behaves(bufferSource(BYTES));
  });

  test('fileSource reads the same ranges with positional reads, then closes', async () => {
    const src = await fileSource(join(dir, 'hundred.bin'));
    try {
      await behaves(src);
    } finally {
      await src.close();
    }
    await expect(src.read(0, 1)).rejects.toThrow();
  });

  test('fileSource of a missing file rejects with the path', async () => {
    await expect(fileSource(join(dir, 'missing.bin'))).rejects.toThrow(/missing\.bin/);
  });
});
