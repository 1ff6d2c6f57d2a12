import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { EvaluationInput } from '../src/evaluate/report.js';
import { evaluate } from '../src/evaluate/report.js';
import { readPackDir } from '../src/io/files.js';
import type { Report, UseReport } from '../src/model/report.js';
import type { PackLibrary } from '../src/policy/library.js';
import { loadPackLibrary } from '../src/policy/library.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TODAY = '2026-11-23';

let bundled: PackLibrary | undefined;
/** The real packs in policy/, loaded the way the CLI loads them. */
export function bundledLibrary(): PackLibrary {
  bundled ??= loadPackLibrary(readPackDir(join(ROOT, 'policy'), ROOT));
  return bundled;
}

export const CLEAN_USE = {
  id: 'base',
  summary: 'Moodboards for the main locations',
  stage: 'ideation',
  disclosed: '2026-01-10',
  tools: [{ name: 'Image tool', enterprise: true, trains_on_inputs: false }],
  inputs: ['owned-cleared'],
  output: { kinds: ['image'], final: false, prominence: 'none' },
};

export function declarationYaml(uses: unknown[], extra: Record<string, unknown> = {}): string {
  return stringify({ format: 'genai-usage/v1', policies: ['netflix-genai@1'], production: { title: 'Test Production', id: 'PRD-0001' }, uses, ...extra });
}

export function evaluateYaml(text: string, options: Partial<EvaluationInput> = {}): Report {
  return evaluate({ files: [{ path: 'genai-usage.yml', text }], library: bundledLibrary(), today: TODAY, ...options });
}

export function evaluateUses(uses: unknown[], options: Partial<EvaluationInput> = {}): Report {
  return evaluateYaml(declarationYaml(uses), options);
}

export function onlyUse(report: Report): UseReport {
  const file = report.files[0];
  if (file?.status !== 'valid') throw new Error(`declaration invalid: ${JSON.stringify(file?.errors)}`);
  const use = file.uses[0];
  if (!use) throw new Error('no use');
  return use;
}

/** Deep merge for building near-identical variants of a use. */
export function patch<T>(base: T, changes: Record<string, unknown>): T {
  const out = structuredClone(base) as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) {
    const cur = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur) ? patch(cur, v as Record<string, unknown>) : v;
  }
  return out as T;
}

export function readText(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8');
}
