import type { Approval } from '../declaration/types.js';
import type { Ledger, PlacedEntry } from '../ledger/load.js';
import type { Grant } from '../model/grant.js';
import type { Diagnostic, Position } from '../model/report.js';
import type { CompiledRule, Pack, PackLibrary } from '../policy/library.js';
import { resolvePack } from '../policy/library.js';
import { parseVersion } from '../policy/semver.js';
import { daysBetween } from '../util/dates.js';
import { suggest } from '../validate/suggest.js';
import { placeholderWord } from './placeholder-ref.js';

const EXPIRY_WARNING_DAYS = 30;

export interface ApprovalContext {
  today: string;
  packs: Pack[];
  library: PackLibrary;
  ledger?: Ledger;
  /** The production grants are matched against: the trusted configuration's, else the declaration's. */
  productionId?: string;
  useId: string;
  /** Declaration path, as reported: a ledger entry naming a path binds to it. */
  path?: string;
  /** Fingerprint of the use's declared content (src/evaluate/fingerprint.ts). */
  fingerprint?: string;
  /**
   * Set for an approval that stands for one pull-request grant: only that grant's entry backs it, so
   * each command is judged on what it says, not on another command that shares its reference.
   */
  origin?: string;
}

export interface JudgedApproval {
  approval: Approval;
  position: Position;
  /** `pack/rule` keys this approval may clear. */
  clears: Set<string>;
  problems: Diagnostic[];
  /** The earliest expiry among the grants that cleared a rule (what the register's expiry calendar lists). */
  expiresOn?: string;
}

export const ruleKey = (pack: string, rule: string) => `${pack}/${rule}`;

type Report = (code: string, message: string) => void;

interface NamedRule {
  pack: Pack;
  rule: CompiledRule;
}

/**
 * Decides, rule by rule, what one approval may clear. An approval clears a rule only when every rule it
 * lists exists (unambiguously), its reference has the pack's format, and it is in date and not stale.
 * With a ledger, the declaration only points at grants: each ledger entry is judged on its own — its
 * dates, its pack version, the production, declaration path, use and content it names — and a rule is
 * cleared when one entry that passes every check grants it.
 */
export function judgeApproval(approval: Approval, position: Position, ctx: ApprovalContext): JudgedApproval {
  const problems: Diagnostic[] = [];
  const error: Report = (code, message) => problems.push({ ...position, code, message, severity: 'error' });
  const warn: Report = (code, message) => problems.push({ ...position, code, message, severity: 'warning' });
  const clears = new Set<string>();
  const result: JudgedApproval = { approval, position, clears, problems };

  const named: NamedRule[] = [];
  for (const name of approval.rules) {
    const found = findRule(name, ctx.packs, (code, message) => error(code, `${approval.ref}: ${message}`));
    if (found) named.push(found);
  }
  // A list with a rule that does not exist is a mistake somewhere; nothing on it is trusted.
  if (named.length !== approval.rules.length) return result;

  if (!ctx.ledger) {
    judgeFormatOnly(approval, named, ctx, error, warn, clears);
    if (clears.size > 0 && approval.expires_on) result.expiresOn = approval.expires_on;
    return result;
  }
  const entries = candidateEntries(approval.ref, ctx, error);
  const reasons = new Map<string, string[]>();
  const expiring: string[] = [];
  for (const entry of entries) {
    const entryProblems: string[] = [];
    const entryOk = checkEntry(entry, ctx, (_code, message) => entryProblems.push(message));
    for (const { pack, rule } of named) {
      const key = ruleKey(pack.name, rule.id);
      if (clears.has(key)) continue;
      const ruleProblems = [...entryProblems];
      const note = (_code: string, message: string) => ruleProblems.push(message);
      let ok = entryOk && checkPackRules(approval.ref, entry, pack, ctx.today, note);
      if (!entryGrants(entry, pack, rule, ctx.packs)) {
        note('ledger-mismatch', `does not grant rule \`${rule.id}\``);
        ok = false;
      }
      // The ledger's own record of the pack version, when it names this pack; otherwise the version in
      // effect on the day of the grant. The declaration's `policy` is never consulted here.
      const grantedUnder = entry.policy?.startsWith(`${pack.name}@`) ? entry.policy : versionOn(ctx.library, pack, entry.approvedOn);
      if (!grantedUnderCurrentRule(grantedUnder, pack, rule, ctx.library, note)) ok = false;
      if (ok) {
        clears.add(key);
        if (entry.expiresOn && !(result.expiresOn && result.expiresOn <= entry.expiresOn)) result.expiresOn = entry.expiresOn;
        if (entry.expiresOn && daysBetween(ctx.today, entry.expiresOn) <= EXPIRY_WARNING_DAYS) expiring.push(entry.expiresOn);
      } else reasons.set(key, [...(reasons.get(key) ?? []), `${entry.origin ?? `ledger entry at ${ctx.ledger.path}:${entry.line}`} ${ruleProblems.join('; ')}`]);
    }
  }
  for (const { pack, rule } of named) {
    const why = reasons.get(ruleKey(pack.name, rule.id));
    if (!clears.has(ruleKey(pack.name, rule.id)) && why) error(ruleProblemCode(why), `${approval.ref}: clears nothing for \`${rule.id}\`: ${[...new Set(why)].join(' | ')}`);
  }
  if (expiring.length > 0) {
    const first = [...expiring].sort()[0] as string;
    warn('expiring', `expires on ${first}, within ${EXPIRY_WARNING_DAYS} days`);
  }
  return result;
}

