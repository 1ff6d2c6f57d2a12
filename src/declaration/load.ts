import type { DocumentKind } from '../documents/read.js';
import { calendarDateErrors, expiresBeforeApprovedErrors, readDocument } from '../documents/read.js';
import { validateDeclaration, validateDeclarationV2 } from '../generated/validators.js';
import type { Diagnostic } from '../model/report.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import declarationSchemaV1 from '../schema/genai-usage.schema.json' with { type: 'json' };
import declarationSchema from '../schema/genai-usage.v2.schema.json' with { type: 'json' };
import { displayPath } from '../validate/schema-errors.js';
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

const DECLARATION: DocumentKind = {
  name: 'declaration',
  shape: '`format: genai-usage/v2`, `policies`, `production` and `uses`',
  parserEmptyMessage: true,
  notMappingMessage: 'the file must be a mapping with `format: genai-usage/v2`, `policies`, `production` and `uses`',
  // A v1 file is checked against the v1 schema; anything else (v2, or a format nobody knows) against
  // the current one, so its errors point at what to write today.
  validate: { pick: (data) => VALIDATORS[formatOf(data)] },
};

const formatOf = (data: object): Format => ((data as { format?: unknown }).format === 'genai-usage/v1' ? 'genai-usage/v1' : 'genai-usage/v2');

/** Bytes are decoded strictly: a file that is not UTF-8 is an error with its position, not mojibake. */
export function loadDeclaration(path: string, content: string | Uint8Array): LoadedDeclaration {
  const read = readDocument<object>(DECLARATION, path, content);
  const { source } = read;
  // Declarations carry their path on the result, not on each diagnostic.
  if ('errors' in read) return { path, source, errors: read.errors.map(({ file: _file, ...e }) => e) };
  const data = read.value;
  const format = formatOf(data);
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
    const approvals = use.approvals.map((a, j) => ({ ...a, path: ['uses', i, 'approvals', j] as PathSegment[] }));
    const dates = approvals.flatMap((a) => (['approved_on', 'expires_on'] as const).map((f) => ({ path: [...a.path, f], value: a[f] })));
    if (use.disclosed !== false) dates.unshift({ path: ['uses', i, 'disclosed'], value: use.disclosed });
    errors.push(...calendarDateErrors(source, dates), ...expiresBeforeApprovedErrors(source, approvals));
  });
  return errors;
}
