import { derive } from '../declaration/derived.js';
import type { DerivedTalent } from '../declaration/derived-talent.js';
import { declaredAt, performersRead } from '../declaration/derived-talent.js';
import { v1ViewOf } from '../declaration/migrate-v1.js';
import type { Use } from '../declaration/types.js';
import type { ApprovalReport, Finding, FiredPath, JudgedPerformer, Level, UseOutcome, UseReport } from '../model/report.js';
import { LEVEL_RANK } from '../model/vocabulary.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import type { Fired } from '../policy/condition.js';
import type { CompiledRule, Pack } from '../policy/library.js';
import { displayPath } from '../validate/schema-errors.js';
import type { ApprovalContext } from './approvals.js';
import { judgeApproval, ruleKey } from './approvals.js';
import type { ProvenanceDerived } from './provenance.js';

function maxLevel(a: Level, b: Level): Level {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

export interface UseContext extends Omit<ApprovalContext, 'useId'> {
  source: ParsedSource;
  index: number;
  /** What the scan read from the files this use lists in `assets`, when it read any. */
  provenance?: ProvenanceDerived;
  /** References of `this-use` consent records that more than one use of the declaration lists. */
  sharedThisUse?: ReadonlySet<string>;
  /** Per approval (by index), the pull-request grant it stands for, when it stands for one. */
  grantOrigins?: ReadonlyArray<string | undefined>;
}

export function evaluateUse(use: Use, ctx: UseContext): UseReport {
  const base: PathSegment[] = ['uses', ctx.index];
  const locate = (segments: PathSegment[]) => ctx.source.locate([...base, ...segments]);
  const judged = use.approvals.map((a, j) => {
    const origin = ctx.grantOrigins?.[j];
    return judgeApproval(a, locate(['approvals', j]), { ...ctx, useId: use.id, ...(origin ? { origin } : {}) });
  });
  // An approval that names a rule no pinned pack defines is wrong somewhere (a typo, another pack):
  // it clears nothing, rather than the rules it happens to spell right.
  for (const j of judged) if (j.problems.some((p) => p.code === 'unknown-rule')) j.clears.clear();

  // Each pack reads the use in its own declaration format: v2 packs the v2 model plus the fields
  // derived on the evaluation date, v1 packs the v1 view.
  let v1: unknown;
  let v2: unknown;
  const viewFor = (pack: Pack): unknown =>
    pack.doc.declaration_format === 'genai-usage/v1'
      ? (v1 ??= v1ViewOf(use))
      : (v2 ??= { ...use, derived: { ...derive(use, ctx.today, ctx.productionId, ctx.sharedThisUse), ...(ctx.provenance ? { provenance: ctx.provenance } : {}) } });

  const findings: Finding[] = [];
  const clearedBy = new Map<number, string[]>();
  for (const pack of ctx.packs) {
    const view = viewFor(pack);
    for (const rule of pack.rules) {
      const fired = rule.condition.test(view);
      if (!fired) continue;
      const effectiveLevel = levelFor(rule, fired, pack, view);
      const finding: Finding = {
        rule: rule.id,
        pack: pack.name,
        principle: rule.principle,
        category: rule.category,
        level: rule.level,
        effectiveLevel,
        status: effectiveLevel === 'inform' ? 'noted' : effectiveLevel === 'block' ? 'blocked' : 'needs-approval',
        message: interpolate(rule.message, view, fired),
        remedy: rule.remedy,
        source: rule.source,
        // A derived fact about a performer points at what it was derived from in the file.
        paths: fired.map(
          (f): FiredPath => ({
            path: displayPath([...base, ...f.segments]),
            value: f.value,
            reason: f.reason,
            ...locate(declaredAt(f.segments, (view as { derived?: DerivedTalent }).derived) ?? f.segments),
          }),
        ),
      };
      const read = performersRead(fired.map((f) => f.segments));
      if (read.length > 0) finding.performers = read.map((i) => judgedPerformer(use, i, locate));
      if (finding.status === 'needs-approval') {
        const index = judged.findIndex((j) => j.clears.has(ruleKey(pack.name, rule.id)));
        const clearing = judged[index];
        if (clearing) {
          finding.status = 'approved';
          finding.approval = clearing.approval.ref;
          clearedBy.set(index, [...(clearedBy.get(index) ?? []), rule.id]);
        }
      }
      findings.push(finding);
    }
  }

  const approvals: ApprovalReport[] = judged.map((j, i) => {
    const cleared = clearedBy.get(i) ?? [];
    const problems = [...j.problems];
    // An approval may name a rule as `rule` or as `pack/rule`.
    const names = (f: Finding) => [f.rule, ruleKey(f.pack, f.rule)];
    const escalated = new Set(findings.filter((f) => f.effectiveLevel === 'escalate').flatMap(names));
    const blocked = new Set(findings.filter((f) => f.effectiveLevel === 'block').flatMap(names));
    const onBlocks = j.approval.rules.filter((r) => blocked.has(r));
    const unused = j.approval.rules.filter((r) => !escalated.has(r) && !blocked.has(r));
    if (onBlocks.length > 0) {
      problems.push({
        ...j.position,
        severity: 'warning',
        code: 'approval-on-block',
        message: `${j.approval.ref}: lists ${onBlocks.map((r) => `\`${r}\``).join(', ')}, which blocks this use; no approval can clear a block, only changing the use can`,
      });
    }
    if (unused.length > 0 && problems.every((p) => p.severity === 'warning')) {
      problems.push({
        ...j.position,
        severity: 'warning',
        code: 'approval-unused',
        message: `${j.approval.ref}: covers ${unused.map((r) => `\`${r}\``).join(', ')}, which did not escalate for this use`,
      });
    }
    return {
      ref: j.approval.ref,
      rules: j.approval.rules,
      status: problems.some((p) => p.severity !== 'warning') ? 'invalid' : 'valid',
      cleared,
      problems,
      ...(j.expiresOn ? { expiresOn: j.expiresOn } : {}),
      line: j.position.line,
      column: j.position.column,
    };
  });

  return { id: use.id, summary: use.summary, stage: use.stage, outcome: outcomeOf(findings), findings, approvals, ...locate([]) };
}

// What a reviewer needs beside a talent finding: the performer, and every consent record as declared.
const COMPLETE = ['party', 'scope', 'signed_on'] as const;
function judgedPerformer(use: Use, i: number, locate: (s: PathSegment[]) => { line: number }): JudgedPerformer {
  const p = use.talent.performers[i];
  const base: PathSegment[] = ['talent', 'performers', i];
  return {
    who: p?.who ?? '',
    line: locate(base).line,
    consent: (p?.consent ?? []).map((c, k) => ({
      ref: c.ref,
      ...(c.party !== undefined ? { party: c.party } : {}),
      ...(c.scope !== undefined ? { scope: c.scope } : {}),
      ...(c.signed_on !== undefined ? { signed_on: c.signed_on } : {}),
      line: locate([...base, 'consent', k]).line,
      missing: COMPLETE.filter((f) => c[f] === undefined),
    })),
  };
}

// `unknown` is uncertainty, and the guidance asks for uncertainty to be escalated. A finding that would
// fire even with every unknown read as "no" is certain: it keeps its rule's level, raised to the pack's
// unknown level (an inform rule with an unknown step escalates). One that fires only because of an
// unknown takes the unknown level, so a block rule escalates for review instead of blocking.
function levelFor(rule: CompiledRule, fired: Fired[], pack: Pack, use: unknown): Level {
  if (!fired.some((f) => f.reason === 'unknown')) return rule.level;
  return rule.condition.holdsWithoutUnknowns(use) ? maxLevel(rule.level, pack.doc.unknown_level) : pack.doc.unknown_level;
}

export function outcomeOf(findings: readonly Finding[]): UseOutcome {
  if (findings.some((f) => f.status === 'blocked')) return 'blocked';
  if (findings.some((f) => f.status === 'needs-approval')) return 'needs-approval';
  if (findings.some((f) => f.status === 'approved')) return 'approved';
  return 'clear';
}

function interpolate(template: string, use: unknown, fired: Fired[]): string {
  return template.replace(/\{([a-z_.[\]*]+)\}/g, (_, field: string) => {
    const values = fired.filter((f) => f.field === field).map((f) => f.value);
    return values.length > 0 ? values.map(formatValue).join(', ') : formatValue(readPlain(use, field));
  });
}

function readPlain(use: unknown, field: string): unknown {
  let cur: unknown = use;
  for (const key of field.replace(/\[\*\]/g, '').split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
  return cur;
}

function formatValue(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(formatValue).join(', ');
  if (v === undefined) return '(not set)';
  return String(v);
}
