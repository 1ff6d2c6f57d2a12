// One reader for every YAML document the tool trusts or judges: parse with positions, check it is a
// mapping, validate it against its schema (standalone validators generated at build time), and return
// positioned diagnostics. Each kind keeps only its own semantic checks on top.
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../model/report.js';
import { decodeUtf8, parseYamlSource } from '../parse/yaml-source.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import { isCalendarDate } from '../util/dates.js';
import { displayPath, schemaDiagnostics } from '../validate/schema-errors.js';

export interface DocumentKind {
  /** What the file is, for messages: "approvals ledger". */
  name: string;
  /** How a correct file starts, shown when the file is not a mapping at all. */
  shape: string;
  validate: ValidateFunction;
}

export type ReadResult<T> = { value: T; source: ParsedSource } | { errors: Diagnostic[]; source: ParsedSource };

/** Every diagnostic names `path`: these documents are reported beside the declarations they judge. */
export function readDocument<T>(kind: DocumentKind, path: string, content: string | Uint8Array): ReadResult<T> {
  const fail = (source: ParsedSource, errors: Diagnostic[]) => ({ source, errors: errors.map((e) => ({ ...e, file: path })) });
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(content);
    if ('error' in decoded) return fail(parseYamlSource(''), [decoded.error]);
    text = decoded.text;
  }
  const source = parseYamlSource(text);
  // The parser's own "empty" message describes a declaration; say what this kind of file needs.
  const errors = source.errors.map((e) => (e.code === 'empty' ? { ...e, message: `the ${kind.name} is empty: it must be a mapping with ${kind.shape}` } : e));
  if (errors.length > 0) return fail(source, errors);
  const data = source.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(source, [{ line: 1, column: 1, code: 'not-a-mapping', message: `the ${kind.name} must be a mapping: ${kind.shape}` }]);
  }
  if (!kind.validate(data)) return fail(source, schemaDiagnostics(kind.validate.errors ?? [], data, source));
  return { value: data as T, source };
}

/** Date fields the schema checks only for shape (YYYY-MM-DD): each must be a real calendar day. */
export function calendarDateErrors(source: ParsedSource, fields: ReadonlyArray<{ path: PathSegment[]; value: string | undefined }>): Diagnostic[] {
  return fields
    .filter((f): f is { path: PathSegment[]; value: string } => f.value !== undefined && !isCalendarDate(f.value))
    .map((f) => ({ ...source.locate(f.path), path: displayPath(f.path), code: 'invalid-date', message: `${displayPath(f.path)}: ${f.value} is not a calendar date` }));
}
