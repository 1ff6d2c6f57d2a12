import type { PathSegment } from '../model/path.js';
import type { Diagnostic, Position } from '../model/report.js';

export type { PathSegment };

export interface ParsedSource {
  /** Undefined when `errors` is not empty. */
  value: unknown;
  errors: Diagnostic[];
  /** Position of the value at `path`, or of the deepest ancestor that exists. `key: true` points at the key. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Position;
}

export const START: Position = { line: 1, column: 1 };

export const failed = (errors: Diagnostic[]): ParsedSource => ({ value: undefined, errors, locate: () => START });
