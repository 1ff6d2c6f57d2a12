// What the comment says: the verdict, the principle tables, the needs-action entries, the details
// block and the footer, each at the detail a layout allows. markdown-fit.ts decides which layout fits.
// Every string from a declaration goes through escape.ts; `notes`, the title and the footer come from
// the Action and are trusted.

import { markdownTable } from 'markdown-table';
import type { ApprovalReport, Diagnostic, FileReport, Finding, PrincipleRow, Report, UseRef, UseReport } from '../model/report.js';
import { formatCount } from '../util/order.js';
import { escapeMarkdown, markdownCode, markdownCodeBlock, markdownMessage } from './escape.js';
import type { Context, Group } from './markdown-layout.js';
import { undeclaredGroup } from './markdown-provenance.js';
import {
  APPROVE_INSTRUCTION,
  approvalProblem,
  capitalise,
  clearance,
  diagnosticPlace,
  FINDING_STATUS_LABEL,
  failureParts,
  findingPrinciple,
  isOpen,
  judgedPerformerWords,
  OUTCOME_LABEL,
  PRINCIPLE_STATUS_LABEL,
  packLabel,
  passParts,
  plural,
  principleName,
  principlesByPack,
  showValue,
  usesWithOutcome,
} from './words.js';

export interface MarkdownOptions {
  form?: 'full' | 'compact';
  footer?: { commit?: string; runUrl?: string };
  /** Trusted text from the Action (e.g. "This PR edits policy/…"), rendered as-is. */
  notes?: string[];
  title?: string;
  /** Where the reader finds what `fitMarkdown` left out. */
  truncationNote?: string;
  /**
   * The line a reviewer pastes to approve a use, by `path#use-id` (from the Action, which knows who
   * may approve): shown under the use, as code to copy.
   */
  commands?: ReadonlyMap<string, string>;
}

export const DEFAULT_TITLE = 'GenAI clearance';
const TABLE_HEADER = ['Principle', 'Status', 'Needs approval', 'Cleared by'];
const NONE = '—';

/** The blocks above the tables: title, verdict, and the Action's notes. */
export function head(report: Report, options: MarkdownOptions): string[] {
  return [
    `## ${escapeMarkdown(options.title ?? DEFAULT_TITLE)}`,
    verdict(report),
    // A pack skipped because it is not in effect yet changes what judged the files: said where a reader
    // looks, not folded away with the informational warnings.
    ...report.files.flatMap((file) => file.warnings.filter(isSkippedPack).map((d) => `> ⏭️ ${escapeMarkdown(file.path)}: ${markdownMessage(d.message)}`)),
    ...(options.notes ?? []).map((note) =>
      note
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n'),
    ),
  ];
}

const isSkippedPack = (d: Diagnostic) => d.code === 'pack-not-in-effect';

function verdict(report: Report): string {
  return report.decision === 'pass' ? `✅ **Clear to merge** — ${passParts(report).join(', ')}` : `❌ **Merge blocked** — ${failureParts(report).join(', ')}`;
}
export function tables(ctx: Context): string[] {
  const groups = principlesByPack(ctx.report).filter((g) => g.rows.length > 0);
  if (groups.length === 0) return ['_No policy principles were evaluated._'];
  const several = groups.length > 1;
  return groups.flatMap((group) => {
    const table = markdownTable([TABLE_HEADER, ...group.rows.map((row) => principleRow(ctx, row))], {
      // Aligned delimiters pad every cell to the widest one: pure length, no readability in a comment.
      alignDelimiters: false,
    });
    if (!several) return [table];
    const label = group.ref ? `${escapeMarkdown(group.ref.title)} (${markdownCode(packLabel(group.ref))})` : markdownCode(group.pack);
    const name = group.judged ? `${label} judged ${group.judged.map((p) => markdownCode(p)).join(', ')}` : label;
    return [`### ${name}`, table];
  });
}

function principleRow(ctx: Context, row: PrincipleRow): string[] {
  const status = PRINCIPLE_STATUS_LABEL[row.status];
  const uses = [...row.blocked.map((ref) => `${useRef(ctx, ref)} (blocked)`), ...row.needsApproval.map((ref) => useRef(ctx, ref))];
  const refs = [...new Set(row.approvedBy)].map((ref) => escapeMarkdown(ref, ctx.layout.itemMax));
  return [escapeMarkdown(principleName(row), ctx.layout.textMax), `${status.emoji} ${capitalise(status.word)}`, cellList(ctx, uses, 'use'), cellList(ctx, refs, 'approval')];
}

