/**
 * A value the caller has already proved is there (an index inside a range it checked, a match group
 * its pattern always captures). Absent, it is a defect of this tool, not of the input: the error says
 * so, and the shells turn it into a failed check rather than a wrong reading.
 */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal error: ${what} was expected and is missing`);
  return value;
}
