import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/parse/yaml-source.js';

// What decodeUtf8 promised before its fast path: a fatal TextDecoder that drops a leading BOM.
const reference = (b: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return null;
  }
};

describe('decodeUtf8', () => {
  it('decodes exactly as a fatal TextDecoder, and refuses exactly what it refuses', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => new TextEncoder().encode(s)),
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])),
      fc.tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.uint8Array({ minLength: 1, maxLength: 3 })).map(([s, tail]) => new Uint8Array([...new TextEncoder().encode(s), ...tail])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const r = decodeUtf8(b);
        const ref = reference(b);
        if (ref === null) expect('error' in r).toBe(true);
        else expect(r).toEqual({ text: ref });
      }),
      { numRuns: 20000, seed: 3 },
    );
  });

  it('a view into a larger buffer is decoded alone', () => {
    const whole = new TextEncoder().encode('xxhé yyy');
    expect(decodeUtf8(whole.subarray(2, 5))).toEqual({ text: 'hé' });
  });
});