function cellList(ctx: Context, items: string[], noun: string): string {
  if (items.length === 0) return NONE;
  const max = ctx.layout.cellItems;
  if (max === 0) return plural(items.length, noun);
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, +${formatCount(items.length - max)} more` : shown;
}

function useRef(ctx: Context, ref: UseRef): string {
  const use = escapeMarkdown(ref.use, ctx.layout.itemMax);
  return ctx.multiFile ? `${escapeMarkdown(ref.file, ctx.layout.itemMax)} › ${use}` : use;
}

/** `line 12` in a single-file report, `path:12` when several files could be meant. */
function useWhere(ctx: Context, file: FileReport, use: UseReport): string {
  return ctx.multiFile ? escapeMarkdown(`${file.path}:${use.line}`, ctx.layout.textMax) : `line ${use.line}`;
}
export function actionGroups(ctx: Context): Group[] {
  const { report, layout } = ctx;
  const groups: Group[] = [];
  if (report.errors.length > 0) {
    groups.push({ heading: 'Policy errors', items: report.errors.map((d) => `- ❌ ${diagnostic(ctx, d)}`) });
  }
  const invalid = report.files.filter((f) => f.status === 'invalid');
  if (invalid.length > 0) {
    groups.push({
      heading: 'Invalid files',
      items: invalid.map((file) => {
        const errors = file.errors.slice(0, layout.listMax).map((d) => `  - ${diagnostic(ctx, d, file.path)}`);
        if (file.errors.length > layout.listMax) errors.push(`  - _…and ${plural(file.errors.length - layout.listMax, 'more error')}_`);
        return [`- ❌ **${escapeMarkdown(file.path, layout.textMax)}** is invalid (${plural(file.errors.length, 'error')})`, ...errors].join('\n');
      }),
    });
  }
  const blocked = usesWithOutcome(report, 'blocked');
  const pending = usesWithOutcome(report, 'needs-approval');
  if (blocked.length > 0) groups.push({ heading: 'Blocked', items: blocked.map((u) => useItem(ctx, u.file, u.use)) });
  if (pending.length > 0) groups.push({ heading: 'Needs written approval', items: pending.map((u) => useItem(ctx, u.file, u.use)) });
  const undeclared = undeclaredGroup(ctx);
  if (undeclared) groups.push(undeclared);
  return groups;
}

function diagnostic(ctx: Context, d: Diagnostic, listedUnder?: string): string {
  const place = diagnosticPlace(d, listedUnder);
  const message = `${markdownMessage(d.message, ctx.layout.textMax)} (${markdownCode(d.code)})`;
  return place === undefined ? message : `${escapeMarkdown(place, ctx.layout.textMax)} ${message}`;
}

function useHeadline(ctx: Context, file: FileReport, use: UseReport, summaryMax = ctx.layout.verbose ? ctx.layout.textMax : ctx.layout.itemMax): string {
  const change = use.change === 'added' ? ' (new)' : use.change === 'changed' ? ' (changed)' : '';
  const summary = escapeMarkdown(use.summary, summaryMax);
  return `- ${OUTCOME_LABEL[use.outcome].emoji} **${escapeMarkdown(use.id, ctx.layout.itemMax)}**${change} — ${summary} · ${useWhere(ctx, file, use)}`;
}

/**
 * One short entry per use that needs action: what it is, what it needs, and the line to paste; the
 * evidence (messages, remedies, fired values, sources, rejected approvals) folded beneath it.
 */
function useItem(ctx: Context, file: FileReport, use: UseReport): string {
  const open = use.findings.filter(isOpen);
  if (!ctx.layout.verbose) return [useHeadline(ctx, file, use), ...open.map((f) => `  - ${compactFinding(ctx, use, f)}`)].join('\n');
  const needs = [...new Set(open.filter((f) => f.status === 'needs-approval').map((f) => markdownCode(f.rule)))];
  const blocks = [...new Set(open.filter((f) => f.status === 'blocked').map((f) => markdownCode(f.rule)))];
  const what = [needs.length > 0 ? `needs ${needs.join(', ')}` : '', blocks.length > 0 ? `blocked by ${blocks.join(', ')} (no approval clears it)` : ''].filter(Boolean).join('; ');
  const lines = [`${useHeadline(ctx, file, use, ctx.layout.itemMax)} — ${what}`];
  const command = ctx.commands?.get(`${file.path}#${use.id}`);
  if (command) lines.push('', `  ${APPROVE_INSTRUCTION}`, '', markdownCodeBlock(command, '  ', 1200));
  const evidence = open.flatMap((f) => verboseFinding(ctx, use, f));
  for (const approval of use.approvals.filter((a) => a.status === 'invalid')) evidence.push(`  - ${rejectedApproval(ctx, approval)}`);
  lines.push('', '  <details><summary>Why, and how to clear it</summary>', '', ...evidence, '', '  </details>', '');
  return lines.join('\n');
}

