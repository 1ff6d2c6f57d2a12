// Why an example use's outcome changed between two pack versions, in sentences a policy owner can
// check, and which loosenings need a person's sign-off: ethics and talent questions (consent, union
// terms, minors, the dead) are answered by the people accountable for them, whatever the semver says.
import type { Finding, FindingStatus, UseReport } from '../model/report.js';
import type { Change, PackDiff } from './diff-change.js';

const SIGN_OFF_CATEGORIES: ReadonlySet<string> = new Set(['ethics', 'talent', 'union', 'consent', 'consent-record', 'deceased', 'minors', 'statute', 'notice', 'writers', 'directors']);

const STATUS_RANK: Record<FindingStatus, number> = { noted: 0, approved: 0, 'needs-approval': 1, blocked: 2 };

function needsSignOff(category: string | undefined): boolean {
  return category !== undefined && SIGN_OFF_CATEGORIES.has(category);
}

/** The sign-off note for a rule change that loosens an ethics or talent rule; undefined otherwise. */
export function signOffFor(change: Pick<Change, 'subject' | 'bump' | 'change'>, category: string | undefined): string | undefined {
  if (change.subject !== 'rule' || change.change === 'added' || change.bump !== 'minor' || !needsSignOff(category)) return undefined;
  return `it loosens a rule about ${category}: whoever answers for ${category} questions signs it off, as for a tightening`;
}

/** Every reason the use's findings or outcome differ, for the pack `pack`; never empty for a use that changed. */
export function outcomeReasons(before: UseReport | undefined, after: UseReport | undefined, pack: string, diff: PackDiff): string[] {
  const mine = (u: UseReport | undefined) => (u?.findings ?? []).filter((f) => f.pack === pack);
  const was = new Map(mine(before).map((f) => [f.rule, f]));
  const now = new Map(mine(after).map((f) => [f.rule, f]));
  const change = (id: string) => diff.changes.find((c) => c.subject === 'rule' && c.id === id);
  const out: string[] = [];
  for (const [id, f] of now) {
    const old = was.get(id);
    const c = change(id);
    if (!old) out.push(c?.change === 'added' ? `\`${id}\` is new in ${diff.to} and fires (${f.effectiveLevel})` : `\`${id}\` now fires${c ? `: ${c.details[0] ?? c.why}` : ''}`);
    else if (old.status !== f.status) out.push(`\`${id}\`: ${old.status} → ${f.status}${f.status === 'noted' ? `: ${c?.details[0] ?? 'it only informs now'}` : statusReason(before, after, f)}`);
  }
  for (const [id, f] of was) {
    if (now.has(id)) continue;
    const c = change(id);
    out.push(c?.change === 'removed' ? `\`${id}\` is removed in ${diff.to}` : `\`${id}\` no longer fires (it was ${f.status})${c ? `: ${c.details[0] ?? c.why}` : ''}`);
  }
  if (out.length === 0 && before?.outcome !== after?.outcome) out.push(after ? 'another pack of the declaration changed its findings' : `the use is invalid under ${diff.to}`);
  return out;
}

function statusReason(earlier: UseReport | undefined, use: UseReport | undefined, f: Finding): string {
  if (f.status === 'approved' && f.approval !== undefined) {
    const was = earlier?.approvals.find((a) => a.ref === f.approval && a.status !== 'valid');
    const problem = was?.problems[0]?.message;
    return `: approval ${f.approval} clears it${problem ? ` (before: ${problem.startsWith(`${f.approval}: `) ? problem.slice(f.approval.length + 2) : problem})` : ''}`;
  }
  const sentences = (use?.approvals ?? [])
    .filter((a) => a.rules.includes(f.rule) && a.status !== 'valid')
    .flatMap((a) => {
      // An approval's problems name each rule they are about: keep those about this finding's rule.
      const about = a.problems.filter((p) => p.message.includes(`\`${f.rule}\``));
      return (about.length > 0 ? about : a.problems).map((p) => {
        const why = p.message.startsWith(`${a.ref}: `) ? p.message.slice(a.ref.length + 2) : p.message;
        return p.code === 'stale' ? `approval ${a.ref} is stale: ${why}` : `approval ${a.ref} no longer clears it: ${why}`;
      });
    });
  return sentences.length > 0 ? `: ${[...new Set(sentences)].join('; ')}` : '';
}

/** Whether a use's change loosens an ethics or talent finding (a finding of such a rule cleared or gone). */
export function loosensSignOff(before: UseReport | undefined, after: UseReport | undefined, pack: string): string[] {
  const now = new Map((after?.findings ?? []).filter((f) => f.pack === pack).map((f) => [f.rule, f]));
  return (before?.findings ?? [])
    .filter((f) => f.pack === pack && needsSignOff(f.category))
    .filter((f) => {
      const g = now.get(f.rule);
      return !g || STATUS_RANK[g.status] < STATUS_RANK[f.status];
    })
    .map((f) => f.rule);
}
