import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../model/report.js';

export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: Diagnostic } {
  // Valid UTF-8 (nearly every file): Node's validator and decoder are several times faster than a
  // fatal TextDecoder, and give the same text once a leading BOM is dropped as TextDecoder drops it.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    return {
      error: {
        code: 'invalid-utf8',
        message: `file is not valid UTF-8 (first bad byte at offset ${offset})`,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the longest valid prefix; cut points may split a character, so allow 3 bytes of slack.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    let ok = false;
    for (let cut = mid; cut >= Math.max(lo, mid - 3) && !ok; cut--) {
      try {
        decoder.decode(bytes.subarray(0, cut));
        ok = cut === mid;
      } catch {
        /* keep looking */
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
