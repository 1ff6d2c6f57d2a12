import type { Approval } from '../declaration/types.js';
import type { Ledger, LedgerEntry } from '../ledger/load.js';
import type { Diagnostic, Position } from '../model/report.js';
import type { Pack, PackLibrary } from '../policy/library.js';
import { resolvePack } from '../policy/library.js';
import { daysBetween } from '../util/dates.js';

export const EXPIRY_WARNING_DAYS = 30;

export interface ApprovalContext {
  today: string;
  packs: Pack[];
  library: PackLibrary;
  ledger?: Ledger;
  productionId?: string;
  useId: string;
}

export interface JudgedApproval {
  approval: Approval;
  position: Position;
  /** Rule ids (with their pack) this approval may clear. */
  clears: Set<string>;
  problems: Diagnostic[];
}

const ruleKey = (pack: string, rule: string) => `${pack}/${rule}`;
export { ruleKey };

/**
 * Decides, rule by rule, what one approval may clear. An approval clears a rule only when its
 * reference has the pack's format, it names the rule, it is in date, it is not stale, and (with a
 * ledger) the trusted ledger holds the same grant for this production and use, unrevoked.
 */
export function judgeApproval(approval: Approval, position: Position, ctx: ApprovalContext): JudgedApproval {
  const problems: Diagnostic[] = [];
  const error = (code: string, message: string) => problems.push({ ...position, code, message, severity: 'error' });
  const warn = (code: string, message: string) => problems.push({ ...position, code, message, severity: 'warning' });
  const clears = new Set<string>();

  // Dates: with a ledger, the ledger's dates are the truth; the declaration could claim anything.
  const grants = ctx.ledger ? ledgerGrants(approval, ctx, error) : undefined;
  const dated = grants?.[0] ?? approval;
  const datesOk = checkDates(dated, ctx.today, error, warn) && grants?.length !== 0;
  const packOk = new Map<Pack, boolean>();

  for (const ruleId of approval.rules) {
    const pack = ctx.packs.find((p) => p.rules.some((r) => r.id === ruleId));
    if (!pack) {
      error('unknown-rule', `${approval.ref}: lists rule \`${ruleId}\`, which no pinned pack defines`);
      continue;
    }
    // Each pack's approval rules (format, expiry, maximum age) apply to its own rules only, checked once.
    if (!packOk.has(pack)) packOk.set(pack, checkPackRules(approval.ref, dated, pack, ctx.today, error));
    let ok = datesOk && packOk.get(pack) === true;
    if (grants && grants.length > 0 && !grants.some((g) => g.rules.includes(ruleId))) {
      error('ledger-mismatch', `${approval.ref}: the approvals ledger does not grant rule \`${ruleId}\` under this reference`);
      ok = false;
    }
    if (approval.policy && !grantedUnderCurrentRule(approval, pack, ruleId, ctx.library, error)) ok = false;
    if (ok) clears.add(ruleKey(pack.name, ruleId));
  }
  return { approval, position, clears, problems };
}

function ledgerGrants(approval: Approval, ctx: ApprovalContext, error: (code: string, message: string) => void): LedgerEntry[] {
  if (!ctx.productionId) {
    error('no-production-id', `${approval.ref}: production.id is needed to match approvals against the ledger`);
    return [];
  }
  const entries = ctx.ledger?.byRef.get(approval.ref) ?? [];
  if (entries.length === 0) {
    error('not-in-ledger', `${approval.ref}: not found in the approvals ledger`);
    return [];
  }
  const mine = entries.filter((e) => e.production === ctx.productionId && e.use === ctx.useId);
  if (mine.length === 0) {
    error('ledger-mismatch', `${approval.ref}: the ledger grants it to another production or use, not ${ctx.productionId}/${ctx.useId}`);
    return [];
  }
  const live = mine.filter((e) => !(e.revoked_on && e.revoked_on <= ctx.today));
  if (live.length === 0) {
    error('revoked', `${approval.ref}: revoked on ${mine[0]?.revoked_on}`);
    return [];
  }
  return live;
}

function checkDates(
  dated: { approved_on: string; expires_on?: string },
  today: string,
  error: (code: string, message: string) => void,
  warn: (code: string, message: string) => void,
): boolean {
  let ok = true;
  if (dated.approved_on > today) {
    error('future-date', `approved_on ${dated.approved_on} is in the future`);
    ok = false;
  }
  if (dated.expires_on) {
    if (dated.expires_on < today) {
      error('expired', `expired on ${dated.expires_on}`);
      ok = false;
    } else if (daysBetween(today, dated.expires_on) <= EXPIRY_WARNING_DAYS) {
      warn('expiring', `expires on ${dated.expires_on}, within ${EXPIRY_WARNING_DAYS} days`);
    }
  }
  return ok;
}

function checkPackRules(ref: string, dated: { approved_on: string; expires_on?: string }, pack: Pack, today: string, error: (code: string, message: string) => void): boolean {
  const rules = pack.doc.approval;
  let ok = true;
  if (!pack.refPattern.test(ref)) {
    error('bad-ref', `${ref}: not a valid ${pack.name} approval reference (expected the form ${rules.ref_example})`);
    ok = false;
  }
  if (rules.require_expiry && !dated.expires_on) {
    error('no-expiry', `${pack.name} requires expires_on on every approval`);
    ok = false;
  }
  if (rules.max_age_days !== undefined && daysBetween(dated.approved_on, today) > rules.max_age_days) {
    error('too-old', `approved on ${dated.approved_on}, more than ${rules.max_age_days} days ago; ${pack.name} approvals must be renewed`);
    ok = false;
  }
  return ok;
}

// Kyverno #6979's lesson: an approval granted under one version of a rule must not silently carry
// over to a changed rule. A version that cannot be found cannot vouch for anything: fail closed.
function grantedUnderCurrentRule(approval: Approval, current: Pack, ruleId: string, library: PackLibrary, error: (code: string, message: string) => void): boolean {
  const policy = approval.policy as string;
  if (!policy.startsWith(`${current.name}@`)) return true;
  const granted = resolvePack(library, policy);
  if (!('pack' in granted)) {
    error('unknown-policy-version', `${approval.ref}: granted under ${policy}, which is not a known version of ${current.name}; it cannot be checked, so it clears nothing`);
    return false;
  }
  if (granted.pack.version === current.version) return true;
  const before = granted.pack.rules.find((r) => r.id === ruleId);
  const now = current.rules.find((r) => r.id === ruleId);
  if (before && now && before.fingerprint === now.fingerprint) return true;
  error('stale', `${approval.ref}: granted under ${policy}; rule \`${ruleId}\` has changed since (${current.name}@${current.version}), so it must be approved again`);
  return false;
}
