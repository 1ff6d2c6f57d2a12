// Principle and pack-setting comparison: what a changed principle, approval rule, sunset or citation does.
import type { Bump } from './diff-bump.js';
import type { Change } from './diff-change.js';
import { LEVEL_RANK, quote } from './diff-change.js';
import type { Pack } from './library.js';

export function principleChanges(a: Pack, b: Pack): Change[] {
  const out: Change[] = [];
  const ids = [...new Set([...a.doc.principles.map((p) => p.id), ...b.doc.principles.map((p) => p.id)])].sort();
  for (const id of ids) {
    const before = a.principles.get(id);
    const after = b.principles.get(id);
    if (!before && after)
      out.push({
        subject: 'principle',
        id,
        change: 'added',
        bump: 'minor',
        why: 'a new principle adds a row to the table; its rules are judged on their own',
        details: [`${after.number}. ${after.title}`],
      });
    else if (before && !after) {
      out.push({
        subject: 'principle',
        id,
        change: 'removed',
        bump: 'major',
        why: 'reviewers, dashboards and approvals key on principles: removing one is breaking',
        details: [`was ${before.number}. ${before.title}`],
      });
    } else if (before && after) {
      const details = (['number', 'title', 'summary', 'source'] as const).filter((k) => before[k] !== after[k]).map((k) => `${k}: ${quote(String(before[k]))} → ${quote(String(after[k]))}`);
      if (details.length > 0) out.push({ subject: 'principle', id, change: 'changed', bump: 'patch', why: 'principle wording does not change any outcome', details });
    }
  }
  return out;
}

export function packChanges(a: Pack, b: Pack): Change[] {
  const out: Change[] = [];
  const x = a.doc;
  const y = b.doc;
  const setting = (id: string, bump: Exclude<Bump, 'none'>, why: string, from: unknown, to: unknown) =>
    out.push({ subject: 'pack', id, change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed', bump, why, details: [`${id}: ${show(from)} → ${show(to)}`] });

  if (x.unknown_level !== y.unknown_level) {
    const raised = LEVEL_RANK[y.unknown_level] > LEVEL_RANK[x.unknown_level];
    setting(
      'unknown_level',
      raised ? 'major' : 'minor',
      raised ? 'findings fired by `unknown` values become more severe' : 'findings fired by `unknown` values become less severe',
      x.unknown_level,
      y.unknown_level,
    );
  }
  const ap = x.approval;
  const bp = y.approval;
  if (ap.ref_pattern !== bp.ref_pattern) setting('approval.ref_pattern', 'major', 'references valid under the old pattern may be rejected, reopening approved uses', ap.ref_pattern, bp.ref_pattern);
  if (ap.ref_example !== bp.ref_example) setting('approval.ref_example', 'patch', 'the example reference is documentation', ap.ref_example, bp.ref_example);
  if (ap.require_expiry !== bp.require_expiry) {
    setting(
      'approval.require_expiry',
      bp.require_expiry ? 'major' : 'minor',
      bp.require_expiry ? 'approvals without expires_on stop counting' : 'approvals without expires_on start counting',
      ap.require_expiry,
      bp.require_expiry,
    );
  }
  if (ap.max_age_days !== bp.max_age_days) {
    const tighter = bp.max_age_days !== undefined && (ap.max_age_days === undefined || bp.max_age_days < ap.max_age_days);
    setting('approval.max_age_days', tighter ? 'major' : 'minor', tighter ? 'approvals older than the new cap stop counting' : 'approvals are accepted for longer', ap.max_age_days, bp.max_age_days);
  }
  if (x.sunset !== y.sunset) {
    const earlier = y.sunset !== undefined && (x.sunset === undefined || y.sunset < x.sunset);
    setting(
      'sunset',
      earlier ? 'major' : 'minor',
      earlier ? 'declarations pinned to this version fail from an earlier date' : 'declarations pinned to this version are accepted for longer',
      x.sunset,
      y.sunset,
    );
  }
  if (x.declaration_format !== y.declaration_format) {
    setting('declaration_format', 'major', 'the rules read the declaration in another format: the same file can be judged differently', x.declaration_format, y.declaration_format);
  }
  if (x.deprecated !== y.deprecated) setting('deprecated', 'patch', 'deprecation only warns', x.deprecated, y.deprecated);
  if (x.effective !== y.effective) {
    // For a legal duty the date is the law's: a later date would leave content exposed in between unjudged.
    const narrows = (x.effective_basis === 'law' || y.effective_basis === 'law') && y.effective > x.effective;
    setting(
      'effective',
      narrows ? 'major' : 'patch',
      narrows
        ? 'the pack encodes a legal duty, and the later date narrows when it is applied: uses judged between the two dates stop being judged'
        : 'the effective date says from when a version applies, not what it decides',
      x.effective,
      y.effective,
    );
  }
  if (x.effective_basis !== y.effective_basis) setting('effective_basis', 'patch', 'it says what the effective date states, not what the rules decide', x.effective_basis, y.effective_basis);
  if (x.title !== y.title) setting('title', 'patch', 'wording', x.title, y.title);
  if (x.source.url !== y.source.url) setting('source.url', 'patch', 'the citation does not change any outcome', x.source.url, y.source.url);
  if (x.source.read_on !== y.source.read_on) setting('source.read_on', 'patch', 'the citation does not change any outcome', x.source.read_on, y.source.read_on);
  return out;
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : String(v);
}
