// One reader for every YAML document the tool trusts or judges (declarations v1 and v2, packs, the
// ledger, the configuration, expectations): decode the bytes strictly, parse with positions, check it
// is a mapping, validate it against its schema (standalone validators generated at build time), and
// return positioned diagnostics. Each kind keeps only its own semantic checks on top, and the date
// checks every kind shares are here too.
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../model/report.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import { decodeUtf8, parseYamlSource } from '../parse/yaml-source.js';
import { isCalendarDate } from '../util/dates.js';
import { displayPath, schemaDiagnostics } from '../validate/schema-errors.js';

export interface DocumentKind {
  /** What the file is, for messages: "approvals ledger". */
  name: string;
  /** How a correct file starts, shown when the file is empty or not a mapping at all. */
  shape: string;
  /** The schema's validator; a kind with several formats picks one from the document. */
  validate: ValidateFunction | { pick: (data: object) => ValidateFunction };
  /** Keep the parser's own message for an empty file (it already describes this kind). */
  parserEmptyMessage?: boolean;
  /** The whole sentence for a file that is not a mapping, when the default would not read well. */
  notMappingMessage?: string;
}

export type ReadResult<T> = { value: T; source: ParsedSource } | { errors: Diagnostic[]; source: ParsedSource };

/**
 * Bytes are decoded strictly: a byte that is not UTF-8 is an error at its line and column, never a
 * U+FFFD the schema would accept. A string is text the tool holds already decoded (its own output).
 */
export function decodeDocument(content: string | Uint8Array): { text: string } | { error: Diagnostic } {
  return typeof content === 'string' ? { text: content } : decodeUtf8(content);
}

/** Every diagnostic names `path`: these documents are reported beside the declarations they judge. */
export function readDocument<T>(kind: DocumentKind, path: string, content: string | Uint8Array): ReadResult<T> {
  const fail = (source: ParsedSource, errors: Diagnostic[]) => ({ source, errors: errors.map((e) => ({ ...e, file: path })) });
  const decoded = decodeDocument(content);
  if ('error' in decoded) return fail(parseYamlSource(''), [decoded.error]);
  return readText(kind, decoded.text, fail);
}

function readText<T>(kind: DocumentKind, text: string, fail: (source: ParsedSource, errors: Diagnostic[]) => ReadResult<T>): ReadResult<T> {
  const source = parseYamlSource(text);
  const errors = kind.parserEmptyMessage ? source.errors : source.errors.map((e) => (e.code === 'empty' ? { ...e, message: `the ${kind.name} is empty: it must be a mapping with ${kind.shape}` } : e));
  if (errors.length > 0) return fail(source, errors);
  const data = source.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(source, [{ line: 1, column: 1, code: 'not-a-mapping', message: kind.notMappingMessage ?? `the ${kind.name} must be a mapping: ${kind.shape}` }]);
  }
  const validate = typeof kind.validate === 'function' ? kind.validate : kind.validate.pick(data);
  if (!validate(data)) return fail(source, schemaDiagnostics(validate.errors ?? [], data, source));
  return { value: data as T, source };
}

/** Date fields the schema checks only for shape (YYYY-MM-DD): each must be a real calendar day. */
export function calendarDateErrors(source: Pick<ParsedSource, 'locate'>, fields: ReadonlyArray<{ path: PathSegment[]; value: string | undefined }>): Diagnostic[] {
  return fields
    .filter((f): f is { path: PathSegment[]; value: string } => f.value !== undefined && !isCalendarDate(f.value))
    .map((f) => ({ ...source.locate(f.path), path: displayPath(f.path), code: 'invalid-date', message: `${displayPath(f.path)}: ${f.value} is not a calendar date` }));
}

/**
 * An approval, in a declaration or in the ledger, that expires before the day it was given: each
 * entry is the approval's place in the document and its two dates. Dates that are not calendar days
 * are reported by calendarDateErrors, not twice here.
 */
export function expiresBeforeApprovedErrors(source: ParsedSource, approvals: ReadonlyArray<{ path: PathSegment[]; approved_on: string; expires_on?: string | undefined }>): Diagnostic[] {
  return approvals
    .filter((a) => a.expires_on !== undefined && isCalendarDate(a.expires_on) && isCalendarDate(a.approved_on) && a.expires_on < a.approved_on)
    .map((a) => {
      const path = [...a.path, 'expires_on'];
      return { ...source.locate(path), path: displayPath(path), code: 'invalid-date', message: `${displayPath(path)}: expires (${a.expires_on}) before it was approved (${a.approved_on})` };
    });
}