/** `pack/rule`, or a bare rule id that exactly one of the use's packs defines. */
function findRule(name: string, packs: readonly Pack[], error: Report): NamedRule | undefined {
  const slash = name.indexOf('/');
  if (slash > 0) {
    const pack = packs.find((p) => p.name === name.slice(0, slash));
    const rule = pack?.rules.find((r) => r.id === name.slice(slash + 1));
    if (pack && rule) return { pack, rule };
    const hint = pack
      ? suggest(
          name.slice(slash + 1),
          pack.rules.map((r) => r.id),
        )
      : undefined;
    error(
      'unknown-rule',
      `lists rule \`${name}\`, which ${pack ? `${pack.name} does not define` : 'names a pack this declaration is not judged by'}; it clears nothing${hint ? `; did you mean \`${pack?.name}/${hint}\`?` : ''}`,
    );
    return undefined;
  }
  const owners = packs.flatMap((pack) => pack.rules.filter((r) => r.id === name).map((rule) => ({ pack, rule })));
  if (owners.length === 1) return owners[0];
  if (owners.length === 0) {
    const hint = suggest(name, [...new Set(packs.flatMap((p) => p.rules.map((r) => r.id)))]);
    error('unknown-rule', `lists rule \`${name}\`, which no pack this declaration is judged by defines; it clears nothing${hint ? `; did you mean \`${hint}\`?` : ''}`);
  } else
    error('ambiguous-rule', `lists rule \`${name}\`, which ${owners.map((o) => o.pack.name).join(' and ')} both define; name it as ${owners.map((o) => `\`${o.pack.name}/${name}\``).join(' or ')}`);
  return undefined;
}

/** A bare id in a ledger entry names the rule only when no other pack in play defines the same id. */
function entryGrants(entry: PlacedEntry, pack: Pack, rule: CompiledRule, packs: readonly Pack[]): boolean {
  if (entry.rules.includes(ruleKey(pack.name, rule.id))) return true;
  if (!entry.rules.includes(rule.id)) return false;
  return packs.filter((p) => p.rules.some((r) => r.id === rule.id)).length === 1;
}

function judgeFormatOnly(approval: Approval, named: readonly NamedRule[], ctx: ApprovalContext, error: Report, warn: Report, clears: Set<string>): void {
  // Without a ledger nothing is trusted but the format: the declaration's own dates and pack version are
  // all there is, and the report says approvals were only format-checked.
  const dated: Dated = { approvedOn: approval.approved_on, ...(approval.expires_on !== undefined ? { expiresOn: approval.expires_on } : {}) };
  const datesOk = checkDates(dated, ctx.today, error, warn);
  const packOk = new Map<Pack, boolean>();
  for (const { pack, rule } of named) {
    if (!packOk.has(pack)) packOk.set(pack, checkPackRules(approval.ref, dated, pack, ctx.today, error));
    let ok = datesOk && packOk.get(pack) === true;
    if (approval.policy?.startsWith(`${pack.name}@`) && !grantedUnderCurrentRule(approval.policy, pack, rule, ctx.library, (code, m) => error(code, `${approval.ref}: ${m}`))) ok = false;
    if (ok) clears.add(ruleKey(pack.name, rule.id));
  }
}

/** The ledger entries that could back this approval: this ref, production, use, and declaration path. */
function candidateEntries(ref: string, ctx: ApprovalContext, error: Report): PlacedEntry[] {
  if (!ctx.productionId) {
    error('no-production-id', `${ref}: production.id is needed to match approvals against the ledger`);
    return [];
  }
  const entries = (ctx.ledger?.byRef.get(ref) ?? []).filter((e) => ctx.origin === undefined || e.origin === ctx.origin);
  if (entries.length === 0) {
    error('not-in-ledger', `${ref}: not found in the approvals ledger`);
    return [];
  }
  const forUse = entries.filter((e) => e.production === ctx.productionId && e.use === ctx.useId);
  const bound = forUse.filter((e) => e.path === ctx.path);
  if (bound.length > 0) return bound;
  const holds = entries.map((e) => `${e.production}/${e.path}#${e.use}`);
  if (forUse.length > 0) {
    error('ledger-mismatch', `${ref}: the ledger grants it for ${[...new Set(forUse.map((e) => e.path))].join(', ')}, not for ${ctx.path}`);
  } else {
    error('ledger-mismatch', `${ref}: the ledger grants it to ${[...new Set(holds)].join(', ')}, not to ${ctx.productionId}/${ctx.useId}`);
  }
  return [];
}

