import type { Position } from '../model/report.js';

/** Offsets where lines start, as the `yaml` package's LineCounter records them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** LineCounter.linePos, on `lineStarts`: 1-based line and column (UTF-16 code units). */
export function lineColumn(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - (starts[low - 1] as number) + 1 };
}
