// Declarations and reader results shared by the provenance tests.
import { stringify } from 'yaml';
import type { MediaRead } from '../../src/provenance/types.js';

/** Scans are judged on or after the day netflix-genai 3.0.0 and eu-ai-act-art50 2.0.0 take effect. */
export const SCAN_DAY = '2026-12-01';
export const CLEAN_V2 = {
  id: 'moodboards',
  summary: 'Moodboards for the main locations',
  stage: 'ideation',
  disclosed: '2026-01-10',
  tools: [{ name: 'Image tool', enterprise: true, trains_on_inputs: false }],
  inputs: ['owned-cleared'],
  output: { kinds: ['image'], final: false, prominence: 'none' },
};

export function v2(uses: unknown[], policies = ['netflix-genai@3']): string {
  return stringify({ format: 'genai-usage/v2', policies, production: { title: 'Test Production', id: 'PRD-0001', work: 'scripted' }, uses });
}

export const xmpFile = (path: string, ...values: string[]): MediaRead => ({ path, size: 1000, format: 'jpeg', xmp: values, problems: [] });