/** What holds for the entry as a whole: not revoked, in date, bound to this content. */
function checkEntry(entry: PlacedEntry, ctx: ApprovalContext, note: Report): boolean {
  let ok = true;
  if (entry.revokedOn && entry.revokedOn <= ctx.today) {
    note('revoked', `was revoked on ${entry.revokedOn}`);
    ok = false;
  }
  if (!checkDates(entry, ctx.today, note, () => {})) ok = false;
  if (entry.fingerprint && entry.fingerprint !== ctx.fingerprint) {
    note('content-changed', `approved the use's content as ${entry.fingerprint}; it is now ${ctx.fingerprint ?? 'unknown'}, so it must be approved again`);
    ok = false;
  }
  return ok;
}

function ruleProblemCode(reasons: readonly string[]): string {
  const text = reasons.join(' ');
  if (/revoked/.test(text)) return 'revoked';
  if (/expired/.test(text)) return 'expired';
  if (/has changed since/.test(text)) return 'stale';
  if (/content as/.test(text)) return 'content-changed';
  if (/does not grant/.test(text)) return 'ledger-mismatch';
  return 'ledger-invalid';
}

/** The dates of a grant, or of an approval a declaration claims, judged the same way. */
type Dated = Pick<Grant, 'approvedOn' | 'expiresOn'>;

function checkDates(dated: Dated, today: string, error: Report, warn: Report): boolean {
  let ok = true;
  if (dated.approvedOn > today) {
    error('future-date', `approved_on ${dated.approvedOn} is in the future`);
    ok = false;
  }
  if (dated.expiresOn) {
    if (dated.expiresOn < today) {
      error('expired', `expired on ${dated.expiresOn}`);
      ok = false;
    } else if (daysBetween(today, dated.expiresOn) <= EXPIRY_WARNING_DAYS) {
      warn('expiring', `expires on ${dated.expiresOn}, within ${EXPIRY_WARNING_DAYS} days`);
    }
  }
  return ok;
}

function checkPackRules(ref: string, dated: Dated, pack: Pack, today: string, error: Report): boolean {
  const rules = pack.doc.approval;
  let ok = true;
  const placeholder = placeholderWord(ref);
  if (placeholder !== undefined) {
    error(
      'placeholder-ref',
      `${ref}: \`${placeholder}\` marks an approval nobody has given yet, not the reference of one; write the reference of the signed approval (the form ${rules.ref_example}) once it exists. Until then this use needs approval`,
    );
    ok = false;
  } else if (!pack.refPattern.test(ref)) {
    error('bad-ref', `${ref}: not a valid ${pack.name} approval reference (expected the form ${rules.ref_example})`);
    ok = false;
  }
  if (rules.require_expiry && !dated.expiresOn) {
    error('no-expiry', `${pack.name} requires expires_on on every approval`);
    ok = false;
  }
  if (rules.max_age_days !== undefined && daysBetween(dated.approvedOn, today) > rules.max_age_days) {
    error('too-old', `approved on ${dated.approvedOn}, more than ${rules.max_age_days} days ago; ${pack.name} approvals must be renewed`);
    ok = false;
  }
  return ok;
}

/**
 * The version of `pack` a grant made on `day` was made under, when the ledger does not say: within the
 * major version that judges the use now, the newest in effect that day, or the oldest of that major
 * for a grant older than every one of them. (A grant never carries across a major version: a
 * declaration judged by 1.x was not approved under 2.x, even when 2.x was already in effect.)
 */
function versionOn(library: PackLibrary, pack: Pack, day: string): string {
  const major = parseVersion(pack.version)?.major;
  const versions = (library.packs.get(pack.name) ?? [pack]).filter((p) => parseVersion(p.version)?.major === major);
  const then = versions.find((p) => p.doc.effective <= day) ?? versions.at(-1) ?? pack;
  return `${then.name}@${then.version}`;
}

// An approval granted under one version of a rule must not silently carry over to a changed rule. A
// version that cannot be found cannot vouch for anything: fail closed.
function grantedUnderCurrentRule(policy: string, current: Pack, rule: CompiledRule, library: PackLibrary, error: Report): boolean {
  if (!policy.startsWith(`${current.name}@`)) return true;
  const granted = resolvePack(library, policy);
  if (!('pack' in granted)) {
    error('unknown-policy-version', `granted under ${policy}, which is not a known version of ${current.name}; it cannot be checked, so it clears nothing`);
    return false;
  }
  if (granted.pack.version === current.version) return true;
  const before = granted.pack.rules.find((r) => r.id === rule.id);
  if (before && before.fingerprint === rule.fingerprint) return true;
  error('stale', `granted under ${policy}; rule \`${rule.id}\` has changed since (${current.name}@${current.version}), so it must be approved again`);
  return false;
}
