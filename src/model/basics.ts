// The words the report and the provenance report share, kept apart so neither model imports the other.

export type Level = 'inform' | 'escalate' | 'block';

/** A use, by the declaration that holds it and its id. */
export interface UseRef {
  file: string;
  use: string;
}