function principleShort(ctx: Context, finding: Finding): string {
  const row = ctx.lookup(finding.pack, finding.principle);
  return row ? row.id : finding.principle;
}

function verboseFinding(ctx: Context, use: UseReport, finding: Finding): string[] {
  const { layout } = ctx;
  const principle = escapeMarkdown(findingPrinciple(ctx.lookup, finding), layout.textMax);
  const head = `  - ${FINDING_STATUS_LABEL[finding.status].emoji} ${markdownCode(finding.rule)} · ${principle} · ${FINDING_STATUS_LABEL[finding.status].word}: ${escapeMarkdown(finding.message, layout.textMax)}`;
  const lines = [head, `    - Remedy: ${escapeMarkdown(finding.remedy, layout.textMax)}`, `    - To clear: ${clearance(finding, markdownCode)}`];
  const fired = finding.paths.slice(0, layout.listMax).map((p) => {
    const unknown = p.reason === 'unknown' ? ', value unknown: uncertainty escalates' : '';
    return `${markdownCode(p.path, layout.itemMax)} = ${markdownCode(showValue(p.value), layout.itemMax)} (line ${p.line}, column ${p.column}${unknown})`;
  });
  if (fired.length === 0) fired.push(`the use as a whole (line ${use.line})`);
  if (finding.paths.length > layout.listMax) fired.push(`+${finding.paths.length - layout.listMax} more`);
  lines.push(`    - Fired by: ${fired.join('; ')}`);
  for (const p of finding.performers ?? []) lines.push(`    - Consent judged: ${escapeMarkdown(judgedPerformerWords(p), layout.textMax)}`);
  lines.push(`    - Source: ${escapeMarkdown(finding.source, layout.textMax)}`);
  return lines;
}

function compactFinding(ctx: Context, use: UseReport, finding: Finding): string {
  const lines = finding.paths.length > 0 ? finding.paths.slice(0, ctx.layout.listMax).map((p) => p.line) : [use.line];
  const where = `${lines.length === 1 ? 'line' : 'lines'} ${[...new Set(lines)].join(', ')}`;
  const clear = finding.status === 'blocked' ? 'cannot be approved' : `needs approval for ${markdownCode(finding.rule)}`;
  return `${markdownCode(finding.rule)} (${principleShort(ctx, finding)}): ${escapeMarkdown(finding.message, ctx.layout.textMax)} — ${clear} · ${where}`;
}

