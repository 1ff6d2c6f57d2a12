import { readDocument } from '../documents/read.js';
import { validateExpected } from '../generated/validators.js';
import type { Diagnostic, Report } from '../model/report.js';

export interface Expectation {
  evaluated_on: string;
  ledger?: string;
  decision: 'pass' | 'fail';
  /** Read the media files in the example's folder as `scan` does; `deliverables` as the trusted configuration's. */
  scan?: { deliverables?: string[] };
  uses: Record<string, { outcome: string; rules: string[] }>;
}

const EXPECTED = { name: 'expected outcomes', shape: '`evaluated_on`, `decision` and `uses`', validate: validateExpected };

export function parseExpectation(path: string, content: string | Uint8Array): { expectation: Expectation } | { errors: Diagnostic[] } {
  const read = readDocument<Expectation>(EXPECTED, path, content);
  return 'errors' in read ? { errors: read.errors } : { expectation: read.value };
}

/** Every way a report differs from what an example expects, as readable sentences; empty when it agrees. */
export function compareWithExpectation(report: Report, expected: Expectation): string[] {
  const out: string[] = [];
  const file = report.files[0];
  if (!file) return ['no declaration was evaluated'];
  if (file.status === 'invalid') return [`the declaration is invalid: ${file.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`];
  if (report.decision !== expected.decision) out.push(`decision: expected ${expected.decision}, got ${report.decision}`);
  const seen = new Set<string>();
  for (const use of file.uses) {
    seen.add(use.id);
    const want = expected.uses[use.id];
    if (!want) {
      out.push(`${use.id}: not in the expectations (got ${use.outcome})`);
      continue;
    }
    if (use.outcome !== want.outcome) out.push(`${use.id}: expected ${want.outcome}, got ${use.outcome}`);
    const got = [...new Set(use.findings.map((f) => f.rule))].sort();
    const wanted = [...want.rules].sort();
    const missing = wanted.filter((r) => !got.includes(r));
    const extra = got.filter((r) => !wanted.includes(r));
    if (missing.length > 0) out.push(`${use.id}: expected rule(s) ${missing.join(', ')} to fire; they did not`);
    if (extra.length > 0) out.push(`${use.id}: rule(s) ${extra.join(', ')} fired, not expected`);
  }
  for (const id of Object.keys(expected.uses)) if (!seen.has(id)) out.push(`${id}: expected, but the declaration has no such use`);
  return out;
}
