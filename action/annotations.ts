import type { Report } from '../src/model/report.js';
import { neutralise } from './log-text.js';
import type { Toolkit } from './toolkit.js';

// GitHub shows a limited number of annotations per step; the most important go first.
const MAX_ANNOTATIONS = 50;

/**
 * Error annotations on the declaration's lines. The toolkit escapes the command syntax; control and
 * bidi characters are made visible first. A file whose text at the pushed head differs from the
 * judged merge result is annotated as a whole, since its lines would point at the wrong places.
 */
export function annotate(report: Report, kit: Toolkit, sameAtHead: (path: string) => boolean): void {
  let left = MAX_ANNOTATIONS;
  const emit = (kind: 'error' | 'warning', message: string, file: string | undefined, line: number, column: number, title: string) => {
    if (left-- <= 0) return;
    const where = file ? { file: neutralise(file), ...(sameAtHead(file) ? { startLine: line, startColumn: column } : {}) } : {};
    kit[kind](neutralise(message), { title: neutralise(title), ...where });
  };
  for (const e of report.errors) emit('error', e.message, e.file, e.line, e.column, 'GenAI clearance: policy, ledger or configuration error');
  for (const file of report.files) {
    for (const e of file.errors) emit('error', e.message, file.path, e.line, e.column, 'GenAI clearance: invalid declaration');
  }
  for (const file of report.files) {
    for (const use of file.uses) {
      for (const f of use.findings) {
        if (f.status !== 'blocked' && f.status !== 'needs-approval') continue;
        const at = f.paths[0] ?? use;
        const what = f.status === 'blocked' ? 'blocked' : `needs written approval for rule ${f.rule}`;
        emit('error', `${use.id}: ${what}. ${f.message} ${f.remedy}`, file.path, at.line, at.column, `GenAI clearance: ${f.pack} ${f.rule}`);
      }
    }
    for (const w of file.warnings) emit('warning', w.message, file.path, w.line, w.column, 'GenAI clearance');
    for (const use of file.uses) {
      for (const a of use.approvals)
        for (const p of a.problems) emit(p.severity === 'warning' ? 'warning' : 'error', `${use.id}: approval ${a.ref}: ${p.message}`, file.path, p.line, p.column, 'GenAI clearance: approval');
    }
  }
}
