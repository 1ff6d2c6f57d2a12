import type { Diagnostic } from '../model/report.js';
import { validateDeclaration, validateDeclarationV2 } from '../generated/validators.js';
import { decodeUtf8, parseYamlSource } from '../parse/yaml-source.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import declarationSchema from '../schema/genai-usage.v2.schema.json' with { type: 'json' };
import declarationSchemaV1 from '../schema/genai-usage.schema.json' with { type: 'json' };
import { displayPath, schemaDiagnostics } from '../validate/schema-errors.js';
import { isCalendarDate } from '../util/dates.js';
import { contradictions } from './contradictions.js';
import { withDefaults, withDefaultsV2 } from './defaults.js';
import { upgradeDeclaration } from './migrate-v1.js';
import type { Declaration, Format, Use } from './types.js';

export interface LoadedDeclaration {
  path: string;
  source: ParsedSource;
  /** The format the file is written in; v1 is read into the v2 model through the migration. */
  format?: Format;
  /** Present only when there are no errors: always the v2 model. */
  declaration?: Declaration;
  errors: Diagnostic[];
}

export { declarationSchema, declarationSchemaV1 };

// Standalone code generated from the schemas at build time (scripts/gen-validators.mjs).
const VALIDATORS = { 'genai-usage/v1': validateDeclaration, 'genai-usage/v2': validateDeclarationV2 } as const;

/** Bytes are decoded strictly: a file that is not UTF-8 is an error with its position, not mojibake. */
export function loadDeclaration(path: string, content: string | Uint8Array): LoadedDeclaration {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(content);
    if ('error' in decoded) return { path, source: parseYamlSource(''), errors: [decoded.error] };
    text = decoded.text;
  }
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { path, source, errors: source.errors };
  const data = source.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      path,
      source,
      errors: [{ line: 1, column: 1, code: 'not-a-mapping', message: 'the file must be a mapping with `format: genai-usage/v2`, `policies`, `production` and `uses`' }],
    };
  }
  // A v1 file is checked against the v1 schema; anything else (v2, or a format nobody knows) against
  // the current one, so its errors point at what to write today.
  const format: Format = (data as { format?: unknown }).format === 'genai-usage/v1' ? 'genai-usage/v1' : 'genai-usage/v2';
  const check = VALIDATORS[format];
  if (!check(data)) return { path, source, errors: schemaDiagnostics(check.errors ?? [], data, source) };
  const declaration = format === 'genai-usage/v1' ? upgradeDeclaration(withDefaults(data as Parameters<typeof withDefaults>[0])) : withDefaultsV2(data as Parameters<typeof withDefaultsV2>[0]);
  const errors = semanticErrors(declaration, source);
  if (format === 'genai-usage/v2') errors.push(...contradictions(declaration.uses, source));
  return errors.length > 0 ? { path, source, format, errors } : { path, source, format, declaration, errors };
}

// What JSON Schema cannot say: unique ids across the list, real calendar dates, date order.
function semanticErrors(d: Declaration, source: ParsedSource): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const at = (path: PathSegment[], code: string, message: string) => errors.push({ ...source.locate(path), path: displayPath(path), code, message });
  const firstIndex = new Map<string, number>();
  d.uses.forEach((use: Use, i) => {
    const prior = firstIndex.get(use.id);
    if (prior !== undefined) {
      const p = source.locate(['uses', prior, 'id']);
      at(['uses', i, 'id'], 'duplicate-id', `uses[${i}].id: \`${use.id}\` is already used at line ${p.line}; use ids must be unique`);
    } else firstIndex.set(use.id, i);
    if (use.disclosed !== false && !isCalendarDate(use.disclosed)) at(['uses', i, 'disclosed'], 'invalid-date', `uses[${i}].disclosed: ${use.disclosed} is not a calendar date`);
    use.approvals.forEach((a, j) => {
      const base: PathSegment[] = ['uses', i, 'approvals', j];
      for (const field of ['approved_on', 'expires_on'] as const) {
        const v = a[field];
        if (v !== undefined && !isCalendarDate(v)) at([...base, field], 'invalid-date', `${displayPath([...base, field])}: ${v} is not a calendar date`);
      }
      if (a.expires_on && isCalendarDate(a.expires_on) && isCalendarDate(a.approved_on) && a.expires_on < a.approved_on) {
        at([...base, 'expires_on'], 'invalid-date', `${displayPath([...base, 'expires_on'])}: expires (${a.expires_on}) before it was approved (${a.approved_on})`);
      }
    });
  });
  return errors;
}
