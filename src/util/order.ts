// One ordering for every sort and one number format for every count, independent of the machine's
// locale: `localeCompare` and `toLocaleString` follow ICU collation and grouping, so the same files
// would come out in another order (and the sticky comment's hash would change) under another LANG.

/** Orders strings by Unicode code point, the same on every machine. */
export function compareText(a: string, b: string): number {
  // Code-point order, not UTF-16 order: iterate so surrogate pairs compare as one character.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const surrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
      // Surrogates (U+10000 and above) sort after every BMP character, as code points do.
      if (surrogate(x) !== surrogate(y)) return surrogate(x) ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

/** 12345 → "12,345": grouping by hand, so no ICU start-up on the hot path. */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
