// Building genai-usage/v2 declarations for tests, the way test/helpers.ts builds v1 ones.
import { stringify } from 'yaml';
import type { EvaluationInput } from '../../src/evaluate/report.js';
import type { Report } from '../../src/model/report.js';
import { evaluateYaml } from '../helpers.js';

export const V2_CLEAN_USE = {
  id: 'base',
  summary: 'Moodboards for the main locations',
  stage: 'ideation',
  disclosed: '2026-01-10',
  tools: [{ name: 'Image tool', enterprise: true, trains_on_inputs: false }],
  inputs: ['owned-cleared'],
  output: { kinds: ['image'], final: false, prominence: 'none' },
};

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
