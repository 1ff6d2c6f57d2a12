import { describe, expect, it } from 'vitest';
import { compareText, formatCount } from '../../src/util/order.js';

describe('one ordering and one number format, whatever the locale', () => {
  it('orders by code point: upper case before lower, ä after z, astral after every BMP character', () => {
    const words = ['z/', 'ä/', 'a/', 'B/', '\u{1F600}', '\uFFFD', 'ab', 'a'];
    expect([...words].sort(compareText)).toEqual(['B/', 'a', 'a/', 'ab', 'z/', 'ä/', '\uFFFD', '\u{1F600}']);
    expect(compareText('same', 'same')).toBe(0);
  });

  it('groups thousands like en-US without asking ICU', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -4321]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
