// What every packet file says first: whether the check it restates passed, under which contract.
import type { Report } from '../model/report.js';
import { failureParts, passParts } from '../render/words.js';

/** Bumped only on a breaking change to a file's columns (a column removed, renamed or re-ordered). */
export const CSV_CONTRACT = { register: 1, consents: 1, assets: 1 } as const;

/** The in-toto predicate type of statement.json; its version changes only on a breaking change. */
export const PREDICATE_TYPE = 'https://github.com/genai-clearance/genai-clearance/blob/main/docs/packet-predicate-v1.md';

export const CLEARED = 'CLEARED';
const NOT_CLEARED = 'NOT CLEARED';

export function marking(report: Report): string {
  return report.decision === 'pass' ? CLEARED : NOT_CLEARED;
}

/** `NOT CLEARED: 3 uses need written approval, 1 blocked` / `CLEARED: 20 uses, 9 clear, 11 approved`. */
export function markingLine(report: Report): string {
  return `${marking(report)}: ${(report.decision === 'pass' ? passParts(report) : failureParts(report)).join(', ')}`;
}

/** The first row of every CSV file. */
export function statusRow(report: Report, file: keyof typeof CSV_CONTRACT): string[] {
  return [markingLine(report), `genai-clearance ${file} v${CSV_CONTRACT[file]}`, `evaluated ${report.evaluatedOn}`, `${report.tool.name} ${report.tool.version}`];
}

/** The production every file is about: one title, or the titles of every declaration. */
export function productionName(report: Report): string {
  const titles = [...new Set(report.files.flatMap((f) => (f.production ? [f.production.id ? `${f.production.title} (${f.production.id})` : f.production.title] : [])))];
  return titles.length > 0 ? titles.join(', ') : 'no production declared';
}
