// Declarations and reader results shared by the provenance tests.
import { stringify } from 'yaml';
import type { MediaRead } from '../../src/provenance/types.js';
import { CLEAN_USE } from '../helpers.js';

/** Scans are judged on or after the day netflix-genai 3.0.0 and eu-ai-act-art50 2.0.0 take effect. */
export const SCAN_DAY = '2026-12-01';
/** The clean use of test/helpers.ts, under an id of its own. */
export const CLEAN_V2 = { ...CLEAN_USE, id: 'moodboards' };

export function v2(uses: unknown[], policies = ['netflix-genai@3']): string {
  return stringify({ format: 'genai-usage/v2', policies, production: { title: 'Test Production', id: 'PRD-0001', work: 'scripted' }, uses });
}

export const xmpFile = (path: string, ...values: string[]): MediaRead => ({ path, size: 1000, format: 'jpeg', xmp: values, problems: [] });
