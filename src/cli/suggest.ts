import { suggest } from '../validate/suggest.js';

/** ` (did you mean "x"?)` when one candidate is close to what was typed, else nothing. */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const near = suggest(typed, candidates);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
