// `register query` as text: one aligned table per question. Every value from a declaration is
// sanitised before it reaches the terminal (no control characters, no line breaks).
import type { Answers, Question } from '../register/queries.js';
import { plainText } from './escape.js';
import type { Column } from './register-columns.js';
import { COLUMNS, QUESTION_TITLES } from './register-columns.js';

const CELL_MAX = 60;

export function renderRegisterText<Q extends Question>(question: Q, rows: Answers[Q], heading: string): string {
  const columns = COLUMNS[question] as Column<Answers[Q][number]>[];
  const title = `${QUESTION_TITLES[question]}${heading}: ${rows.length === 0 ? 'none' : rows.length}\n`;
  if (rows.length === 0) return title;
  const cells = [columns.map((c) => c.heading), ...rows.map((r) => columns.map((c) => plainText(String(c.value(r)), CELL_MAX)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => (line[i] ?? '').length)));
  const lines = cells.map((line) =>
    line
      .map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  return `${title}\n${lines.join('\n')}\n`;
}