function rejectedApproval(ctx: Context, approval: ApprovalReport): string {
  const why = approval.problems.map((p) => markdownMessage(approvalProblem(approval.ref, p.message), ctx.layout.textMax)).join('; ') || 'not accepted';
  return `Approval ${escapeMarkdown(approval.ref, ctx.layout.itemMax)} (line ${approval.line}) was rejected: ${why}`;
}
export function detailsBlock(ctx: Context): string | undefined {
  const { report } = ctx;
  const located = report.files.flatMap((file) => file.uses.map((use) => ({ file, use })));
  const approved = usesWithOutcome(report, 'approved');
  const clear = usesWithOutcome(report, 'clear');
  const alsoOnOpen = located.filter((u) => (u.use.outcome === 'blocked' || u.use.outcome === 'needs-approval') && u.use.findings.some((f) => !isOpen(f)));
  const warnings = report.files.flatMap((file) => [
    ...file.warnings.filter((d) => !isSkippedPack(d)).map((d) => `- ⚠️ ${diagnostic(ctx, d, file.path)}`),
    ...file.uses.flatMap((use) =>
      use.approvals
        // Rejected approvals of uses that need action are already shown where the action is.
        .filter((a) => a.status === 'valid' || use.outcome === 'clear' || use.outcome === 'approved')
        .flatMap((a) => a.problems.map((d) => `- ⚠️ Approval ${escapeMarkdown(a.ref, ctx.layout.itemMax)}: ${diagnostic(ctx, { ...d, message: approvalProblem(a.ref, d.message) }, file.path)}`)),
    ),
  ]);
  const removed = report.files.flatMap((file) =>
    (file.removedUses ?? []).map((id) => `- ${ctx.multiFile ? `${escapeMarkdown(file.path, ctx.layout.itemMax)} › ` : ''}${escapeMarkdown(id, ctx.layout.itemMax)}`),
  );

  const withSettled = (u: { file: FileReport; use: UseReport }): string =>
    [useHeadline(ctx, u.file, u.use), ...u.use.findings.filter((f) => !isOpen(f)).map((f) => `  - ${settledFinding(ctx, f)}`)].join('\n');
  const parts: [string, string[]][] = [
    ['Approved', approved.map(withSettled)],
    ['Clear', clear.map(withSettled)],
    ['Also on uses that need action', alsoOnOpen.map(withSettled)],
    ['Warnings', warnings],
    ['Removed uses', removed],
  ];
  const present = parts.filter(([, items]) => items.length > 0);
  if (present.length === 0) return undefined;

  const noted = located.reduce((n, u) => n + u.use.findings.filter((f) => f.status === 'noted').length, 0);
  const summary = [
    approved.length > 0 ? plural(approved.length, 'approved use') : '',
    clear.length > 0 ? plural(clear.length, 'clear use') : '',
    noted > 0 ? plural(noted, 'note') : '',
    warnings.length > 0 ? plural(warnings.length, 'warning') : '',
    removed.length > 0 ? plural(removed.length, 'removed use') : '',
  ].filter((s) => s !== '');
  const body = present.map(([heading, items]) => `#### ${heading}\n\n${items.join('\n')}`).join('\n\n');
  return `<details>\n<summary>Cleared and informational: ${summary.join(', ') || 'details'}</summary>\n\n${body}\n\n</details>`;
}

function settledFinding(ctx: Context, finding: Finding): string {
  const label = FINDING_STATUS_LABEL[finding.status];
  const principle = principleShort(ctx, finding);
  const what =
    finding.status === 'approved'
      ? `cleared by ${finding.approval !== undefined ? escapeMarkdown(finding.approval, ctx.layout.itemMax) : 'an approval'}`
      : escapeMarkdown(finding.message, ctx.layout.textMax);
  return `${label.emoji} ${markdownCode(finding.rule)} (${principle}): ${what}`;
}
export function tail(report: Report, options: MarkdownOptions): string[] {
  const blocks: string[] = [];
  if (report.approvalMode === 'format-only') {
    blocks.push('> ⚠️ **Approval references were only format-checked.** No approval ledger was configured, so a reference that looks right is accepted without proof that anyone granted it.');
  }
  const facts = [report.packs.length > 0 ? `Policy ${report.packs.map((p) => markdownCode(packLabel(p))).join(', ')}` : 'No policy pack', `evaluated on ${escapeMarkdown(report.evaluatedOn)}`];
  const { commit, runUrl } = options.footer ?? {};
  if (commit !== undefined) facts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit : escapeMarkdown(commit)}`);
  // The only link the renderer writes, and only for a URL that cannot break out of the destination.
  if (runUrl !== undefined) facts.push(/^https?:\/\/[^\s<>()\\]+$/.test(runUrl) ? `[workflow run](${runUrl})` : escapeMarkdown(runUrl));
  facts.push(escapeMarkdown(`${report.tool.name} ${report.tool.version}`));
  blocks.push('---', facts.join(' · '));
  return blocks;
}
