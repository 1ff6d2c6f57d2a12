/** Closest candidate within a small edit distance: the "did you mean" of unknown keys and values. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(needle.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  // One row of the edit-distance table; a typed array reads 0 past its end, never undefined.
  const row = Int32Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Treat '_' and '-' as near-identical: `post_production` vs `post-production` is the common slip.
      const sep = cost === 1 && isSeparator(a[i - 1]) && isSeparator(b[j - 1]) ? 0 : cost;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + sep);
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

function isSeparator(c: string | undefined): boolean {
  return c === '-' || c === '_';
}
