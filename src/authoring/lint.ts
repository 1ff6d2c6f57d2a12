// Checks on loaded packs that the meta-schema cannot express. Path typos, impossible values and
// message placeholders are already refused when a pack loads (library.ts); this looks at the text a
// policy owner owes the reader: where each rule comes from, and what to do when it fires.
import type { PackLibrary } from '../policy/library.js';

export interface LintProblem {
  pack: string;
  version: string;
  /** The rule or principle id. */
  subject: string;
  code: 'no-source' | 'no-remedy' | 'placeholder-text';
  message: string;
}

const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX)\b/;

export function lintLibrary(library: PackLibrary): LintProblem[] {
  const out: LintProblem[] = [];
  for (const versions of library.packs.values()) {
    for (const pack of versions) {
      const problem = (subject: string, code: LintProblem['code'], message: string) => out.push({ pack: pack.name, version: pack.version, subject, code, message });
      for (const p of pack.doc.principles) {
        if (!p.source.trim()) problem(p.id, 'no-source', `principle ${p.id} cites no source`);
      }
      for (const rule of pack.rules) {
        if (!rule.source.trim()) problem(rule.id, 'no-source', `rule ${rule.id} cites no source (the section of the guidance it encodes)`);
        if (!rule.remedy.trim()) problem(rule.id, 'no-remedy', `rule ${rule.id} gives no remedy`);
        for (const field of ['source', 'remedy', 'message'] as const) {
          const m = PLACEHOLDER.exec(rule[field]);
          if (m) problem(rule.id, 'placeholder-text', `rule ${rule.id}: ${field} still says ${m[1]}`);
        }
      }
    }
  }
  return out;
}
