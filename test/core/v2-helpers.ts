// Building genai-usage/v2 declarations for tests, the way test/helpers.ts builds v1 ones.
import { stringify } from 'yaml';
import type { EvaluationInput } from '../../src/evaluate/report.js';
import type { Report } from '../../src/model/report.js';
import { CLEAN_USE, evaluateYaml } from '../helpers.js';

/** The clean use reads the same in both formats: nothing in it changed between v1 and v2. */
export const V2_CLEAN_USE = CLEAN_USE;

/** A performer with a complete consent record for this production. */
export const DOCUMENTED = { who: 'Lead actor', status: 'living', union: 'member', consent: [{ ref: 'C-1', party: 'performer', scope: 'this-production', signed_on: '2026-01-05' }] };
/** The same performer with every party's consent for other productions. */
export const REUSE_DOCUMENTED = { ...DOCUMENTED, consent: [{ ref: 'C-2', party: 'all-parties', scope: 'other-productions', signed_on: '2026-01-05' }] };

export function declarationV2Yaml(uses: unknown[], extra: Record<string, unknown> = {}): string {
  return stringify({ format: 'genai-usage/v2', policies: ['netflix-genai@2'], production: { title: 'Test Production', work: 'scripted', id: 'PRD-0001' }, uses, ...extra });
}

export function evaluateV2Uses(uses: unknown[], options: Partial<EvaluationInput> = {}, extra: Record<string, unknown> = {}): Report {
  return evaluateYaml(declarationV2Yaml(uses, extra), options);
}
