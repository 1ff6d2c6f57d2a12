import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../model/report.js';
import { parseYamlSource } from '../parse/yaml-source.js';
import ledgerSchema from '../schema/approvals-ledger.schema.json' with { type: 'json' };
import { createAjv } from '../validate/ajv.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { isCalendarDate } from '../util/dates.js';

export interface LedgerEntry {
  ref: string;
  production: string;
  use: string;
  rules: string[];
  approved_on: string;
  expires_on?: string;
  approver: string;
  revoked_on?: string;
}

export interface Ledger {
  path: string;
  /** Keyed by ref; one ref may be granted for several uses. */
  byRef: Map<string, LedgerEntry[]>;
}

let validator: ValidateFunction | undefined;

export function loadLedger(path: string, text: string): { ledger: Ledger } | { errors: Diagnostic[] } {
  const source = parseYamlSource(text);
  const fail = (d: Diagnostic[]) => ({ errors: d.map((x) => ({ ...x, file: path })) });
  if (source.errors.length > 0) return fail(source.errors);
  validator ??= createAjv({ verbose: true }).compile(ledgerSchema);
  if (!validator(source.value)) return fail(schemaDiagnostics(validator.errors ?? [], source.value, source));
  const entries = (source.value as { approvals: LedgerEntry[] }).approvals;
  const errors: Diagnostic[] = [];
  const byRef = new Map<string, LedgerEntry[]>();
  entries.forEach((e, i) => {
    for (const f of ['approved_on', 'expires_on', 'revoked_on'] as const) {
      const v = e[f];
      if (v !== undefined && !isCalendarDate(v)) errors.push({ ...source.locate(['approvals', i, f]), code: 'invalid-date', message: `approvals[${i}].${f}: ${v} is not a calendar date` });
    }
    byRef.set(e.ref, [...(byRef.get(e.ref) ?? []), e]);
  });
  return errors.length > 0 ? fail(errors) : { ledger: { path, byRef } };
}
